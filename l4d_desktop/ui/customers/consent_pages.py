"""The customer window's Consents tab (state per purpose, then the full ledger) and Objections
tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

from l4d_desktop.core.customers.consents import ConsentEntry, ConsentState, PurposeRecord
from l4d_desktop.core.customers.objections import ObjectionOutcome, ObjectionRecord
from l4d_desktop.core.vocabulary import ObjectionPurpose
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.consent_dialog import ConsentDialog
from l4d_desktop.ui.customers.objection_dialog import ObjectionDialog
from l4d_desktop.ui.customers.record_page import CustomerRecordsPage
from l4d_desktop.ui.formats import format_date, format_datetime, ui_language
from l4d_desktop.ui.texts import CONSENT_METHODS, OBJECTION_PURPOSES, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import heading, hint_label
from l4d_desktop.ui.widgets.record_table import Column, fit_rows, list_fetcher, list_table


def _given(given: bool | None) -> str:
    if given is None:
        return QCoreApplication.translate("ConsentsPage", "never asked")
    if given:
        return QCoreApplication.translate("ConsentsPage", "given")
    return QCoreApplication.translate("ConsentsPage", "withdrawn")


def _method(code: str) -> str:
    return vocabulary(CONSENT_METHODS, code) if code else ""


def _entry_purpose(e: ConsentEntry) -> str:
    """As the purposes' own column names it: in Swedish its code until the name is written."""
    language = ui_language()
    if language == "sv":
        return e.purpose_sv or e.purpose_code
    return e.purpose_fi if language == "fi" else e.purpose_en


def _one_line(text: str) -> str:
    return " / ".join(line for line in text.splitlines() if line.strip())


STATE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), lambda s: s.purpose.name(ui_language())),
    Column(QT_TRANSLATE_NOOP("Columns", "Consent"), lambda s: _given(s.given)),
    Column(QT_TRANSLATE_NOOP("Columns", "Since"), lambda s: format_datetime(s.since)),
    Column(QT_TRANSLATE_NOOP("Columns", "How"), lambda s: _method(s.method)),
    Column(QT_TRANSLATE_NOOP("Columns", "Notice version"), lambda s: s.notice_version),
]

HISTORY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: format_datetime(e.at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Purpose"), _entry_purpose),
    Column(QT_TRANSLATE_NOOP("Columns", "Consent"), lambda e: _given(e.given)),
    Column(QT_TRANSLATE_NOOP("Columns", "How"), lambda e: _method(e.method)),
    Column(QT_TRANSLATE_NOOP("Columns", "Notice version"), lambda e: e.notice_version),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda e: e.recorded_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded at"), lambda e: format_datetime(e.recorded_at)),
]

OBJECTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda o: format_date(o.received_on)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Objects to"),
        lambda o: vocabulary(OBJECTION_PURPOSES, o.purpose),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda o: _one_line(o.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda o: o.recorded_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded at"), lambda o: format_datetime(o.recorded_at)),
]


