"""The customer window's Technical data (paged web events), Invoices and Requests tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.service import RequestRecord
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.invoice_dialog import InvoiceDialog
from l4d_desktop.ui.customers.record_page import CustomerRecordsPage
from l4d_desktop.ui.formats import format_date, format_datetime, format_money
from l4d_desktop.ui.texts import REQUEST_TYPES, STATUSES, error_text, field_label, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    list_fetcher,
    list_table,
    make_table_view,
    selected_record,
)

EVENT_PAGE = 200

EVENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda e: format_datetime(e.at, seconds=True)),
    Column(QT_TRANSLATE_NOOP("Columns", "IP address"), lambda e: e.ip),
    Column(QT_TRANSLATE_NOOP("Columns", "Page"), lambda e: e.page),
    Column(QT_TRANSLATE_NOOP("Columns", "Referring site"), lambda e: e.referrer),
    Column(QT_TRANSLATE_NOOP("Columns", "Link clicked"), lambda e: e.link),
    Column(QT_TRANSLATE_NOOP("Columns", "Banner seen"), lambda e: e.banner),
    Column(QT_TRANSLATE_NOOP("Columns", "Device and browser"), lambda e: e.user_agent),
]


def _paid(i: InvoiceRecord) -> str:
    if i.paid:
        return QCoreApplication.translate("InvoicesPage", "paid")
    return QCoreApplication.translate("InvoicesPage", "unpaid")


INVOICE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Invoice number"), lambda i: i.invoice_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda i: format_date(i.invoice_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Amount"),
        lambda i: format_money(i.amount_cents),
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Payment"), _paid),
]

REQUEST_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "ID"), lambda r: str(r.id), align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: vocabulary(REQUEST_TYPES, r.type)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: vocabulary(STATUSES, r.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda r: format_date(r.received)),
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: format_date(r.due)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Days left"),
        lambda r: "" if r.urgency == "closed" else str(r.days_left),
        align_right=True,
    ),
]


class TechnicalDataPage(CustomerRecordsPage):
    """Web events page by page as the view scrolls: a customer may have ten thousand."""

    OBJECT_NAME = "technical_page"

    def build(self) -> None:
        self.total = 0
        self.count_label = QLabel(objectName="event_count_label")
        self.model = RecordTableModel(
            EVENT_COLUMNS, lambda _o, _l: [], page_size=EVENT_PAGE, parent=self
        )
        self.table = make_table_view(self.model, "event_table", 6, wrap=False)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())
        # Long addresses and browser strings are cut in the table; the chosen row in full.
        self.details = QLabel(objectName="event_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = hint_label("event_hint")
        layouts.column(self, self.count_label, (self.table, 1), self.details, self.hint)
        for column, width in enumerate((150, 110, 220, 180, 120, 120)):
            self.table.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Technical data from the web site"))
        self.hint.setText(
            self.tr(
                "Imported from the web site's exports (Customers tab → Import web events…). "
                "Newest first."
            )
        )
        self._show_count()

    def _show_details(self) -> None:
        e: WebEventRecord | None = selected_record(self.table)
        if e is None:
            self.details.clear()
            return
        parts = [
            (field_label("referrer"), e.referrer),
            (field_label("link"), e.link),
            (field_label("banner"), e.banner),
            (field_label("user_agent"), e.user_agent),
        ]
        self.details.setText(
            "\n".join(
                self.tr("{label}: {value}").format(label=label, value=value)
                for label, value in parts
                if value
            )
        )

    def _fetch(self, offset: int, limit: int) -> list[WebEventRecord]:
        return self.services.events.list_events(self.actor, self.customer_id, offset, limit)

    def error_title(self) -> str:
        return self.tr("Technical data")

    def read(self) -> tuple[int]:
        return (self.services.events.count(self.actor, self.customer_id),)

    def show_data(self, total: int) -> None:
        self.total = total
        self.model.set_fetcher(self._fetch)
        self.details.clear()
        self._show_count()

    def _show_count(self) -> None:
        if self.total == 0:
            self.count_label.setText(self.tr("No web events are linked to this customer."))
        else:
            self.count_label.setText(
                self.tr("%n web event(s) in all; more are loaded as you scroll.", "", self.total)
            )


class InvoicesPage(CustomerRecordsPage):
    changed = Signal()

    OBJECT_NAME = "invoices_page"

    def build(self) -> None:
        self.model, self.table = list_table(
            self, INVOICE_COLUMNS, "invoice_table", 3, (160, 120, 140, 120)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.summary_label = QLabel(objectName="invoice_summary_label")
        self.add_button = self.edit_button("add_invoice_button", self.add_invoice)
        self.paid_button = self.edit_button("mark_paid_button", lambda: self.set_paid(True))
        self.unpaid_button = self.edit_button("mark_unpaid_button", lambda: self.set_paid(False))
        self.hint = hint_label("invoice_hint")

        buttons = layouts.row(self.add_button, self.paid_button, self.unpaid_button, stretch=1)
        layouts.column(self, self.summary_label, (self.table, 1), buttons, self.hint)
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add invoice…"))
        self.paid_button.setText(self.tr("Mark &paid"))
        self.unpaid_button.setText(self.tr("Mark &unpaid"))
        self.table.setAccessibleName(self.tr("Invoices"))
        self.hint.setText(
            self.tr(
                "Invoices are kept for the Accounting Act even after the rest of the customer's "
                "data is erased."
            )
        )
        self._show_summary()

    def error_title(self) -> str:
        return self.tr("Invoices")

    def read(self) -> tuple[Sequence[InvoiceRecord]]:
        return (self.services.invoices.list_invoices(self.actor, self.customer_id),)

    def show_data(self, invoices: Sequence[InvoiceRecord]) -> None:
        self.model.set_fetcher(list_fetcher(invoices))
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        rows: list[InvoiceRecord] = self.model.records()
        if not rows:
            self.summary_label.setText(self.tr("No invoices."))
            return
        unpaid = sum(i.amount_cents for i in rows if not i.paid)
        self.summary_label.setText(
            self.tr("%n invoice(s); unpaid in all: {amount}", "", len(rows)).format(
                amount=format_money(unpaid)
            )
        )

    def _selected(self) -> InvoiceRecord | None:
        invoice: InvoiceRecord | None = selected_record(self.table)
        return invoice

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.paid_button.setEnabled(chosen is not None and not chosen.paid)
        self.unpaid_button.setEnabled(chosen is not None and chosen.paid)

    def add_invoice(self) -> None:
        self.open_dialog(
            InvoiceDialog(self),
            lambda _r: self._after_change(),
        )

    def set_paid(self, paid: bool) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.services.invoices.set_paid(self.actor, chosen.id, paid)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Invoices"), error_text(exc))
            return
        row = self.model.records().index(chosen)
        self._after_change()
        self.table.selectRow(row)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()


class RequestsPage(CustomerRecordsPage):
    """This customer's data subject requests; `open_requested` carries the id of the one to
    open in its request window (double-click, Enter or the Open button)."""

    OBJECT_NAME = "customer_requests_page"
    open_requested = Signal(int)

    def build(self) -> None:
        self.model, self.table = list_table(
            self, REQUEST_COLUMNS, "customer_request_table", 1, (50, 260, 130, 110, 110)
        )
        self.empty_label = hint_label("no_requests_label")
        self.open_button = QPushButton(objectName="open_customer_request_button")
        self.open_button.setVisible(self.actor.can(Right.REQUESTS_VIEW))
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self._open_at)
        self.table.activated.connect(self._open_at)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        buttons = layouts.row(layouts.STRETCH, self.open_button)
        layouts.column(self, (self.table, 1), self.empty_label, buttons)
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Requests"))
        self.empty_label.setText(self.tr("No data subject requests from this customer."))
        self.open_button.setText(self.tr("Open t&his request…"))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_record(self.table) is not None)

    def open_selected(self) -> None:
        chosen: RequestRecord | None = selected_record(self.table)
        if chosen is not None and self.actor.can(Right.REQUESTS_VIEW):
            self.open_requested.emit(chosen.id)

    def _open_at(self, index: QModelIndex) -> None:
        if index.isValid() and self.actor.can(Right.REQUESTS_VIEW):
            self.open_requested.emit(self.model.record(index.row()).id)

    def error_title(self) -> str:
        return self.tr("Requests")

    def read(self) -> tuple[Sequence[RequestRecord]]:
        if not self.actor.can(Right.REQUESTS_VIEW):  # the profile showed them; nothing newer
            return (self.model.records(),)
        requests = self.services.requests.list_requests(self.actor, customer_id=self.customer_id)
        return (requests,)

    def show_data(self, requests: Sequence[RequestRecord]) -> None:
        self.model.set_fetcher(list_fetcher(requests))
        self.empty_label.setVisible(not requests)
        self._update_buttons()
