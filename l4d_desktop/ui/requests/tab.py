"""Pyynnöt / Requests: data subject requests by due date, filtered by status, type and handler;
due-soon and overdue in colour, paused and extended requests marked. Given the change bus, the
list reads itself again whenever requests or customers (their names are in it) change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.search import RequestOrder
from l4d_desktop.core.requests.service import RequestRecord, RequestSummary
from l4d_desktop.core.vocabulary import RequestStatus, RequestType, Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.changes import Change
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.requests.intake_dialog import RequestDialog
from l4d_desktop.ui.requests.register_export import RequestRegisterExport
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import CHANNELS, REQUEST_TYPES, STATUSES, error_text, vocabulary
from l4d_desktop.ui.texts.references import erased_reference
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column, row
from l4d_desktop.ui.widgets.record_table import Column, RecordTableModel, make_table_view
from l4d_desktop.ui.widgets.retranslate import Retranslating

OVERDUE_COLOUR = QColor("#f8c9c4")
DUE_SOON_COLOUR = QColor("#fde9b0")
ANY = ""  # the filters' "all" entry
OPEN = "open"
MINE = -1  # the handler filter's "assigned to me"
SEARCH_DELAY_MS = 250
DUE_COLUMN = 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsTab", text)


def _customer(r: RequestRecord) -> str:
    if r.customer_id is not None:
        return r.customer_name
    if r.subject_ref:
        return QCoreApplication.translate("RequestsTab", "Erased person ({ref})").format(
            ref=erased_reference(r.subject_ref)
        )
    return QCoreApplication.translate("RequestsTab", "(not yet identified)")


def _status(r: RequestRecord) -> str:
    text = vocabulary(STATUSES, r.status)
    if r.paused:
        text = QCoreApplication.translate(
            "RequestsTab", "{status}, waiting for the requester"
        ).format(status=text)
    return text


def _due(r: RequestRecord) -> str:
    if r.extended_due is not None:
        return QCoreApplication.translate("RequestsTab", "{date} (extended)").format(
            date=format_date(r.due)
        )
    return format_date(r.due)


def _type(r: RequestRecord) -> str:
    text = vocabulary(REQUEST_TYPES, r.type)
    if r.repeat_of is not None:
        text = QCoreApplication.translate("RequestsTab", "{type} · repeat of #{id}").format(
            type=text, id=r.repeat_of
        )
    return text


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "ID"), lambda r: str(r.id), align_right=True, sort="id"),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), _type, sort="type"),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), _customer, sort="customer"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Received"),
        lambda r: format_date(r.received),
        sort="received",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        lambda r: vocabulary(CHANNELS, r.channel),
        sort="channel",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), _status, sort="status"),
    Column(QT_TRANSLATE_NOOP("Columns", "Handler"), lambda r: r.handler_name, sort="handler"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Statutory"),
        lambda r: format_date(r.statutory_due),
        sort="statutory_due",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Promised"),
        lambda r: format_date(r.promised_due),
        sort="promised_due",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), _due, sort="due"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Days left"),
        lambda r: "" if r.urgency == "closed" else str(r.days_left),
        align_right=True,
        sort="due",
    ),
]


def _legend(colour: QColor) -> QLabel:
    label = QLabel()
    label.setStyleSheet(
        f"background: {colour.name()}; color: black; padding: 2px 8px; border-radius: 3px;"
    )
    return label


def urgency_colour(r: RequestRecord) -> QColor | None:
    return {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR}.get(r.urgency)


class RequestsTab(Retranslating, RequestRegisterExport, QWidget):
    """The list. `summary_changed` carries the open / due-soon / overdue counts after every
    reload, for the main window's status bar. Given the session's change bus, it follows
    changes made elsewhere."""

    summary_changed = Signal(object)
    open_requested = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__(objectName="requests_tab")  # the main window's tabs take it in
        services, actor = session.services, session.actor
        self._actor, self._requests, self._customers = actor, services.requests, services.customers
        self._dialog: RequestDialog | None = None
        self._summary: RequestSummary | None = None

        self.new_button = QPushButton(objectName="new_request_button")
        self.new_button.setVisible(
            actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW)
        )
        self.new_button.clicked.connect(self.new_request)
        self.open_button = QPushButton(objectName="open_request_button")
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(objectName="export_register_button")
        self.export_button.setVisible(actor.can(Right.DATA_EXPORT))
        self.export_button.clicked.connect(self.export_register)
        self.status_label, self.status_combo = self._filter(
            "status_filter_combo", [OPEN, ANY, *(s.value for s in RequestStatus)]
        )
        self.type_label, self.type_combo = self._filter(
            "type_filter_combo", [ANY, *(t.value for t in RequestType)]
        )
        try:
            handlers = self._requests.handlers(actor)
        except L4DError:
            handlers = []  # "anyone" and "assigned to me" still work
        self.handler_label, self.handler_combo = self._filter("handler_filter_combo", [None, MINE])
        for user_id, name in handlers:
            self.handler_combo.addItem(name, user_id)

        self.search_label = QLabel()
        self.search_edit = QLineEdit(objectName="request_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)

        self.legend_overdue, self.legend_soon = _legend(OVERDUE_COLOUR), _legend(DUE_SOON_COLOUR)
        self.count_label = QLabel(objectName="request_count_label")
        self.empty_label = hint_label("requests_empty_label")
        self.model = RecordTableModel(COLUMNS, self._fetch, row_colour=urgency_colour, parent=self)
        self.model.set_order(DUE_COLUMN)
        self.table = make_table_view(self.model, "request_table", stretch_column=2)
        self.table.doubleClicked.connect(self._open_at)
        self.table.activated.connect(self._open_at)
        if actor.can(Right.REQUESTS_HANDLE) and actor.can(Right.CUSTOMERS_VIEW):
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_request)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        search = row(self.search_label, (self.search_edit, 1))
        filters = row(
            *(self.status_label, self.status_combo, self.type_label, self.type_combo),
            *(self.handler_label, self.handler_combo),
            stretch=1,
        )
        buttons = row(
            (self.count_label, 1),
            *(self.legend_soon, self.legend_overdue, self.export_button, self.open_button),
            self.new_button,
        )
        column(self, search, filters, (self.table, 1), self.empty_label, buttons)
        self.retranslate()
        self.refresh()
        # Every column keeps a readable width (the list scrolls sideways in a small window);
        # the last one takes what is left over.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, width in enumerate((40, 165, 150, 85, 85, 140, 115, 90, 85, 90)):
            self.table.setColumnWidth(index, width)
        if session.changes is not None:
            session.changes.listen(self, {Change.REQUESTS, Change.CUSTOMERS}, self.refresh)

    def _filter(self, name: str, values: list[object]) -> tuple[QLabel, QComboBox]:
        """A filter's label and choice, the list read again when another is chosen."""
        label, combo = QLabel(), QComboBox(objectName=name)
        for value in values:
            combo.addItem("", value)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # Long entries are shown whole in the popup; the closed box may be narrower, so the
        # window can still be made small.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return label, combo

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New request…"))
        self.open_button.setText(self.tr("&Open…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.status_label.setText(self.tr("&Status:"))
        self.type_label.setText(self.tr("&Type:"))
        self.handler_label.setText(self.tr("Han&dler:"))
        self.search_label.setText(self.tr("S&earch:"))
        self.search_edit.setPlaceholderText(self.tr("Name, customer number or reference"))
        self.status_combo.setItemText(0, self.tr("Open"))
        self.status_combo.setItemText(1, self.tr("All"))
        for i in range(2, self.status_combo.count()):
            self.status_combo.setItemText(i, vocabulary(STATUSES, self.status_combo.itemData(i)))
        self.type_combo.setItemText(0, self.tr("All types"))
        for i in range(1, self.type_combo.count()):
            self.type_combo.setItemText(i, vocabulary(REQUEST_TYPES, self.type_combo.itemData(i)))
        self.handler_combo.setItemText(0, self.tr("Anyone"))
        self.handler_combo.setItemText(1, self.tr("Assigned to me"))
        self.legend_overdue.setText(self.tr("Overdue"))
        self.table.setAccessibleName(self.tr("Requests"))
        self._show_summary()
        self._update_count()

    # -- the list --------------------------------------------------------------------------------

    def _filters(self) -> dict[str, object]:
        status = self.status_combo.currentData()
        handler = self.handler_combo.currentData()
        return {
            "status": status or None,
            "type": self.type_combo.currentData() or None,
            "handler_id": self._actor.user_id if handler == MINE else handler,
            "search": self.search_edit.text() or None,
        }

    def _fetch(self, offset: int, limit: int) -> list[RequestRecord]:
        chosen = self.model.order
        return self._requests.list_requests(
            self._actor,
            offset,
            limit,
            order=RequestOrder(*chosen) if chosen is not None else None,
            **self._filters(),  # type: ignore[arg-type]
        )

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def refresh(self) -> None:
        self._search_timer.stop()
        try:
            self.model.reload()
            self._count = self._requests.count(self._actor, **self._filters())  # type: ignore[arg-type]
            self._summary = self._requests.summary(self._actor)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Requests"), error_text(exc))
            return
        self._show_summary()
        self._update_count()
        self._update_buttons()
        self.summary_changed.emit(self._summary)

    def refresh_summary(self) -> None:
        """The counts only (the clock moves on: due-soon becomes overdue at midnight)."""
        try:
            self._summary = self._requests.summary(self._actor)
        except L4DError:
            return  # the next full refresh reports it
        self._show_summary()
        self.summary_changed.emit(self._summary)

    @property
    def summary(self) -> RequestSummary | None:
        return self._summary

    def _show_summary(self) -> None:
        days = self._summary.due_soon_days if self._summary is not None else 7
        self.legend_soon.setText(self.tr("Due within %n day(s)", "", days))

    def _update_count(self) -> None:
        count = getattr(self, "_count", 0)
        self.count_label.setText(self.tr("%n request(s) shown.", "", count))
        self.empty_label.setVisible(count == 0)
        narrowed = bool(self.search_edit.text().strip()) or any(
            combo.currentIndex() != 0
            for combo in (self.status_combo, self.type_combo, self.handler_combo)
        )
        if narrowed:
            text = self.tr(
                "No request matches the search and the filters. Clear the search, or choose "
                "All under Status."
            )
        elif not self.new_button.isHidden():
            text = self.tr(
                "No open requests. Register one that came in with New request… (Ctrl+N); "
                "choose All under Status to see the closed ones."
            )
        else:
            text = self.tr("No open requests. Choose All under Status to see the closed ones.")
        self.empty_label.setText(text)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self._current_row() >= 0)

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # -- actions ---------------------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.open_requested.emit(self.model.record(row).id)

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.record(index.row()).id)

    def new_request(self) -> None:
        self._dialog = RequestDialog(self._requests, self._customers, self._actor, self)
        self._dialog.saved.connect(lambda _r: self.refresh())
        self._dialog.open()

    @property
    def dialog(self) -> RequestDialog | None:
        return self._dialog
