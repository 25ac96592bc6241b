"""Record an objection (Art. 21): purpose, the day it was received, the person's reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.objections import ObjectionOutcome
from l4d_desktop.core.vocabulary import ObjectionPurpose
from l4d_desktop.ui.customers.record_page import CustomerRecordDialog, CustomerRecordsPage
from l4d_desktop.ui.texts import OBJECTION_PURPOSES, vocabulary
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit


class ObjectionDialog(CustomerRecordDialog):
    """`saved` carries the ObjectionOutcome."""

    TITLE = QT_TRANSLATE_NOOP("ObjectionDialog", "Record objection")
    INTRO = QT_TRANSLATE_NOOP(
        "ObjectionDialog",
        "An objection to direct marketing is absolute: every marketing consent ends at "
        "once, and the email address and phone number go on the suppression list so "
        "that no later import brings the person back into marketing.",
    )
    LABELS = {
        "purpose": QT_TRANSLATE_NOOP("ObjectionDialog", "&Objects to:"),
        "received_on": QT_TRANSLATE_NOOP("ObjectionDialog", "&Received on:"),
        "reason": QT_TRANSLATE_NOOP("ObjectionDialog", "The person's r&eason:"),
    }

    def __init__(self, page: CustomerRecordsPage) -> None:
        super().__init__("objection_dialog", page)
        self.purpose_combo = QComboBox(objectName="objection_purpose_combo")
        for purpose in ObjectionPurpose:
            self.purpose_combo.addItem("", purpose.value)
        self.received_edit = make_date_edit("received_on_edit", office_today(self.services.clock()))
        self.reason_edit = QPlainTextEdit(objectName="reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("purpose", self.purpose_combo)
        self.add_field("received_on", self.received_edit)
        self.add_field("reason", self.reason_edit)
        self.finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.purpose_combo.count()):
            self.purpose_combo.setItemText(
                i, vocabulary(OBJECTION_PURPOSES, self.purpose_combo.itemData(i))
            )
        self.received_edit.setDisplayFormat(date_format())

    def submit(self) -> ObjectionOutcome:
        return self.services.objections.record(
            self.actor,
            self.customer_id,
            str(self.purpose_combo.currentData()),
            date_of(self.received_edit),
            self.reason_edit.toPlainText(),
        )
