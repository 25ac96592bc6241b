"""Register a data subject request: type, customer (or not yet identified), received date, channel."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers import CustomerService
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests import RequestInput, RequestRecord, RequestService
from l4d_desktop.core.vocabulary import Channel, RequestType
from l4d_desktop.ui.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.texts import CHANNELS, REQUEST_TYPES, vocabulary

_MATCH_LIMIT = 30


class RequestDialog(QDialog):
    saved = Signal(RequestRecord)

    def __init__(
        self,
        requests: RequestService,
        customers: CustomerService,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("request_dialog")
        self._requests = requests
        self._customers = customers
        self._actor = actor

        self.type_combo = QComboBox(objectName="type_combo")
        for t in RequestType:
            self.type_combo.addItem("", t.value)
        self.customer_search_edit = QLineEdit(objectName="customer_search_edit")
        self.customer_search_edit.setClearButtonEnabled(True)
        self.customer_combo = QComboBox(objectName="customer_combo")
        self.received_edit = QDateEdit(objectName="received_edit")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("d.M.yyyy")
        today = office_today(requests.clock())
        self.received_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received_edit.setDate(QDate(today.year, today.month, today.day))
        self.channel_combo = QComboBox(objectName="channel_combo")
        for c in Channel:
            self.channel_combo.addItem("", c.value)
        self.dates_preview = QLabel(objectName="dates_preview_label")
        self.dates_preview.setProperty("role", "hint")
        self.dates_preview.setWordWrap(True)

        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        self.find_label = QLabel()
        self.find_label.setBuddy(self.customer_search_edit)
        for field, widget in (
            ("type", self.type_combo),
            ("find", self.customer_search_edit),
            ("customer", self.customer_combo),
            ("received", self.received_edit),
            ("channel", self.channel_combo),
        ):
            if field == "find":
                form.addRow(self.find_label, widget)
                continue
            self._labels[field] = add_field_row(form, self.errors, field, widget)
        form.addRow("", self.dates_preview)

        self.buttons = lay_out_form_dialog(self, form, self.general_error, self._save)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._find_customers)
        self.customer_search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.type_combo.currentIndexChanged.connect(self._update_preview)
        self.received_edit.dateChanged.connect(self._update_preview)
        self.retranslate()
        self._find_customers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New request"))
        self.find_label.setText(self.tr("&Find customer:"))
        self.customer_search_edit.setPlaceholderText(
            self.tr("Name, email, phone or customer number")
        )
        texts = {
            "type": self.tr("&Type:"),
            "customer": self.tr("C&ustomer:"),
            "received": self.tr("&Received:"),
            "channel": self.tr("C&hannel:"),
        }
        for field, text in texts.items():
            self._labels[field].setText(text)
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, vocabulary(REQUEST_TYPES, self.type_combo.itemData(i)))
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(i, vocabulary(CHANNELS, self.channel_combo.itemData(i)))
        if self.customer_combo.count():
            self.customer_combo.setItemText(0, self.tr("(not yet identified)"))
        self._update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _find_customers(self) -> None:
        current = self.customer_combo.currentData()
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("(not yet identified)"), None)
        try:
            matches = self._customers.search(
                self._actor, self.customer_search_edit.text(), 0, _MATCH_LIMIT
            )
        except L4DError as exc:
            self.errors.show(exc)
            return
        for c in matches:
            detail = " · ".join(p for p in (c.email, c.phone, c.customer_number) if p)
            self.customer_combo.addItem(f"{c.name} ({detail})" if detail else c.name, c.id)
        index = self.customer_combo.findData(current) if current is not None else -1
        if index < 0 and matches and self.customer_search_edit.text().strip():
            index = 1  # typing a search means "this one", not "nobody yet"
        self.customer_combo.setCurrentIndex(max(0, index))

    def select_customer(self, customer_id: int) -> None:
        index = self.customer_combo.findData(customer_id)
        if index >= 0:
            self.customer_combo.setCurrentIndex(index)

    def _update_preview(self) -> None:
        received = self.received_edit.date().toPython()
        try:
            dates = self._requests.preview(
                self._actor, str(self.type_combo.currentData()), received
            )
        except L4DError:
            self.dates_preview.clear()
            return
        parts = [self.tr("Statutory deadline: {date}").format(date=format_date(dates.statutory))]
        if dates.promised is not None:
            parts.append(
                self.tr("Promised in the privacy notice: {date}").format(
                    date=format_date(dates.promised)
                )
            )
        parts.append(self.tr("Due: {date}").format(date=format_date(dates.due)))
        self.dates_preview.setText("\n".join(parts))

    def _save(self) -> None:
        data = RequestInput(
            type=str(self.type_combo.currentData()),
            received=self.received_edit.date().toPython(),
            channel=str(self.channel_combo.currentData()),
            customer_id=self.customer_combo.currentData(),
        )
        try:
            record = self._requests.register(self._actor, data)
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(record)
        self.accept()
