"""One request's window: its dates, state and workflow, the requester's words, the timeline, and
the pages that carry out what the request asks.

Opening it reads the request's detail (audited as a view) and its timeline in a worker thread.
After one of its own steps the window reads them again and rebuilds the action pages; when the
change bus says someone else changed requests or customers, it reads them again and the pages
show the news in place, so that nothing chosen or typed in them is lost. One window per
request: `RequestWindows` keeps them and raises one that is already open.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.records import RequestDetail, RequestRecord
from l4d_desktop.core.requests.timeline import TimelineEntry
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.changes import Change
from l4d_desktop.ui.letters.page import LettersPage
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background
from l4d_desktop.ui.requests.dialog_parts import handler_choices
from l4d_desktop.ui.requests.header import RequestHeader, title_text
from l4d_desktop.ui.requests.next_step import NextStepLabel
from l4d_desktop.ui.requests.overview import OverviewPage
from l4d_desktop.ui.requests.pages.actions import build_action_pages, page_layout_key
from l4d_desktop.ui.requests.pages.base import RequestPage
from l4d_desktop.ui.requests.timeline import TimelinePage
from l4d_desktop.ui.requests.workflow_bar import WorkflowBar
from l4d_desktop.ui.requests.workflow_dialogs import WorkflowDialog
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.layouts import column
from l4d_desktop.ui.widgets.retranslate import Retranslating

OpenCustomer = Callable[[int, str], object]
Loaded = tuple[RequestDetail, tuple[TimelineEntry, ...], list[tuple[int, str]]]

# What a request window shows: the request itself, the person, the letters and the recipients.
SHOWN = frozenset({Change.REQUESTS, Change.CUSTOMERS, Change.LETTERS, Change.REGISTER})


class RequestWindow(Retranslating, QWidget):
    """A top-level window; `changed` carries the request id after a step changed it, `closed`
    the id once the window has closed. Given the session's change bus, it follows changes made
    elsewhere."""

    changed = Signal(int)
    closed = Signal(int)

    def __init__(
        self,
        session: Session,
        request_id: int,
        open_customer: OpenCustomer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window, objectName="request_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        services, actor = session.services, session.actor
        self._services, self._actor = services, actor
        self.request_id = request_id
        self._open_customer = open_customer
        self.can_handle = actor.can(Right.REQUESTS_HANDLE)
        self.detail: RequestDetail | None = None
        self.timeline: tuple[TimelineEntry, ...] = ()
        self.action_pages: list[RequestPage] = []
        self._closing = False
        self._again = False
        self._rebuild = True  # the next reading builds the action pages anew
        self._job: BackgroundJob | None = None

        # -- header
        self.header = RequestHeader(open_customer is not None, self)
        self.header.customer_button.clicked.connect(self.open_customer)
        self.title_label, self.status_label = self.header.title_label, self.header.status_label
        self.urgency_label, self.repeat_label = self.header.urgency_label, self.header.repeat_label
        self.customer_button = self.header.customer_button
        self.customer_label = self.header.customer_label
        self.loading_label = hint_label("request_loading_label")
        self.read_only_label = hint_label("read_only_label")
        self.read_only_label.setVisible(not self.can_handle)

        # -- the workflow's steps, and the pages
        self.workflow = WorkflowBar(services.requests, actor, self.can_handle, self)
        self.workflow.stepped.connect(self._after_step)
        self.workflow.conflicted.connect(self.reload)
        for button in self.workflow.buttons():
            setattr(self, button.objectName(), button)  # start_check_button, …
        self.overview_page = OverviewPage(self.can_handle, self)
        self.overview_page.assign_button.clicked.connect(self.assign)
        self.values = self.overview_page.values
        self.row_labels = self.overview_page.row_labels
        self.handler_combo = self.overview_page.handler_combo
        self.assign_button = self.overview_page.assign_button
        self.words_page = QWidget(objectName="words_page")
        self.words_view = QPlainTextEdit(objectName="requester_text_view")
        self.words_view.setReadOnly(True)
        self.words_view.setTabChangesFocus(True)
        QVBoxLayout(self.words_page).addWidget(self.words_view)
        self.timeline_page = TimelinePage()
        # The letters stay through reloads (a preview is kept); the action pages go before them.
        self.letters_page = LettersPage(session, request_id)
        self.letters_page.changed.connect(self._letters_changed)

        self.tabs = QTabWidget(objectName="request_tabs")
        for page in self._own_pages():
            self.tabs.addTab(page, "")
        self.tabs.addTab(self.letters_page, "")

        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)

        column(
            self,
            *(self.header, self.loading_label, self.read_only_label, self.workflow),
            (self.tabs, 1),
        )
        self.next_step = NextStepLabel(self.header)  # the next step in words, under the header
        self.setTabOrder(self.customer_button, self.workflow.start_check_button)
        self.setTabOrder(self.handler_combo, self.assign_button)
        self.resize(980, 680)
        self.retranslate()
        if session.changes is not None:
            session.changes.listen(self, SHOWN, self.refresh)
        self.reload()

    def _own_pages(self) -> tuple[QWidget, ...]:
        return (self.overview_page, self.words_page, self.timeline_page)

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for page, text in zip(
            self._own_pages(),
            (self.tr("&Overview"), self.tr("Requester's wo&rds"), self.tr("Ti&meline")),
            strict=True,
        ):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.tabs.setTabText(self.tabs.indexOf(self.letters_page), self.tr("Le&tters"))
        self.words_view.setAccessibleName(self.tr("The requester's own words"))
        self.read_only_label.setText(
            self.tr("You can read this request; handling it needs the right to handle requests.")
        )
        self.loading_label.setText(self.tr("Reading the request…"))
        self._show()

    # -- loading ---------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.detail is not None

    @property
    def loading(self) -> bool:
        return is_busy(self._job)

    @property
    def record(self) -> RequestRecord | None:
        return self.detail.record if self.detail is not None else None

    @property
    def dialog(self) -> WorkflowDialog | None:
        """The workflow dialog opened last."""
        return self.workflow.dialog

    def reload(self) -> None:
        """Read the request again off the GUI thread and build the action pages anew (after a
        step of this window's, or F5)."""
        self._rebuild = True
        self.refresh()

    def refresh(self) -> None:
        """Read the request again off the GUI thread; the action pages show it in place."""
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

        self._job = run_in_background(work, self._loaded, self._load_failed, owner=self)
        self._update_buttons()

    def _loaded(self, result: Loaded) -> None:
        if self._closing:
            return
        if self._again:
            self._again = False
            self.refresh()
            return
        detail, timeline, handlers = result
        shown, first = self.detail, self.detail is None
        # Pages show a change in place unless what decides them changed (or this window asked).
        rebuild = (
            self._rebuild or shown is None or page_layout_key(detail) != page_layout_key(shown)
        )
        self.detail = detail
        self.next_step.show_for(detail, timeline)
        self.timeline = timeline
        self.loading_label.hide()
        self.overview_page.fill_handlers(handlers, detail.record.handler_id)
        self.words_view.setPlainText(detail.requester_text)
        self.timeline_page.show_entries(timeline)
        # A page still at work (an erasure running) stays: its own report reloads the window,
        # and the pages are rebuilt then.
        if not any(page.busy for page in self.action_pages):
            self._rebuild = False
            if rebuild:
                self._rebuild_action_pages()
            else:
                for page in self.action_pages:
                    page.show_request(detail)
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
            page.changed.connect(self._action_changed)
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
            page.letters_changed()
        self._action_changed()

    # -- showing ---------------------------------------------------------------------------------

    def _show(self) -> None:
        self.setWindowTitle(title_text(self.request_id, self.detail))
        self.header.show_detail(self.request_id, self.detail, self._days_left())
        self.overview_page.show_detail(self.detail)
        self._update_buttons()

    def _days_left(self) -> str:
        r = self.record
        if r is None or not r.is_open:
            return ""
        if r.days_left < 0:
            return self.tr("Overdue by %n day(s)", "", -r.days_left)
        if r.days_left == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", r.days_left)

    def _update_buttons(self) -> None:
        ready = self.workflow.show_state(self.detail, self.loading)
        self.overview_page.set_ready(ready)

    # -- steps -----------------------------------------------------------------------------------

    def open_customer(self) -> None:
        r = self.record
        if r is None or r.customer_id is None or self._open_customer is None:
            return
        self._open_customer(r.customer_id, f"request:{r.id}")

    def _after_step(self) -> None:
        self.changed.emit(self.request_id)
        self.reload()

    def assign(self) -> None:
        self.workflow.assign(self.handler_combo.currentData())

    def identify(self) -> WorkflowDialog | None:
        return self.workflow.identify()

    def pause(self) -> WorkflowDialog | None:
        return self.workflow.pause()

    def resume(self) -> WorkflowDialog | None:
        return self.workflow.resume()

    def extend(self) -> WorkflowDialog | None:
        return self.workflow.extend()

    def close_request(self, outcome: str = "completed") -> WorkflowDialog | None:
        return self.workflow.close_request(outcome)

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.closed.emit(self.request_id)
        super().closeEvent(event)


class RequestWindows(QObject):
    """The open request windows, one per request; `changed` carries a request's id after a
    window changed it."""

    changed = Signal(int)

    def __init__(
        self, session: Session, parent: QWidget, open_customer: OpenCustomer | None = None
    ) -> None:
        super().__init__(parent)
        # Every window alike: the same session (services, user, change bus), customer opener.
        self._make = partial(RequestWindow, session, open_customer=open_customer)
        self._parent = parent
        self.windows: dict[int, RequestWindow] = {}

    def open(self, request_id: int) -> RequestWindow:
        window = self.windows.get(request_id)
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = self._make(request_id, parent=self._parent)
        window.changed.connect(self.changed)
        window.closed.connect(self._closed)
        self.windows[request_id] = window
        window.show()
        return window

    def _closed(self, request_id: int) -> None:
        self.windows.pop(request_id, None)
