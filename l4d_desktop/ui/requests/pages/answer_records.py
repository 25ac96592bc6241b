"""The Searched and asked page of an access request: the systems searched beside the register
and what was found, the requester's own questions and our answers, how the electronic copy is
delivered, and (for a requester matched to no customer) invoices kept after an erasure. The
access and no-data letters print what is recorded here (EDPB 01/2022)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.disclosure.answer_records import AnswerRecords, QuestionRecord, SearchRecord
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.requests.pages.answer_dialogs import (
    CHANNELS,
    SYSTEMS,
    AnswerDialog,
    DeliveryDialog,
    KeptInvoiceDialog,
    QuestionDialog,
    SearchDialog,
    code_text,
)
from l4d_desktop.ui.requests.pages.answer_languages import (
    PauseLanguageDialog,
    SearchLanguageDialog,
)
from l4d_desktop.ui.requests.pages.base import RequestPage, one_line
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import Column, list_table, selected_record


def _found(s: SearchRecord) -> str:
    return one_line(s.result) or "–"


SEARCH_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Searched"), lambda s: code_text(SYSTEMS, s.system)),
    Column(QT_TRANSLATE_NOOP("Columns", "On"), lambda s: format_date(s.searched_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "Found"), lambda s: "✓" if s.found else "–"),
    Column(QT_TRANSLATE_NOOP("Columns", "What was found"), _found),
]
QUESTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Question"), lambda q: one_line(q.question)),
    Column(QT_TRANSLATE_NOOP("Columns", "Answer"), lambda q: one_line(q.answer)),
]


class AnswerRecordsPage(RequestPage):
    object_name = "answer_records_page"
    intro = QT_TRANSLATE_NOOP(
        "AnswerRecordsPage",
        "Look for the person's data everywhere they may be (email, the accounting firm, paper "
        "files) and record what you found; record the questions the requester asked and "
        "answer each. The letter says where we looked and answers the questions; the no-data "
        "answer is offered only after the searches are recorded.",
    )

    def build(self) -> None:
        self.records = AnswerRecords()
        self.candidates: tuple[str, ...] = ()
        self.search_model, self.search_table = list_table(
            self, SEARCH_COLUMNS, "searches_table", 3, (200, 100, 60, 300)
        )
        self.question_model, self.question_table = list_table(
            self, QUESTION_COLUMNS, "questions_table", 1, (300, 300)
        )
        self.no_searches_label = hint_label("no_searches_label")
        self.no_questions_label = hint_label("no_questions_label")
        self.delivery_label = QLabel(objectName="delivery_label")
        self.delivery_label.setWordWrap(True)
        self.kept_label = QLabel(objectName="kept_invoices_label")
        self.kept_label.setWordWrap(True)
        self.search_button = QPushButton(objectName="add_search_button")
        self.remove_search_button = QPushButton(objectName="remove_search_button")
        self.search_language_button = QPushButton(objectName="search_language_button")
        self.pause_language_button = QPushButton(objectName="pause_language_button")
        self.question_button = QPushButton(objectName="add_question_button")
        self.answer_button = QPushButton(objectName="answer_question_button")
        self.delivery_button = QPushButton(objectName="delivery_button")
        self.kept_button = QPushButton(objectName="kept_invoice_button")
        self.search_button.clicked.connect(
            lambda: self.open_dialog(SearchDialog(self), self.reload_and_announce)
        )
        self.remove_search_button.clicked.connect(self.remove_search)
        self.search_language_button.clicked.connect(self.search_in_language)
        self.pause_language_button.clicked.connect(
            lambda: self.open_dialog(PauseLanguageDialog(self), self.reload_and_announce)
        )
        self.question_button.clicked.connect(
            lambda: self.open_dialog(QuestionDialog(self), self.reload_and_announce)
        )
        self.answer_button.clicked.connect(self.answer_question)
        self.delivery_button.clicked.connect(
            lambda: self.open_dialog(DeliveryDialog(self), self.reload_and_announce)
        )
        self.kept_button.clicked.connect(
            lambda: self.open_dialog(KeptInvoiceDialog(self), self.reload_and_announce)
        )
        self.search_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.question_table.selectionModel().selectionChanged.connect(self._selection_changed)
        column(
            self,
            self.intro_label,
            (self.search_table, 1),
            self.no_searches_label,
            row(
                self.search_button,
                self.search_language_button,
                self.remove_search_button,
                stretch=1,
            ),
            (self.question_table, 1),
            self.no_questions_label,
            row(self.question_button, self.answer_button, stretch=1),
            row((self.delivery_label, 1), self.delivery_button),
            row((self.kept_label, 1), self.kept_button),
            row(self.pause_language_button, stretch=1),
        )

    def retranslate(self) -> None:
        self.show_intro()
        self.search_button.setText(self.tr("Add &search…"))
        self.remove_search_button.setText(self.tr("Remove search"))
        self.search_language_button.setText(self.tr("Found, in another lan&guage…"))
        self.search_language_button.setToolTip(
            self.tr("Write what the chosen search found in another letter language.")
        )
        self.pause_language_button.setText(self.tr("Reason for waiting in a language…"))
        self.pause_language_button.setToolTip(
            self.tr(
                "The copy of the person's data shows why this request waited for them: "
                "write the reason in each language a letter goes in."
            )
        )
        self.question_button.setText(self.tr("Add &question…"))
        self.answer_button.setText(self.tr("Answ&er…"))
        self.delivery_button.setText(self.tr("Deli&very…"))
        self.kept_button.setText(self.tr("Kept &invoice…"))
        self.search_table.setAccessibleName(self.tr("Systems searched"))
        self.question_table.setAccessibleName(self.tr("The requester's questions"))
        self.no_searches_label.setText(self.tr("No search recorded beside the register yet."))
        self.no_questions_label.setText(self.tr("No question recorded."))
        self._show_records()

    @property
    def can_handle(self) -> bool:
        return self.request.record.is_open and self.actor.can(Right.REQUESTS_HANDLE)

    def reload(self) -> None:
        service, actor, request_id = self.services.access_answers, self.actor, self.request_id
        records = self.read(
            self.tr("Searched and asked"), lambda: service.records(actor, request_id)
        )
        if records is None:
            return
        self.records = records
        self.candidates = ()
        if self.customer_id is None and all(
            self.actor.can(r) for r in (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        ):
            self.candidates = (
                self.read(
                    self.tr("Searched and asked"),
                    lambda: service.kept_invoice_candidates(actor, request_id),
                )
                or ()
            )
        self.show_rows(self.search_model, self.no_searches_label, records.searches)
        self.show_rows(self.question_model, self.no_questions_label, records.questions)
        self._show_records()
        self._selection_changed()

    def _show_records(self) -> None:
        handle = self.can_handle
        for button in (self.search_button, self.question_button, self.delivery_button):
            button.setVisible(handle)
        for button in (self.remove_search_button, self.answer_button):
            button.setVisible(handle)
        self.search_language_button.setVisible(handle)
        # A closed request's reasons are still printed by a later access copy.
        waited = any(p.reason for p in self.request.pauses)
        self.pause_language_button.setVisible(waited and self.actor.can(Right.REQUESTS_HANDLE))
        unknown = self.customer_id is None
        self.kept_button.setVisible(handle and unknown)
        self.kept_label.setVisible(unknown)
        delivery = self.records.delivery
        if delivery is None:
            self.delivery_label.setText(self.tr("Delivery of the electronic copy: not recorded."))
        else:
            how = code_text(CHANNELS, delivery.channel)
            if delivery.detail:
                how = f"{how} ({delivery.detail})"
            self.delivery_label.setText(
                self.tr("Delivery of the electronic copy: {how}.").format(how=how)
            )
        numbers = ", ".join(i.invoice_number for i in self.records.kept_invoices)
        text = (
            self.tr("Kept invoices matched to the requester: {numbers}.").format(numbers=numbers)
            if numbers
            else self.tr("No kept invoice is matched to the requester.")
        )
        matched = {i.invoice_number for i in self.records.kept_invoices}
        others = [n for n in self.candidates if n not in matched]
        if others:
            text += " " + self.tr(
                "Kept after an erasure in the requester's name: {numbers}. Check them and match "
                "those that are the requester's."
            ).format(numbers=", ".join(others))
        self.kept_label.setText(text)

    def selected_search(self) -> SearchRecord | None:
        search: SearchRecord | None = selected_record(self.search_table)
        return search

    def selected_question(self) -> QuestionRecord | None:
        question: QuestionRecord | None = selected_record(self.question_table)
        return question

    def _selection_changed(self, *_args: object) -> None:
        self.remove_search_button.setEnabled(self.selected_search() is not None)
        self.search_language_button.setEnabled(self.selected_search() is not None)
        self.answer_button.setEnabled(self.selected_question() is not None)

    def remove_search(self) -> None:
        search = self.selected_search()
        if search is None:
            return
        service, actor, request_id = self.services.access_answers, self.actor, self.request_id
        done = self.read(
            self.tr("Searched and asked"),
            lambda: service.remove_search(actor, request_id, search.id),
        )
        if done is not None:
            self.reload_and_announce()

    def answer_question(self) -> None:
        question = self.selected_question()
        if question is not None:
            self.open_dialog(AnswerDialog(self, question), self.reload_and_announce)

    def search_in_language(self) -> None:
        search = self.selected_search()
        if search is not None:
            self.open_dialog(SearchLanguageDialog(self, search), self.reload_and_announce)
