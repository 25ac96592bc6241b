"""Register a data subject request as it came in: type, when it was received (date and time,
office time), channel, the requester's own words, name and contact as given, who received it, an
optional handler, and the customer — suggested from what is typed, or not yet identified."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.service import CustomerService
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.records import RequestRecord
from l4d_desktop.core.requests.service import RequestInput, RequestService
from l4d_desktop.core.vocabulary import Channel, RequestType
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.requests.dialog_parts import (
    customer_choice_text,
    handler_choices,
    suggested_customers,
    text_edit,
)
from l4d_desktop.ui.texts import CHANNELS, REQUEST_TYPES, vocabulary
from l4d_desktop.ui.widgets.date_edits import datetime_format, office_time_of, set_office_time
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_dialog import RecordDialog

_MATCH_LIMIT = 30


class RequestDialog(RecordDialog):
    """`saved` carries the RequestRecord registered."""

    def __init__(
        self,
        requests: RequestService,
        customers: CustomerService,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("request_dialog", parent)
        self._requests = requests
        self._customers = customers
        self._actor = actor

        self.type_combo = QComboBox(objectName="type_combo")
        for t in RequestType:
            self.type_combo.addItem("", t.value)
        self.received_edit = QDateTimeEdit(objectName="received_edit")
        self.received_edit.setCalendarPopup(True)
        now = requests.clock()
        today = office_today(now)
        self.received_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        set_office_time(self.received_edit, now)
        self.channel_combo = QComboBox(objectName="channel_combo")
        for c in Channel:
            self.channel_combo.addItem("", c.value)
        self.requester_text_edit = text_edit("requester_text_edit", 6)
        self.requester_name_edit = QLineEdit(objectName="requester_name_edit")
        self.requester_contact_edit = QLineEdit(objectName="requester_contact_edit")
        self.received_by_label = QLabel(actor.full_name, objectName="received_by_label")
        self.handler_combo = QComboBox(objectName="intake_handler_combo")
        self.handler_combo.addItem("", None)
        try:
            for user_id, name in handler_choices(requests, actor):
                self.handler_combo.addItem(name, user_id)
        except L4DError:
            pass  # the choice stays "nobody yet"; assigning can wait for the request window
        self.customer_search_edit = QLineEdit(objectName="customer_search_edit")
        self.customer_search_edit.setClearButtonEnabled(True)
        self.customer_combo = QComboBox(objectName="customer_combo")
        self.suggestion_hint = hint_label("suggestion_hint")
        self.dates_preview = hint_label("dates_preview_label")

        form = self.form
        self.find_label = QLabel()
        self.find_label.setBuddy(self.customer_search_edit)
        self.received_by_row = QLabel()
        for field, widget in (
            ("type", self.type_combo),
            ("received_at", self.received_edit),
            ("channel", self.channel_combo),
            ("requester_text", self.requester_text_edit),
            ("requester_name", self.requester_name_edit),
            ("requester_contact", self.requester_contact_edit),
            ("find", self.customer_search_edit),
            ("customer", self.customer_combo),
            ("received_by", self.received_by_label),
            ("handler", self.handler_combo),
        ):
            if field == "find":
                form.addRow(self.find_label, widget)
                continue
            if field == "received_by":
                form.addRow(self.received_by_row, widget)
                continue
            self.add_field(field, widget)
            if field == "customer":
                form.addRow("", self.suggestion_hint)
            if field == "received_at":
                form.addRow("", self.dates_preview)

        self.finish_layout(intro=False)
        self.setMinimumWidth(620)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._find_customers)
        for edit in (
            self.customer_search_edit,
            self.requester_name_edit,
            self.requester_contact_edit,
        ):
            edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.customer_search_edit.returnPressed.connect(self._find_customers)
        self.requester_text_edit.textChanged.connect(self._search_timer.start)
        self.type_combo.currentIndexChanged.connect(self._update_preview)
        self.received_edit.dateTimeChanged.connect(self._update_preview)
        self.retranslate()
        self._find_customers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New request"))
        self.find_label.setText(self.tr("&Find customer:"))
        self.customer_search_edit.setPlaceholderText(
            self.tr("Name, email, phone or customer number")
        )
        self.received_by_row.setText(self.tr("Received by:"))
        texts = {
            "type": self.tr("&Type:"),
            "received_at": self.tr("&Received (office time):"),
            "channel": self.tr("C&hannel:"),
            "requester_text": self.tr("The requester's &words:"),
            "requester_name": self.tr("Requester's &name as given:"),
            "requester_contact": self.tr("Requester's c&ontact as given:"),
            "customer": self.tr("C&ustomer:"),
            "handler": self.tr("Han&dler:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.requester_text_edit.setPlaceholderText(
            self.tr("What the person asked, in their own words (copied from the email or letter)")
        )
        self.requester_contact_edit.setPlaceholderText(
            self.tr("The address, email or phone number to answer to")
        )
        self.received_edit.setDisplayFormat(datetime_format())
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, vocabulary(REQUEST_TYPES, self.type_combo.itemData(i)))
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(i, vocabulary(CHANNELS, self.channel_combo.itemData(i)))
        self.handler_combo.setItemText(0, self.tr("(nobody yet)"))
        if self.customer_combo.count():
            self.customer_combo.setItemText(0, self.tr("(not yet identified)"))
        self._update_preview()

    # -- the customer ----------------------------------------------------------------------------

    def _queries(self) -> tuple[list[str], bool]:
        """What to look customers up by, and whether the user searched on purpose."""
        search = self.customer_search_edit.text().strip()
        if search:
            return [search], True
        words = (
            self.requester_contact_edit.text(),
            self.requester_name_edit.text(),
            self.requester_text_edit.toPlainText(),
        )
        return [w for w in words if w.strip()], False

    def _find_customers(self) -> None:
        current = self.customer_combo.currentData()
        queries, searched = self._queries()
        try:
            found = suggested_customers(self._requests, self._actor, queries, _MATCH_LIMIT)
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("(not yet identified)"), None)
        for c in found:
            self.customer_combo.addItem(customer_choice_text(c), c.id)
        index = self.customer_combo.findData(current) if current is not None else -1
        if index < 0 and found and searched:
            index = 1  # typing a search means "this one", not "nobody yet"
        self.customer_combo.setCurrentIndex(max(0, index))
        if found and not searched:
            self.suggestion_hint.setText(
                self.tr(
                    "Possible customers from the requester's details: choose one, or leave "
                    "the request not yet identified."
                )
            )
        elif queries and not found:
            self.suggestion_hint.setText(self.tr("No customer matches."))
        else:
            self.suggestion_hint.clear()

    def select_customer(self, customer_id: int) -> None:
        index = self.customer_combo.findData(customer_id)
        if index >= 0:
            self.customer_combo.setCurrentIndex(index)

    # -- the dates -------------------------------------------------------------------------------

    def _update_preview(self) -> None:
        received = office_time_of(self.received_edit).date()
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

    def submit(self) -> RequestRecord:
        data = RequestInput(
            type=str(self.type_combo.currentData()),
            received=None,
            received_at=office_time_of(self.received_edit),
            channel=str(self.channel_combo.currentData()),
            customer_id=self.customer_combo.currentData(),
            requester_text=self.requester_text_edit.toPlainText(),
            requester_name=self.requester_name_edit.text(),
            requester_contact=self.requester_contact_edit.text(),
            handler_id=self.handler_combo.currentData(),
        )
        return self._requests.register(self._actor, data)
