"""The Requests tab's Export…: the request register as shown (its filters) for spreadsheets, in
the form chosen in the save dialog (CSV, CSV for Finnish Excel or an Excel workbook), written in
a worker thread with progress and Cancel through the one spreadsheet writer of core.files.

Headings and the words of codes (type, status, channel, identity check, refusal basis) are in
the user's language, translated in the GUI thread before the work starts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.files.spreadsheet import write_spreadsheet
from l4d_desktop.core.requests.service import RequestRecord, RequestService
from l4d_desktop.ui import feedback, spreadsheet_files
from l4d_desktop.ui.operations import BackgroundJob, start_with_progress
from l4d_desktop.ui.texts import (
    CHANNELS,
    IDENTITY_METHODS,
    REFUSAL_BASES,
    REQUEST_TYPES,
    STATUSES,
    vocabulary,
)

# (record field, heading): the register's record-keeping columns.
REGISTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("RegisterColumns", "Request")),
    ("type", QT_TRANSLATE_NOOP("RegisterColumns", "Type")),
    ("status", QT_TRANSLATE_NOOP("RegisterColumns", "Status")),
    ("customer_number", QT_TRANSLATE_NOOP("RegisterColumns", "Customer number")),
    ("customer_name", QT_TRANSLATE_NOOP("RegisterColumns", "Customer")),
    ("subject_ref", QT_TRANSLATE_NOOP("RegisterColumns", "Reference of an erased person")),
    ("received", QT_TRANSLATE_NOOP("RegisterColumns", "Received")),
    ("channel", QT_TRANSLATE_NOOP("RegisterColumns", "Channel")),
    ("statutory_due", QT_TRANSLATE_NOOP("RegisterColumns", "Statutory due date")),
    ("promised_due", QT_TRANSLATE_NOOP("RegisterColumns", "Promised due date")),
    ("extended_due", QT_TRANSLATE_NOOP("RegisterColumns", "Extended due date")),
    ("due", QT_TRANSLATE_NOOP("RegisterColumns", "Due")),
    ("days_left", QT_TRANSLATE_NOOP("RegisterColumns", "Days left")),
    ("handler_name", QT_TRANSLATE_NOOP("RegisterColumns", "Handler")),
    ("identity_method", QT_TRANSLATE_NOOP("RegisterColumns", "Identity checked by")),
    ("identified_at", QT_TRANSLATE_NOOP("RegisterColumns", "Identified")),
    ("paused", QT_TRANSLATE_NOOP("RegisterColumns", "Paused")),
    ("closed_at", QT_TRANSLATE_NOOP("RegisterColumns", "Closed")),
    ("refusal_basis", QT_TRANSLATE_NOOP("RegisterColumns", "Refusal basis")),
    ("repeat_of", QT_TRANSLATE_NOOP("RegisterColumns", "Repeat of request")),
)
# Codes written as the words the window shows for them.
WORDS = {
    "type": REQUEST_TYPES,
    "status": STATUSES,
    "channel": CHANNELS,
    "identity_method": IDENTITY_METHODS,
    "refusal_basis": REFUSAL_BASES,
}
TEXT_FIELDS = frozenset({"customer_number", "subject_ref"})
REPORT_EVERY = 200


class _Stopped(Exception):
    pass


@dataclass(frozen=True)
class RegisterExportResult:
    path: Path
    written: int
    cancelled: bool


def words_now() -> dict[str, dict[str, str]]:
    """Every code's words in the current language (read in the GUI thread)."""
    return {
        field: {code: vocabulary(table, code) for code in table} for field, table in WORDS.items()
    }


def register_rows(
    records: Iterator[RequestRecord], words: Mapping[str, Mapping[str, str]], job: BackgroundJob
) -> Iterator[list[object]]:
    for n, record in enumerate(records):
        if job.cancelled():
            raise _Stopped
        if n % REPORT_EVERY == 0:
            job.report(n, 0)
        row: list[object] = []
        for field, _heading in REGISTER_COLUMNS:
            value = getattr(record, field)
            if field in words and value:
                value = words[field].get(str(value), value)
            row.append(value if value != "" else None)
        yield row


def register_work(
    path: Path,
    records: Callable[[], Iterator[RequestRecord]],
    file_format: str,
) -> Callable[[BackgroundJob], RegisterExportResult]:
    """The job; headings and words are translated here, in the GUI thread."""
    header = [QCoreApplication.translate("RegisterColumns", h) for _f, h in REGISTER_COLUMNS]
    words = words_now()
    text = [i for i, (f, _h) in enumerate(REGISTER_COLUMNS) if f in TEXT_FIELDS]

    def work(job: BackgroundJob) -> RegisterExportResult:
        iterator = records()
        try:
            written = write_spreadsheet(
                path,
                header,
                register_rows(iterator, words, job),
                file_format=file_format,
                text_columns=text,
            )
        except _Stopped:
            path.unlink(missing_ok=True)
            return RegisterExportResult(path, 0, True)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()  # ends the service's read snapshot at once
        return RegisterExportResult(path, written, False)

    return work


class RegisterExportWords(QObject):
    """Words with a count (%n), said by a QObject of their own: through the tab's mixin,
    PySide's tr() takes the untranslated plural for the tab's own translation."""

    def written(self, n: int, path: Path) -> str:
        return self.tr("%n request(s) were written to {path}.", "", n).format(path=str(path))


class RequestRegisterExport:
    """Mixed into the Requests tab, whose filters and services it uses."""

    _actor: Actor
    _requests: RequestService
    _filters: Callable[[], dict[str, object]]
    register_job: BackgroundJob | None = None

    def export_register(self) -> None:
        title = self.tr("Export the request register")
        stem = QCoreApplication.translate("FileNames", "requests-{date}")
        target = spreadsheet_files.ask_target(self, "request_register", title, stem)
        if target is not None:
            self.export_register_to(target.path, target.file_format)

    def export_register_to(self, path: Path, file_format: str | None = None) -> BackgroundJob:
        """The requests the tab's filters choose, written to `path` in a worker thread."""
        requests, actor, filters = self._requests, self._actor, self._filters()
        chosen = spreadsheet_files.target_for(path, file_format).file_format
        work = register_work(path, lambda: requests.export(actor, **filters), chosen)
        title = self.tr("Export the request register")
        self.register_job = start_with_progress(
            self,
            title,
            self.tr("Writing the request register…"),
            work,
            lambda result: self._register_exported(result, title),
        )
        return self.register_job

    def _register_exported(self, result: RegisterExportResult, title: str) -> None:
        if result.cancelled:
            feedback.show_info(
                self, title, self.tr("The export was cancelled; the unfinished file was removed.")
            )
            return
        feedback.show_info(self, title, RegisterExportWords().written(result.written, result.path))
