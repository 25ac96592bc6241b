"""From a customer's window: the customer number of this person's duplicate record, then the
same merge dialog as the Customers tab opens, with this record kept."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.merge import MergeResult
from l4d_desktop.core.customers.merge_plan import MergePlan
from l4d_desktop.core.customers.records import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import dialog_buttons, error_line
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class MergePartnerDialog(TitledDialog):
    """`chosen` carries the MergePlan read for the number typed."""

    chosen = Signal(object)

    TITLE = QT_TRANSLATE_NOOP("MergePartnerDialog", "Merge with a duplicate")
    INTRO = QT_TRANSLATE_NOOP(
        "MergePartnerDialog",
        "Give the customer number of another record of {name} (customer {number}). This "
        "record is kept unless you choose otherwise in the next step.",
    )

    def __init__(
        self, services: Services, actor: Actor, record: CustomerRecord, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_partner_dialog")
        self._services = services
        self._actor = actor
        self.record = record
        self.intro_label = QLabel(objectName="intro_label", wordWrap=True)
        self.number_edit = QLineEdit(objectName="duplicate_number_edit")
        self.number_label = QLabel()
        self.number_label.setBuddy(self.number_edit)
        self.error_label = error_line("merge_partner_error")
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons(self, self.find)
        layouts.column(
            self,
            self.intro_label,
            layouts.row(self.number_label, (self.number_edit, 1)),
            self.error_label,
            layouts.STRETCH,
            layouts.row(layouts.STRETCH, self.buttons),
        )
        self.resize(480, 180)
        self.retranslate()

    def placeholders(self) -> dict[str, object]:
        return {"name": self.record.name, "number": self.record.customer_number}

    def retranslate(self) -> None:
        super().retranslate()
        self.number_label.setText(self.tr("Customer &number of the duplicate:"))
        self.ok_button.setText(self.tr("Show the merge"))
        self.cancel_button.setText(self.tr("Cancel"))

    def find(self) -> None:
        try:
            plan = self._services.customer_merge.plan(
                self._actor, self.record.customer_number, self.number_edit.text()
            )
        except L4DError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.number_edit.setFocus()
            return
        self.chosen.emit(plan)
        self.accept()


class MergeFromWindow:
    """Mixed into CustomerWindow: Merge with a duplicate… on its basic data page."""

    _services: Services
    _actor: Actor
    _closing: bool
    customer_id: int
    merge_partner: MergePartnerDialog | None = None
    merge_dialog: CustomerMergeDialog | None = None

    def merge_with_duplicate(self, record: CustomerRecord | None) -> None:
        assert isinstance(self, QWidget)
        if record is None:
            return
        self.merge_partner = MergePartnerDialog(self._services, self._actor, record, self)
        self.merge_partner.chosen.connect(self._merge_planned)
        self.merge_partner.open()

    def _merge_planned(self, plan: MergePlan) -> None:
        assert isinstance(self, QWidget)
        self.merge_dialog = CustomerMergeDialog(self._services, self._actor, plan, self)
        self.merge_dialog.merged.connect(self._merge_done)
        self.merge_dialog.open()

    def _merge_done(self, result: MergeResult) -> None:
        """Kept, the window reads the merged record through the change bus; merged away
        (the other record was kept), it closes."""
        assert isinstance(self, QWidget)
        if result.customer.id != self.customer_id:
            self._closing = True  # the record is gone: nothing typed in it can be saved
            self.close()
