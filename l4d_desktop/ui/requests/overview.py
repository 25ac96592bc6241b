"""A request window's Overview page: the request's dates, state and who handles it, row by row;
a handler of an open request chooses the handler here.

Its words belong to the request window and stay in the "RequestWindow" translation context,
written out with QCoreApplication.translate so that lupdate finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.texts import (
    CHANNELS,
    IDENTITY_METHODS,
    REFUSAL_BASES,
    REQUEST_TYPES,
    STATUSES,
    error_text,
    vocabulary,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

# The rows, in order; the closing rows show once the request is closed.
ROWS = (
    "received",
    "channel",
    "received_by",
    "requester",
    "statutory",
    "promised",
    "due",
    "extension",
    "days_left",
    "identity",
    "waiting",
    "handler",
    "repeat",
    "outcome",
    "basis",
    "close_reason",
    "assessment",
)
CLOSING_ROWS = ("outcome", "basis", "close_reason", "assessment")


def repeat_text(r: RequestRecord) -> str:
    return QCoreApplication.translate(
        "RequestWindow",
        "Possible repeat of request #{id}: information for the handler, not a reason to "
        "refuse by itself.",
    ).format(id=r.repeat_of)


def waiting_text(d: RequestDetail) -> str:
    lines: list[str] = []
    for p in d.pauses:
        if p.ended_at is None:
            lines.append(
                QCoreApplication.translate(
                    "RequestWindow", "Waiting since {when} ({who}): {reason}"
                ).format(when=format_datetime(p.started_at), who=p.started_by, reason=p.reason)
            )
        else:
            line = QCoreApplication.translate(
                "RequestWindow", "Waited from {start} to {end}: {reason}"
            ).format(
                start=format_datetime(p.started_at),
                end=format_datetime(p.ended_at),
                reason=p.reason,
            )
            if p.resume_reason:
                line += " " + QCoreApplication.translate(
                    "RequestWindow", "(ended: {reason})"
                ).format(reason=p.resume_reason)
            lines.append(line)
    if not lines:
        return QCoreApplication.translate("RequestWindow", "No")
    lines.append(
        QCoreApplication.translate(
            "RequestWindow", "The dates above stay as they were: waiting moves none of them."
        )
    )
    return "\n".join(lines)


def extension_barred_text(d: RequestDetail) -> str:
    """Why no extension can be recorded for what the request asks, in the service's words;
    "" when one can."""
    if not d.extension_barred:
        return ""
    kind = vocabulary(REQUEST_TYPES, d.record.type)
    return error_text(BusinessRuleError(d.extension_barred, type=kind))


def extension_text(d: RequestDetail) -> str:
    r = d.record
    if r.extended_due is not None and r.extension_notice_on is None and not r.is_open:
        # Closed before the extension letter left: no letter is asked for any more.
        return QCoreApplication.translate(
            "RequestWindow", "Due on {date} after the extension.\nReasons: {reason}"
        ).format(date=format_date(r.extended_due), reason=d.extension_reason)
    if r.extended_due is not None and r.extension_notice_on is None:
        # The extension letter is the notice: until it leaves, the requester has not been told.
        return QCoreApplication.translate(
            "RequestWindow",
            "Due on {date} after the extension, once the requester is told: the extension "
            "letter is the notice; send it by {statutory}.\nReasons: {reason}",
        ).format(
            date=format_date(r.extended_due),
            statutory=format_date(r.statutory_due),
            reason=d.extension_reason,
        )
    if r.extended_due is not None:
        return QCoreApplication.translate(
            "RequestWindow",
            "Due on {date} after the extension; the requester was told on {notice}.\n"
            "Reasons: {reason}",
        ).format(
            date=format_date(r.extended_due),
            notice=format_date(r.extension_notice_on),
            reason=d.extension_reason,
        )
    if not r.is_open:
        return QCoreApplication.translate("RequestWindow", "Not extended.")
    if d.extension_barred:  # what the request asks takes effect at once
        return QCoreApplication.translate("RequestWindow", "Not extended. {why}").format(
            why=extension_barred_text(d)
        )
    return QCoreApplication.translate(
        "RequestWindow",
        "Not extended. At most to {latest}, if the requester is told with the reasons "
        "by {statutory}.",
    ).format(
        latest=format_date(latest_extended_due(r.received)),
        statutory=format_date(r.statutory_due),
    )


def identity_text(d: RequestDetail) -> str:
    r = d.record
    if not r.identity_method:
        return QCoreApplication.translate("RequestWindow", "Not recorded yet")
    identity = QCoreApplication.translate("RequestWindow", "{method} – {who}, {when}").format(
        method=vocabulary(IDENTITY_METHODS, r.identity_method),
        who=d.identified_by,
        when=format_datetime(r.identified_at),
    )
    if d.identity_note:
        identity += "\n" + QCoreApplication.translate("RequestWindow", "Note: {note}").format(
            note=d.identity_note
        )
    return identity


def row_values(d: RequestDetail) -> dict[str, str]:
    """Each row's text; an empty closing row is not shown."""
    r = d.record
    received = format_datetime(r.received_at) if r.received_at else format_date(r.received)
    requester = "\n".join(p for p in (d.requester_name, d.requester_contact) if p)
    values = {
        "received": received,
        "channel": vocabulary(CHANNELS, r.channel),
        "received_by": d.received_by,
        "requester": requester or QCoreApplication.translate("RequestWindow", "(not given)"),
        "statutory": format_date(r.statutory_due),
        "promised": format_date(r.promised_due) or QCoreApplication.translate("RequestWindow", "–"),
        "due": format_date(r.due),
        "extension": extension_text(d),
        "days_left": str(r.days_left)
        if r.is_open
        else QCoreApplication.translate("RequestWindow", "Closed"),
        "identity": identity_text(d),
        "waiting": waiting_text(d),
        "handler": r.handler_name or QCoreApplication.translate("RequestWindow", "(nobody)"),
        "repeat": repeat_text(r) if r.repeat_of is not None else "",
        "outcome": "",
        "basis": vocabulary(REFUSAL_BASES, r.refusal_basis) if r.refusal_basis else "",
        "close_reason": d.close_reason,
        "assessment": d.assessment,
    }
    if not r.is_open:
        values["outcome"] = QCoreApplication.translate(
            "RequestWindow", "{outcome} on {when} by {who}"
        ).format(
            outcome=vocabulary(STATUSES, r.status),
            when=format_datetime(r.closed_at),
            who=d.closed_by,
        )
    return values


