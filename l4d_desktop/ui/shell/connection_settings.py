"""The window's remembered choice of register, kept in Qt's settings: "local" or a server's
address, which by its own rules never holds a password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from l4d_desktop.core.connection import is_server
from l4d_desktop.paths import default_db_path

KIND_KEY = "connection/kind"
ADDRESS_KEY = "connection/address"


def remembered_address(settings: QSettings) -> str | None:
    """The server chosen last time, if a server was chosen."""
    if settings.value(KIND_KEY, "", type=str) != "server":
        return None
    address = settings.value(ADDRESS_KEY, "", type=str)
    return address if is_server(address) else None


def remembered_target(settings: QSettings) -> Path | str | None:
    """What the window opens without --db: the remembered choice; on a computer that has never
    chosen, its own file when one exists (a register from before servers could be chosen), else
    None: the first start asks."""
    kind = settings.value(KIND_KEY, "", type=str)
    if kind == "server":
        return remembered_address(settings)
    path = default_db_path()
    return path if kind == "local" or path.exists() else None


def remember_choice(settings: QSettings, address: str) -> None:
    """`address` "" is this computer's file."""
    settings.setValue(KIND_KEY, "server" if address else "local")
    if address:
        settings.setValue(ADDRESS_KEY, address)
    else:
        settings.remove(ADDRESS_KEY)
    settings.sync()
