"""The session's windows in turn: first run or login, a forced password change, the main window;
and back to the login at log-out, or to another register when the user switches."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog

from l4d_desktop import APP_NAME
from l4d_desktop.app_opening import open_target
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.paths import default_db_path
from l4d_desktop.ui import feedback
from l4d_desktop.ui.language import LanguageSwitcher
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog, LoginDialog
from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog
from l4d_desktop.ui.shell.session_events import session_events
from l4d_desktop.ui.texts import error_text

if TYPE_CHECKING:
    from l4d_desktop.app_opening import ServicesLoader
    from l4d_desktop.core.services import Services
    from l4d_desktop.ui.changes import ChangeBus
    from l4d_desktop.ui.shell.lock_screen import IdleLock
    from l4d_desktop.ui.shell.main_window import MainWindow


class StartFlow(QObject):
    """First run → login → (forced password change) → main window, each step a non-modal dialog."""

    main_window_shown = Signal(object)

    def __init__(
        self,
        language: LanguageSwitcher,
        settings: QSettings,
        services: Services | None = None,
        *,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__()
        # The idle lock's wait; None reads the setting at login (tests give milliseconds).
        self.idle_timeout_ms = idle_timeout_ms
        self.idle_lock: IdleLock | None = None
        session_events().ended.connect(self.log_out)
        self.language = language
        self.settings = settings
        self.services = services
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self.loader: ServicesLoader | None = None
        # The one change bus over the services' change feed, handed to every window.
        self.changes: ChangeBus | None = None

    def start(self, initialised: bool | None = None) -> None:
        """Show the first window. Without services yet, `initialised` is the probe's guess."""
        if self.services is not None:
            initialised = self.services.auth.is_initialised()
        if initialised:
            self.show_login()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        dialog = FirstRunDialog(self._auth(), self.language)
        dialog.admin_created.connect(self._logged_in)  # logged in with the new password
        self._show(dialog)

    def show_login(self) -> None:
        dialog = LoginDialog(self._auth(), self.language)
        dialog.logged_in.connect(self._logged_in)
        self._show(dialog)

    def services_ready(self, services: Services) -> None:
        self.services = services
        if self.dialog is None:  # connected to a server: its login (or first run) comes now
            self.start()
            return
        initialised = services.auth.is_initialised()
        showing_login = isinstance(self.dialog, LoginDialog)
        if self.dialog is not None and showing_login != initialised:
            # The quick look at the file guessed wrong (e.g. it could not be read): switch.
            old = self.dialog
            self.start()
            old.close()
            return
        if isinstance(self.dialog, FirstRunDialog | LoginDialog):
            self.dialog.set_auth(services.auth)

    def services_failed(self, exc: L4DError) -> None:
        feedback.show_error(self.dialog, APP_NAME, error_text(exc))
        if self.dialog is not None:
            self.dialog.close()
        QCoreApplication.exit(1)

    def _auth(self):  # type: ignore[no-untyped-def]
        return self.services.auth if self.services is not None else None

    def _logged_in(self, actor: Actor) -> None:
        if actor.must_change_password:
            assert self.services is not None
            current = None
            if isinstance(self.dialog, LoginDialog):  # typed a moment ago: not asked again
                current, self.dialog.one_time_password = self.dialog.one_time_password, ""
            dialog = ChangePasswordDialog(
                self.services.auth, actor, forced=True, current=current or None
            )
            dialog.password_changed.connect(self._open_main_window)
            self._show(dialog)
        else:
            self._open_main_window(actor)

    def _open_main_window(self, actor: Actor) -> None:
        from l4d_desktop.ui.shell.main_window import MainWindow

        assert self.services is not None
        if self.changes is None:
            from l4d_desktop.ui.changes import ChangeBus

            self.changes = ChangeBus(self.services.changes, self)
            from l4d_desktop.core.store.remote_changes import RemoteChanges

            # Other workstations' and processes' commits refresh this window's views too.
            RemoteChanges(self.services.db).start()
        self.window = MainWindow(
            self.services, actor, self.language, self.settings, changes=self.changes
        )
        self.dialog = None
        auth = self.services.auth
        # Loaded after login: the first window must not wait for the lock screen.
        from l4d_desktop.ui.shell.lock_screen import IdleLock

        self.idle_lock = IdleLock(
            auth, actor, auth.idle_lock_minutes(), timeout_ms=self.idle_timeout_ms, parent=self
        )
        self.idle_lock.logged_out.connect(self.log_out)
        self.idle_lock.install()
        self.window.lock_requested.connect(self.idle_lock.lock)
        self.window.logout_requested.connect(self.log_out)
        self.window.register_chosen.connect(self.switch_register)
        self.window.show()
        # Backups and approved retention rules, at start and daily, off the GUI thread.
        from l4d_desktop.ui.shell.upkeep import Upkeep

        self.upkeep = Upkeep(self.services, actor, self.window)
        self.upkeep.done.connect(self.window.show_last_backup)
        self.upkeep.due_found.connect(self.window.show_retention_due)
        self.upkeep.start()
        self.main_window_shown.emit(self.window)

    def log_out(self) -> None:
        """Close every window of the session and return to the login (from the lock screen,
        or when a service call found the user deactivated)."""
        self._end_session(self.show_login)

    def switch_register(self, address: str) -> None:
        """File → Connection chose another register ("" this computer's file): the session
        ends, and the chosen register opens as at a start (a server in the connection dialog,
        which says why it fails; never the old register instead)."""
        if self.window is None:
            return
        old, self.services, self.changes = self.services, None, None
        self._end_session(lambda: open_target(self, address or default_db_path(), None))
        if old is not None:
            old.db.dispose()

    def _end_session(self, show_next: Callable[[], object]) -> None:
        if self.window is None:
            return
        if self.idle_lock is not None:
            self.idle_lock.uninstall()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        window, self.window = self.window, None
        session = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        show_next()  # first, so that the program does not quit with its last window
        window.close()  # remembers its geometry
        for widget in session:
            if widget is not window and widget.isVisible():
                widget.hide()
                widget.deleteLater()
        window.deleteLater()

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.show()
