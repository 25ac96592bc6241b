"""Asiakkaat / Customers: the register as a table, searched as you type."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customer_fields import display_phone
from l4d_desktop.core.customers import CustomerRecord, CustomerService
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customer_dialog import CustomerDialog
from l4d_desktop.ui.record_table import Column, RecordTableModel, make_table_view
from l4d_desktop.ui.texts import error_text

SEARCH_DELAY_MS = 250

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda c: c.customer_number, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: display_phone(c.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda c: c.company),
    Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda c: c.city),
    Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda c: c.language.upper()),
]


class CustomersTab(QWidget):
    def __init__(
        self, customers: CustomerService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customers_tab")
        self._customers = customers
        self._actor = actor
        self._dialog: CustomerDialog | None = None

        self.search_edit = QLineEdit(objectName="customer_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        self.new_button = QPushButton(objectName="new_customer_button")
        self.edit_button = QPushButton(objectName="edit_customer_button")
        can_edit = actor.can(Right.CUSTOMERS_EDIT)
        self.new_button.setVisible(can_edit)
        self.edit_button.setVisible(can_edit)
        self.count_label = QLabel(objectName="customer_count_label")

        self.model = RecordTableModel(COLUMNS, self._fetch, parent=self)
        self.table = make_table_view(self.model, "customer_table", stretch_column=1)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_button.clicked.connect(self.new_customer)
        self.edit_button.clicked.connect(self.edit_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()
        self.refresh()
        widths = (70, 220, 220, 130, 180, 120)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(
            self.tr("Name, email, phone, company or customer number")
        )
        self.new_button.setText(self.tr("&New customer…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.table.setAccessibleName(self.tr("Customers"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _fetch(self, offset: int, limit: int) -> list[CustomerRecord]:
        return self._customers.search(self._actor, self.search_edit.text(), offset, limit)

    def refresh(self) -> None:
        self._search_timer.stop()
        try:
            self.model.reload()
            self._total = self._customers.count(self._actor, self.search_edit.text())
        except L4DError as exc:
            feedback.show_error(self, self.tr("Customers"), error_text(exc))
            return
        self._update_count()

    def _update_count(self) -> None:
        total = getattr(self, "_total", 0)
        if self.search_edit.text().strip():
            self.count_label.setText(self.tr("%n customer(s) match the search.", "", total))
        else:
            self.count_label.setText(self.tr("%n customer(s) in the register.", "", total))

    def new_customer(self) -> None:
        self._show_dialog(None)

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid() or not self._actor.can(Right.CUSTOMERS_EDIT):
            return
        try:
            # Opening a record is a view of personal data: the service audits it.
            record = self._customers.view(self._actor, self.model.record(index.row()).id)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Customers"), error_text(exc))
            return
        self._show_dialog(record)

    def _show_dialog(self, record: CustomerRecord | None) -> None:
        self._dialog = CustomerDialog(self._customers, self._actor, record, self)
        self._dialog.saved.connect(lambda _r: self.refresh())
        self._dialog.open()

    @property
    def dialog(self) -> CustomerDialog | None:
        return self._dialog
