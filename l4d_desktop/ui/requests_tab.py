"""Pyynnöt / Requests: data subject requests by due date, due-soon and overdue in colour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import CustomerService
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests import RequestRecord, RequestService
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.record_table import Column, RecordTableModel, make_table_view
from l4d_desktop.ui.request_dialog import RequestDialog
from l4d_desktop.ui.texts import CHANNELS, REQUEST_TYPES, STATUSES, error_text, vocabulary

OVERDUE_COLOUR = QColor("#f8c9c4")
DUE_SOON_COLOUR = QColor("#fde9b0")


def _customer(r: RequestRecord) -> str:
    if r.customer_id is None:
        return QCoreApplication.translate("RequestsTab", "(not yet identified)")
    return r.customer_name


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "ID"), lambda r: str(r.id), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: vocabulary(REQUEST_TYPES, r.type)),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), _customer),
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda r: format_date(r.received)),
    Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: vocabulary(CHANNELS, r.channel)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: vocabulary(STATUSES, r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Statutory"), lambda r: format_date(r.statutory_due)),
    Column(QT_TRANSLATE_NOOP("Columns", "Promised"), lambda r: format_date(r.promised_due)),
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: format_date(r.due)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Days left"),
        lambda r: "" if r.urgency == "closed" else str(r.days_left),
        align_right=True,
    ),
]


def urgency_colour(r: RequestRecord) -> QColor | None:
    return {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR}.get(r.urgency)


class RequestsTab(QWidget):
    def __init__(
        self,
        requests: RequestService,
        customers: CustomerService,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requests_tab")
        self._requests = requests
        self._customers = customers
        self._actor = actor
        self._dialog: RequestDialog | None = None

        self.new_button = QPushButton(objectName="new_request_button")
        self.new_button.setVisible(
            actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW)
        )
        self.new_button.clicked.connect(self.new_request)
        self.open_only_check = QCheckBox(objectName="open_only_check")
        self.open_only_check.setChecked(True)
        self.open_only_check.toggled.connect(lambda _c: self.refresh())
        self.legend_overdue = QLabel()
        self.legend_soon = QLabel()
        for label, colour in (
            (self.legend_overdue, OVERDUE_COLOUR),
            (self.legend_soon, DUE_SOON_COLOUR),
        ):
            label.setStyleSheet(
                f"background: {colour.name()}; color: black; padding: 2px 8px; border-radius: 3px;"
            )
        self.summary_label = QLabel(objectName="request_summary_label")

        self.model = RecordTableModel(COLUMNS, self._fetch, row_colour=urgency_colour, parent=self)
        self.table = make_table_view(self.model, "request_table", stretch_column=2)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_only_check)
        top.addStretch(1)
        top.addWidget(self.legend_soon)
        top.addWidget(self.legend_overdue)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.retranslate()
        self.refresh()
        for column, width in enumerate((50, 250, 200, 95, 90, 110, 95, 95, 95)):
            self.table.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New request…"))
        self.open_only_check.setText(self.tr("Open requests only"))
        self.legend_soon.setText(self.tr("Due within 7 days"))
        self.legend_overdue.setText(self.tr("Overdue"))
        self.table.setAccessibleName(self.tr("Requests"))
        self.model.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fetch(self, offset: int, limit: int) -> list[RequestRecord]:
        return self._requests.list_requests(
            self._actor, offset, limit, open_only=self.open_only_check.isChecked()
        )

    def refresh(self) -> None:
        try:
            self.model.reload()
        except L4DError as exc:
            feedback.show_error(self, self.tr("Requests"), error_text(exc))
            return
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.records()
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        soon = sum(1 for r in rows if r.urgency == "due_soon")
        self.summary_label.setText(
            self.tr("Shown: {shown} · due within 7 days: {soon} · overdue: {overdue}").format(
                shown=len(rows), soon=soon, overdue=overdue
            )
        )

    def new_request(self) -> None:
        self._dialog = RequestDialog(self._requests, self._customers, self._actor, self)
        self._dialog.saved.connect(lambda _r: self.refresh())
        self._dialog.open()

    @property
    def dialog(self) -> RequestDialog | None:
        return self._dialog
