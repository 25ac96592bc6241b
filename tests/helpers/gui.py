"""Driving real widgets in a test: clicks, waiting for off-thread work, reading table models
and the error lines shown beside fields."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

# Long enough for a slow machine under load; a test that passes waits far less.
WAIT_MS = 10_000


class Job(Protocol):
    """Off-thread work as the tests see it: running until its result reached the GUI thread."""

    running: bool


def finish(qtbot: Any, job: Job | None) -> None:
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


def cells(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def column(model: QAbstractItemModel, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def field_errors(widget: QWidget) -> list[str]:
    """The error lines shown beside the fields of a form, as the user reads them."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.property("role") == "field-error" and not label.isHidden()
    ]
