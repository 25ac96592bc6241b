"""Importing a customer list: the file is checked in a worker thread and its report shown before
anything is written; the import then runs in the worker with a progress bar and a Cancel that
leaves the register as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, SignalInstance
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.customers import (
    CustomerImportService,
    ImportCancelled,
    ImportPlan,
    ImportResult,
)
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.ui.operations import BackgroundJob, failure_text, run_in_background
from l4d_desktop.ui.texts import field_label, problem_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

SHOWN_ROWS = 12  # row numbers listed in a sentence before "…"


def problem_reason(problem: RowProblem) -> str:
    """The problem's words without the field in front (the table has a column for it)."""
    text = problem_text(problem.field, problem.code, problem.params)
    prefix = f"{field_label(problem.field)}: " if problem.field else ""
    return text.removeprefix(prefix) if prefix else text


PROBLEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: str(p.row), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda p: field_label(p.field)),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), problem_reason),
]
DUPLICATE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda d: str(d.row), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Same as a customer's"), lambda d: field_label(d.field)),
]


class CustomerImportDialog(Retranslating, QDialog):
    """Read → report → import (with progress and Cancel) → summary, in one window.

    `report_ready` is emitted when the report is on screen (or the file could not be read),
    `import_ended` when the import has ended, with its ImportResult or the exception that
    ended it (ImportCancelled after a cancel).
    """

    report_ready = Signal(object)
    import_ended = Signal(object)

    def __init__(
        self,
        imports: CustomerImportService,
        actor: Actor,
        path_or_bytes: Path | str | bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_import_dialog")
        self.imports = imports
        self.actor = actor
        self.source = path_or_bytes
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.error: BaseException | None = None
        self.worker: BackgroundJob | None = None
        self._state = "reading"  # reading | report | importing | done

        self.file_label = QLabel(objectName="file_label")
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.summary_label = QLabel(objectName="summary_label")
        self.summary_label.setWordWrap(True)
        self.suppressed_label = QLabel(objectName="suppressed_label")
        self.suppressed_label.setWordWrap(True)
        self.ignored_label = QLabel(objectName="ignored_label")
        self.ignored_label.setWordWrap(True)

        self.problem_heading = QLabel(objectName="problem_heading")
        self.problem_model = RecordTableModel(PROBLEM_COLUMNS, list_fetcher([]), parent=self)
        self.problem_table = make_table_view(self.problem_model, "problem_table", 2, wrap=False)
        self.problem_table.setColumnWidth(0, 60)
        self.problem_table.setColumnWidth(1, 150)

        self.duplicate_box = QGroupBox(objectName="duplicate_box")
        self.duplicate_model = RecordTableModel(DUPLICATE_COLUMNS, list_fetcher([]), parent=self)
        self.duplicate_table = make_table_view(
            self.duplicate_model, "duplicate_table", 1, wrap=False
        )
        self.duplicate_table.setColumnWidth(0, 60)
        self.skip_radio = QRadioButton(objectName="skip_radio")
        self.update_radio = QRadioButton(objectName="update_radio")
        self.skip_radio.setChecked(True)
        self.duplicate_choice = QButtonGroup(self)
        self.duplicate_choice.addButton(self.skip_radio)
        self.duplicate_choice.addButton(self.update_radio)
        layouts.column(self.duplicate_box, self.duplicate_table, self.skip_radio, self.update_radio)

        self.mode_box = QGroupBox(objectName="mode_box")
        self.all_valid_radio = QRadioButton(objectName="all_valid_radio")
        self.all_or_nothing_radio = QRadioButton(objectName="all_or_nothing_radio")
        self.all_valid_radio.setChecked(True)
        self.mode_choice = QButtonGroup(self)
        self.mode_choice.addButton(self.all_valid_radio)
        self.mode_choice.addButton(self.all_or_nothing_radio)
        layouts.column(self.mode_box, self.all_valid_radio, self.all_or_nothing_radio)

        self.progress_bar = QProgressBar(objectName="progress_bar")
        self.progress_bar.setRange(0, 0)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(objectName="import_button")
        self.cancel_button = QPushButton(objectName="cancel_button")
        self.close_button = QPushButton(objectName="close_button")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button.clicked.connect(self.reject)

        layouts.column(
            self,
            self.file_label,
            self.status_label,
            self.summary_label,
            self.suppressed_label,
            self.ignored_label,
            self.problem_heading,
            (self.problem_table, 1),
            self.duplicate_box,
            self.mode_box,
            self.progress_bar,
            self.buttons,
        )
        self.resize(820, 620)
        self._show_state()
        self.retranslate()
        self._start(self._read_and_plan, self._planned, self._plan_failed)

    # -- the work -----------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[BackgroundJob], object],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Any], None],
    ) -> None:
        self.worker = run_in_background(work, on_success, on_failure, self._progressed)

    def _read_and_plan(self, _job: BackgroundJob) -> ImportPlan:
        data = self.source
        if not isinstance(data, bytes):
            try:
                data = Path(data).read_bytes()
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                raise FileFormatError("file_unreadable", reason=reason) from None
        return self.imports.plan(self.actor, data)

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self._state != "report":
            return
        all_or_nothing = self.all_or_nothing_radio.isChecked()
        on_duplicate = "update" if self.update_radio.isChecked() else "skip"

        def work(job: BackgroundJob) -> ImportResult:
            return self.imports.run(
                self.actor,
                plan,
                all_or_nothing=all_or_nothing,
                on_duplicate=on_duplicate,
                progress=job.report,
                cancelled=job.cancelled,
            )

        self._state = "importing"
        self.progress_bar.setRange(0, 0)
        self._show_state()
        self.retranslate()
        self._start(work, self._imported, self._import_failed)

    def cancel_import(self) -> None:
        """Asks the import to stop after the batch it is writing; it then removes its rows."""
        if self._state == "importing" and self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling… the rows written so far are removed."))
        elif self._state != "importing":
            self.reject()

    # -- outcomes (in the GUI thread) ---------------------------------------------------------

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.problem_model.set_fetcher(list_fetcher(plan.problems))
        self.duplicate_model.set_fetcher(list_fetcher(plan.duplicates))
        self._enter("report", self.report_ready, plan)

    def _plan_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._enter("done", self.report_ready, exc)

    def _progressed(self, done: int, total: int) -> None:
        if self._state != "importing":
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._enter("done", self.import_ended, result)

    def _import_failed(self, exc: BaseException) -> None:
        self.error = exc
        # A refusal (all or nothing) leaves the report up so that the rows can be fixed.
        self._enter("done", self.import_ended, exc)

    def _enter(self, state: str, signal: SignalInstance, outcome: object) -> None:
        """Show the dialog in its next state, then tell whoever waits for that outcome."""
        self._state = state
        self._show_state()
        self.retranslate()
        signal.emit(outcome)

    # -- showing --------------------------------------------------------------------------------

    def _show_state(self) -> None:
        plan, state = self.plan, self._state
        has_plan = plan is not None
        self.problem_heading.setVisible(has_plan and bool(plan and plan.problems))
        self.problem_table.setVisible(has_plan and bool(plan and plan.problems))
        self.duplicate_box.setVisible(has_plan and bool(plan and plan.duplicates))
        self.mode_box.setVisible(has_plan and state != "done")
        self.suppressed_label.setVisible(has_plan and bool(plan and plan.suppressed_rows))
        self.ignored_label.setVisible(has_plan and bool(plan and plan.ignored_columns))
        self.progress_bar.setVisible(state in ("reading", "importing"))
        self.import_button.setVisible(state in ("reading", "report"))
        self.import_button.setEnabled(state == "report" and bool(plan and plan.rows))
        self.cancel_button.setVisible(state in ("reading", "report", "importing"))
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(state == "done")
        for widget in (self.mode_box, self.duplicate_box):
            widget.setEnabled(state == "report")
        if state == "report":
            self.import_button.setDefault(True)
        elif state == "done":
            self.close_button.setDefault(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import customers"))
        source = self.source
        name = Path(source).name if not isinstance(source, bytes) else ""
        self.file_label.setText(self.tr("File: {name}").format(name=name) if name else "")
        self.file_label.setVisible(bool(name))
        self.problem_heading.setText(self.tr("Rows that will not be imported"))
        self.problem_table.setAccessibleName(self.tr("Rows that will not be imported"))
        self.duplicate_box.setTitle(self.tr("Customers already in the register"))
        self.duplicate_table.setAccessibleName(self.tr("Customers already in the register"))
        self.skip_radio.setText(self.tr("Skip them: keep the register as it is"))
        self.update_radio.setText(self.tr("Update them with the file's values"))
        self.mode_box.setTitle(self.tr("Rows with problems"))
        self.all_valid_radio.setText(self.tr("Import all valid rows"))
        self.all_or_nothing_radio.setText(self.tr("Import nothing unless all rows are valid"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.status_label.setText(self._status_text())
        self.summary_label.setText(self._summary_text())
        self.summary_label.setVisible(bool(self.summary_label.text()))
        plan = self.plan
        if plan is not None:
            self.suppressed_label.setText(self._suppressed_text(plan))
            self.ignored_label.setText(
                self.tr("Columns not imported (no field of the register): {names}").format(
                    names=", ".join(plan.ignored_columns)
                )
            )

    def _status_text(self) -> str:
        state, error = self._state, self.error
        if state == "reading":
            return self.tr("Reading and checking the file…")
        if state == "report":
            return self.tr("Nothing has been written yet. Check the report, then import.")
        if state == "importing":
            return self.tr("Importing… Cancel removes every row imported so far.")
        if isinstance(error, ImportCancelled):
            return self.tr("The import was cancelled. Nothing was saved.")
        if error is not None:
            return failure_text(error)
        return self.tr("The import is complete.")

    def _summary_text(self) -> str:
        result, plan = self.import_result, self.plan
        if result is not None:
            lines = [
                self.tr("%n new customer(s) imported.", "", result.imported),
                self.tr("%n existing customer(s) updated.", "", result.updated),
                self.tr(
                    "%n row(s) named a customer already in the register; {skipped} of them "
                    "left as they were.",
                    "",
                    result.duplicates,
                ).format(skipped=result.skipped),
                self.tr("%n row(s) not imported because of problems.", "", result.rejected),
            ]
            if result.suppressed:
                lines.append(
                    self.tr(
                        "%n imported without marketing consent (suppression list).",
                        "",
                        result.suppressed,
                    )
                )
            return "\n".join(lines)
        if plan is None:
            return ""
        lines = [
            self.tr("%n row(s) in the file.", "", plan.total_rows),
            self.tr("%n new customer(s) will be imported.", "", plan.new_count),
            self.tr("%n row(s) name a customer already in the register.", "", plan.duplicate_count),
            self.tr("%n row(s) have problems and will not be imported.", "", plan.rejected_count),
        ]
        if plan.consent_count:
            lines.append(
                self.tr("Marketing consent is recorded for %n of them.", "", plan.consent_count)
            )
        return "\n".join(lines)

    def _suppressed_text(self, plan: ImportPlan) -> str:
        rows = ", ".join(str(r) for r in plan.suppressed_rows[:SHOWN_ROWS])
        if len(plan.suppressed_rows) > SHOWN_ROWS:
            rows += ", …"
        return self.tr(
            "%n row(s) have an email or phone on the suppression list (the person has objected "
            "to direct marketing): imported without marketing consent. Rows: {rows}",
            "",
            len(plan.suppressed_rows),
        ).format(rows=rows)

    # -- Qt ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        # The window stays while the import runs: Cancel is the way out, and it tidies up.
        if self._state == "importing":
            self.cancel_import()
            return
        super().reject()
