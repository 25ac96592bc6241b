"""Add an invoice sent to the customer: number, date, amount in euros, paid or not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLineEdit

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.ui.customers.record_page import CustomerRecordDialog, CustomerRecordsPage
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit


class InvoiceDialog(CustomerRecordDialog):
    """`saved` carries the InvoiceRecord."""

    TITLE = QT_TRANSLATE_NOOP("InvoiceDialog", "Add invoice")
    INTRO = QT_TRANSLATE_NOOP(
        "InvoiceDialog",
        "The buyer's name and billing address of today are kept with the invoice, as "
        "the Accounting Act requires.",
    )
    LABELS = {
        "invoice_number": QT_TRANSLATE_NOOP("InvoiceDialog", "Invoice &number:"),
        "invoice_date": QT_TRANSLATE_NOOP("InvoiceDialog", "Invoice &date:"),
        "amount": QT_TRANSLATE_NOOP("InvoiceDialog", "&Amount (€):"),
    }

    def __init__(self, page: CustomerRecordsPage) -> None:
        super().__init__("invoice_dialog", page)
        self.number_edit = QLineEdit(objectName="invoice_number_edit")
        self.date_edit = make_date_edit("invoice_date_edit", office_today(self.services.clock()))
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
        super().retranslate()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 125,50"))
        self.paid_check.setText(self.tr("Already &paid"))
        self.date_edit.setDisplayFormat(date_format())

    def submit(self) -> InvoiceRecord:
        return self.services.invoices.add(
            self.actor,
            self.customer_id,
            self.number_edit.text(),
            date_of(self.date_edit),
            self.amount_edit.text(),
            self.paid_check.isChecked(),
        )
