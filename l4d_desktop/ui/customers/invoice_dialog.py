"""Add an invoice sent to the customer: number, date, amount in euros, paid or not."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.invoices import InvoiceRecord, InvoiceService
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.record_dialog import RecordDialog


class InvoiceDialog(RecordDialog):
    """`saved` carries the InvoiceRecord."""

    def __init__(
        self,
        invoices: InvoiceService,
        actor: Actor,
        clock: Clock,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("invoice_dialog", parent)
        self._invoices = invoices
        self._actor = actor
        self._customer_id = customer_id

        self.number_edit = QLineEdit(objectName="invoice_number_edit")
        self.date_edit = make_date_edit("invoice_date_edit", office_today(clock()))
        self.amount_edit = QLineEdit(objectName="amount_edit")
        self.paid_check = QCheckBox(objectName="paid_check")
        self.add_field("invoice_number", self.number_edit)
        self.add_field("invoice_date", self.date_edit)
        self.add_field("amount", self.amount_edit)
        self.form.addRow("", self.paid_check)
        self.finish_layout()
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
        self.labels["invoice_number"].setText(self.tr("Invoice &number:"))
        self.labels["invoice_date"].setText(self.tr("Invoice &date:"))
        self.labels["amount"].setText(self.tr("&Amount (€):"))
        self.amount_edit.setPlaceholderText(self.tr("e.g. 125,50"))
        self.paid_check.setText(self.tr("Already &paid"))
        self.date_edit.setDisplayFormat(date_format())

    def submit(self) -> InvoiceRecord:
        return self._invoices.add(
            self._actor,
            self._customer_id,
            self.number_edit.text(),
            date_of(self.date_edit),
            self.amount_edit.text(),
            self.paid_check.isChecked(),
        )
