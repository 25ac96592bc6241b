"""The dialogs of the Searched and asked page: a system searched and what was found, a question
of the requester with its answer, the answer to a question, the copy's delivery, and an invoice
kept after an erasure matched to the requester. Each saves through one service call."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.disclosure.answer_records import (
    AnswerRecords,
    DeliveryChannel,
    QuestionRecord,
    SearchSystem,
)
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage
from l4d_desktop.ui.requests.pages.evidence_dialogs import language_combo, word_combo
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit

CONTEXT = "AnswerRecordsPage"
SYSTEMS = {
    SearchSystem.EMAIL.value: QT_TRANSLATE_NOOP("AnswerRecordsPage", "Email and correspondence"),
    SearchSystem.ACCOUNTING.value: QT_TRANSLATE_NOOP(
        "AnswerRecordsPage", "Accounting firm and books"
    ),
    SearchSystem.PAPER.value: QT_TRANSLATE_NOOP("AnswerRecordsPage", "Paper files"),
    SearchSystem.OTHER.value: QT_TRANSLATE_NOOP("AnswerRecordsPage", "Another system"),
}
CHANNELS = {
    DeliveryChannel.WITH_LETTER.value: QT_TRANSLATE_NOOP(
        "AnswerRecordsPage", "With the letter, in one bundle"
    ),
    DeliveryChannel.ENCRYPTED_EMAIL.value: QT_TRANSLATE_NOOP(
        "AnswerRecordsPage", "Encrypted email"
    ),
    DeliveryChannel.SECURE_LINK.value: QT_TRANSLATE_NOOP(
        "AnswerRecordsPage", "Protected download link that expires"
    ),
    DeliveryChannel.POST.value: QT_TRANSLATE_NOOP("AnswerRecordsPage", "Memory stick by post"),
    DeliveryChannel.IN_PERSON.value: QT_TRANSLATE_NOOP("AnswerRecordsPage", "In person"),
}


def code_text(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


def _fill(combo: QComboBox, table: dict[str, str]) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, code_text(table, combo.itemData(i)))


def _language(dialog: PageDialog) -> QComboBox:
    """The letter language the dialog's words are written in (the request's by default): a
    letter prints only its own language's words."""
    page = dialog.parentWidget()
    assert isinstance(page, RequestPage)
    combo = language_combo(page)
    dialog.add_field("language", combo)
    return combo


