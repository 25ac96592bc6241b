"""The objection request's page: the person's objections (GDPR Art. 21) with their outcomes;
direct marketing stops at once, any other purpose is recorded and then decided."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPushButton

from l4d_desktop.core.customers.objections import ObjectionRecord
from l4d_desktop.core.requests.statements import objection_topic
from l4d_desktop.core.vocabulary import ObjectionOutcome, ObjectionPurpose, Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage, one_line
from l4d_desktop.ui.requests.pages.evidence_dialogs import LetterTextDialog
from l4d_desktop.ui.texts import OBJECTION_PURPOSES, vocabulary
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import Column, list_table, selected_record

OUTCOMES: dict[str, str] = {
    ObjectionOutcome.STOPPED: QT_TRANSLATE_NOOP("RequestActionPages", "stopped at once"),
    ObjectionOutcome.UPHELD: QT_TRANSLATE_NOOP("RequestActionPages", "upheld: processing stops"),
    ObjectionOutcome.COMPELLING_GROUNDS: QT_TRANSLATE_NOOP(
        "RequestActionPages", "compelling legitimate grounds: processing goes on"
    ),
}


def _outcome_name(code: str) -> str:
    return QCoreApplication.translate("RequestActionPages", OUTCOMES[code])


def outcome_text(o: ObjectionRecord) -> str:
    if o.outcome is None:
        return QCoreApplication.translate("RequestActionPages", "awaiting decision")
    return _outcome_name(o.outcome) if o.outcome in OUTCOMES else o.outcome


OBJECTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda o: format_date(o.received_on)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Objects to"),
        lambda o: vocabulary(OBJECTION_PURPOSES, o.purpose),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), outcome_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Reasons"), lambda o: one_line(o.outcome_reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Decided by"), lambda o: o.decided_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Decided at"), lambda o: format_datetime(o.decided_at)),
    # The objection takes effect on receipt; the moment it was typed in is kept apart.
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded at"), lambda o: format_datetime(o.recorded_at)),
]


class RequestObjectionDialog(PageDialog):
    """The objections the request makes, one per purpose ticked, all in effect from the
    request's receipt. Saves a tuple of core.objections.ObjectionOutcome."""

    object_name = "request_objection_dialog"
    TITLE = QT_TRANSLATE_NOOP("RequestObjectionDialog", "Record the objection")
    INTRO = QT_TRANSLATE_NOOP(
        "RequestObjectionDialog",
        "Tick every purpose the request objects to; each is recorded and answered in the "
        "letter, in effect from the day the request was received. An objection to direct "
        "marketing, ad targeting included, stops it at once with no balancing: every "
        "marketing consent ends and the email address and phone number go on the "
        "suppression list. For any other purpose the objection is recorded and then "
        "decided: upheld, or compelling legitimate grounds with reasons.",
    )
    LABELS = {
        "purpose": QT_TRANSLATE_NOOP("RequestObjectionDialog", "&Objects to:"),
        "reason": QT_TRANSLATE_NOOP("RequestObjectionDialog", "The person's &reason:"),
    }

    def build(self) -> None:
        self.intro_label.setObjectName("objection_intro_label")
        self.purpose_list = QListWidget(objectName="objection_purpose_list")
        for purpose in ObjectionPurpose:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.purpose_list.addItem(item)
        self.reason_edit = text_edit("reason_edit")
        self.add_field("purpose", self.purpose_list)
        self.add_field("reason", self.reason_edit)

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            item.setText(vocabulary(OBJECTION_PURPOSES, item.data(Qt.ItemDataRole.UserRole)))

    def check(self, *codes: str) -> None:
        """Tick exactly these purposes."""
        for i in range(self.purpose_list.count()):
            item = self.purpose_list.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.purpose_list.item(i) for i in range(self.purpose_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> object:
        return self._services.request_actions.record_objections(
            self._actor, self._request_id, self.checked(), self.reason_edit.toPlainText()
        )


class DecideObjectionDialog(PageDialog):
    """Upheld (the processing stops) or compelling legitimate grounds (reasons required); the
    subject is the ObjectionRecord, an ObjectionDecision is saved."""

    object_name = "decide_objection_dialog"
    subject: ObjectionRecord
    TITLE = QT_TRANSLATE_NOOP("DecideObjectionDialog", "Decide the objection")
    INTRO = QT_TRANSLATE_NOOP(
        "DecideObjectionDialog",
        "Objection to: {purpose}. Uphold it, and the processing stops; or record the "
        "compelling legitimate grounds that override the person's interests, with "
        "reasons (GDPR Art. 21(1)).",
    )
    LABELS = {
        "outcome": QT_TRANSLATE_NOOP("DecideObjectionDialog", "&Decision:"),
        "reason": QT_TRANSLATE_NOOP("DecideObjectionDialog", "&Reasons:"),
    }

    def build(self) -> None:
        self.outcome_combo = QComboBox(objectName="objection_outcome_combo")
        for outcome in (ObjectionOutcome.UPHELD, ObjectionOutcome.COMPELLING_GROUNDS):
            self.outcome_combo.addItem("", outcome.value)
        self.reason_edit = text_edit("decision_reason_edit", 5)
        self.add_field("outcome", self.outcome_combo)
        self.add_field("reason", self.reason_edit)

    def placeholders(self) -> dict[str, object]:
        return {"purpose": vocabulary(OBJECTION_PURPOSES, self.subject.purpose)}

    def retranslate(self) -> None:
        super().retranslate()
        for i in range(self.outcome_combo.count()):
            self.outcome_combo.setItemText(i, _outcome_name(self.outcome_combo.itemData(i)))

    def submit(self) -> object:
        return self._services.objections.decide_objection(
            self._actor,
            self.subject.id,
            str(self.outcome_combo.currentData()),
            self.reason_edit.toPlainText(),
        )


class ObjectionRequestPage(RequestPage):
    object_name = "objection_request_page"
    intro = QT_TRANSLATE_NOOP(
        "ObjectionRequestPage",
        "The person's objections (GDPR Art. 21) and their outcomes. Direct marketing, ad "
        "targeting included, stops at once; other purposes are decided here.",
    )

    def build(self) -> None:
        self.objections: list[ObjectionRecord] = []
        self.model, self.table = list_table(
            self,
            OBJECTION_COLUMNS,
            "request_objection_table",
            3,
            (100, 230, 260, 260, 150, 140, 140),
        )
        self.empty_label = hint_label("no_request_objections_label")
        self.record_button = QPushButton(objectName="record_request_objection_button")
        self.decide_button = QPushButton(objectName="decide_objection_button")
        self.decide_button.setEnabled(False)
        self.text_button = QPushButton(objectName="objection_text_button")
        self.record_button.clicked.connect(self.record)
        self.decide_button.clicked.connect(self.decide)
        self.text_button.clicked.connect(self.write_text)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = row(self.record_button, self.decide_button, self.text_button, stretch=1)
        column(self, self.intro_label, (self.table, 1), self.empty_label, buttons)

    def retranslate(self) -> None:
        self.show_intro()
        self.record_button.setText(self.tr("Record o&bjection…"))
        self.decide_button.setText(self.tr("&Decide…"))
        self.text_button.setText(self.tr("Reason in another lan&guage…"))
        self.table.setAccessibleName(self.tr("The person's objections"))
        self.empty_label.setText(self.tr("No objections recorded."))

    def reload(self) -> None:
        can = self.can_act(Right.CUSTOMERS_EDIT)
        self.record_button.setVisible(can)
        self.decide_button.setVisible(can)
        customer_id = self.customer_id
        if customer_id is None:
            return
        objections, actor = self.services.objections, self.actor
        found = self.read(
            self.tr("Objections"), lambda: objections.list_objections(actor, customer_id)
        )
        if found is not None:
            self.objections = found
            self.show_rows(self.model, self.empty_label, found)
            self._selection_changed()
        self.text_button.setVisible(can and bool(self.text_topics()))

    def selected(self) -> ObjectionRecord | None:
        record: ObjectionRecord | None = selected_record(self.table)
        return record

    def _selection_changed(self, *_args: object) -> None:
        o = self.selected()
        self.decide_button.setEnabled(o is not None and o.pending)

    def record(self) -> None:
        self.open_dialog(RequestObjectionDialog(self), self._recorded)

    def _recorded(self, outcomes: object) -> None:
        self.reload()
        recorded = outcomes if isinstance(outcomes, tuple) else (outcomes,)
        purposes = {getattr(getattr(o, "objection", None), "purpose", None) for o in recorded}
        if ObjectionPurpose.DIRECT_MARKETING in purposes:
            feedback.show_info(
                self,
                self.tr("Objection"),
                self.tr(
                    "Direct marketing to this person stopped at once: every marketing consent "
                    "ended and the email address and phone number are on the suppression list."
                ),
            )
        self.changed.emit()

    def text_topics(self) -> list[str]:
        """The letter-text topics of this request's objections kept on compelling grounds:
        the letter prints their reasons in its own language."""
        return [
            objection_topic(o.purpose)
            for o in self.objections
            if o.request_id == self.request_id
            and o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value
        ]

    def write_text(self) -> None:
        self.open_dialog(LetterTextDialog(self, self.text_topics()), self.reload_and_announce)

    def decide(self) -> None:
        objection = self.selected()
        if objection is not None and objection.pending:
            self.open_dialog(DecideObjectionDialog(self, objection), self.reload_and_announce)
