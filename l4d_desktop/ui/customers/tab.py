"""Asiakkaat / Customers: the register as a table, searched as you type, paged by key; each
customer opens in a window of their own; exports, marketing lists and imports start here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPushButton, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.customers.listing import CustomerOrder
from l4d_desktop.core.customers.phone_grouping import grouped_phone
from l4d_desktop.core.customers.search import MATCH_SET_MAX
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.changes import ChangeBus
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.customers.exports import CustomerListExports, MarketingListDialog
from l4d_desktop.ui.customers.merge_action import CustomerMerging
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.customers.window import CustomerWindow
from l4d_desktop.ui.imports.event_dialog import EventImportReport
from l4d_desktop.ui.imports.tab_actions import RegisterImports
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import LANGUAGES, error_text, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_table import (
    Column,
    RecordTableModel,
    make_table_view,
    reload_keeping_place,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

SEARCH_DELAY_MS = 250


def _restricted(c: CustomerRecord) -> str:
    return QCoreApplication.translate("CustomersTab", "restricted") if c.restricted else ""


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "No."),
        lambda c: c.customer_number,
        align_right=True,
        sort="customer_number",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, sort="name"),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email, sort="email"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        lambda c: grouped_phone(c.phone, c.country),
        sort="phone",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda c: c.company, sort="company"),
    Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda c: c.city, sort="city"),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Language"),
        lambda c: vocabulary(LANGUAGES, c.language),
        sort="language",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Restriction"), _restricted, sort="restricted"),
]
NAME_COLUMN = 1


class CustomersTab(Retranslating, CustomerListExports, CustomerMerging, RegisterImports, QWidget):
    """The register's list; it follows every change to customers made anywhere (`changes`,
    the program's change bus; a tab built without one listens to the services by itself).
    `request_open_requested` carries a request's id opened from a customer's window."""

    request_open_requested = Signal(int)

    def __init__(
        self, services: Services, actor: Actor, *, changes: ChangeBus | None = None
    ) -> None:
        super().__init__()  # the main window's tabs take it in
        self.setObjectName("customers_tab")
        self._services = services
        # The session the customers' windows are opened on: this tab's user and change bus.
        self.session = Session(services, actor, changes or ChangeBus(services.changes, self))
        self._customers = services.customers
        self._actor = actor
        self._dialog: CustomerDialog | None = None
        self._query = ""
        self._total = 0
        self.windows: dict[int, CustomerWindow] = {}
        self.job: BackgroundJob | None = None
        self.report: EventImportReport | None = None
        self.import_dialog: QWidget | None = None
        self.marketing_dialog: MarketingListDialog | None = None
        self.merge_dialog: CustomerMergeDialog | None = None

        self.search_edit = QLineEdit(objectName="customer_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        self.new_button = QPushButton(objectName="new_customer_button")
        self.open_button = QPushButton(objectName="open_customer_button")
        self.export_button = QPushButton(objectName="export_customers_button")
        self.marketing_button = QPushButton(objectName="marketing_list_button")
        self.import_customers_button = QPushButton(objectName="import_customers_button")
        self.import_events_button = QPushButton(objectName="import_events_button")
        # Two records of one person made one: the pääkäyttäjä's correction of the register.
        self.merge_button = QPushButton(objectName="merge_customers_button")
        self.merge_button.setVisible(actor.can(Right.USERS_ADMIN))
        can_edit = actor.can(Right.CUSTOMERS_EDIT)
        can_export = actor.can(Right.DATA_EXPORT)
        for button, allowed in (
            (self.new_button, can_edit),
            (self.import_customers_button, can_edit),
            (self.import_events_button, can_edit),
            (self.export_button, can_export),
            (self.marketing_button, can_export),
        ):
            button.setVisible(allowed)
        self.count_label = QLabel(objectName="customer_count_label")
        self.empty_label = hint_label("customers_empty_label")
        self._can_edit = can_edit

        self.model = RecordTableModel(COLUMNS, self._fetch, parent=self)
        self.model.set_order(NAME_COLUMN)
        self.table = make_table_view(self.model, "customer_table", stretch_column=1, wrap=False)
        # Several rows may be chosen for an export; opening and editing take the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(self._open_window_at)
        self.table.activated.connect(self._open_window_at)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._open_single_hit)
        self.search_edit.installEventFilter(self)
        self.new_button.clicked.connect(self.new_customer)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export)
        self.marketing_button.clicked.connect(self.marketing_list)
        self.import_customers_button.clicked.connect(self.import_customers)
        self.import_events_button.clicked.connect(self.import_web_events)
        self.merge_button.clicked.connect(self.merge_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        if can_edit:
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_customer)

        top = layouts.row(
            self.search_label,
            (self.search_edit, 1),
            self.new_button,
            self.open_button,
            self.merge_button,
        )
        bottom = layouts.row(
            (self.count_label, 1),
            self.import_customers_button,
            self.import_events_button,
            self.marketing_button,
            self.export_button,
        )
        layouts.column(self, top, (self.table, 1), self.empty_label, bottom)
        self.retranslate()
        self.refresh()
        self.session.bus(self).listen(self, {Change.CUSTOMERS}, self.follow_changes)
        for column, width in enumerate((70, 220, 220, 130, 180, 130, 80, 90)):
            self.table.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(
            self.tr("Name, email, phone, company, customer number, postal code or city")
        )
        self.new_button.setText(self.tr("&New customer…"))
        self.open_button.setText(self.tr("&Open…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.marketing_button.setText(self.tr("&Marketing list…"))
        self.import_customers_button.setText(self.tr("Impor&t customers…"))
        self.import_events_button.setText(self.tr("Import &web events…"))
        self.merge_button.setText(self.tr("M&erge…"))
        self.merge_button.setToolTip(self.tr("Merge two selected records of one person"))
        self.table.setAccessibleName(self.tr("Customers"))
        self._update_count()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field goes on to the first match in the list."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._search_now()
            if self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _search_now(self) -> None:
        """The search typed so far, if the pause before it has not run out yet."""
        if self._search_timer.isActive() or self._query != self.search_edit.text():
            self.refresh()

    def _open_single_hit(self) -> None:
        """Enter in the search field opens the customer when exactly one matches."""
        self._search_now()
        if self.model.rowCount() == 1 and not self.model.canFetchMore():
            self.table.selectRow(0)
            self.open_customer(self.model.record(0).id)

    # -- the list --------------------------------------------------------------------------------

    def _fetch(self, offset: int, limit: int) -> list[CustomerRecord]:
        # Key-set paging: the next page starts after the last row shown, so scrolling deep
        # into 100 000 customers never makes the database count past the earlier rows.
        after = self.model.record(offset - 1) if offset else None
        chosen = self.model.order
        order = CustomerOrder(*chosen) if chosen is not None else None
        return self._customers.search(
            self._actor, self._query, limit=limit, after=after, order=order
        )

    def refresh(self) -> None:
        """A new search: its first matches are shown from the top of the list."""
        self._search_timer.stop()
        self._query = self.search_edit.text()
        self._read(self.model.reload)
        self.table.scrollToTop()

    def follow_changes(self) -> None:
        """Customers changed (here, in a window, by an import or an erasure): the list is read
        again where the user is, for the search shown."""
        self._read(lambda: reload_keeping_place(self.table, lambda c: c.id))

    def _read(self, rows: Callable[[], None]) -> None:
        try:
            rows()
            # A broad search is not counted to its end on every keystroke: past the cap the
            # label says "more than", and the list still pages to the real end.
            cap = MATCH_SET_MAX if self._query.strip() else None
            self._total = self._customers.count(self._actor, self._query, at_most=cap)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Customers"), error_text(exc))
            return
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        if self._query.strip() and self._total > MATCH_SET_MAX:
            self.count_label.setText(
                self.tr("More than %Ln customer(s) match the search.", "", MATCH_SET_MAX)
            )
        elif self._query.strip():
            self.count_label.setText(self.tr("%n customer(s) match the search.", "", self._total))
        else:
            self.count_label.setText(self.tr("%n customer(s) in the register.", "", self._total))
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """An empty list says why and what to do."""
        self.empty_label.setVisible(self._total == 0)
        if self._query.strip():
            self.empty_label.setText(
                self.tr(
                    "No customer matches the search. Check the spelling, or search by another "
                    "part of the name, email, phone, postal code or city."
                )
            )
        elif self._can_edit:
            self.empty_label.setText(
                self.tr(
                    "The register is empty. Add a customer with New customer… (Ctrl+N), or "
                    "import a CSV or Excel file with Import customers…."
                )
            )
        else:
            self.empty_label.setText(
                self.tr("The register is empty. Someone with the right to edit adds customers.")
            )

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_button.setEnabled(bool(rows))
        self.merge_button.setEnabled(len(rows) == 2)

    def selected_records(self) -> list[CustomerRecord]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.record(r) for r in rows]

    def _current_index(self) -> QModelIndex:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return current
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    # -- one customer ----------------------------------------------------------------------------

    def new_customer(self) -> None:
        self._show_dialog(None)

    def open_selected(self) -> None:
        self._open_window_at(self._current_index())

    def _open_window_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_customer(self.model.record(index.row()).id)

    def open_customer(self, customer_id: int, purpose: str = "customer_service") -> CustomerWindow:
        """The customer's window; one per customer, raised if already open."""
        window = self.windows.get(customer_id)
        if window is not None:
            window.record_view(purpose)
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = CustomerWindow(self.session, customer_id, purpose, self)
        window.changed.connect(self._customer_changed)
        window.closed.connect(self._window_closed)
        window.request_open_requested.connect(self.request_open_requested)
        self.windows[customer_id] = window
        window.show()
        return window

    def _customer_changed(self, record: CustomerRecord) -> None:
        """A window saved the customer: the row changes in place at once, so the user keeps
        their place in a long list (the change bus then reads the list again). A new name
        moves the row, and key-set paging continues from the last row's key, so then the list
        is read again now."""
        for row, shown in enumerate(self.model.records()):
            if shown.id == record.id:
                if shown.sort_key == record.sort_key:
                    self.model.replace_record(row, record)
                    return
                break
        self.refresh()

    def _window_closed(self, customer_id: int) -> None:
        self.windows.pop(customer_id, None)

    def _show_dialog(self, record: CustomerRecord | None) -> None:
        self._dialog = CustomerDialog(self._customers, self._actor, record, self)
        self._dialog.saved.connect(self._created)
        self._dialog.open()

    def _created(self, record: CustomerRecord) -> None:
        """A new customer is in the list and its window opens for consents, invoices…"""
        self.refresh()
        self.open_customer(record.id)

    @property
    def dialog(self) -> CustomerDialog | None:
        return self._dialog
