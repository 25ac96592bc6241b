"""Importing the web site's event exports: the work in a worker thread, then a report of what
was imported, which rows matched no customer and which rows the file got wrong."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.web_events import EventImportResult, WebEventService
from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.texts import problem_text
from l4d_desktop.ui.widgets.labels import heading
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

EVENT_FILE_SUFFIXES = ("*.csv", "*.json", "*.jsonl", "*.ndjson")

PROBLEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: str(p.row), align_right=True),
    # The reason names the field itself ("Email: no customer … has this value.").
    Column(
        QT_TRANSLATE_NOOP("Columns", "Reason"), lambda p: problem_text(p.field, p.code, p.params)
    ),
]


def event_import_job(
    events: WebEventService, actor: Actor, path: Path
) -> Callable[[BackgroundJob], EventImportResult]:
    """The work of one import, for start_with_progress: read the file, import it with the
    job's progress and cancel. A cancel leaves no event of this import in the register."""

    def work(job: BackgroundJob) -> EventImportResult:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise FileFormatError("file_unreadable", reason=reason) from None
        return events.import_file(
            actor, data, path.name, progress=job.report, cancelled=job.cancelled
        )

    return work


class EventImportReport(Retranslating, QDialog):
    """What an import did; rows not imported are listed with their spreadsheet row number."""

    def __init__(
        self, result: EventImportResult, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("event_import_report")
        self.result = result
        self._file_name = file_name
        self.summary_label = QLabel(objectName="event_import_summary")
        self.summary_label.setWordWrap(True)
        self.unmatched_heading = heading()
        self.unmatched_model = RecordTableModel(
            PROBLEM_COLUMNS, list_fetcher(result.unmatched), parent=self
        )
        self.unmatched_table = make_table_view(
            self.unmatched_model, "unmatched_table", 1, wrap=False
        )
        self.problem_heading = heading()
        self.problem_model = RecordTableModel(
            PROBLEM_COLUMNS, list_fetcher(sorted_problems(result.problems)), parent=self
        )
        self.problem_table = make_table_view(self.problem_model, "problem_table", 1, wrap=False)
        self.unmatched_model.reload()
        self.problem_model.reload()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        for part in (self.unmatched_heading, self.unmatched_table):
            part.setVisible(bool(result.unmatched))
            layout.addWidget(part, 1 if part is self.unmatched_table else 0)
        for part in (self.problem_heading, self.problem_table):
            part.setVisible(bool(result.problems))
            layout.addWidget(part, 1 if part is self.problem_table else 0)
        layout.addWidget(self.buttons)
        for table in (self.unmatched_table, self.problem_table):
            table.setColumnWidth(0, 70)
        self.resize(760, 520 if (result.unmatched or result.problems) else 160)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.result
        self.setWindowTitle(self.tr("Web events imported"))
        lines = [
            self.tr("File: {name}").format(name=self._file_name),
            self.tr("%n event(s) imported and linked to customers.", "", r.imported),
            self.tr("%n row(s) matched no customer and were not imported.", "", len(r.unmatched)),
            self.tr(
                "%n row(s) had problems and were not imported.",
                "",
                len({p.row for p in r.problems}),
            ),
        ]
        self.summary_label.setText("\n".join(lines))
        self.unmatched_heading.setText(self.tr("Rows that matched no customer"))
        self.problem_heading.setText(self.tr("Rows with problems"))
        self.unmatched_table.setAccessibleName(self.tr("Rows that matched no customer"))
        self.problem_table.setAccessibleName(self.tr("Rows with problems"))


def sorted_problems(problems: Sequence[RowProblem]) -> list[RowProblem]:
    return sorted(problems, key=lambda p: p.row)
