"""The head of a request window: which request, its state and urgency, the person it is about
(a button that opens the customer's window), and a possible repeat of an earlier request.

Its words belong to the request window ("RequestWindow" translation context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.ui.requests.overview import repeat_text
from l4d_desktop.ui.requests.tab import DUE_SOON_COLOUR, OVERDUE_COLOUR
from l4d_desktop.ui.texts import REQUEST_TYPES, STATUSES, vocabulary
from l4d_desktop.ui.texts.references import erased_reference
from l4d_desktop.ui.widgets.labels import heading

URGENCY_STYLE = "background: {colour}; color: #000000; padding: 2px 8px; border-radius: 3px;"
REPEAT_STYLE = (
    "background: #fde9b0; color: #000000; padding: 4px 8px; border: 1px solid #c49000;"
    " border-radius: 3px;"
)


def title_text(request_id: int, d: RequestDetail | None) -> str:
    if d is None:
        return QCoreApplication.translate("RequestWindow", "Request {id}").format(id=request_id)
    return QCoreApplication.translate("RequestWindow", "{type} – request {id}").format(
        type=vocabulary(REQUEST_TYPES, d.record.type), id=d.record.id
    )


class RequestHeader(QWidget):
    """`show_detail` fills it; the customer button is shown only when the window can open the
    customer (`can_open_customer`). The window words the days left (a plural)."""

    def __init__(self, can_open_customer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="request_header")
        self.can_open_customer = can_open_customer
        self.title_label = heading("request_title_label")
        self.customer_button = QPushButton(objectName="request_customer_button")
        self.customer_label = QLabel(objectName="request_customer_label")
        self.status_label = QLabel(objectName="request_status_label")
        self.urgency_label = QLabel(objectName="urgency_label")
        self.repeat_label = QLabel(objectName="repeat_label")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet(REPEAT_STYLE)
        self.repeat_label.hide()
        row = QHBoxLayout()
        for widget in (self.title_label, self.status_label, self.urgency_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.customer_label)
        row.addWidget(self.customer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.repeat_label)

    def show_detail(self, request_id: int, d: RequestDetail | None, days_left: str) -> None:
        self.title_label.setText(title_text(request_id, d))
        if d is None:
            self.customer_button.hide()
            self.customer_label.hide()
            self.status_label.clear()
            self.urgency_label.hide()
            return
        r = d.record
        self._show_customer(r)
        status = vocabulary(STATUSES, r.status)
        if r.paused:
            status = QCoreApplication.translate(
                "RequestWindow", "{status}, waiting for the requester"
            ).format(status=status)
        self.status_label.setText(status)
        self._show_urgency(r, days_left)
        self.repeat_label.setVisible(r.repeat_of is not None)
        self.repeat_label.setText(repeat_text(r))

    def _show_customer(self, r: RequestRecord) -> None:
        if r.customer_id is not None:
            text = r.customer_name
            if r.customer_number:
                text = QCoreApplication.translate(
                    "RequestWindow", "{name}, customer {number}"
                ).format(name=r.customer_name, number=r.customer_number)
            self.customer_button.setText(
                QCoreApplication.translate("RequestWindow", "&Customer: {name}").format(name=text)
            )
            self.customer_button.setToolTip(
                QCoreApplication.translate("RequestWindow", "Open the customer's window")
            )
            self.customer_button.setVisible(self.can_open_customer)
            self.customer_label.setText(text)
            self.customer_label.setVisible(not self.can_open_customer)
        else:
            if r.subject_ref:
                text = QCoreApplication.translate("RequestWindow", "Erased person ({ref})").format(
                    ref=erased_reference(r.subject_ref)
                )
            else:
                text = QCoreApplication.translate("RequestWindow", "Customer not yet identified")
            self.customer_label.setText(text)
            self.customer_label.show()
            self.customer_button.hide()

    def _show_urgency(self, r: RequestRecord, days_left: str) -> None:
        if not r.is_open:
            self.urgency_label.hide()
            return
        colour = {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR}.get(r.urgency)
        self.urgency_label.setText(days_left)
        self.urgency_label.setStyleSheet(
            URGENCY_STYLE.format(colour=colour.name()) if colour is not None else ""
        )
        self.urgency_label.setAccessibleName(days_left)
        self.urgency_label.show()
