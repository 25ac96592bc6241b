"""A request's window as the window tests drive it: a request registered, its window opened and
settled, a dialog saved, a status waited for, a shown value read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.session import Session
from tests.helpers.gui import WAIT_MS, click_save, field_errors


def register(services: Services, actor: Actor, rtype: str = "access", **kw: Any) -> int:
    kw.setdefault("received_at", dt.datetime(2026, 11, 2, 9, 15, tzinfo=OFFICE_ZONE))
    kw.setdefault("channel", "email")
    data = RequestInput(type=rtype, received=None, **kw)
    return services.requests.register(actor, data).id


def open_window(
    qtbot, services: Services, actor: Actor, request_id: int, **kw: Any
) -> RequestWindow:  # type: ignore[no-untyped-def]
    window = RequestWindow(Session(services, actor), request_id, **kw)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return window


def settle(qtbot, window: RequestWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.loaded and not window.loading, timeout=WAIT_MS)


def wait_status(qtbot, window: RequestWindow, status: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: window.record is not None and window.record.status == status and not window.loading,
        timeout=WAIT_MS,
    )


def value(window: RequestWindow, key: str) -> str:
    return window.values[key].text()


def row_shown(window: RequestWindow, key: str) -> bool:
    return not window.row_labels[key].isHidden()


def save_and_wait(qtbot, window: RequestWindow, dialog: Any) -> None:  # type: ignore[no-untyped-def]
    """Save a dialog that the service accepts, and wait for the window to read it again."""
    before = window.record.version if window.record else None
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible(), [*field_errors(dialog), dialog.general_error.text()]
    qtbot.waitUntil(
        lambda: (
            window.record is not None and window.record.version != before and not window.loading
        ),
        timeout=WAIT_MS,
    )
