"""A refused request's page: the refusal letter prints its reasons and assessment in its own
language only, so the other letter language's words are written here before that letter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.pages.evidence_dialogs import LetterTextDialog, term
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column, row

TOPICS = ("refusal", "refusal_assessment")


class RefusalPage(RequestPage):
    object_name = "refusal_page"
    intro = QT_TRANSLATE_NOOP(
        "RefusalPage",
        "The refusal letter prints the reasons and the assessment in its own language only: "
        "write them in the other letter language before issuing the letter in it.",
    )

    def build(self) -> None:
        self.texts_label = hint_label("refusal_texts_label")
        self.text_button = QPushButton(objectName="refusal_text_button")
        self.text_button.clicked.connect(self.write_text)
        column(
            self, self.intro_label, self.texts_label, row(self.text_button, stretch=1), stretch=1
        )

    def retranslate(self) -> None:
        self.show_intro()
        self.text_button.setText(self.tr("Reason in another lan&guage…"))

    def reload(self) -> None:
        # A closed request's letter may still go out: its texts stay writable.
        self.text_button.setVisible(self.actor.can(Right.REQUESTS_HANDLE))
        evidence, actor, rid = self.services.request_evidence, self.actor, self.request_id
        texts = self.read(self.tr("Refusal"), lambda: evidence.texts(actor, rid))
        if texts is None:
            return
        written = [
            self.tr("{topic}: {language}").format(topic=term(t.topic), language=term(t.language))
            for t in texts
            if t.topic in TOPICS
        ]
        self.texts_label.setText("\n".join(written))

    def topics(self) -> list[str]:
        r = self.request
        return [t for t, said in zip(TOPICS, (r.close_reason, r.assessment), strict=True) if said]

    def write_text(self) -> None:
        self.open_dialog(LetterTextDialog(self, self.topics()), self.reload_and_announce)
