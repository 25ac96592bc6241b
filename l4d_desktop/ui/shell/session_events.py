"""The one signal that says the session has ended: a service call refused a deactivated user.

Kept apart from the lock screen so that the start of the program can listen for it without
loading the lock screen before the first window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid


class SessionEvents(QObject):
    """The one place the windows report that the session has ended: a service call refused a
    deactivated user (SessionInvalid). The start flow listens and returns to the login."""

    ended = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._pending = False

    def report_invalid(self) -> None:
        """Called where the error is put into words; the logout waits until the message that
        says so has been read (a message box open on a window must not lose its window)."""
        if self._pending:
            return
        self._pending = True
        QTimer.singleShot(0, self._deliver)

    def _deliver(self) -> None:
        if isinstance(QApplication.activeModalWidget(), QMessageBox):
            QTimer.singleShot(200, self._deliver)
            return
        self._pending = False
        self.ended.emit()


_session_events: SessionEvents | None = None


def session_events() -> SessionEvents:
    global _session_events
    if _session_events is None or not isValid(_session_events):
        _session_events = SessionEvents()
    return _session_events