class SearchDialog(PageDialog):
    object_name = "search_dialog"
    TITLE = QT_TRANSLATE_NOOP("SearchDialog", "System searched")
    INTRO = QT_TRANSLATE_NOOP(
        "SearchDialog",
        "Where else the person's data may be: say where you looked, when, and what you found. "
        "The letter prints it as written.",
    )
    LABELS = {
        "system": QT_TRANSLATE_NOOP("SearchDialog", "&Searched:"),
        "searched_on": QT_TRANSLATE_NOOP("SearchDialog", "&On:"),
        "result": QT_TRANSLATE_NOOP("SearchDialog", "&What was found:"),
        "language": QT_TRANSLATE_NOOP("SearchDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.system_combo = QComboBox(objectName="search_system_combo")
        for code in SYSTEMS:
            self.system_combo.addItem("", code)
        self.date_edit = make_date_edit("searched_on_edit", office_today(self._services.clock()))
        self.found_check = QCheckBox(objectName="search_found_check")
        self.result_edit = text_edit("search_result_edit", 3)
        self.add_field("system", self.system_combo)
        self.add_field("searched_on", self.date_edit)
        self.form.addRow("", self.found_check)
        self.add_field("result", self.result_edit)
        self.language_combo = _language(self)

    def retranslate(self) -> None:
        super().retranslate()
        _fill(self.system_combo, SYSTEMS)
        word_combo(self.language_combo)
        self.date_edit.setDisplayFormat(date_format())
        self.found_check.setText(self.tr("Data about the person were &found"))

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.add_search(
            self._actor,
            self._request_id,
            str(self.system_combo.currentData()),
            self.found_check.isChecked(),
            self.result_edit.toPlainText(),
            date_of(self.date_edit),
            str(self.language_combo.currentData()),
        )


class QuestionDialog(PageDialog):
    object_name = "question_dialog"
    TITLE = QT_TRANSLATE_NOOP("QuestionDialog", "The requester's question")
    INTRO = QT_TRANSLATE_NOOP(
        "QuestionDialog",
        "A question the requester asked in so many words. The access letter is written only "
        "when every question has its answer.",
    )
    LABELS = {
        "question": QT_TRANSLATE_NOOP("QuestionDialog", "&Question:"),
        "answer": QT_TRANSLATE_NOOP("QuestionDialog", "&Answer:"),
        "language": QT_TRANSLATE_NOOP("QuestionDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.question_edit = text_edit("question_edit", 3)
        self.answer_edit = text_edit("answer_edit", 4)
        self.add_field("question", self.question_edit)
        self.add_field("answer", self.answer_edit)
        self.language_combo = _language(self)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.add_question(
            self._actor,
            self._request_id,
            self.question_edit.toPlainText(),
            self.answer_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class AnswerDialog(PageDialog):
    object_name = "answer_dialog"
    subject: QuestionRecord
    TITLE = QT_TRANSLATE_NOOP("AnswerDialog", "Answer the question")
    INTRO = QT_TRANSLATE_NOOP("AnswerDialog", "The requester asked: {question}")
    LABELS = {
        "answer": QT_TRANSLATE_NOOP("AnswerDialog", "&Answer:"),
        "language": QT_TRANSLATE_NOOP("AnswerDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.answer_edit = text_edit("answer_edit", 5)
        self.answer_edit.setPlainText(self.subject.answer)
        self.add_field("answer", self.answer_edit)
        self.language_combo = _language(self)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def placeholders(self) -> dict[str, object]:
        return {"question": self.subject.question}

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.answer_question(
            self._actor,
            self._request_id,
            self.subject.id,
            self.answer_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class DeliveryDialog(PageDialog):
    object_name = "delivery_dialog"
    TITLE = QT_TRANSLATE_NOOP("DeliveryDialog", "Delivery of the electronic copy")
    INTRO = QT_TRANSLATE_NOOP(
        "DeliveryDialog", "How the person's machine-readable copy reaches them (GDPR Art. 15(3))."
    )
    LABELS = {
        "channel": QT_TRANSLATE_NOOP("DeliveryDialog", "&Delivered:"),
        "detail": QT_TRANSLATE_NOOP("DeliveryDialog", "D&etail:"),
        "language": QT_TRANSLATE_NOOP("DeliveryDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.channel_combo = QComboBox(objectName="delivery_channel_combo")
        for code in CHANNELS:
            self.channel_combo.addItem("", code)
        self.detail_edit = QLineEdit(objectName="delivery_detail_edit")
        self.add_field("channel", self.channel_combo)
        self.add_field("detail", self.detail_edit)
        self.language_combo = _language(self)

    def retranslate(self) -> None:
        super().retranslate()
        _fill(self.channel_combo, CHANNELS)
        word_combo(self.language_combo)

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.set_delivery(
            self._actor,
            self._request_id,
            str(self.channel_combo.currentData()),
            self.detail_edit.text(),
            str(self.language_combo.currentData()),
        )


class KeptInvoiceDialog(PageDialog):
    object_name = "kept_invoice_dialog"
    TITLE = QT_TRANSLATE_NOOP("KeptInvoiceDialog", "Invoice kept after an erasure")
    INTRO = QT_TRANSLATE_NOOP(
        "KeptInvoiceDialog",
        "An invoice kept for the Accounting Act after the customer was erased, which you "
        "matched to this requester: the answer tells them about it.",
    )
    LABELS = {"invoice": QT_TRANSLATE_NOOP("KeptInvoiceDialog", "Invoice &number:")}

    def build(self) -> None:
        self.number_edit = QLineEdit(objectName="kept_invoice_number_edit")
        self.add_field("invoice", self.number_edit)

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.add_kept_invoice(
            self._actor, self._request_id, self.number_edit.text()
        )
