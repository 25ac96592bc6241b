"""Helpers for the customer tab and window tests: a tab on real services, windows opened and
waited for, background jobs waited for, web event files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.tab import CustomersTab
from l4d_desktop.ui.customers.window import CustomerWindow
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.widgets.record_table import RecordTableModel

WAIT_MS = 10_000


def add(services: Services, actor: Actor, name: str, **fields: Any) -> CustomerRecord:
    return services.customers.create(actor, CustomerInput(name=name, **fields))


def make_tab(qtbot: Any, services: Services, actor: Actor) -> CustomersTab:
    tab = CustomersTab(services, actor)
    qtbot.addWidget(tab)
    return tab


def open_window(
    qtbot: Any, tab: CustomersTab, customer_id: int, purpose: str = "customer_service"
) -> CustomerWindow:
    window = tab.open_customer(customer_id, purpose)
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT_MS)
    return window


def finish(qtbot: Any, job: BackgroundJob | None) -> None:
    """Wait until the job has run and its result has been delivered to the GUI thread."""
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_save(qtbot: Any, buttons: QDialogButtonBox) -> None:
    ok = next(
        b
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    click(qtbot, ok)


def cells(model: RecordTableModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def column(model: RecordTableModel, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def event_lines(email: str, count: int, start: dt.datetime | None = None) -> list[str]:
    """JSON Lines of `count` page views by `email`, one minute apart."""
    start = start or dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    return [
        json.dumps(
            {
                "email": email,
                "time": (start + dt.timedelta(minutes=i)).isoformat(),
                "ip": "192.0.2.7",
                "page": f"/tuotteet/{i}",
                "referrer": "https://www.example.com/haku",
                "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
            }
        )
        for i in range(count)
    ]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
