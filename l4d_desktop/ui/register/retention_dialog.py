"""The retention rules and the purge queue they fill (Register menu, pääkäyttäjä): per rule its
period, whether it is confirmed and runs by itself, and what has fallen due; a run deletes or
minimises what is due with progress and cancel, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox

from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.retention.rules import MAX_PERIOD_MONTHS, RetentionRule
from l4d_desktop.core.retention.selection import DueGroup
from l4d_desktop.core.retention.service import RetentionRunResult
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.operations import BackgroundJob, is_busy, start_with_progress
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)

DUE_COLOUR = QColor("#fff3c4")

RULE_NAMES = {
    "web_events": QT_TRANSLATE_NOOP("RetentionRules", "Technical data from the web site"),
    "withdrawn_consents": QT_TRANSLATE_NOOP("RetentionRules", "Withdrawn consents"),
    "inactive_customers": QT_TRANSLATE_NOOP("RetentionRules", "Inactive customers"),
    "closed_requests": QT_TRANSLATE_NOOP("RetentionRules", "Closed requests"),
    "kept_invoices": QT_TRANSLATE_NOOP("RetentionRules", "Kept invoices"),
    "login_attempts": QT_TRANSLATE_NOOP("RetentionRules", "Failed logins"),
}
OUTCOMES = {
    "delete": QT_TRANSLATE_NOOP("RetentionRules", "deleted"),
    "minimise": QT_TRANSLATE_NOOP("RetentionRules", "kept as type, dates and outcome only"),
    "erase": QT_TRANSLATE_NOOP("RetentionRules", "erased, except invoices kept by law"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RetentionRules", text)


def rule_name(code: str) -> str:
    return _tr(RULE_NAMES[code]) if code in RULE_NAMES else code


def _period(rule: RetentionRule) -> str:
    if not rule.period_editable:
        return QCoreApplication.translate("RetentionRules", "by the Accounting Act")
    return str(rule.period_months)


def _state(rule: RetentionRule) -> str:
    if rule.auto_run:
        return QCoreApplication.translate("RetentionRules", "confirmed, runs by itself")
    return (
        QCoreApplication.translate("RetentionRules", "confirmed")
        if rule.confirmed
        else QCoreApplication.translate("RetentionRules", "to be confirmed")
    )


@dataclass(frozen=True)
class QueueRow:
    rule: RetentionRule
    due: DueGroup


QUEUE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Data"), lambda r: rule_name(r.rule.code)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kept for (months)"), lambda r: _period(r.rule)),
    Column(QT_TRANSLATE_NOOP("Columns", "Then"), lambda r: _tr(OUTCOMES[r.rule.outcome])),
    Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda r: _state(r.rule)),
    Column(QT_TRANSLATE_NOOP("Columns", "Due now"), lambda r: str(r.due.count), align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Oldest"),
        lambda r: format_date(r.due.oldest.date()) if r.due.oldest else "",
    ),
]


class RetentionDialog(FollowingDialog):
    FOLLOWS = frozenset({Change.CUSTOMERS, Change.REQUESTS, Change.REGISTER, Change.USERS})
    TITLE = QT_TRANSLATE_NOOP("RetentionDialog", "Retention and purge queue")
    INTRO = QT_TRANSLATE_NOOP(
        "RetentionDialog",
        "Personal data are kept only as long as the privacy notice says. Each rule below states "
        "how long a kind of data is kept and what happens then; what has fallen due is "
        "highlighted. Confirm a rule's period, and let it run by itself if you wish; a run "
        "can be cancelled, and what it has removed by then stays removed.",
    )

    def build(self) -> None:
        self.setObjectName("retention_dialog")
        self.rows: list[QueueRow] = []
        self.job: BackgroundJob | None = None
        self.intro_label = hint_label("retention_intro_label")
        self.model = RecordTableModel(
            QUEUE_COLUMNS,
            list_fetcher([]),
            row_colour=lambda r: DUE_COLOUR if r.due.count else None,
            parent=self,
        )
        self.table = make_table_view(self.model, "retention_table", 0, wrap=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_rule())
        self.period_label = QLabel(objectName="retention_period_label")
        self.period_spin = QSpinBox(objectName="retention_period_spin")
        self.period_spin.setRange(1, MAX_PERIOD_MONTHS)
        self.period_label.setBuddy(self.period_spin)
        self.confirmed_check = QCheckBox(objectName="retention_confirmed_check")
        self.auto_check = QCheckBox(objectName="retention_auto_check")
        self.confirmed_check.toggled.connect(self._confirmed_toggled)
        self.save_button = QPushButton(objectName="retention_save_button")
        self.save_button.clicked.connect(self.save_rule)
        self.state_label = QLabel(objectName="retention_state_label")
        self.state_label.setWordWrap(True)
        self.run_rule_button = QPushButton(objectName="retention_run_rule_button")
        self.run_rule_button.clicked.connect(lambda: self.run(self._current_code()))
        self.run_all_button = QPushButton(objectName="retention_run_all_button")
        self.run_all_button.clicked.connect(lambda: self.run(None))
        edit = layouts.row(
            self.period_label, self.period_spin, self.confirmed_check, self.auto_check,
            self.save_button, layouts.STRETCH,
        )  # fmt: skip
        buttons = layouts.row(
            self.run_rule_button, self.run_all_button, layouts.STRETCH, self.close_buttons
        )
        layouts.column(self, self.intro_label, (self.table, 1), edit, self.state_label, buttons)
        for col, width in enumerate((230, 160, 300, 190, 90, 100)):
            self.table.setColumnWidth(col, width)
        self.resize(1140, 460)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("Retention rules"))
        self.period_label.setText(self.tr("&Kept for (months):"))
        self.confirmed_check.setText(self.tr("C&onfirmed"))
        self.auto_check.setText(self.tr("Runs &by itself"))
        self.save_button.setText(self.tr("&Save rule"))
        self.run_rule_button.setText(self.tr("&Run this rule…"))
        self.run_all_button.setText(self.tr("Run &all rules…"))
        self.model.layoutChanged.emit()
        self._show_state()

    def reload(self) -> None:
        try:
            rules = self.services.retention.rules(self.actor)
            due = {g.rule: g for g in self.services.retention.due(self.actor)}
        except L4DError as exc:
            feedback.show_error(self, self.tr("Retention"), error_text(exc))
            rules, due = [], {}
        current = self._current_code()
        self.rows = [QueueRow(r, due[r.code]) for r in rules if r.code in due]
        self.model.set_fetcher(list_fetcher(self.rows))
        codes = [r.rule.code for r in self.rows]
        self.table.selectRow(codes.index(current) if current in codes else 0)
        self._show_rule()
        self._show_state()

    def _current(self) -> QueueRow | None:
        index = self.table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def _current_code(self) -> str | None:
        row = self._current() if hasattr(self, "rows") else None
        return row.rule.code if row else None

    def _show_rule(self) -> None:
        row = self._current()
        for widget in (self.period_spin, self.confirmed_check, self.auto_check, self.save_button):
            widget.setEnabled(row is not None)
        if row is None:
            return
        self.period_spin.setValue(max(row.rule.period_months, 1))
        self.period_spin.setEnabled(row.rule.period_editable)
        self.confirmed_check.setChecked(row.rule.confirmed)
        self.auto_check.setChecked(row.rule.auto_run)
        self.auto_check.setEnabled(row.rule.confirmed)
        self.run_rule_button.setEnabled(bool(row.due.count) and not is_busy(self.job))

    def _confirmed_toggled(self, on: bool) -> None:
        self.auto_check.setEnabled(on)
        if not on:
            self.auto_check.setChecked(False)

    def _show_state(self) -> None:
        due = sum(r.due.count for r in self.rows)
        self.state_label.setText(
            self.tr("%n item(s) have fallen due.", "", due) if due else self.tr("Nothing is due.")
        )
        self.run_all_button.setEnabled(bool(due) and not is_busy(self.job))

    def save_rule(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            self.services.retention.set_rule(
                self.actor,
                row.rule.code,
                period_months=self.period_spin.value(),
                confirmed=self.confirmed_check.isChecked(),
                auto_run=self.auto_check.isChecked(),
                version=row.rule.version,
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Retention"), error_text(exc))
        self.reload()

    def run(self, code: str | None) -> None:
        due = sum(r.due.count for r in self.rows if code is None or r.rule.code == code)
        if not due or is_busy(self.job):
            return
        if not feedback.ask(
            self,
            self.tr("Run retention"),
            self.tr(
                "Delete or minimise %n item(s) whose keeping time has ended? This cannot be "
                "undone.",
                "",
                due,
            ),
            self.tr("&Run"),
            self.tr("&Cancel"),
        ):
            return
        services, actor = self.services, self.actor
        self.job = start_with_progress(
            self,
            self.tr("Retention"),
            self.tr("Removing what has fallen due…"),
            lambda job: services.retention.run(
                actor, code, progress=job.report, cancelled=job.cancelled
            ),
            self._ran,
        )
        self._show_state()

    def _ran(self, result: RetentionRunResult) -> None:
        self.reload()
        text = self.tr("%n item(s) deleted or minimised.", "", result.items)
        if result.cancelled:
            text += " " + self.tr("The run was cancelled; what was removed stays removed.")
        feedback.show_info(self, self.tr("Retention"), text)
