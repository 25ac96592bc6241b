"""A request's timeline as a table: when, who, what was done and its details, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from l4d_desktop.core.requests.timeline import TimelineEntry
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.letters.kinds import kind_name
from l4d_desktop.ui.texts import (
    IDENTITY_METHODS,
    REFUSAL_BASES,
    REQUEST_TYPES,
    STATUSES,
    vocabulary,
)
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

CONTEXT = "Timeline"

# The audit log's actions on a request, as the timeline names them.
ACTIONS: dict[str, str] = {
    "request.create": QT_TRANSLATE_NOOP("Timeline", "Registered"),
    "request.view": QT_TRANSLATE_NOOP("Timeline", "Opened for reading"),
    "request.assign": QT_TRANSLATE_NOOP("Timeline", "Handler assigned"),
    "request.identify": QT_TRANSLATE_NOOP("Timeline", "Identity check recorded"),
    "request.status": QT_TRANSLATE_NOOP("Timeline", "Status changed"),
    "request.pause": QT_TRANSLATE_NOOP("Timeline", "Waiting for the requester"),
    "request.resume": QT_TRANSLATE_NOOP("Timeline", "Waiting ended"),
    "request.extend": QT_TRANSLATE_NOOP("Timeline", "Deadline extended"),
    "request.close": QT_TRANSLATE_NOOP("Timeline", "Closed"),
    "request.rectify": QT_TRANSLATE_NOOP("Timeline", "Customer data corrected"),
    "request.restrict": QT_TRANSLATE_NOOP("Timeline", "Processing restricted"),
    "request.restriction_notice": QT_TRANSLATE_NOOP(
        "Timeline", "Lifting of the restriction announced"
    ),
    "request.unrestrict": QT_TRANSLATE_NOOP("Timeline", "Restriction lifted"),
    "request.rectification_finding": QT_TRANSLATE_NOOP(
        "Timeline", "Rectification finding recorded"
    ),
    "request.text": QT_TRANSLATE_NOOP("Timeline", "Letter text written"),
    "request.objection": QT_TRANSLATE_NOOP("Timeline", "Objection recorded"),
    "request.withdraw": QT_TRANSLATE_NOOP("Timeline", "Consent withdrawn"),
    "request.checklist": QT_TRANSLATE_NOOP("Timeline", "Recipients checklist opened"),
    "request.recipient_notified": QT_TRANSLATE_NOOP("Timeline", "Recipient notified"),
    "request.recipient_disproportionate": QT_TRANSLATE_NOOP(
        "Timeline", "Recipient not notified (disproportionate)"
    ),
    "request.erase": QT_TRANSLATE_NOOP("Timeline", "Erasure run"),
    "request.consent_purge": QT_TRANSLATE_NOOP(
        "Timeline", "Data that relied only on the withdrawn consent erased"
    ),
    "request.search": QT_TRANSLATE_NOOP("Timeline", "Search recorded"),
    "request.search_removed": QT_TRANSLATE_NOOP("Timeline", "Search removed"),
    "request.question": QT_TRANSLATE_NOOP("Timeline", "Requester's question recorded"),
    "request.question_answered": QT_TRANSLATE_NOOP("Timeline", "Question answered"),
    "request.delivery": QT_TRANSLATE_NOOP("Timeline", "Delivery of the copy recorded"),
    "request.kept_invoice": QT_TRANSLATE_NOOP("Timeline", "Kept invoice matched"),
    "letter.issue": QT_TRANSLATE_NOOP("Timeline", "Letter sent"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(entry: TimelineEntry) -> str:
    text = _tr(ACTIONS[entry.action]) if entry.action in ACTIONS else entry.action
    if entry.outcome == "denied":
        text = QCoreApplication.translate("Timeline", "{action} – refused: no right").format(
            action=text
        )
    return text


def _date_code(code: str, prefix: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(code.removeprefix(prefix)))
    except ValueError:
        return code


def detail_text(entry: TimelineEntry) -> str:
    """The entry's code in words: a status, outcome, method, date or reason."""
    code, action = entry.code, entry.action
    if entry.outcome == "denied":
        return ""
    if action == "request.create":
        return vocabulary(REQUEST_TYPES, code)
    if action == "request.status":
        return vocabulary(STATUSES, code)
    if action == "request.identify":
        return vocabulary(IDENTITY_METHODS, code)
    if action == "request.assign":
        return QCoreApplication.translate("Timeline", "Nobody") if code == "none" else ""
    if action in ("request.pause", "request.resume"):
        return entry.reason
    if action == "request.extend":
        return QCoreApplication.translate("Timeline", "Due on {date}").format(
            date=_date_code(code, "due:")
        )
    if action == "letter.issue":
        return kind_name(code)
    if action == "request.close":
        outcome, _, basis = code.partition(":")
        text = vocabulary(STATUSES, outcome)
        if basis:
            text = f"{text}: {vocabulary(REFUSAL_BASES, basis)}"
        return text
    return ""


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda e: format_datetime(e.at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda e: e.actor_name),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), action_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Details"), detail_text),
]


class TimelineModel(RecordTableModel):
    """The timeline's entries, held in memory (a request has a few dozen at most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, list_fetcher([]), parent=parent)

    def show_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.set_fetcher(list_fetcher(sorted(entries, key=lambda e: e.at)))


class TimelinePage(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="timeline_page")
        self.model = TimelineModel(self)
        self.table: QTableView = make_table_view(self.model, "timeline_table", stretch_column=3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        for column, width in enumerate((140, 160, 230)):
            self.table.setColumnWidth(column, width)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Timeline of the request"))

    def show_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.model.show_entries(entries)
