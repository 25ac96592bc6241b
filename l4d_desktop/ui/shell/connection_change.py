"""File → Connection: another register for the next start; the open session stays on its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.connection import server_label
from l4d_desktop.ui import feedback
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.connection_settings import remember_choice, remembered_address


def open_connection_dialog(parent: QWidget, settings: QSettings) -> ConnectionDialog:
    """The connection dialog on the remembered choice; what is chosen is remembered and used
    from the next start (the register open now is not switched under an open session)."""
    dialog = ConnectionDialog(remembered_address(settings), parent=parent)

    def chosen(address: str) -> None:
        remember_choice(settings, address)
        dialog.accept()
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
