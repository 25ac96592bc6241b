"""The audit viewer (audit.read): the log newest first, filtered by user, customer, action and
date; the chain verified (alone or against a checkpoint file); a checkpoint written; CSV export.

The log holds ids and codes only, so nothing here shows customers' data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import Checkpoint, VerifyResult
from l4d_desktop.core.audit.viewer import AuditFilter
from l4d_desktop.core.clock import OFFICE_ZONE, office_today
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.admin.audit_actions import AuditWords
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.operations import BackgroundJob, failure_text
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.date_edits import date_format, date_of
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import Column, Index, RecordTableModel, make_table_view
from l4d_desktop.ui.widgets.retranslate import Retranslating

PAGE_SIZE = 200


ACTION_COLUMN = 3


def audit_columns(words: Callable[[], AuditWords]) -> list[Column]:
    """The table's columns; `words()` gives the phrases of the current language."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: str(r.id), align_right=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: format_datetime(r.at, seconds=True)),
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda r: r.actor_username),
        Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: words().action(r.action)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Object"),
            lambda r: words().object(r.object_type, r.object_id),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: words().outcome(r.outcome)),
        Column(QT_TRANSLATE_NOOP("Columns", "Detail"), lambda r: r.detail),
    ]


class AuditTableModel(RecordTableModel):
    """The log's rows; the action cell's tooltip is the code the log stores."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == ACTION_COLUMN
            and index.row() < self.rowCount()
        ):
            return self.record(index.row()).action
        return super().data(index, role)


def action_choices(codes: Sequence[str], text: Callable[[str], str] = str) -> list[str]:
    """The action filter's values: each family ("customer.") before its own codes; families
    and the codes of a family in the order of `text` (what the filter shows for each)."""
    families: dict[str, list[str]] = {}
    for code in codes:
        family = code.split(".", 1)[0] + "." if "." in code else code
        families.setdefault(family, [])
        if family != code:
            families[family].append(code)
    choices: list[str] = []
    for family in sorted(families, key=lambda c: (text(c).casefold(), c)):
        choices.append(family)
        choices.extend(sorted(families[family], key=lambda c: (text(c).casefold(), c)))
    return choices


class AuditViewerDialog(Retranslating, QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audit_viewer_dialog")
        self._services = services
        self._actor = actor
        self.job: BackgroundJob | None = None
        self.total = 0
        # The model asks for rows by offset; the service pages by the last id seen.
        self._before: dict[int, int | None] = {0: None}
        self._where = AuditFilter()
        self._action_codes: list[str] = []

        # -- filters --
        self.user_combo = QComboBox(objectName="audit_user_combo")
        self.customer_edit = QLineEdit(objectName="audit_customer_edit")
        self.customer_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.customer_edit.setClearButtonEnabled(True)
        self.action_combo = QComboBox(objectName="audit_action_combo")
        self.since_check = QCheckBox(objectName="audit_since_check")
        self.since_edit = self._date_edit("audit_since_edit")
        self.until_check = QCheckBox(objectName="audit_until_check")
        self.until_edit = self._date_edit("audit_until_edit")
        self.apply_button = QPushButton(objectName="audit_apply_button")
        self.apply_button.setDefault(True)
        self.clear_button = QPushButton(objectName="audit_clear_button")

        self.user_label = QLabel()
        self.user_label.setBuddy(self.user_combo)
        self.customer_label = QLabel()
        self.customer_label.setBuddy(self.customer_edit)
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action_combo)
        form = QFormLayout()
        form.addRow(self.user_label, self.user_combo)
        form.addRow(self.customer_label, self.customer_edit)
        form.addRow(self.action_label, self.action_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.since_check)
        dates.addWidget(self.since_edit)
        dates.addSpacing(12)
        dates.addWidget(self.until_check)
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        dates.addWidget(self.apply_button)

        # -- the list --
        self._words = AuditWords()
        self.model = AuditTableModel(
            audit_columns(lambda: self._words), self._fetch, page_size, parent=self
        )
        self.table = make_table_view(self.model, "audit_table", 6, wrap=False)
        for col, width in enumerate((60, 160, 120, 270, 120, 90)):
            self.table.setColumnWidth(col, width)
        self.count_label = QLabel(objectName="audit_count_label")

        # -- verification and files --
        self.verify_button = QPushButton(objectName="audit_verify_button")
        self.verify_checkpoint_button = QPushButton(objectName="audit_verify_checkpoint_button")
        self.checkpoint_button = QPushButton(objectName="audit_checkpoint_button")
        self.export_button = QPushButton(objectName="audit_export_button")
        self.export_button.setVisible(actor.can(Right.DATA_EXPORT))
        self.result_label = QLabel(objectName="audit_result_label")
        self.result_label.setWordWrap(True)
        self.hint = hint_label("audit_hint_label")
        actions = QHBoxLayout()
        for button in (
            self.verify_button,
            self.verify_checkpoint_button,
            self.checkpoint_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.close_buttons = QDialogButtonBox()
        self.close_button = self.close_buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_buttons.rejected.connect(self.reject)
        actions.addWidget(self.close_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.result_label)
        layout.addLayout(actions)

        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.apply_button.clicked.connect(self.reload)
        self.clear_button.clicked.connect(self.clear_filter)
        self.customer_edit.returnPressed.connect(self.reload)
        self.user_combo.activated.connect(lambda _i: self.reload())
        self.action_combo.activated.connect(lambda _i: self.reload())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.verify_checkpoint_button.clicked.connect(self.choose_checkpoint_to_verify)
        self.checkpoint_button.clicked.connect(self.choose_checkpoint_file)
        self.export_button.clicked.connect(self.choose_export_file)

        self.resize(1100, 680)
        self._fill_choices()
        self.retranslate()
        self.reload()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        # The office's day (the log's times are shown in office time), not the machine's.
        today = office_today(self._services.clock())
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.setEnabled(False)
        return edit

    def _fill_choices(self) -> None:
        try:
            staff = self._services.audit_viewer.staff(self._actor)
            codes = self._services.audit_viewer.actions(self._actor)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Audit log"), error_text(exc))
            staff, codes = [], []
        self.user_combo.clear()
        self.user_combo.addItem("", None)
        for s in staff:
            self.user_combo.addItem(f"{s.username} ({s.full_name})", s.id)
        self._action_codes = list(codes)

    def _fill_actions(self) -> None:
        """The action filter in words, in their order; the chosen entry stays chosen."""
        chosen = self.action_combo.currentData() or ""
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("All actions"), "")
        bold = QFont(self.action_combo.font())
        bold.setBold(True)
        for choice in action_choices(self._action_codes, self._words.choice):
            if choice.endswith("."):  # a family: its own codes follow it, indented
                self.action_combo.addItem(self._words.choice(choice), choice)
                self.action_combo.setItemData(
                    self.action_combo.count() - 1, bold, Qt.ItemDataRole.FontRole
                )
            else:
                indent = "    " if "." in choice else ""
                self.action_combo.addItem(indent + self._words.choice(choice), choice)
            self.action_combo.setItemData(
                self.action_combo.count() - 1, choice, Qt.ItemDataRole.ToolTipRole
            )
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(chosen)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self._words = AuditWords()
        self._fill_actions()
        self.hint.setText(
            self.tr(
                "Every action in the register, newest first. The log names staff and record "
                "numbers only; a verification checks that no entry was changed or removed."
            )
        )
        self.user_label.setText(self.tr("&User:"))
        self.customer_label.setText(self.tr("C&ustomer id:"))
        self.action_label.setText(self.tr("&Action:"))
        self.user_combo.setItemText(0, self.tr("Everyone"))
        self.user_combo.setAccessibleName(self.tr("User"))
        self.customer_edit.setAccessibleName(self.tr("Customer id"))
        self.customer_edit.setPlaceholderText(self.tr("any customer"))
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.since_check.setText(self.tr("&From"))
        self.until_check.setText(self.tr("&To"))
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(date_format())
        self.apply_button.setText(self.tr("&Show"))
        self.clear_button.setText(self.tr("Clear &filter"))
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.verify_checkpoint_button.setText(self.tr("Verify against a check&point file…"))
        self.checkpoint_button.setText(self.tr("&Write a checkpoint…"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.close_button.setText(self.tr("&Close"))
        self.result_label.setAccessibleName(self.tr("Verification result"))
        self.model.retranslate()
        self._show_count()

    # -- the list --------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        customer = self.customer_edit.text().strip()
        since = until = None
        if self.since_check.isChecked():
            since = _office_midnight(date_of(self.since_edit))
        if self.until_check.isChecked():  # the "to" day is included
            until = _office_midnight(date_of(self.until_edit) + dt.timedelta(days=1))
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            customer_id=int(customer) if customer.isdigit() else None,
            action=self.action_combo.currentData() or "",
            since=since,
            until=until,
        )

    def clear_filter(self) -> None:
        self.user_combo.setCurrentIndex(0)
        self.customer_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.reload()

    def reload(self) -> None:
        self._where = self.current_filter()
        self._before = {0: None}
        self.total = 0
        self.model.reload()
        self._show_count()

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        if offset not in self._before:
            return []
        before = self._before[offset]
        if offset > 0 and before is None:
            return []  # the end was reached
        try:
            page = self._services.audit_viewer.page(
                self._actor, self._where, before_id=before, limit=limit
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Audit log"), error_text(exc))
            return []
        self.total = page.total
        # None at the end: a full last page makes the model ask once more, for nothing.
        self._before[offset + len(page.records)] = page.next_before_id
        self._show_count()
        return list(page.records)

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("Showing %n of {total} entries.", "", self.model.rowCount()).format(
                total=self.total
            )
        )

    # -- verification and files ------------------------------------------------------------------

    def _running(self) -> bool:
        return self.job is not None and self.job.running

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.verify_button,
            self.verify_checkpoint_button,
            self.checkpoint_button,
            self.export_button,
        ):
            button.setEnabled(not busy)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None], label: str) -> None:
        if self._running():
            return
        self.result_label.setText(label)
        self._set_busy(True)
        self.job = BackgroundJob(lambda _job: work())

        def succeeded(result: object) -> None:
            if isValid(self):
                self._set_busy(False)
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._set_busy(False)
                self.result_label.setText("")
                feedback.show_error(self, self.tr("Audit log"), failure_text(exc))

        self.job.connect(succeeded, failed)
        self.job.start()

    def verify(self, checkpoint_path: Path | None = None) -> None:
        services, actor = self._services, self._actor

        def work() -> VerifyResult:
            checkpoint = Checkpoint.from_file(checkpoint_path) if checkpoint_path else None
            return services.maintenance.verify_audit(actor, checkpoint)

        self._start(work, self._verified, self.tr("Verifying the chain…"))

    def _verified(self, result: VerifyResult) -> None:
        self.result_label.setText(verify_text(result))
        self.reload()  # the verification itself is logged

    def choose_checkpoint_to_verify(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify against a checkpoint file"),
            "",
            self.tr("Checkpoint (*.json);;All files (*)"),
        )
        if path:
            self.verify(Path(path))

    def write_checkpoint(self, path: Path) -> None:
        services, actor = self._services, self._actor
        self._start(
            lambda: services.maintenance.write_checkpoint(actor, path),
            lambda cp: self._checkpoint_written(cp, path),
            self.tr("Writing the checkpoint…"),
        )

    def _checkpoint_written(self, cp: Checkpoint, path: Path) -> None:
        self.result_label.setText(
            self.tr(
                "Checkpoint written to {path}: {count} entries, last entry {head}, "
                "head hash {hash}. Keep it elsewhere or print it."
            ).format(path=str(path), count=cp.count, head=cp.head_id, hash=cp.head_hash)
        )
        self.reload()

    def choose_checkpoint_file(self) -> None:
        stamp = dt.date.today().isoformat()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write a checkpoint"),
            f"l4d-audit-checkpoint-{stamp}.json",
            self.tr("Checkpoint (*.json)"),
        )
        if path:
            self.write_checkpoint(Path(path))

    def export(self, path: Path) -> None:
        services, actor, where = self._services, self._actor, self.current_filter()
        self._start(
            lambda: services.audit_viewer.export_csv(actor, path, where),
            lambda count: self._exported(count, path),
            self.tr("Exporting…"),
        )

    def _exported(self, count: int, path: Path) -> None:
        self.result_label.setText(
            self.tr("%n entries exported to {path}.", "", count).format(path=str(path))
        )
        self.reload()

    def choose_export_file(self) -> None:
        stamp = dt.date.today().isoformat()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), f"l4d-audit-{stamp}.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export(Path(path))


def _office_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=OFFICE_ZONE)


def verify_text(result: VerifyResult) -> str:
    """The verification's result in words, naming the first broken entry."""
    if result.ok:
        return QCoreApplication.translate(
            "AuditViewerDialog", "The chain is intact: %n entries checked.", "", result.count
        )
    reasons = {
        "modified": QCoreApplication.translate(
            "AuditViewerDialog", "the entry was changed after it was written"
        ),
        "deleted_or_inserted": QCoreApplication.translate(
            "AuditViewerDialog", "an entry before it was deleted, or an entry was inserted"
        ),
        "truncated": QCoreApplication.translate(
            "AuditViewerDialog",
            "the log ends before the checkpoint's last entry: entries were removed from the end",
        ),
        "checkpoint_mismatch": QCoreApplication.translate(
            "AuditViewerDialog", "the entry differs from the one the checkpoint recorded"
        ),
    }
    return QCoreApplication.translate(
        "AuditViewerDialog",
        "The chain is BROKEN at entry {id}: {reason}. {count} entries before it are intact.",
    ).format(
        id=result.first_broken_id,
        reason=reasons.get(result.reason, result.reason),
        count=result.count,
    )
