"""The purge queue of the pääkäyttäjä: invoices kept under the Accounting Act after their
customer was erased, with the day each may be purged; those due are purged on confirmation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.changes import Change
from l4d_desktop.core.erasure.records import PurgeItem, PurgeResult
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_money
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background
from l4d_desktop.ui.requests.pages.erasure_plan import reason_text
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

PURGE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Invoice"), lambda p: p.invoice_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Invoice date"), lambda p: format_date(p.invoice_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Amount"),
        lambda p: format_money(p.amount_cents),
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kept because"), lambda p: reason_text(p.keep_reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Kept until"), lambda p: format_date(p.kept_until)),
    Column(QT_TRANSLATE_NOOP("Columns", "Purge date"), lambda p: format_date(p.purge_on)),
]


class PurgeQueueDialog(FollowingDialog):
    """Follows erasures run elsewhere (`changes`, the change bus): their kept invoices join."""

    FOLLOWS = frozenset({Change.CUSTOMERS})
    TITLE = QT_TRANSLATE_NOOP("PurgeQueueDialog", "Kept invoices")
    INTRO = QT_TRANSLATE_NOOP(
        "PurgeQueueDialog",
        "Invoices of erased customers are kept under the Accounting Act with the buyer's name "
        "and billing address, as a voucher must. Each may be purged on the day after its keeping "
        "time ends; those due are highlighted.",
    )

    def build(self) -> None:
        self.setObjectName("purge_queue_dialog")
        self.items: list[PurgeItem] = []
        self.job: BackgroundJob | None = None

        self.intro_label = hint_label("purge_queue_intro_label")
        self.state_label = QLabel(objectName="purge_queue_state_label")
        self.state_label.setWordWrap(True)
        self.model = RecordTableModel(
            PURGE_COLUMNS,
            list_fetcher([]),
            row_colour=lambda p: DUE_COLOUR if p.due else None,
            parent=self,
        )
        self.table = make_table_view(self.model, "purge_queue_table", 3, wrap=False)
        self.purge_button = QPushButton(objectName="purge_due_button")
        self.purge_button.setVisible(self.actor.can(Right.CUSTOMERS_ERASE))
        self.purge_button.clicked.connect(self.purge)

        row = layouts.row(self.purge_button, layouts.STRETCH, self.close_buttons)
        layouts.column(self, self.intro_label, (self.table, 1), self.state_label, row)
        for col, width in enumerate((120, 110, 100, 330, 110, 110)):
            self.table.setColumnWidth(col, width)
        self.resize(960, 480)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setAccessibleName(self.tr("Kept invoices"))
        self.purge_button.setText(self.tr("&Purge those due…"))
        self._show_state()

    def reload(self) -> None:
        try:
            self.items = self.services.erasure.purge_queue(self.actor)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Kept invoices"), error_text(exc))
            self.items = []
        self.model.set_fetcher(list_fetcher(self.items))
        self._show_state()

    def _due(self) -> list[PurgeItem]:
        return [i for i in self.items if i.due]

    def _show_state(self) -> None:
        due = len(self._due())
        if not self.items:
            self.state_label.setText(self.tr("No invoices are kept."))
        else:
            self.state_label.setText(
                self.tr("%n kept invoice(s) are due for purging.", "", due)
                if due
                else self.tr("None is due for purging yet.")
            )
        self.purge_button.setEnabled(bool(due) and not is_busy(self.job))

    def purge(self) -> None:
        due = self._due()
        if not due or is_busy(self.job):
            return
        if not feedback.ask(
            self,
            self.tr("Purge kept invoices"),
            self.tr(
                "Delete %n kept invoice(s) whose keeping time under the Accounting Act has "
                "ended? This cannot be undone.",
                "",
                len(due),
            ),
            self.tr("&Purge"),
            self.tr("&Cancel"),
        ):
            return
        services, actor = self.services, self.actor
        self.job = run_in_background(
            lambda _job: services.erasure.purge_due(actor), self._purged, self._failed, owner=self
        )
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_state()

    def _purged(self, result: PurgeResult) -> None:
        self.unsetCursor()
        self.reload()
        feedback.show_info(
            self,
            self.tr("Kept invoices"),
            self.tr("%n invoice(s) purged.", "", len(result.purged)),
        )

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.reload()
        feedback.show_error(self, self.tr("Kept invoices"), failure_text(exc))
