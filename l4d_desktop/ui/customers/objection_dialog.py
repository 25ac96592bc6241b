"""Record an objection (Art. 21): purpose, the day it was received, the person's reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.objections import ObjectionOutcome, ObjectionService
from l4d_desktop.core.vocabulary import ObjectionPurpose
from l4d_desktop.ui.texts import OBJECTION_PURPOSES, vocabulary
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.record_dialog import RecordDialog


class ObjectionDialog(RecordDialog):
    """`saved` carries the ObjectionOutcome."""

    def __init__(
        self,
        objections: ObjectionService,
        actor: Actor,
        clock: Clock,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("objection_dialog", parent)
        self._objections = objections
        self._actor = actor
        self._customer_id = customer_id

        self.purpose_combo = QComboBox(objectName="objection_purpose_combo")
        for purpose in ObjectionPurpose:
            self.purpose_combo.addItem("", purpose.value)
        self.received_edit = make_date_edit("received_on_edit", office_today(clock()))
        self.reason_edit = QPlainTextEdit(objectName="reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("purpose", self.purpose_combo)
        self.add_field("received_on", self.received_edit)
        self.add_field("reason", self.reason_edit)
        self.finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record objection"))
        self.intro_label.setText(
            self.tr(
                "An objection to direct marketing is absolute: every marketing consent ends at "
                "once, and the email address and phone number go on the suppression list so "
                "that no later import brings the person back into marketing."
            )
        )
        self.labels["purpose"].setText(self.tr("&Objects to:"))
        self.labels["received_on"].setText(self.tr("&Received on:"))
        self.labels["reason"].setText(self.tr("The person's &reason:"))
        for i in range(self.purpose_combo.count()):
            self.purpose_combo.setItemText(
                i, vocabulary(OBJECTION_PURPOSES, self.purpose_combo.itemData(i))
            )
        self.received_edit.setDisplayFormat(date_format())

    def submit(self) -> ObjectionOutcome:
        return self._objections.record(
            self._actor,
            self._customer_id,
            str(self.purpose_combo.currentData()),
            date_of(self.received_edit),
            self.reason_edit.toPlainText(),
        )
