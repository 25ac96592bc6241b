"""What kind of record a committed unit of work changed, told to whoever shows such records."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from enum import StrEnum

log = logging.getLogger(__name__)


class Change(StrEnum):
    """A kind of record a view may show; one write can change several."""

    CUSTOMERS = "customers"
    REQUESTS = "requests"
    USERS = "users"
    LETTERS = "letters"
    REGISTER = "register"
    SETTINGS = "settings"
    AUDIT = "audit"


Listener = Callable[[frozenset[Change]], None]


class ChangeFeed:
    """Calls every listener, in the announcing thread, with the kinds a commit changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start telling `listener`; the function returned stops it (calling it twice is harmless)."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, kinds: Iterable[Change]) -> None:
        """Tell every listener; one that fails is logged and the others are still told."""
        changed = frozenset(kinds)
        if not changed:
            return
        # A copy: a listener may subscribe or unsubscribe while being told.
        with self._lock:
            listeners = tuple(self._listeners)
        for listener in listeners:
            try:
                listener(changed)
            except Exception as exc:
                # The type only: an exception's text may carry a record's personal data.
                log.error("a change listener failed: %s", type(exc).__name__)
