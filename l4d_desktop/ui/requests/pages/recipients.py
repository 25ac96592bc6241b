"""The Art. 19 checklist of a rectification, erasure or restriction request: each recipient
(active processor) told of it on a date, or why telling it was impossible or disproportionate."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.recipients import NoticeLine
from l4d_desktop.core.requests.service import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import NoticeStatus, Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    make_table_view,
)


def notice_status_text(line: NoticeLine) -> str:
    if line.status == NoticeStatus.NOTIFIED:
        return QCoreApplication.translate("RecipientsPage", "notified on {date}").format(
            date=format_date(line.notified_on)
        )
    if line.status == NoticeStatus.DISPROPORTIONATE:
        return QCoreApplication.translate("RecipientsPage", "not notified: disproportionate")
    return QCoreApplication.translate("RecipientsPage", "pending")


def _one_line(text: str) -> str:
    return " / ".join(line for line in text.splitlines() if line.strip())


NOTICE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda n: n.processor_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda n: n.role),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda n: n.country),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), notice_status_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda n: _one_line(n.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda n: n.recorded_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded at"), lambda n: format_datetime(n.recorded_at)),
]


class NotifiedDialog(QDialog):
    """The date the recipient was told."""

    saved = Signal(object)  # NoticeLine

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        line: NoticeLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notified_dialog")
        self._services = services
        self._actor = actor
        self._request_id = request_id
        self._line = line
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.date_edit = make_date_edit("notified_on_edit", office_today(services.clock()))
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.date_label = add_field_row(form, self.errors, "notified_on", self.date_edit)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recipient notified"))
        self.intro_label.setText(
            self.tr("{name} was told of this request's outcome (GDPR Art. 19).").format(
                name=self._line.processor_name
            )
        )
        self.date_label.setText(self.tr("&Notified on:"))
        self.date_edit.setDisplayFormat(date_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            line = self._services.recipient_notices.mark_notified(
                self._actor, self._request_id, self._line.processor_id, date_of(self.date_edit)
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(line)
        self.accept()


class DisproportionateDialog(QDialog):
    """Why telling the recipient was impossible or would take disproportionate effort."""

    saved = Signal(object)  # NoticeLine

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        line: NoticeLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disproportionate_dialog")
        self._services = services
        self._actor = actor
        self._request_id = request_id
        self._line = line
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(objectName="reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.reason_label = add_field_row(form, self.errors, "reason", self.reason_edit)
        self.buttons = lay_out_form_dialog(
            self, form, self.general_error, self._save, self.intro_label
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recipient not notified"))
        self.intro_label.setText(
            self.tr(
                "Telling {name} is impossible or would take disproportionate effort. Record "
                "why: the reason is required."
            ).format(name=self._line.processor_name)
        )
        self.reason_label.setText(self.tr("&Reason:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        try:
            line = self._services.recipient_notices.mark_disproportionate(
                self._actor,
                self._request_id,
                self._line.processor_id,
                self.reason_edit.toPlainText(),
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(line)
        self.accept()


class RecipientsPage(QWidget):
    """One row per recipient; a handler marks each notified or disproportionate."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipients_page")
        self._services = services
        self._actor = actor
        self._request = request
        self.lines: list[NoticeLine] = []
        self.dialog: QDialog | None = None

        self.intro_label = hint_label("recipients_intro_label")
        self.state_label = QLabel(objectName="recipients_state_label")
        self.state_label.setWordWrap(True)
        self.model = RecordTableModel(NOTICE_COLUMNS, list_fetcher([]), parent=self)
        self.table = make_table_view(self.model, "recipients_table", 4, wrap=False)
        self.empty_label = hint_label("no_recipients_label")
        self.notified_button = QPushButton(objectName="mark_notified_button")
        self.disproportionate_button = QPushButton(objectName="mark_disproportionate_button")
        can_handle = actor.can(Right.REQUESTS_HANDLE) and request.record.is_open
        for button in (self.notified_button, self.disproportionate_button):
            button.setVisible(can_handle)
            button.setEnabled(False)
        self.notified_button.clicked.connect(self.mark_notified)
        self.disproportionate_button.clicked.connect(self.mark_disproportionate)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.notified_button)
        buttons.addWidget(self.disproportionate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        for col, width in enumerate((200, 160, 70, 170, 220, 150, 140)):
            self.table.setColumnWidth(col, width)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "GDPR Art. 19: every recipient of the person's data is told of the "
                "rectification, erasure or restriction, unless that proves impossible or "
                "involves disproportionate effort; then the reason is recorded."
            )
        )
        self.notified_button.setText(self.tr("Mark &notified…"))
        self.disproportionate_button.setText(self.tr("Not notified: &disproportionate…"))
        self.table.setAccessibleName(self.tr("Recipients to notify"))
        self.empty_label.setText(
            self.tr("No recipients are in the register. The pääkäyttäjä keeps the register.")
        )
        self.model.retranslate()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.lines = self._services.recipient_notices.checklist(
                self._actor, self._request.record.id
            )
        except L4DError as exc:
            feedback.show_error(self, self.tr("Recipients"), error_text(exc))
            return
        self.model.set_fetcher(list_fetcher(self.lines))
        self.empty_label.setVisible(not self.lines)
        self._show_state()
        self._selection_changed()

    def _show_state(self) -> None:
        pending = sum(1 for line in self.lines if line.status == NoticeStatus.PENDING)
        if not self.lines:
            self.state_label.clear()
        elif pending:
            self.state_label.setText(self.tr("%n recipient(s) still to be notified.", "", pending))
        else:
            self.state_label.setText(self.tr("Every recipient is notified or accounted for."))

    def selected_line(self) -> NoticeLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line: NoticeLine = self.model.record(rows[0].row())
        return line

    def _selection_changed(self, *_args: object) -> None:
        line = self.selected_line()
        enabled = line is not None and line.processor_active
        self.notified_button.setEnabled(enabled)
        self.disproportionate_button.setEnabled(enabled)

    def select_processor(self, processor_id: int) -> None:
        for row, line in enumerate(self.lines):
            if line.processor_id == processor_id:
                self.table.selectRow(row)
                return

    def mark_notified(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = NotifiedDialog(self._services, self._actor, self._request.record.id, line, self)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def mark_disproportionate(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = DisproportionateDialog(
            self._services, self._actor, self._request.record.id, line, self
        )
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, _line: NoticeLine) -> None:
        self.reload()
        self.changed.emit()
