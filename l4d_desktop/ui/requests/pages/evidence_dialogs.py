"""The dialogs that record what the restriction, lift-notice and rectification letters state: a
ground from the list and, in the letter's language, the sentence that explains it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.letters.words import LANGUAGES as LETTER_LANGUAGES
from l4d_desktop.core.requests.deadlines import roll_forward
from l4d_desktop.core.requests.evidence import FindingRecord, StatementRecord
from l4d_desktop.core.requests.grounds import DeclineGround, LiftReason, RestrictionGround
from l4d_desktop.core.requests.restrictions import RestrictionRecord
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit

# The codes in words, in the "EvidenceTerms" context (shared by the dialogs and the pages).
TERMS: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("EvidenceTerms", "(a) accuracy contested: while it is verified"),
    "b": QT_TRANSLATE_NOOP("EvidenceTerms", "(b) unlawful, but the person wants it kept"),
    "c": QT_TRANSLATE_NOOP("EvidenceTerms", "(c) needed by the person for legal claims"),
    "d": QT_TRANSLATE_NOOP("EvidenceTerms", "(d) objection pending"),
    "accuracy_verified": QT_TRANSLATE_NOOP("EvidenceTerms", "Data checked and accurate"),
    "data_rectified": QT_TRANSLATE_NOOP("EvidenceTerms", "Data rectified"),
    "objection_decided": QT_TRANSLATE_NOOP("EvidenceTerms", "Objection decided"),
    "legal_claims_ended": QT_TRANSLATE_NOOP("EvidenceTerms", "No longer needed for legal claims"),
    "person_asked": QT_TRANSLATE_NOOP("EvidenceTerms", "The person asked for the lifting"),
    "accuracy_not_shown": QT_TRANSLATE_NOOP("EvidenceTerms", "The held data are correct"),
    "legal_obligation": QT_TRANSLATE_NOOP("EvidenceTerms", "A record the law keeps unchanged"),
    "not_personal_data": QT_TRANSLATE_NOOP("EvidenceTerms", "An opinion, not data about them"),
    "complexity": QT_TRANSLATE_NOOP("EvidenceTerms", "Complexity of the request"),
    "number_of_requests": QT_TRANSLATE_NOOP("EvidenceTerms", "Number of requests"),
    "extension": QT_TRANSLATE_NOOP("EvidenceTerms", "Reasons for the extension"),
    "restriction_lift": QT_TRANSLATE_NOOP("EvidenceTerms", "Reason for lifting the restriction"),
    "already_correct": QT_TRANSLATE_NOOP("EvidenceTerms", "What was checked (already correct)"),
    "change_declined": QT_TRANSLATE_NOOP("EvidenceTerms", "The change not made, and why"),
    "refusal": QT_TRANSLATE_NOOP("EvidenceTerms", "Reasons for the refusal"),
    "refusal_assessment": QT_TRANSLATE_NOOP("EvidenceTerms", "Assessment of the refused request"),
    "objection_decision.analytics": QT_TRANSLATE_NOOP(
        "EvidenceTerms", "Compelling grounds: analytics"
    ),
    "objection_decision.service_development": QT_TRANSLATE_NOOP(
        "EvidenceTerms", "Compelling grounds: service development"
    ),
    "objection_decision.customer_relationship": QT_TRANSLATE_NOOP(
        "EvidenceTerms", "Compelling grounds: customer relationship"
    ),
    "objection_decision.other": QT_TRANSLATE_NOOP(
        "EvidenceTerms", "Compelling grounds: other processing"
    ),
    "fi": QT_TRANSLATE_NOOP("EvidenceTerms", "Finnish"),
    "en": QT_TRANSLATE_NOOP("EvidenceTerms", "English"),
}


def term(code: str | None) -> str:
    if code is None:
        return ""
    return QCoreApplication.translate("EvidenceTerms", TERMS[code]) if code in TERMS else code


def code_combo(object_name: str, codes: list[str]) -> QComboBox:
    combo = QComboBox(objectName=object_name)
    for code in codes:
        combo.addItem("", code)
    return combo


def word_combo(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, term(combo.itemData(i)))


def language_combo(page: RequestPage) -> QComboBox:
    """The letter languages, the request's default first chosen."""
    combo = code_combo("text_language_combo", list(LETTER_LANGUAGES))
    default = page.services.letters.default_language(page.actor, page.request_id)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


