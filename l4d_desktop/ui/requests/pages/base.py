"""What every page of a request window repeats, written once: the request it shows, reading it
again, being at work, its texts on a language change, and the dialogs it opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.requests.records import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.operations import BackgroundJob, run_in_background
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.record_dialog import RecordDialog
from l4d_desktop.ui.widgets.record_table import (
    RecordTableModel,
    list_fetcher,
)
from l4d_desktop.ui.widgets.retranslate import Retranslating

T = TypeVar("T")


def one_line(text: str) -> str:
    """Several lines of free text in one table cell."""
    return " / ".join(line for line in text.splitlines() if line.strip())


class RequestPage(Retranslating, QWidget):
    """A page of a request window. `changed` is emitted after the page changed something: the
    window then reads the request again and rebuilds its pages.

    A subclass names itself (`object_name`), gives its `intro` (marked with
    QT_TRANSLATE_NOOP in its own class's context) and writes `build()` (its widgets and
    layout, `intro_label` at the top), `retranslate()` (every text; `show_intro()` first) and
    `reload()` (read what it shows); the base calls them in that order. The base holds no text
    of its own: PySide6 translates `self.tr()` in the context of the object's class.
    """

    object_name = "request_page"
    intro = ""
    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: RequestDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services, self._actor = services, actor
        self._request = request
        self.dialog: QWidget | None = None  # the dialog last opened from the page
        self.intro_label = hint_label(self.object_name.removesuffix("_page") + "_intro_label")
        self.build()
        self.retranslate()
        self.reload()

    def build(self) -> None:
        """Make the widgets and lay them out; their texts come in `retranslate()`."""

    def show_intro(self) -> None:
        self.intro_label.setText(self.tr(self.intro))

    # -- the request ---------------------------------------------------------------------------

    @property
    def services(self) -> Services:
        return self._services

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def request(self) -> RequestDetail:
        return self._request

    @property
    def request_id(self) -> int:
        return self._request.record.id

    @property
    def customer_id(self) -> int | None:
        return self._request.record.customer_id

    def view_purpose(self) -> str:
        """The purpose a view of the customer is audited with from this request."""
        return f"request:{self.request_id}"

    def can_act(self, *rights: Right) -> bool:
        """Whether the actor may change things from this request (the buttons are shown)."""
        record = self._request.record
        return (
            record.is_open
            and record.customer_id is not None
            and self._actor.can(Right.REQUESTS_HANDLE)
            and all(self._actor.can(r) for r in rights)
        )

    # -- what the window asks of a page ----------------------------------------------------------

    def reload(self) -> None:
        """Read again what the page shows."""

    def show_request(self, request: RequestDetail) -> None:
        """The window read the request again after someone else changed it: the page shows
        it in place, keeping what the user has chosen or typed (an open dialog stays open)."""
        self._request = request
        self.reload()

    def letters_changed(self) -> None:
        """A letter left for the request (a page may depend on it)."""

    @property
    def busy(self) -> bool:
        """The page is at work (a job running): the window must not replace it until the job
        has reported."""
        return False

    # -- parts of a page ---------------------------------------------------------------------------

    @staticmethod
    def show_rows(model: RecordTableModel, empty: QWidget, rows: Sequence[Any]) -> None:
        """`rows` in the table of `model`; `empty` says so when there are none."""
        model.set_fetcher(list_fetcher(rows))
        empty.setVisible(not rows)

    # -- doing -------------------------------------------------------------------------------------

    def read(self, title: str, call: Callable[[], T]) -> T | None:
        """What `call` reads, or None when the service refused (said in words under `title`)."""
        try:
            return call()
        except L4DError as exc:
            self.show_failure(title, exc)
            return None

    def open_dialog(self, dialog: RecordDialog, on_saved: Callable[[Any], None]) -> None:
        """Open `dialog` (window-modal) and call `on_saved` with what it saved."""
        dialog.saved.connect(on_saved)
        self.dialog = dialog
        dialog.open()

    def reload_and_announce(self, *_saved: object) -> None:
        """After a change made from the page: show it, and tell the window."""
        self.reload()
        self.changed.emit()

    def show_failure(self, title: str, exc: L4DError) -> None:
        feedback.show_error(self, title, error_text(exc))

    def start_job(
        self,
        work: Callable[[BackgroundJob], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> BackgroundJob:
        """`work` in a worker thread; its outcome is dropped if the window has meanwhile
        replaced the page."""
        return run_in_background(work, on_success, on_failure, owner=self)


class PageDialog(RecordDialog):
    """A dialog that saves a record for a request page: it names itself (`object_name`), says
    its TITLE, INTRO and field LABELS (RecordDialog), writes `build()` (its fields, with
    `add_field`) and `submit()`; the page's services, actor and request come with the page,
    `subject` is what it is about."""

    object_name = "page_dialog"

    def __init__(self, page: RequestPage, subject: Any = None) -> None:
        super().__init__(self.object_name, page)
        self._services = page.services
        self._actor = page.actor
        self._request_id = page.request_id
        self.subject = subject
        self.build()
        self.finish_layout()
        self.retranslate()

    def build(self) -> None:
        """Make the fields; their labels' texts are the class's LABELS."""
