"""Pieces the account dialogs share: OK/Cancel, the language row, a wait cursor, the error line
and the wait after too many failed logins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from l4d_desktop.ui.language import LanguageCombo
from l4d_desktop.ui.widgets import layouts


class WaitCursor:
    """argon2 takes a tenth of a second: show that something happens."""

    def __enter__(self) -> None:
        # Imported here: PySide6 builds its large `Qt` namespace on first import (~40 ms), which
        # the first window can do without.
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def bottom_row(language: LanguageCombo, buttons: QDialogButtonBox) -> QHBoxLayout:
    row = layouts.row(language, layouts.STRETCH, buttons)
    return row


def dialog_buttons(
    dialog: QDialog, on_accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel in the platform's order. Added by role with our own texts: the standard-
    button flags cost PySide6 ~25 ms to build on first use, before the very first window."""
    box = QDialogButtonBox()
    ok = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    box.accepted.connect(on_accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


def opening_label() -> QLabel:
    label = QLabel(objectName="opening_label")
    label.setProperty("role", "hint")
    return label


def error_line(object_name: str, role: str = "form-error") -> QLabel:
    """A hidden line that says why something was refused: under a password box, or below a
    form for what no single field is to blame for."""
    label = QLabel(objectName=object_name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.hide()
    return label


class ThrottleWait(QObject):
    """After too many failed attempts the login waits: `button` is off and `message` stays up
    until the seconds have passed (the login dialog and the lock screen alike)."""

    def __init__(self, button: QPushButton, message: QLabel) -> None:
        super().__init__(button)
        self._button = button
        self._message = message
        self.left = 0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self.left > 0

    def start(self, seconds: int, text: str) -> None:
        show_error(self._message, text)
        self.left = seconds
        self._button.setEnabled(False)
        self._timer.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self._timer.stop()
            self._button.setEnabled(True)
            self._message.hide()


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
    fit_window(label)


def fit_window(widget: QWidget) -> None:
    """Let `widget`'s window grow to show a message that just appeared in full, instead of
    squeezing the fields above it (a wrapped line's height is not in the window's minimum)."""
    window = widget.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if window.height() < needed:
        window.resize(width, needed)
