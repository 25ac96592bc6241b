"""One request's window: its dates, state and workflow, the requester's words, the timeline, and
the pages that carry out what the request asks.

Opening it reads the request's detail (audited as a view) and its timeline in a worker thread;
after every step the window reads them again and rebuilds the action pages. One window per
request: `RequestWindows` keeps them and raises one that is already open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.requests.service import RequestDetail, RequestRecord
from l4d_desktop.core.requests.timeline import TimelineEntry
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestStatus, Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.letters.page import LettersPage
from l4d_desktop.ui.operations import BackgroundJob, failure_text
from l4d_desktop.ui.requests.pages.actions import build_action_pages
from l4d_desktop.ui.requests.tab import DUE_SOON_COLOUR, OVERDUE_COLOUR
from l4d_desktop.ui.requests.timeline import TimelinePage
from l4d_desktop.ui.requests.workflow_dialogs import (
    CloseDialog,
    ExtendDialog,
    IdentifyDialog,
    PauseDialog,
    ResumeDialog,
    WorkflowDialog,
    conflict_text,
    handler_choices,
)
from l4d_desktop.ui.texts import (
    CHANNELS,
    IDENTITY_METHODS,
    REFUSAL_BASES,
    REQUEST_TYPES,
    STATUSES,
    error_text,
    vocabulary,
)
from l4d_desktop.ui.widgets.labels import heading, hint_label

OpenCustomer = Callable[[int, str], object]
Loaded = tuple[RequestDetail, tuple[TimelineEntry, ...], list[tuple[int, str]]]

# The Overview's rows, in order; the closing rows show once the request is closed.
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
URGENCY_STYLE = "background: {colour}; color: #000000; padding: 2px 8px; border-radius: 3px;"
REPEAT_STYLE = (
    "background: #fde9b0; color: #000000; padding: 4px 8px; border: 1px solid #c49000;"
    " border-radius: 3px;"
)


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


class RequestWindow(QWidget):
    """A top-level window; `changed` carries the request id after a step changed it, `closed`
    the id once the window has closed."""

    changed = Signal(int)
    closed = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request_id: int,
        open_customer: OpenCustomer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("request_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self._requests = services.requests
        self._actor = actor
        self.request_id = request_id
        self._open_customer = open_customer
        self.can_handle = actor.can(Right.REQUESTS_HANDLE)
        self.detail: RequestDetail | None = None
        self.timeline: tuple[TimelineEntry, ...] = ()
        self.dialog: WorkflowDialog | None = None
        self.action_pages: list[QWidget] = []
        self._closing = False
        self._again = False
        self._job: BackgroundJob | None = None

        # -- header
        self.title_label = heading("request_title_label")
        self.customer_button = QPushButton(objectName="request_customer_button")
        self.customer_button.clicked.connect(self.open_customer)
        self.customer_label = QLabel(objectName="request_customer_label")
        self.status_label = QLabel(objectName="request_status_label")
        self.urgency_label = QLabel(objectName="urgency_label")
        self.repeat_label = QLabel(objectName="repeat_label")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet(REPEAT_STYLE)
        self.repeat_label.hide()
        self.loading_label = hint_label("request_loading_label")
        self.read_only_label = hint_label("read_only_label")
        self.read_only_label.setVisible(not self.can_handle)

        # -- the workflow's buttons
        self.start_check_button = QPushButton(objectName="start_check_button")
        self.identify_button = QPushButton(objectName="identify_button")
        self.start_work_button = QPushButton(objectName="start_work_button")
        self.pause_button = QPushButton(objectName="pause_button")
        self.resume_button = QPushButton(objectName="resume_button")
        self.extend_button = QPushButton(objectName="extend_button")
        self.close_request_button = QPushButton(objectName="close_request_button")
        self.start_check_button.clicked.connect(self.start_identity_check)
        self.identify_button.clicked.connect(self.identify)
        self.start_work_button.clicked.connect(self.start_work)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.extend_button.clicked.connect(self.extend)
        self.close_request_button.clicked.connect(self.close_request)
        for button in self._workflow_buttons():
            button.setVisible(self.can_handle)
            button.setEnabled(False)

        # -- the Overview
        self.overview_page = QWidget(objectName="overview_page")
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
        self.assign_button.clicked.connect(self.assign)
        self.handler_combo.setEnabled(False)
        self.assign_button.setEnabled(False)
        self.assign_button.setVisible(self.can_handle)
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
                label.setBuddy(self.handler_combo if self.can_handle else value)
                self.form.addRow(label, box)
            else:
                label.setBuddy(value)
                self.form.addRow(label, value)
        # A handler chooses; a reader (or anyone, once closed) sees the name only.
        self.handler_combo.setVisible(self.can_handle)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        overview_layout = QVBoxLayout(self.overview_page)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(scroll)

        # -- the requester's words and the timeline
        self.words_page = QWidget(objectName="words_page")
        self.words_view = QPlainTextEdit(objectName="requester_text_view")
        self.words_view.setReadOnly(True)
        self.words_view.setTabChangesFocus(True)
        words_layout = QVBoxLayout(self.words_page)
        words_layout.addWidget(self.words_view)
        self.timeline_page = TimelinePage()
        # The letters stay through reloads (a preview is kept); the action pages go before them.
        self.letters_page = LettersPage(services, actor, request_id, parent=self)
        self.letters_page.changed.connect(self._letters_changed)

        self.tabs = QTabWidget(objectName="request_tabs")
        for page in self._own_pages():
            self.tabs.addTab(page, "")
        self.tabs.addTab(self.letters_page, "")

        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.status_label)
        header.addWidget(self.urgency_label)
        header.addStretch(1)
        header.addWidget(self.customer_label)
        header.addWidget(self.customer_button)
        workflow = QHBoxLayout()
        for button in self._workflow_buttons():
            workflow.addWidget(button)
        workflow.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.read_only_label)
        layout.addLayout(workflow)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.customer_button, self.start_check_button)
        self.setTabOrder(self.handler_combo, self.assign_button)
        self.resize(980, 680)
        self.retranslate()
        self.reload()

    def _workflow_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.start_check_button,
            self.identify_button,
            self.start_work_button,
            self.pause_button,
            self.resume_button,
            self.extend_button,
            self.close_request_button,
        )

    def _own_pages(self) -> tuple[QWidget, ...]:
        return (self.overview_page, self.words_page, self.timeline_page)

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for page, text in zip(
            self._own_pages(),
            (self.tr("&Overview"), self.tr("Requester's wo&rds"), self.tr("T&imeline")),
            strict=True,
        ):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.tabs.setTabText(self.tabs.indexOf(self.letters_page), self.tr("Le&tters"))
        self.start_check_button.setText(self.tr("Start identity chec&k"))
        self.start_check_button.setToolTip(
            self.tr("Reasonable doubt about who asks: more information is being asked for.")
        )
        self.identify_button.setText(self.tr("I&dentify…"))
        self.start_work_button.setText(self.tr("Start &work"))
        self.pause_button.setText(self.tr("Pa&use…"))
        self.pause_button.setToolTip(self.tr("Wait for the requester; no date moves."))
        self.resume_button.setText(self.tr("Res&ume…"))
        self.extend_button.setText(self.tr("E&xtend…"))
        self.close_request_button.setText(self.tr("C&lose…"))
        self.assign_button.setText(self.tr("Assi&gn"))
        if self.handler_combo.count():
            self.handler_combo.setItemText(0, self.tr("(nobody)"))
        self.handler_combo.setAccessibleName(self.tr("Handler"))
        self.words_view.setAccessibleName(self.tr("The requester's own words"))
        self.read_only_label.setText(
            self.tr("You can read this request; handling it needs the right to handle requests.")
        )
        self.loading_label.setText(self.tr("Reading the request…"))
        texts = {
            "received": self.tr("Received:"),
            "channel": self.tr("Channel:"),
            "received_by": self.tr("Received by:"),
            "requester": self.tr("Requester as given:"),
            "statutory": self.tr("Statutory deadline:"),
            "promised": self.tr("Promised (privacy notice):"),
            "due": self.tr("Due:"),
            "extension": self.tr("Extension:"),
            "days_left": self.tr("Days left:"),
            "identity": self.tr("Identity check:"),
            "waiting": self.tr("Waiting for the requester:"),
            "handler": self.tr("&Handler:"),
            "repeat": self.tr("Repeat:"),
            "outcome": self.tr("Outcome:"),
            "basis": self.tr("Basis of the refusal:"),
            "close_reason": self.tr("Reasons:"),
            "assessment": self.tr("Written assessment:"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
            self.values[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.detail is not None

    @property
    def loading(self) -> bool:
        return self._job is not None and self._job.running

    @property
    def record(self) -> RequestRecord | None:
        return self.detail.record if self.detail is not None else None

    def reload(self) -> None:
        """Read the request again off the GUI thread (after a step, or F5)."""
        if self.loading:
            self._again = True
            return
        services, actor, request_id = self._services, self._actor, self.request_id
        can_handle = self.can_handle

        def work(_job: BackgroundJob) -> Loaded:
            detail = services.requests.detail(actor, request_id)
            timeline = services.requests.timeline(actor, request_id)
            r = detail.record
            current = (r.handler_id, r.handler_name) if r.handler_id is not None else None
            handlers = handler_choices(services.requests, actor, current) if can_handle else []
            return detail, timeline, handlers

        self._job = BackgroundJob(work)
        self._job.connect(self._loaded, self._load_failed)
        self._job.start()
        self._update_buttons()

    def _loaded(self, result: Loaded) -> None:
        if self._closing:
            return
        if self._again:
            self._again = False
            self.reload()
            return
        detail, timeline, handlers = result
        first = self.detail is None
        self.detail = detail
        self.timeline = timeline
        self.loading_label.hide()
        self._fill_handlers(handlers)
        self.words_view.setPlainText(detail.requester_text)
        self.timeline_page.show_entries(timeline)
        # A page still at work (an erasure running) stays: its own report reloads the window,
        # and the pages are rebuilt then.
        if not any(getattr(page, "busy", False) for page in self.action_pages):
            self._rebuild_action_pages()
        self.letters_page.show_request(detail.record.type)
        self._show()
        if first:
            self.tabs.setCurrentWidget(self.overview_page)

    def _load_failed(self, exc: BaseException) -> None:
        if self._closing:
            return
        self._again = False
        feedback.show_error(self, self.tr("Request"), failure_text(exc))
        if self.detail is None:
            self.close()
        else:
            self._update_buttons()

    def _fill_handlers(self, handlers: list[tuple[int, str]]) -> None:
        self.handler_combo.clear()
        self.handler_combo.addItem(self.tr("(nobody)"), None)
        for user_id, name in handlers:
            self.handler_combo.addItem(name, user_id)
        r = self.record
        current = r.handler_id if r is not None else None
        self.handler_combo.setCurrentIndex(max(0, self.handler_combo.findData(current)))

    def _rebuild_action_pages(self) -> None:
        assert self.detail is not None
        current = self.tabs.currentIndex()
        on_letters = self.tabs.currentWidget() is self.letters_page
        for page in self.action_pages:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
        self.action_pages = []
        try:
            pages = build_action_pages(self._services, self._actor, self.detail, self)
        except L4DError as exc:
            feedback.show_error(self, self.tr("Request"), error_text(exc))
            pages = []
        for title, page in pages:
            self.tabs.insertTab(self.tabs.indexOf(self.letters_page), page, title)
            self.action_pages.append(page)
            signal: Any = getattr(page, "changed", None)
            if signal is not None:
                signal.connect(self._action_changed)
        if on_letters:
            self.tabs.setCurrentWidget(self.letters_page)
        elif 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def _action_changed(self) -> None:
        self.changed.emit(self.request_id)
        self.reload()

    def _letters_changed(self) -> None:
        # A letter that left changes no request field, but a page may depend on it (the
        # erasure runs only after its confirmation letter).
        for page in self.action_pages:
            refresh: Any = getattr(page, "letters_changed", None)
            if refresh is not None:
                refresh()
        self._action_changed()

    # -- showing ---------------------------------------------------------------------------------

    def _show(self) -> None:
        d = self.detail
        if d is None:
            self.setWindowTitle(self.tr("Request {id}").format(id=self.request_id))
            self.title_label.setText(self.tr("Request {id}").format(id=self.request_id))
            self.customer_button.hide()
            self.customer_label.hide()
            self.status_label.clear()
            self.urgency_label.hide()
            for key in ROWS:
                self.form.setRowVisible(self.row_labels[key], False)
            return
        r = d.record
        type_text = vocabulary(REQUEST_TYPES, r.type)
        self.setWindowTitle(self.tr("{type} – request {id}").format(type=type_text, id=r.id))
        self.title_label.setText(self.tr("{type} – request {id}").format(type=type_text, id=r.id))
        self._show_customer(r)
        status = vocabulary(STATUSES, r.status)
        if r.paused:
            status = self.tr("{status}, waiting for the requester").format(status=status)
        self.status_label.setText(status)
        self._show_urgency(r)
        self.repeat_label.setVisible(r.repeat_of is not None)
        repeat_text = self.tr(
            "Possible repeat of request #{id}: information for the handler, not a reason to "
            "refuse by itself."
        ).format(id=r.repeat_of)
        self.repeat_label.setText(repeat_text)
        self._show_values(d, repeat_text)
        self._update_buttons()

    def _show_customer(self, r: RequestRecord) -> None:
        if r.customer_id is not None:
            text = r.customer_name
            if r.customer_number:
                text = self.tr("{name}, customer {number}").format(
                    name=r.customer_name, number=r.customer_number
                )
            self.customer_button.setText(self.tr("&Customer: {name}").format(name=text))
            self.customer_button.setToolTip(self.tr("Open the customer's window"))
            self.customer_button.setVisible(self._open_customer is not None)
            self.customer_label.setText(text)
            self.customer_label.setVisible(self._open_customer is None)
        else:
            if r.subject_ref:
                text = self.tr("Erased person ({ref})").format(ref=r.subject_ref)
            else:
                text = self.tr("Customer not yet identified")
            self.customer_label.setText(text)
            self.customer_label.show()
            self.customer_button.hide()

    def _show_urgency(self, r: RequestRecord) -> None:
        if not r.is_open:
            self.urgency_label.hide()
            return
        colour = {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR}.get(r.urgency)
        self.urgency_label.setText(self._days_text(r))
        self.urgency_label.setStyleSheet(
            URGENCY_STYLE.format(colour=colour.name()) if colour is not None else ""
        )
        self.urgency_label.setAccessibleName(self._days_text(r))
        self.urgency_label.show()

    def _days_text(self, r: RequestRecord) -> str:
        if not r.is_open:
            return self.tr("Closed")
        if r.days_left < 0:
            return self.tr("Overdue by %n day(s)", "", -r.days_left)
        if r.days_left == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", r.days_left)

    def _show_values(self, d: RequestDetail, repeat_text: str) -> None:
        r = d.record
        none = self.tr("–")
        received = format_datetime(r.received_at) if r.received_at else format_date(r.received)
        requester = "\n".join(p for p in (d.requester_name, d.requester_contact) if p)
        if r.extended_due is not None:
            extension = self.tr(
                "Due on {date} after the extension; the requester was told on {notice}.\n"
                "Reasons: {reason}"
            ).format(
                date=format_date(r.extended_due),
                notice=format_date(r.extension_notice_on),
                reason=d.extension_reason,
            )
        else:
            extension = self.tr(
                "Not extended. At most to {latest}, if the requester is told with the reasons "
                "by {statutory}."
            ).format(
                latest=format_date(latest_extended_due(r.received)),
                statutory=format_date(r.statutory_due),
            )
        if r.identity_method:
            identity = self.tr("{method} – {who}, {when}").format(
                method=vocabulary(IDENTITY_METHODS, r.identity_method),
                who=d.identified_by,
                when=format_datetime(r.identified_at),
            )
            if d.identity_note:
                identity += "\n" + self.tr("Note: {note}").format(note=d.identity_note)
        else:
            identity = self.tr("Not recorded yet")
        values = {
            "received": received,
            "channel": vocabulary(CHANNELS, r.channel),
            "received_by": d.received_by,
            "requester": requester or self.tr("(not given)"),
            "statutory": format_date(r.statutory_due),
            "promised": format_date(r.promised_due) or none,
            "due": format_date(r.due),
            "extension": extension,
            "days_left": self._days_text(r) if not r.is_open else str(r.days_left),
            "identity": identity,
            "waiting": self._waiting_text(d),
            "handler": r.handler_name or self.tr("(nobody)"),
            "repeat": repeat_text if r.repeat_of is not None else "",
            "outcome": "",
            "basis": vocabulary(REFUSAL_BASES, r.refusal_basis) if r.refusal_basis else "",
            "close_reason": d.close_reason,
            "assessment": d.assessment,
        }
        if not r.is_open:
            values["outcome"] = self.tr("{outcome} on {when} by {who}").format(
                outcome=vocabulary(STATUSES, r.status),
                when=format_datetime(r.closed_at),
                who=d.closed_by,
            )
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

    def _waiting_text(self, d: RequestDetail) -> str:
        lines: list[str] = []
        for p in d.pauses:
            if p.ended_at is None:
                lines.append(
                    self.tr("Waiting since {when} ({who}): {reason}").format(
                        when=format_datetime(p.started_at), who=p.started_by, reason=p.reason
                    )
                )
            else:
                line = self.tr("Waited from {start} to {end}: {reason}").format(
                    start=format_datetime(p.started_at),
                    end=format_datetime(p.ended_at),
                    reason=p.reason,
                )
                if p.resume_reason:
                    line += " " + self.tr("(ended: {reason})").format(reason=p.resume_reason)
                lines.append(line)
        if not lines:
            return self.tr("No")
        lines.append(self.tr("The dates above stay as they were: waiting moves none of them."))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        r = self.record
        ready = r is not None and r.is_open and self.can_handle and not self.loading
        status = r.status if r is not None else ""
        paused = r is not None and r.paused
        self.start_check_button.setEnabled(
            ready and status in (RequestStatus.RECEIVED.value, RequestStatus.IN_PROGRESS.value)
        )
        self.identify_button.setEnabled(ready)
        self.start_work_button.setEnabled(
            ready and status in (RequestStatus.RECEIVED.value, RequestStatus.IDENTITY_CHECK.value)
        )
        self.pause_button.setVisible(self.can_handle and not paused)
        self.resume_button.setVisible(self.can_handle and paused)
        self.pause_button.setEnabled(ready and not paused)
        self.resume_button.setEnabled(ready and paused)
        self.extend_button.setEnabled(ready and r is not None and r.extended_due is None)
        self.close_request_button.setEnabled(ready)
        self.handler_combo.setEnabled(ready)
        self.assign_button.setEnabled(ready)

    # -- steps -----------------------------------------------------------------------------------

    def open_customer(self) -> None:
        r = self.record
        if r is None or r.customer_id is None or self._open_customer is None:
            return
        self._open_customer(r.customer_id, f"request:{r.id}")

    def _step(self, call: Callable[[int], RequestRecord]) -> None:
        """A step without a dialog, with the version this window shows."""
        r = self.record
        if r is None:
            return
        try:
            call(r.version)
        except ConflictError:
            feedback.show_error(self, self.tr("Request"), conflict_text())
            self.reload()
            return
        except L4DError as exc:
            feedback.show_error(self, self.tr("Request"), error_text(exc))
            return
        self._after_step()

    def _after_step(self, _record: object = None) -> None:
        self.changed.emit(self.request_id)
        self.reload()

    def start_identity_check(self) -> None:
        self._step(
            lambda v: self._requests.start_identity_check(self._actor, self.request_id, version=v)
        )

    def start_work(self) -> None:
        self._step(lambda v: self._requests.start_work(self._actor, self.request_id, version=v))

    def assign(self) -> None:
        handler_id = self.handler_combo.currentData()
        self._step(
            lambda v: self._requests.assign(self._actor, self.request_id, handler_id, version=v)
        )

    def _open_dialog(self, dialog: WorkflowDialog) -> WorkflowDialog:
        dialog.saved.connect(self._after_step)
        dialog.conflicted.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def identify(self) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        return self._open_dialog(IdentifyDialog(self._requests, self._actor, self.detail, self))

    def pause(self) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        return self._open_dialog(PauseDialog(self._requests, self._actor, self.detail, self))

    def resume(self) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        return self._open_dialog(ResumeDialog(self._requests, self._actor, self.detail, self))

    def extend(self) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        return self._open_dialog(ExtendDialog(self._requests, self._actor, self.detail, self))

    def close_request(self, outcome: str = RequestStatus.COMPLETED.value) -> WorkflowDialog | None:
        if self.detail is None:
            return None
        return self._open_dialog(
            CloseDialog(self._requests, self._actor, self.detail, outcome, self)
        )

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.closed.emit(self.request_id)
        super().closeEvent(event)


class RequestWindows(QObject):
    """The open request windows, one per request; `changed` carries a request's id after a
    window changed it (the list then reads itself again)."""

    changed = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget,
        open_customer: OpenCustomer | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._parent = parent
        self._open_customer = open_customer
        self.windows: dict[int, RequestWindow] = {}

    def open(self, request_id: int) -> RequestWindow:
        window = self.windows.get(request_id)
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = RequestWindow(
            self._services, self._actor, request_id, self._open_customer, self._parent
        )
        window.changed.connect(self.changed)
        window.closed.connect(self._closed)
        self.windows[request_id] = window
        window.show()
        return window

    def _closed(self, request_id: int) -> None:
        self.windows.pop(request_id, None)
