"""The change bus: what a committed service call changed, delivered to the open views in the GUI
thread, so that every tab and window shows the register as it now is.

Built once in the composition root and handed to every tab and window it creates, most of
them in the session (ui/session.py)::

    bus = ChangeBus(services.changes)            # app.py / the main window
    tab = RequestsTab(Session(services, actor, bus))

A view asks to be told about the kinds it shows; announcements that arrive together (one
service call writing customers and requests, an erasure in several steps) make one refresh,
after the current event has been handled::

    changes.listen(self, {Change.CUSTOMERS}, self.refresh)

The listening ends when the view is deleted. A worker thread's service call announces in that
thread; the bus's signal is queued to the GUI thread by Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from l4d_desktop.core.changes import Change, ChangeFeed

__all__ = ["Change", "ChangeBus"]


class ChangeBus(QObject):
    """Re-emits the change feed's announcements as a Qt signal carrying frozenset[Change]."""

    changed = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = feed.subscribe(self._announced)
        self._unsubscribe = unsubscribe
        # The feed outlives the bus (it belongs to the database): stop being told on deletion.
        self.destroyed.connect(lambda *_a: unsubscribe())

    def _announced(self, kinds: frozenset[Change]) -> None:
        # May run in a worker thread: the emit is queued to receivers living in the GUI thread.
        self.changed.emit(kinds)

    def close(self) -> None:
        """Stop listening to the feed (the composition root does this on shut-down)."""
        self._unsubscribe()

    def listen(
        self, view: QObject, kinds: Iterable[Change], refresh: Callable[[], None]
    ) -> ChangeListener:
        """Call `refresh()` once, after the current event, when an announcement (or several
        arriving together) names one of `kinds`; for as long as `view` exists."""
        listener = ChangeListener(frozenset(kinds), refresh, view)
        self.changed.connect(listener.announced)
        return listener


class ChangeListener(QObject):
    """One view's interest in some kinds of change; a child of the view, so it dies with it."""

    def __init__(
        self, kinds: frozenset[Change], refresh: Callable[[], None], view: QObject
    ) -> None:
        super().__init__(view)
        self.kinds = kinds
        self._refresh = refresh
        self.pending: set[Change] = set()
        # A zero timer coalesces: all announcements handled in this turn give one refresh.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)

    @Slot(object)
    def announced(self, kinds: frozenset[Change]) -> None:
        if kinds & self.kinds:
            self.pending |= kinds & self.kinds
            self._timer.start()

    def _fire(self) -> None:
        self.pending.clear()
        self._refresh()

    def stop(self) -> None:
        """No more refreshes for this view (e.g. after its read was refused)."""
        self._timer.stop()
        self.kinds = frozenset()