def _value_label(key: str) -> QLabel:
    label = QLabel(objectName=f"{key}_value")
    label.setWordWrap(True)
    # Wrapped labels in a form take the width offered, and the height their lines need.
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class OverviewPage(Retranslating, QWidget):
    """The rows; `show_detail` fills them, `fill_handlers` the handler choice."""

    def __init__(self, can_handle: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="overview_page")
        self.can_handle = can_handle
        self.detail: RequestDetail | None = None
        self._shown_handler: int | None = None  # the handler stored when last read
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.handler_combo = QComboBox(objectName="handler_combo")
        self.handler_combo.setMinimumContentsLength(24)
        self.handler_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.assign_button = QPushButton(objectName="assign_button")
        self.handler_combo.setEnabled(False)
        self.assign_button.setEnabled(False)
        self.assign_button.setVisible(can_handle)
        for key in ROWS:
            label = QLabel()
            value = _value_label(key)
            self.row_labels[key] = label
            self.values[key] = value
            if key == "handler":
                box = QHBoxLayout()
                box.addWidget(value, 1)
                box.addWidget(self.handler_combo)
                box.addWidget(self.assign_button)
                box.addStretch(0)
                label.setBuddy(self.handler_combo if can_handle else value)
                self.form.addRow(label, box)
            else:
                label.setBuddy(value)
                self.form.addRow(label, value)
        # A handler chooses; a reader (or anyone, once closed) sees the name only.
        self.handler_combo.setVisible(can_handle)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "received": QCoreApplication.translate("RequestWindow", "Received:"),
            "channel": QCoreApplication.translate("RequestWindow", "Channel:"),
            "received_by": QCoreApplication.translate("RequestWindow", "Received by:"),
            "requester": QCoreApplication.translate("RequestWindow", "Requester as given:"),
            "statutory": QCoreApplication.translate("RequestWindow", "Statutory deadline:"),
            "promised": QCoreApplication.translate("RequestWindow", "Promised (privacy notice):"),
            "due": QCoreApplication.translate("RequestWindow", "Due:"),
            "extension": QCoreApplication.translate("RequestWindow", "Extension:"),
            "days_left": QCoreApplication.translate("RequestWindow", "Days left:"),
            "identity": QCoreApplication.translate("RequestWindow", "Identity check:"),
            "waiting": QCoreApplication.translate("RequestWindow", "Waiting for the requester:"),
            "handler": QCoreApplication.translate("RequestWindow", "&Handler:"),
            "repeat": QCoreApplication.translate("RequestWindow", "Repeat:"),
            "outcome": QCoreApplication.translate("RequestWindow", "Outcome:"),
            "basis": QCoreApplication.translate("RequestWindow", "Basis of the refusal:"),
            "close_reason": QCoreApplication.translate("RequestWindow", "Reasons:"),
            "assessment": QCoreApplication.translate("RequestWindow", "Written assessment:"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
            self.values[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.assign_button.setText(QCoreApplication.translate("RequestWindow", "Assi&gn"))
        if self.handler_combo.count():
            self.handler_combo.setItemText(
                0, QCoreApplication.translate("RequestWindow", "(nobody)")
            )
        self.handler_combo.setAccessibleName(QCoreApplication.translate("RequestWindow", "Handler"))
        self.show_detail(self.detail)

    def show_detail(self, d: RequestDetail | None) -> None:
        self.detail = d
        if d is None:
            for key in ROWS:
                self.form.setRowVisible(self.row_labels[key], False)
            return
        r = d.record
        values = row_values(d)
        for key, text in values.items():
            self.values[key].setText(text)
        for key in ROWS:
            self.form.setRowVisible(self.row_labels[key], True)
        self.form.setRowVisible(self.row_labels["promised"], r.promised_due is not None)
        self.form.setRowVisible(self.row_labels["repeat"], r.repeat_of is not None)
        for key in CLOSING_ROWS:
            self.form.setRowVisible(self.row_labels[key], bool(values[key]))
        # The name shows beside the choice, which only a handler of an open request has.
        choose = self.can_handle and r.is_open
        self.handler_combo.setVisible(choose)
        self.assign_button.setVisible(choose)
        self.values["handler"].setVisible(not choose)

    def fill_handlers(self, handlers: list[tuple[int, str]], current: int | None) -> None:
        """The handlers to choose from, `current` chosen; a choice not yet assigned stays."""
        chosen = self.handler_combo.currentData()
        keep = self.handler_combo.count() > 0 and chosen != self._shown_handler
        self.handler_combo.clear()
        self.handler_combo.addItem(QCoreApplication.translate("RequestWindow", "(nobody)"), None)
        for user_id, name in handlers:
            self.handler_combo.addItem(name, user_id)
        wanted = chosen if keep and self.handler_combo.findData(chosen) >= 0 else current
        self.handler_combo.setCurrentIndex(max(0, self.handler_combo.findData(wanted)))
        self._shown_handler = current

    def set_ready(self, ready: bool) -> None:
        """Whether the handler can be chosen and assigned now."""
        self.handler_combo.setEnabled(ready)
        self.assign_button.setEnabled(ready)