class ConsentsPage(CustomerRecordsPage):
    recorded = Signal(object)  # ConsentEntry

    OBJECT_NAME = "consents_page"

    def build(self) -> None:
        self._states: list[ConsentState] = []
        self.current_heading = heading()
        # The purpose takes the spare width in the upper table; its other columns line up
        # with the history's Consent, How and Notice version columns below as far as they can.
        self.state_model, self.state_table = list_table(
            self, STATE_COLUMNS, "consent_state_table", 0, (300, 90, 140, 120, 110)
        )
        self.history_heading = heading()
        self.history_model, self.history_table = list_table(
            self, HISTORY_COLUMNS, "consent_history_table", 1, (140, 300, 90, 120, 110, 160, 140)
        )
        self.consent_button = self.edit_button("record_consent_button", lambda: self.record(True))
        self.withdrawal_button = self.edit_button(
            "record_withdrawal_button", lambda: self.record(False)
        )

        buttons = layouts.row(self.consent_button, self.withdrawal_button, stretch=1)
        layouts.column(
            self,
            self.current_heading,
            self.state_table,
            buttons,
            8,
            self.history_heading,
            (self.history_table, 1),
        )

    def retranslate(self) -> None:
        self.current_heading.setText(self.tr("Consents now"))
        self.history_heading.setText(self.tr("History, newest first"))
        self.consent_button.setText(self.tr("Record co&nsent…"))
        self.withdrawal_button.setText(self.tr("Record &withdrawal…"))
        self.state_table.setAccessibleName(self.tr("Consents now"))
        self.history_table.setAccessibleName(self.tr("Consent history"))

    def show_data(self, states: Sequence[ConsentState], history: Sequence[ConsentEntry]) -> None:
        self._states = list(states)
        self.state_model.set_fetcher(list_fetcher(states))
        fit_rows(self.state_table, len(states))
        self.history_model.set_fetcher(list_fetcher(history))
        self.withdrawal_button.setEnabled(any(s.given for s in states))

    def error_title(self) -> str:
        return self.tr("Consents")

    def read(self) -> tuple[Sequence[ConsentState], Sequence[ConsentEntry]]:
        consents, actor, customer_id = self.services.consents, self.actor, self.customer_id
        return consents.current(actor, customer_id), consents.history(actor, customer_id)

    def purpose_name(self, code: str) -> str:
        for s in self._states:
            if s.purpose.code == code:
                return s.purpose.name(ui_language())
        return code

    def record(self, given: bool) -> None:
        """Open the dialog for a consent (`given`) or a withdrawal; only purposes where that
        changes something are offered."""
        purposes: list[PurposeRecord]
        if given:
            purposes = [s.purpose for s in self._states if s.given is not True and s.purpose.active]
        else:
            purposes = [s.purpose for s in self._states if s.given]
        if not purposes:
            feedback.show_info(
                self,
                self.tr("Consents"),
                self.tr("Every purpose already has a consent.")
                if given
                else self.tr("There is no consent to withdraw."),
            )
            return
        self.open_dialog(
            ConsentDialog(self, given, purposes),
            self._saved,
        )

    def _saved(self, entry: ConsentEntry) -> None:
        self.reload()
        self.recorded.emit(entry)


class ObjectionsPage(CustomerRecordsPage):
    recorded = Signal(object)  # ObjectionOutcome

    OBJECT_NAME = "objections_page"

    def build(self) -> None:
        self.model, self.table = list_table(
            self, OBJECTION_COLUMNS, "objection_table", 2, (110, 260, 300, 170, 150)
        )
        self.marketing_note = QLabel(objectName="marketing_objection_note")
        self.marketing_note.setWordWrap(True)
        self.marketing_note.hide()
        self.empty_label = hint_label("no_objections_label")
        self.record_button = self.edit_button("record_objection_button", self.record)

        buttons = layouts.row(self.record_button, stretch=1)
        layouts.column(self, self.marketing_note, (self.table, 1), self.empty_label, buttons)

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record &objection…"))
        self.table.setAccessibleName(self.tr("Objections"))
        self.marketing_note.setText(
            self.tr(
                "This person has objected to direct marketing: no marketing consent can be "
                "recorded, and their email address and phone number are on the suppression list."
            )
        )
        self.empty_label.setText(self.tr("No objections recorded."))

    def show_data(self, objections: Sequence[ObjectionRecord]) -> None:
        self.model.set_fetcher(list_fetcher(objections))
        self.empty_label.setVisible(not objections)
        self.marketing_note.setVisible(
            any(o.purpose == ObjectionPurpose.DIRECT_MARKETING for o in objections)
        )

    def error_title(self) -> str:
        return self.tr("Objections")

    def read(self) -> tuple[Sequence[ObjectionRecord]]:
        return (self.services.objections.list_objections(self.actor, self.customer_id),)

    def record(self) -> None:
        self.open_dialog(
            ObjectionDialog(self),
            self._saved,
        )

    def _saved(self, outcome: ObjectionOutcome) -> None:
        self.reload()
        self.recorded.emit(outcome)
