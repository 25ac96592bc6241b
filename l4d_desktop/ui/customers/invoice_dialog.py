"""Add an invoice sent to the customer: number, date, amount in euros, paid or not."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.invoices import InvoiceRecord, InvoiceService
from l4d_desktop.core.errors import L4DError
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.widgets.retranslate import Retranslating


class InvoiceDialog(Retranslating, QDialog):
    saved = Signal(object)  # InvoiceRecord

    def __init__(
        self,
        invoices: InvoiceService,
        actor: Actor,
        clock: Clock,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_dialog")
        self._invoices = invoices
        self._actor = actor
        self._customer_id = customer_id

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.number_edit = QLineEdit(objectName="invoice_number_edit")
        self.date_edit = make_date_edit("invoice_date_edit", office_today(clock()))
        self.amount_edit = QLineEdit(objectName="amount_edit")
        self.paid_check = QCheckBox(objectName="paid_check")

        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self._labels = {
            field: add_field_row(form, self.errors, field, widget)
            for field, widget in (
                ("invoice_number", self.number_edit),
                ("invoice_date", self.date_edit),
                ("amount", self.amount_edit),
            )
        }
        form.addRow("", self.paid_check)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add invoice"))
        self.intro_label.setText(
            self.tr(
                "The buyer's name and billing address of today are kept with the invoice, as "
                "the Accounting Act requires."
            )
        )
        self._labels["invoice_number"].setText(self.tr("Invoice &number:"))
        self._labels["invoice_date"].setText(self.tr("Invoice &date:"))
        self._labels["amount"].setText(self.tr("&Amount (€):"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 125,50"))
        self.paid_check.setText(self.tr("Already &paid"))
        self.date_edit.setDisplayFormat(date_format())

    def _save(self) -> None:
        try:
            record: InvoiceRecord = self._invoices.add(
                self._actor,
                self._customer_id,
                self.number_edit.text(),
                date_of(self.date_edit),
                self.amount_edit.text(),
                self.paid_check.isChecked(),
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(record)
        self.accept()
