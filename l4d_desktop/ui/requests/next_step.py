"""The request window's next step in words ("Record the identity check", "Print the erasure
letter, then run the erasure"), under its header, following the request's state and the
letters that have left."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from l4d_desktop.core.requests.next_step import needs_extension_thought, next_step
from l4d_desktop.core.requests.records import RequestDetail
from l4d_desktop.core.requests.timeline import LETTER_SENT, TimelineEntry
from l4d_desktop.ui.widgets.retranslate import Retranslating

STEPS = {
    "closed": QT_TRANSLATE_NOOP("NextStep", "Nothing left to do: the request is closed."),
    "print_refusal": QT_TRANSLATE_NOOP(
        "NextStep",
        "The request is closed as refused: print the refusal letter (its reasons and the "
        "person's remedies) on the Letters page.",
    ),
    "waiting": QT_TRANSLATE_NOOP(
        "NextStep", "Waiting for the requester: resume the request when they answer."
    ),
    "start_check": QT_TRANSLATE_NOOP("NextStep", "Next: start the identity check."),
    "record_identity": QT_TRANSLATE_NOOP(
        "NextStep",
        "Next: record the identity check (how the requester was matched to the data held).",
    ),
    "answer_access": QT_TRANSLATE_NOOP(
        "NextStep",
        "Next: print the access letter and write the machine-readable copy, then close the "
        "request as completed.",
    ),
    "rectify": QT_TRANSLATE_NOOP(
        "NextStep",
        "Next: correct the data, notify the recipients, print the rectification letter, then "
        "close the request.",
    ),
    "erase": QT_TRANSLATE_NOOP("NextStep", "Next: print the erasure letter, then run the erasure."),
    "close_erased": QT_TRANSLATE_NOOP(
        "NextStep", "The erasure has run: close the request as completed."
    ),
    "restrict": QT_TRANSLATE_NOOP(
        "NextStep", "Next: set the restriction, print the restriction letter, then close."
    ),
    "record_objection": QT_TRANSLATE_NOOP(
        "NextStep", "Next: record the objection, print the objection letter, then close."
    ),
    "record_withdrawal": QT_TRANSLATE_NOOP(
        "NextStep",
        "Next: record the withdrawal of consent, print the withdrawal letter, then close.",
    ),
    "answer": QT_TRANSLATE_NOOP("NextStep", "Next: answer the request, then close it."),
}
REASON_SHOWN = 160  # characters of a pause's reason in the line; the Overview shows it whole
# What a pause waits for, in the reason the handler gave when pausing.
WAITING_FOR = QT_TRANSLATE_NOOP(
    "NextStep",
    "Waiting for the requester: {reason}. Resume the request when they answer.",
)
EXTENSION_HINT = QT_TRANSLATE_NOOP(
    "NextStep",
    "If it cannot be answered in time, record an extension with its reasons before the "
    "statutory date.",
)


class NextStepLabel(Retranslating, QLabel):
    """Placed under `header` in its layout; `show_for(detail, timeline)` after every
    reading."""

    def __init__(self, header: QWidget) -> None:
        super().__init__(objectName="next_step_label")
        self.setWordWrap(True)
        self.setProperty("role", "hint")
        self.setStyleSheet("font-weight: bold;")
        self._detail: RequestDetail | None = None
        self._letters_sent: frozenset[str] = frozenset()
        parent = header.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(header) + 1, self)
        self.hide()

    def show_for(self, detail: RequestDetail, timeline: Iterable[TimelineEntry] = ()) -> None:
        """`timeline` says which letters have left (a refusal's letter is what is left)."""
        self._detail = detail
        self._letters_sent = frozenset(
            e.code for e in timeline if e.action == LETTER_SENT and e.outcome == "ok"
        )
        self.retranslate()

    def retranslate(self) -> None:
        detail = self._detail
        if detail is None:
            return
        record = detail.record
        step = next_step(record, detail.erased_at, self._letters_sent)
        reason = " ".join(record.pause_reason.split())  # one line, however it was typed
        if len(reason) > REASON_SHOWN:
            reason = reason[: REASON_SHOWN - 1] + "…"
        if step == "waiting" and reason:
            text = QCoreApplication.translate("NextStep", WAITING_FOR).format(
                reason=reason.rstrip(".")
            )
        else:
            text = QCoreApplication.translate("NextStep", STEPS[step])
        if needs_extension_thought(record, detail.extension_barred):
            text += " " + QCoreApplication.translate("NextStep", EXTENSION_HINT)
        self.setText(text)
        self.show()


__all__ = ["STEPS", "NextStepLabel"]
