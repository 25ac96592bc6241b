"""Pieces the account dialogs share: OK/Cancel, the language row, a wait cursor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from l4d_desktop.ui.language import LanguageCombo


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
    row = QHBoxLayout()
    row.addWidget(language)
    row.addStretch(1)
    row.addWidget(buttons)
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
