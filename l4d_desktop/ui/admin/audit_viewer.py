"""The audit viewer (audit.read): the log newest first, filtered by user, customer, action and
date; the chain verified (alone or against a checkpoint file); a checkpoint written; CSV export.

The log holds ids and codes only, so nothing here shows customers' data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from l4d_desktop.core.audit.viewer import AuditFilter
from l4d_desktop.core.changes import Change
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.admin.audit_actions import AuditWords
from l4d_desktop.ui.admin.audit_checks import AuditChecks
from l4d_desktop.ui.admin.audit_table import (
    AuditTableModel,
    action_choices,
    audit_columns,
    office_midnight,
)
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.date_edits import date_format, date_of
from l4d_desktop.ui.widgets.following_dialog import FollowingDialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import make_table_view, reload_keeping_place
from l4d_desktop.ui.widgets.typed_dates import TypedDateEdit

PAGE_SIZE = 200


class AuditViewerDialog(AuditChecks, FollowingDialog):
    """New entries show as they are written, by anyone (the change bus)."""

    FOLLOWS = frozenset({Change.AUDIT})
    TITLE = QT_TRANSLATE_NOOP("AuditViewerDialog", "Audit log")

    def __init__(
        self, session: Session, parent: QWidget | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        self._page_size = page_size  # the base builds the table
        super().__init__(session, parent)

    def build(self) -> None:
        self.setObjectName("audit_viewer_dialog")
        self.job: BackgroundJob | None = None
        self.total = 0
        # The model asks for rows by offset; the service pages by the last id seen.
        self._before: dict[int, int | None] = {0: None}
        self._where = AuditFilter()
        self._action_codes: list[str] = []

        # -- filters --
        self.user_combo = QComboBox(objectName="audit_user_combo")
        self.customer_edit = QLineEdit(objectName="audit_customer_edit")
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
        dates = layouts.row(
            self.since_check,
            self.since_edit,
            12,
            self.until_check,
            self.until_edit,
            layouts.STRETCH,
            self.clear_button,
            self.apply_button,
        )

        # -- the list --
        self._words = AuditWords()
        self.model = AuditTableModel(
            audit_columns(lambda: self._words), self._fetch, self._page_size, parent=self
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
        self.export_button.setVisible(self.actor.can(Right.DATA_EXPORT))
        self.result_label = QLabel(objectName="audit_result_label")
        self.result_label.setWordWrap(True)
        self.hint = hint_label("audit_hint_label")
        actions = layouts.row(
            *(self.verify_button, self.verify_checkpoint_button, self.checkpoint_button),
            *(self.export_button, layouts.STRETCH, self.close_buttons),
        )

        layouts.column(
            self,
            self.hint,
            form,
            dates,
            (self.table, 1),
            self.count_label,
            self.result_label,
            actions,
        )

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

    def _date_edit(self, name: str) -> QDateEdit:
        edit = TypedDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        # The office's day (the log's times are shown in office time), not the machine's.
        today = office_today(self.services.clock())
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.setEnabled(False)
        return edit

    def _fill_choices(self) -> None:
        try:
            staff = self.services.audit_viewer.staff(self.actor)
            codes = self.services.audit_viewer.actions(self.actor)
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
        super().retranslate()
        self._words = AuditWords()
        self._fill_actions()
        self.hint.setText(
            self.tr(
                "Every action in the register, newest first. The log names staff and record "
                "numbers only; a verification checks that no entry was changed or removed."
            )
        )
        self.user_label.setText(self.tr("&User:"))
        self.customer_label.setText(self.tr("Customer &number:"))
        self.action_label.setText(self.tr("&Action:"))
        self.user_combo.setItemText(0, self.tr("Everyone"))
        self.user_combo.setAccessibleName(self.tr("User"))
        self.customer_edit.setAccessibleName(self.tr("Customer number"))
        self.customer_edit.setPlaceholderText(self.tr("any customer"))
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.since_check.setText(self.tr("&From"))
        self.until_check.setText(self.tr("&To"))
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(date_format())
        self.apply_button.setText(self.tr("&Show"))
        self.clear_button.setText(self.tr("C&lear filter"))
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.verify_checkpoint_button.setText(self.tr("Verify against a check&point file…"))
        self.checkpoint_button.setText(self.tr("&Write a checkpoint…"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.result_label.setAccessibleName(self.tr("Verification result"))
        self._show_count()

    # -- the list --------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        customer = self.customer_edit.text().strip()
        since = until = None
        if self.since_check.isChecked():
            since = office_midnight(date_of(self.since_edit))
        if self.until_check.isChecked():  # the "to" day is included
            until = office_midnight(date_of(self.until_edit) + dt.timedelta(days=1))
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            customer_number=customer,
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

    def follow_changes(self) -> None:
        """Entries were written (by anyone, this dialog's own verifications too): the list
        is read again where the user is, with the filter last applied."""
        self._before = {0: None}
        reload_keeping_place(self.table, lambda r: r.id)
        self._show_count()

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
            page = self.services.audit_viewer.page(
                self.actor, self._where, before_id=before, limit=limit
            )
        except L4DError as exc:
            # A refusal is itself logged: stop following, or it would be read again forever.
            self.following.stop()
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
