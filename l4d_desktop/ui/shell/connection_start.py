"""Connecting the window to a server off the GUI thread: the password from the keyring, libpq's
~/.pgpass or the user, and every failure said in the connection dialog, never a local fallback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from l4d_desktop.core.connection import (
    keyring_available,
    remember_password,
    server_fields,
    server_label,
    stored_password,
)
from l4d_desktop.core.errors import L4DError
from l4d_desktop.ui.operations import BackgroundJob, failure_text, run_in_background
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.connection_settings import remember_choice, remembered_address
from l4d_desktop.ui.shell.server_password_dialog import ServerPasswordDialog

if TYPE_CHECKING:
    from l4d_desktop.core.services import Services

# Opens the register at an address with a password (None: libpq looks in ~/.pgpass).
Opener = Callable[[str, "str | None"], "Services"]


def open_server(address: str, password: str | None) -> Services:
    from l4d_desktop.core.services import open_services

    return open_services(address, password=password)


class ServerConnection(QObject):
    """Shows the connection dialog and connects to the server chosen there (or given with
    --db); `connected` hands over the services, `local_chosen` says the user chose this
    computer's file. Quitting the dialog quits the program: nothing else is opened instead."""

    connected = Signal(object)
    local_chosen = Signal()

    def __init__(
        self, settings: QSettings, opener: Opener = open_server, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.opener = opener
        self.dialog: ConnectionDialog | None = None
        self.password_dialog: ServerPasswordDialog | None = None
        self.job: BackgroundJob | None = None
        self._save = False
        self._done = False

    def begin(self, target: str | None) -> None:
        """Show the dialog; with a server's address, connect to it at once."""
        # No register is open behind this dialog: leaving it quits the program.
        self.dialog = ConnectionDialog(target or remembered_address(self.settings), quits=True)
        self.dialog.chosen.connect(self._chosen)
        self.dialog.rejected.connect(self._quit)
        self.dialog.show()
        if target:
            self.connect_to(target)

    def _chosen(self, address: str) -> None:
        if not address:
            remember_choice(self.settings, "")
            self._done = True
            self.local_chosen.emit()  # its first window before this one closes: Qt quits with the last
            self._finish()
            return
        self.connect_to(address, save=True)

    def connect_to(
        self,
        address: str,
        password: str | None = None,
        *,
        remember: bool = False,
        save: bool | None = None,
    ) -> None:
        """Try `address` in a worker thread: `password`, else the keyring's, else ~/.pgpass."""
        assert self.dialog is not None
        if save is not None:
            self._save = save
        self.dialog.set_busy(address)
        # Found in the worker: a keyring may take its time to answer (D-Bus, a locked store).
        found = {"tried": False, "keyring": False}

        def work(_job: BackgroundJob) -> Services:
            found["keyring"] = keyring_available()
            given = password if password is not None else stored_password(address)
            found["tried"] = given is not None
            services = self.opener(address, given)
            if remember and password:
                remember_password(address, password)
            return services

        self.job = run_in_background(
            work,
            lambda services: self._opened(address, services),
            lambda exc: self._failed(address, exc, found["tried"], found["keyring"]),
        )

    def _opened(self, address: str, services: Services) -> None:
        if self._done:  # the user quit while the server answered
            services.db.dispose()
            return
        if self._save:
            remember_choice(self.settings, address)
        self._done = True
        self.connected.emit(services)  # the login shows before this dialog closes
        self._finish()

    def _failed(
        self, address: str, exc: BaseException, password_tried: bool, keyring: bool
    ) -> None:
        if self._done or self.dialog is None:
            return
        if isinstance(exc, L4DError) and exc.params.get("cause") == "password":
            self._ask_password(address, refused=password_tried, keyring=keyring)
            return
        self.dialog.show_failure(failure_text(exc))

    def _ask_password(self, address: str, *, refused: bool, keyring: bool) -> None:
        dialog = ServerPasswordDialog(
            server_label(address),
            server_fields(address).user,
            keyring=keyring,
            refused=refused,
            parent=self.dialog,
        )
        dialog.password_given.connect(
            lambda password, remember: self.connect_to(address, password, remember=remember)
        )
        dialog.rejected.connect(self._password_cancelled)
        self.password_dialog = dialog
        dialog.open()

    def _password_cancelled(self) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(None)

    def _finish(self) -> None:
        self._done = True
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.rejected.disconnect(self._quit)
            dialog.accept()
            dialog.deleteLater()

    def _quit(self) -> None:
        self._done = True
        self.dialog = None
        QCoreApplication.exit(0)
