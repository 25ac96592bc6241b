"""File → Connection: another register, remembered for the next starts and opened at once
when the session can end (no window keeps typing not saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.connection import server_label
from l4d_desktop.ui import feedback
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.connection_settings import remember_choice, remembered_address


def open_connection_dialog(
    parent: QWidget, settings: QSettings, switch: Callable[[str], bool]
) -> ConnectionDialog:
    """The connection dialog on the remembered choice. What is chosen is remembered, then
    `switch(address)` ends the session and opens it; when it cannot (False), the user is told
    that the next start opens it."""
    dialog = ConnectionDialog(remembered_address(settings), parent=parent)

    def chosen(address: str) -> None:
        remember_choice(settings, address)
        dialog.accept()
        if switch(address):
            return
        where = (
            server_label(address)
            if address
            else QCoreApplication.translate("ConnectionDialog", "this computer's own file")
        )
        feedback.show_info(
            parent,
            dialog.windowTitle(),
            QCoreApplication.translate(
                "ConnectionDialog",
                "From the next start the program opens the register at {where}.",
            ).format(where=where),
        )

    dialog.chosen.connect(chosen)
    dialog.open()
    return dialog
