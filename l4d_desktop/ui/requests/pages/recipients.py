"""The Art. 19 checklist of a rectification, erasure or restriction request: each recipient
(active processor) told of it on a date, or why telling it was impossible or disproportionate."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.requests.recipients import NoticeLine
from l4d_desktop.core.requests.records import RequestDetail
from l4d_desktop.core.vocabulary import NoticeStatus, Right
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.dialog_parts import text_edit
from l4d_desktop.ui.requests.pages.base import PageDialog, RequestPage, one_line
from l4d_desktop.ui.requests.pages.evidence_dialogs import language_combo, word_combo
from l4d_desktop.ui.texts.countries import country_text
from l4d_desktop.ui.widgets.date_edits import date_format, date_of, make_date_edit
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import (
    Column,
    list_table,
    selected_record,
)


def notice_status_text(line: NoticeLine) -> str:
    if line.status == NoticeStatus.NOTIFIED:
        return QCoreApplication.translate("RecipientsPage", "notified on {date}").format(
            date=format_date(line.notified_on)
        )
    if line.status == NoticeStatus.DISPROPORTIONATE:
        return QCoreApplication.translate("RecipientsPage", "not notified: disproportionate")
    return QCoreApplication.translate("RecipientsPage", "pending")


NOTICE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda n: n.processor_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda n: n.role),
    Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda n: country_text(n.country)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), notice_status_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda n: one_line(n.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by"), lambda n: n.recorded_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded at"), lambda n: format_datetime(n.recorded_at)),
]


class NotifiedDialog(PageDialog):
    """The date the recipient (the subject, a NoticeLine) was told; saves the NoticeLine."""

    object_name = "notified_dialog"
    subject: NoticeLine
    TITLE = QT_TRANSLATE_NOOP("NotifiedDialog", "Recipient notified")
    INTRO = QT_TRANSLATE_NOOP(
        "NotifiedDialog", "{name} was told of this request's outcome (GDPR Art. 19)."
    )
    LABELS = {"notified_on": QT_TRANSLATE_NOOP("NotifiedDialog", "&Notified on:")}

    def build(self) -> None:
        self.date_edit = make_date_edit("notified_on_edit", office_today(self._services.clock()))
        self.add_field("notified_on", self.date_edit)

    def placeholders(self) -> dict[str, object]:
        return {"name": self.subject.processor_name}

    def retranslate(self) -> None:
        super().retranslate()
        self.date_edit.setDisplayFormat(date_format())

    def submit(self) -> NoticeLine:
        return self._services.recipient_notices.mark_notified(
            self._actor, self._request_id, self.subject.processor_id, date_of(self.date_edit)
        )


class DisproportionateDialog(PageDialog):
    """Why telling the recipient (the subject, a NoticeLine) was impossible or would take
    disproportionate effort; saves the NoticeLine."""

    object_name = "disproportionate_dialog"
    subject: NoticeLine
    TITLE = QT_TRANSLATE_NOOP("DisproportionateDialog", "Recipient not notified")
    INTRO = QT_TRANSLATE_NOOP(
        "DisproportionateDialog",
        "Telling {name} is impossible or would take disproportionate effort. Record "
        "why: the reason is required.",
    )
    LABELS = {
        "reason": QT_TRANSLATE_NOOP("DisproportionateDialog", "&Reason:"),
        "language": QT_TRANSLATE_NOOP("DisproportionateDialog", "Letter &language:"),
    }

    def build(self) -> None:
        self.reason_edit = text_edit("reason_edit")
        self.add_field("reason", self.reason_edit)
        # The letters print the reason in their own language: marked again in another
        # language, it is that language's version.
        page = self.parentWidget()
        assert isinstance(page, RequestPage)
        self.language_combo = language_combo(page)
        self.add_field("language", self.language_combo)

    def retranslate(self) -> None:
        super().retranslate()
        word_combo(self.language_combo)

    def placeholders(self) -> dict[str, object]:
        return {"name": self.subject.processor_name}

    def submit(self) -> NoticeLine:
        return self._services.recipient_notices.mark_disproportionate(
            self._actor,
            self._request_id,
            self.subject.processor_id,
            self.reason_edit.toPlainText(),
            str(self.language_combo.currentData()),
        )


class RecipientsPage(RequestPage):
    """One row per recipient; a handler marks each notified or disproportionate."""

    object_name = "recipients_page"
    intro = QT_TRANSLATE_NOOP(
        "RecipientsPage",
        "GDPR Art. 19: every recipient of the person's data is told of the rectification, "
        "erasure or restriction, unless that proves impossible or involves disproportionate "
        "effort; then the reason is recorded.",
    )

    def build(self) -> None:
        self.lines: list[NoticeLine] = []

        self.state_label = QLabel(objectName="recipients_state_label")
        self.state_label.setWordWrap(True)
        self.model, self.table = list_table(
            self, NOTICE_COLUMNS, "recipients_table", 4, (200, 160, 130, 170, 220, 150, 140)
        )
        self.empty_label = hint_label("no_recipients_label")
        self.notified_button = QPushButton(objectName="mark_notified_button")
        self.disproportionate_button = QPushButton(objectName="mark_disproportionate_button")
        for button in (self.notified_button, self.disproportionate_button):
            button.setEnabled(False)
        self.notified_button.clicked.connect(self.mark_notified)
        self.disproportionate_button.clicked.connect(self.mark_disproportionate)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = row(self.notified_button, self.disproportionate_button, stretch=1)
        column(self, self.intro_label, self.state_label, (self.table, 1), self.empty_label, buttons)

    def retranslate(self) -> None:
        self.show_intro()
        self.notified_button.setText(self.tr("M&ark notified…"))
        self.disproportionate_button.setText(self.tr("Not notified: &disproportionate…"))
        self.table.setAccessibleName(self.tr("Recipients to notify"))
        self.empty_label.setText(
            self.tr("No recipients are in the register. The pääkäyttäjä keeps the register.")
        )
        self._show_state()

    def reload(self) -> None:
        can_handle = self._actor.can(Right.REQUESTS_HANDLE) and self._request.record.is_open
        for button in (self.notified_button, self.disproportionate_button):
            button.setVisible(can_handle)
        notices, actor, request_id = self.services.recipient_notices, self.actor, self.request_id
        lines = self.read(self.tr("Recipients"), lambda: notices.checklist(actor, request_id))
        if lines is None:
            return
        self.lines = lines
        self.show_rows(self.model, self.empty_label, lines)
        self._show_state()
        self._selection_changed()

    def show_request(self, request: RequestDetail) -> None:
        selected = self.selected_line()
        super().show_request(request)
        if selected is not None:
            self.select_processor(selected.processor_id)  # the choice stays

    def _show_state(self) -> None:
        pending = sum(1 for line in self.lines if line.status == NoticeStatus.PENDING)
        if not self.lines:
            self.state_label.clear()
        elif pending:
            self.state_label.setText(self.tr("%n recipient(s) still to be notified.", "", pending))
        else:
            self.state_label.setText(self.tr("Every recipient is notified or accounted for."))

    def selected_line(self) -> NoticeLine | None:
        line: NoticeLine | None = selected_record(self.table)
        return line

    def _selection_changed(self, *_args: object) -> None:
        line = self.selected_line()
        enabled = line is not None and line.processor_active
        self.notified_button.setEnabled(enabled)
        self.disproportionate_button.setEnabled(enabled)

    def select_processor(self, processor_id: int) -> None:
        for index, line in enumerate(self.lines):
            if line.processor_id == processor_id:
                self.table.selectRow(index)
                return

    def mark_notified(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.open_dialog(NotifiedDialog(self, line), self.reload_and_announce)

    def mark_disproportionate(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.open_dialog(DisproportionateDialog(self, line), self.reload_and_announce)
