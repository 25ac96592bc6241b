"""New / Edit customer: the customer form in a dialog that closes once the service has saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord, CustomerService
from l4d_desktop.ui.customers.form import CustomerForm
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.form import save_cancel_buttons
from l4d_desktop.ui.widgets.retranslate import Retranslating
from l4d_desktop.ui.widgets.unsaved import KeepsTyping


class CustomerDialog(KeepsTyping, Retranslating, QDialog):
    """Esc or Cancel with something typed asks Save / Discard / Cancel; Ctrl+S saves."""

    saved = Signal(CustomerRecord)

    def __init__(
        self,
        customers: CustomerService,
        actor: Actor,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_dialog")
        self._record = record
        self.form = CustomerForm(customers, actor, record)
        # The form's inputs under the names this dialog has always offered.
        f = self.form
        self.name_edit, self.email_edit, self.phone_edit = f.name_edit, f.email_edit, f.phone_edit
        self.street_edit, self.postal_code_edit = f.street_edit, f.postal_code_edit
        self.city_edit, self.country_edit = f.city_edit, f.country_edit
        self.company_edit, self.language_combo = f.company_edit, f.language_combo
        self.errors, self.general_error = f.errors, f.general_error

        self.buttons = save_cancel_buttons(self, self._save)
        layouts.column(self, self.form, self.buttons)
        self.setMinimumWidth(860)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit customer") if self._record else self.tr("New customer"))

    def save(self) -> None:
        """Save as the Save button does (Ctrl+S, or Save when asked on closing)."""
        self._save()

    def _save(self) -> None:
        record = self.form.save()
        if record is None:
            return
        self.saved.emit(record)
        self.accept()