class SetRestrictionDialog(PageDialog):
    """Art. 18: the restriction is set on one ground of 18(1), which the letter names."""

    object_name = "set_restriction_dialog"
    TITLE = QT_TRANSLATE_NOOP("SetRestrictionDialog", "Restrict the processing")
    INTRO = QT_TRANSLATE_NOOP(
        "SetRestrictionDialog",
        "The data stay stored, but every export and marketing list leaves the person out. "
        "Choose the ground of GDPR Art. 18(1) the person's request rests on.",
    )
    LABELS = {"ground": QT_TRANSLATE_NOOP("SetRestrictionDialog", "&Ground:")}

    def build(self) -> None:
        self.ground_combo = code_combo(
            "restriction_ground_combo", [g.value for g in RestrictionGround]
        )
        self.add_field("ground", self.ground_combo)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.ground_combo)

    def submit(self) -> RestrictionRecord:
        version = self.subject
        return self._services.request_evidence.restrict(
            self._actor, self._request_id, str(self.ground_combo.currentData()), version
        )


class AnnounceLiftDialog(PageDialog):
    """Art. 18(3): the day the restriction will be lifted (a working day after today) and the
    real reason, written in the letter's language; the notice letter then tells the person."""

    object_name = "announce_lift_dialog"
    TITLE = QT_TRANSLATE_NOOP("AnnounceLiftDialog", "Announce the lifting")
    INTRO = QT_TRANSLATE_NOOP(
        "AnnounceLiftDialog",
        "The person is told before the restriction is lifted (GDPR Art. 18(3)): the day and "
        "the real reason. Send the notice letter; the restriction can be lifted from that day.",
    )
    LABELS = {
        "lift_on": QT_TRANSLATE_NOOP("AnnounceLiftDialog", "Lift &on:"),
        "lift_reason": QT_TRANSLATE_NOOP("AnnounceLiftDialog", "&Why:"),
        "reason": QT_TRANSLATE_NOOP("AnnounceLiftDialog", "&In a sentence:"),
        "language": QT_TRANSLATE_NOOP("AnnounceLiftDialog", "Letter &language:"),
    }

    def build(self) -> None:
        today = office_today(self._services.clock())
        first = roll_forward(today.fromordinal(today.toordinal() + 14))
        self.lift_edit = make_date_edit("lift_on_edit", first)
        self.reason_combo = code_combo("lift_reason_combo", [r.value for r in LiftReason])
        self.reason_edit = text_edit("lift_reason_edit")
        self.language_combo = language_combo(self.parent_page)
        self.add_field("lift_on", self.lift_edit)
        self.add_field("lift_reason", self.reason_combo)
        self.add_field("reason", self.reason_edit)
        self.add_field("language", self.language_combo)

    @property
    def parent_page(self) -> RequestPage:
        page = self.parentWidget()
        assert isinstance(page, RequestPage)
        return page

    def retranslate(self) -> None:
        super().retranslate()
        self.lift_edit.setDisplayFormat(date_format())
        word_combo(self.reason_combo)
        word_combo(self.language_combo)

    def submit(self) -> RestrictionRecord:
        return self._services.request_evidence.announce_lift(
            self._actor,
            self._request_id,
            date_of(self.lift_edit),
            str(self.reason_combo.currentData()),
            self.reason_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class AlreadyCorrectDialog(PageDialog):
    """The data were already correct: what was checked, in the letter's language."""

    object_name = "already_correct_dialog"
    TITLE = QT_TRANSLATE_NOOP("AlreadyCorrectDialog", "The data were already correct")
    INTRO = QT_TRANSLATE_NOOP(
        "AlreadyCorrectDialog",
        "Say in a sentence or two what was checked and against what. The letter tells the "
        "person, with their remedies, that the change they asked for was not needed.",
    )
    LABELS = {
        "reason": QT_TRANSLATE_NOOP("AlreadyCorrectDialog", "&What was checked:"),
        "language": QT_TRANSLATE_NOOP("AlreadyCorrectDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.statement_edit = text_edit("already_correct_edit")
        page = self.parentWidget()
        assert isinstance(page, RequestPage)
        self.language_combo = language_combo(page)
        self.add_field("reason", self.statement_edit)
        self.add_field("language", self.language_combo)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def submit(self) -> FindingRecord:
        return self._services.request_evidence.record_already_correct(
            self._actor,
            self._request_id,
            self.statement_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class DeclineChangeDialog(PageDialog):
    """A requested change that was not made: its ground and the sentence that says which and
    why (a partial refusal, with the remedies)."""

    object_name = "decline_change_dialog"
    TITLE = QT_TRANSLATE_NOOP("DeclineChangeDialog", "A change not made")
    INTRO = QT_TRANSLATE_NOOP(
        "DeclineChangeDialog",
        "Choose the ground and say which change was not made and why. The letter states it "
        "as a partial refusal, with the person's remedies.",
    )
    LABELS = {
        "ground": QT_TRANSLATE_NOOP("DeclineChangeDialog", "&Ground:"),
        "reason": QT_TRANSLATE_NOOP("DeclineChangeDialog", "&Which change, and why:"),
        "language": QT_TRANSLATE_NOOP("DeclineChangeDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.ground_combo = code_combo("decline_ground_combo", [g.value for g in DeclineGround])
        self.reason_edit = text_edit("decline_reason_edit")
        page = self.parentWidget()
        assert isinstance(page, RequestPage)
        self.language_combo = language_combo(page)
        self.add_field("ground", self.ground_combo)
        self.add_field("reason", self.reason_edit)
        self.add_field("language", self.language_combo)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.ground_combo)
        word_combo(self.language_combo)

    def submit(self) -> FindingRecord:
        return self._services.request_evidence.decline_change(
            self._actor,
            self._request_id,
            str(self.ground_combo.currentData()),
            self.reason_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class LetterTextDialog(PageDialog):
    """A recorded reason or statement written in the other letter language, so that a letter
    in that language can be issued; the subject is the list of topics to offer."""

    object_name = "letter_text_dialog"
    TITLE = QT_TRANSLATE_NOOP("LetterTextDialog", "Write a letter text in a language")
    INTRO = QT_TRANSLATE_NOOP(
        "LetterTextDialog",
        "A letter prints the reasons in its own language only. Write the text as the "
        "person should read it in that language.",
    )
    LABELS = {
        "topic": QT_TRANSLATE_NOOP("LetterTextDialog", "&Text:"),
        "language": QT_TRANSLATE_NOOP("LetterTextDialog", "&Language:"),
        "text": QT_TRANSLATE_NOOP("LetterTextDialog", "&Words:"),
    }

    def build(self) -> None:
        topics: list[str] = list(self.subject or ())
        self.topic_combo = code_combo("letter_text_topic_combo", topics)
        self.language_combo = code_combo("letter_text_language_combo", list(LETTER_LANGUAGES))
        self.text_edit = text_edit("letter_text_edit", 5)
        self.add_field("topic", self.topic_combo)
        self.add_field("language", self.language_combo)
        self.add_field("text", self.text_edit)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.topic_combo)
        word_combo(self.language_combo)

    def submit(self) -> StatementRecord:
        return self._services.request_evidence.put_text(
            self._actor,
            self._request_id,
            str(self.topic_combo.currentData()),
            str(self.language_combo.currentData()),
            self.text_edit.toPlainText(),
        )
