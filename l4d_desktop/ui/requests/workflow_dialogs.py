"""The steps of a request's workflow that ask for something first, one dialog each: waiting for
the requester and ending the wait, and the Art. 12(3) extension (the identity check and closing
have modules of their own).

Each dialog passes the version its window loaded. An error keeps the dialog open with what was
typed, shown at its field; when someone else changed the request meanwhile, the dialog takes the
current version, says so and asks the window to reload (`conflicted`), so a second Save goes
through against what is now stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, L4DError, ValidationError
from l4d_desktop.core.letters.words import LANGUAGES as LETTER_LANGUAGES
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.requests.extension import promise_passed
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.core.requests.service import RequestService
from l4d_desktop.core.vocabulary import Channel
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.dialog_parts import conflict_text, text_edit
from l4d_desktop.ui.texts import vocabulary
from l4d_desktop.ui.texts.vocabulary import CHANNELS
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import row
from l4d_desktop.ui.widgets.record_dialog import RecordDialog


class WorkflowDialog(RecordDialog):
    """The shape every step shares: a step names itself (`object_name`), makes its fields in
    `build()`, words them (TITLE, INTRO and LABELS, where {id}, {statutory} and {due} are the
    request's number and dates; the rest in `retranslate()`) and makes the service call in
    `submit()` with `self.version`. `saved` carries the RequestRecord."""

    object_name = "workflow_dialog"
    conflicted = Signal()

    def __init__(
        self,
        requests: RequestService,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.object_name, parent)
        self._requests, self._actor = requests, actor
        self.request = request
        self.record = request.record
        self.version = request.record.version
        self.build()
        self.finish_layout()
        self.retranslate()

    def build(self) -> None:
        """Make the fields (with `add_field`); their labels' texts are the class's LABELS."""

    def placeholders(self) -> dict[str, object]:
        r = self.record
        return {"id": r.id, "statutory": format_date(r.statutory_due), "due": format_date(r.due)}

    # Each step's service call, returning the request as it now stands.
    submit: Callable[[], RequestRecord]

    def failed(self, exc: L4DError) -> None:
        if not isinstance(exc, ConflictError):
            self.errors.show(exc)
            return
        try:
            self.version = self._requests.get(self._actor, self.record.id).version
        except L4DError as again:
            self.errors.show(again)
            return
        self.errors.show_message(conflict_text())
        self.conflicted.emit()


class PauseDialog(WorkflowDialog):
    """Waiting for the requester, with the reason; no date moves."""

    object_name = "pause_dialog"
    TITLE = QT_TRANSLATE_NOOP("PauseDialog", "Wait for the requester – request {id}")
    INTRO = QT_TRANSLATE_NOOP(
        "PauseDialog",
        "The request waits for the requester, e.g. for the information asked for to "
        "identify them. Waiting never moves a date: the statutory deadline stays "
        "{statutory} and the request is still due on {due}.",
    )
    LABELS = {"reason": QT_TRANSLATE_NOOP("PauseDialog", "&Reason:")}

    def build(self) -> None:
        self.reason_edit = text_edit("pause_reason_edit")
        self.add_field("reason", self.reason_edit)

    def submit(self) -> RequestRecord:
        return self._requests.pause(
            self._actor, self.record.id, self.reason_edit.toPlainText(), version=self.version
        )


class ResumeDialog(WorkflowDialog):
    """The requester answered (or the wait ends for another reason)."""

    object_name = "resume_dialog"
    TITLE = QT_TRANSLATE_NOOP("ResumeDialog", "End the wait – request {id}")
    LABELS = {"reason": QT_TRANSLATE_NOOP("ResumeDialog", "&Why it ends (optional):")}

    def build(self) -> None:
        self.reason_edit = text_edit("resume_reason_edit")
        self.add_field("reason", self.reason_edit)

    def retranslate(self) -> None:
        super().retranslate()
        pause = next((p for p in self.request.pauses if p.ended_at is None), None)
        if pause is not None:
            intro = self.tr("Waiting for the requester since {when}: {reason}").format(
                when=format_datetime(pause.started_at), reason=pause.reason
            )
        else:
            intro = self.tr("The request is not waiting for the requester.")
        self.intro_label.setText(intro)

    def submit(self) -> RequestRecord:
        return self._requests.resume(
            self._actor, self.record.id, self.reason_edit.toPlainText(), version=self.version
        )


class ExtendDialog(WorkflowDialog):
    """Art. 12(3): by at most two further months, on grounds from the list with reasons in the
    letter's language. The extension letter is the notice unless the requester was told
    earlier by another channel, recorded here with its day; either by the statutory date."""

    object_name = "extend_dialog"
    TITLE = QT_TRANSLATE_NOOP("ExtendDialog", "Extend the deadline – request {id}")
    INTRO = QT_TRANSLATE_NOOP(
        "ExtendDialog",
        "The deadline may be extended by at most two further months, taking into "
        "account the complexity and number of the requests. The extension is valid "
        "only if the requester is told, with the reasons, by the statutory deadline.",
    )
    LABELS = {
        "ground": QT_TRANSLATE_NOOP("ExtendDialog", "&Grounds:"),
        "reason": QT_TRANSLATE_NOOP("ExtendDialog", "&Reasons:"),
        "language": QT_TRANSLATE_NOOP("ExtendDialog", "Reasons' &language:"),
        "notice_channel": QT_TRANSLATE_NOOP("ExtendDialog", "Told &earlier:"),
        "notice_date": QT_TRANSLATE_NOOP("ExtendDialog", "Requester &told on:"),
    }

    def build(self) -> None:
        self.latest = latest_extended_due(self.record.received)
        self.today = office_today(self._requests.clock())
        self.complexity_check = QCheckBox(objectName="ground_complexity_check")
        self.number_check = QCheckBox(objectName="ground_number_check")
        grounds = QWidget(objectName="extension_grounds")
        grounds.setLayout(row(self.complexity_check, self.number_check, stretch=1))
        self.reason_edit = text_edit("extend_reason_edit")
        self.language_combo = QComboBox(objectName="extend_language_combo")
        for code in (None, *LETTER_LANGUAGES):
            self.language_combo.addItem("", code)
        self.channel_combo = QComboBox(objectName="notice_channel_combo")
        for code in (None, *(c.value for c in Channel)):
            self.channel_combo.addItem("", code)
        self.notice_edit = make_date_edit("notice_date_edit", self.today)
        self.dates_label = hint_label("extension_dates_label")
        self.promise_label = hint_label("extension_promise_label")
        self.form.addRow("", self.dates_label)
        self.add_field("ground", grounds)
        self.add_field("reason", self.reason_edit)
        self.add_field("language", self.language_combo)
        self.add_field("notice_channel", self.channel_combo)
        self.add_field("notice_date", self.notice_edit)
        self.form.addRow("", self.promise_label)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.notice_edit.dateChanged.connect(lambda _d: self._update())

    @property
    def told_earlier(self) -> bool:
        return self.channel_combo.currentData() is not None

    def retranslate(self) -> None:
        super().retranslate()
        r = self.record
        self.dates_label.setText(
            self.tr(
                "Statutory deadline (the last day to tell the requester): {statutory}\n"
                "Due after the extension: {latest}"
            ).format(statutory=format_date(r.statutory_due), latest=format_date(self.latest))
        )
        self.complexity_check.setText(self.tr("&Complexity of the request"))
        self.number_check.setText(self.tr("&Number of requests"))
        self.language_combo.setItemText(0, self.tr("The customer's letter language"))
        self.language_combo.setItemText(1, self.tr("Finnish"))
        self.language_combo.setItemText(2, self.tr("English"))
        self.channel_combo.setItemText(0, self.tr("No: the extension letter is the notice"))
        for i in range(1, self.channel_combo.count()):
            self.channel_combo.setItemText(i, vocabulary(CHANNELS, self.channel_combo.itemData(i)))
        self.notice_edit.setDisplayFormat(date_format())
        self._update()

    def _update(self) -> None:
        self.notice_edit.setEnabled(self.told_earlier)
        told_on = date_of(self.notice_edit) if self.told_earlier else self.today
        promised = self.record.promised_due
        if promise_passed(promised, told_on):
            assert promised is not None
            self.promise_label.setText(
                self.tr(
                    "The days the privacy notice promises ran out on {day}: the letter says "
                    "so, in the past tense."
                ).format(day=format_date(promised))
            )
        else:
            self.promise_label.setText("")

    def failed(self, exc: L4DError) -> None:
        if isinstance(exc, BusinessRuleError) and exc.code == "extension_too_late":
            # The notice date is what is wrong: said at that field, the date as the user reads it.
            exc = ValidationError(
                "notice_date",
                "extension_too_late",
                statutory=format_date(self.record.statutory_due),
            )
        super().failed(exc)

    def submit(self) -> RequestRecord:
        grounds = [
            code
            for check, code in (
                (self.complexity_check, "complexity"),
                (self.number_check, "number_of_requests"),
            )
            if check.isChecked()
        ]
        return self._requests.extend(
            self._actor,
            self.record.id,
            date_of(self.notice_edit) if self.told_earlier else None,
            self.reason_edit.toPlainText(),
            grounds=grounds,
            notice_channel=self.channel_combo.currentData(),
            language=self.language_combo.currentData(),
            version=self.version,
        )
