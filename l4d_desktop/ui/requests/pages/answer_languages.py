"""The Searched and asked page's dialogs that write a recorded text in another letter language:
what a search found, and why the request waited for the requester (the access copy prints
both). A letter prints only its own language's words, so each language needs its own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from l4d_desktop.core.disclosure.answer_records import AnswerRecords, SearchRecord
from l4d_desktop.core.requests.records import RequestRecord
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.pages.answer_dialogs import SYSTEMS, code_text
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage, one_line
from l4d_desktop.ui.requests.pages.evidence_dialogs import language_combo, word_combo


def _language(dialog: PageDialog) -> QComboBox:
    page = dialog.parentWidget()
    assert isinstance(page, RequestPage)
    combo = language_combo(page)
    dialog.add_field("language", combo)
    return combo


class SearchLanguageDialog(PageDialog):
    """What a recorded search found, written in another letter language."""

    object_name = "search_language_dialog"
    subject: SearchRecord
    TITLE = QT_TRANSLATE_NOOP("SearchLanguageDialog", "What was found, in a letter language")
    INTRO = QT_TRANSLATE_NOOP(
        "SearchLanguageDialog",
        "{system}, searched on {day}: {result}\nWrite what was found as the person should read "
        "it in the letter's language.",
    )
    LABELS = {
        "language": QT_TRANSLATE_NOOP("SearchLanguageDialog", "Letter &language:"),
        "result": QT_TRANSLATE_NOOP("SearchLanguageDialog", "&What was found:"),
    }

    def build(self) -> None:
        self.language_combo = _language(self)
        self.result_edit = text_edit("search_language_result_edit", 4)
        self.add_field("result", self.result_edit)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def placeholders(self) -> dict[str, object]:
        s = self.subject
        return {
            "system": code_text(SYSTEMS, s.system),
            "day": format_date(s.searched_on),
            "result": one_line(s.result) or "–",
        }

    def submit(self) -> AnswerRecords:
        return self._services.access_answers.put_search_result(
            self._actor,
            self._request_id,
            self.subject.id,
            self.result_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class PauseLanguageDialog(PageDialog):
    """Why the request waited for the requester, written in another letter language: the
    access copy lists the person's requests and how they were handled."""

    object_name = "pause_language_dialog"
    TITLE = QT_TRANSLATE_NOOP("PauseLanguageDialog", "Reason for waiting, in a letter language")
    INTRO = QT_TRANSLATE_NOOP(
        "PauseLanguageDialog",
        "The copy of the person's data shows why this request waited for them. Write the "
        "reason as the person should read it in the letter's language.",
    )
    LABELS = {
        "pause": QT_TRANSLATE_NOOP("PauseLanguageDialog", "&Waited:"),
        "language": QT_TRANSLATE_NOOP("PauseLanguageDialog", "Letter &language:"),
        "reason": QT_TRANSLATE_NOOP("PauseLanguageDialog", "&Reason:"),
    }

    def build(self) -> None:
        page = self.parentWidget()
        assert isinstance(page, RequestPage)
        self.pause_combo = QComboBox(objectName="pause_language_pause_combo")
        for p in page.request.pauses:
            if p.reason:
                label = f"{format_datetime(p.started_at)}: {one_line(p.reason)}"
                self.pause_combo.addItem(label, p.id)
        self.add_field("pause", self.pause_combo)
        self.language_combo = _language(self)
        self.reason_edit = text_edit("pause_language_reason_edit", 3)
        self.add_field("reason", self.reason_edit)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def submit(self) -> RequestRecord:
        return self._services.requests.put_pause_reason(
            self._actor,
            self._request_id,
            int(self.pause_combo.currentData() or 0),
            self.reason_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )
