"""Composition root: crash handling, translators, the first window, then the database and services
(loaded in the background while the user types), then the main window after login.

Translators come before the database so that start-up errors already speak the user's language.
Only light modules are imported here; the database layer loads in a worker thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from l4d_desktop import APP_NAME, ORG_NAME, __version__
from l4d_desktop.app_log import setup_logging
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError, SessionInvalid, StorageError
from l4d_desktop.core.store.probe import has_users
from l4d_desktop.paths import default_db_path, resources_dir
from l4d_desktop.ui import feedback
from l4d_desktop.ui.language import LanguageSwitcher
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog, LoginDialog
from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog
from l4d_desktop.ui.shell.session_events import session_events
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.form import INVALID_STYLE

if TYPE_CHECKING:
    from l4d_desktop.core.services import Services
    from l4d_desktop.ui.changes import ChangeBus
    from l4d_desktop.ui.shell.lock_screen import IdleLock
    from l4d_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

# The menu entry's name (resources/linux/): Wayland compositors find the icon through it.
DESKTOP_ID = "fi.lean4d.L4DDesktop"


class ServicesLoader(QObject):
    """Opens (and if needed migrates) the database in a worker thread; reports back by signal,
    which Qt delivers in the GUI thread."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def start(self) -> None:
        threading.Thread(target=self._run, name="open-database", daemon=True).start()

    def _run(self) -> None:
        try:
            from l4d_desktop.core.services import open_services

            services = open_services(self.path)
        except L4DError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:
            log.error("database could not be opened: %s", type(exc).__name__)
            self.failed.emit(
                StorageError("db_unavailable", path=str(self.path), reason=type(exc).__name__)
            )
            return
        self.loaded.emit(services)


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


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # Exception messages may quote personal data; the log and the dialog get the type and
    # the code location only.
    import traceback

    frames = traceback.extract_tb(tb)
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[-6:])
    if isinstance(exc, SessionInvalid):  # deactivated since login: back to the login
        feedback.show_error(None, APP_NAME, error_text(exc))
        return
    log.error("unexpected %s at %s", kind.__name__, where)
    feedback.show_error(
        None,
        QCoreApplication.translate("App", "Unexpected error"),
        QCoreApplication.translate(
            "App",
            "The program met an unexpected error ({kind}). Nothing was saved from the action that "
            "failed. If it happens again, tell the main administrator.",
        ).format(kind=kind.__name__),
    )


def create_application(
    argv: list[str] | None = None,
) -> tuple[QApplication, QSettings, LanguageSwitcher]:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    # Every window's title bar and the task bar: the program's own icon (QtSvg draws it).
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "l4d-desktop.svg")))
    app.setStyleSheet(INVALID_STYLE)
    settings = QSettings()
    language = LanguageSwitcher(app, settings)
    language.apply(language.saved_or_system(), remember=False)
    return app, settings, language


def launch(
    db_path: Path | str | None = None, after_shown: Callable[[], object] | None = None
) -> StartFlow:
    """Show the first window at once and open the database behind it; `after_shown` runs once
    the window is up (work that can wait, e.g. setting up the log file). Without `db_path`,
    the register the user chose (the first start asks); a server is connected to in the
    connection dialog, which says why it failed."""
    _app, settings, language = create_application()
    flow = StartFlow(language, settings)
    from l4d_desktop.ui.shell.connection_settings import remembered_target

    target = db_path if db_path is not None else remembered_target(settings)
    open_target(flow, target, after_shown)
    return flow


def open_target(
    flow: StartFlow, target: Path | str | None, after_shown: Callable[[], object] | None
) -> None:
    """A file: its login at once, the file opened behind it. A server, or nothing chosen yet
    (None): the connection dialog, which connects in the background."""
    from l4d_desktop.core.connection import is_server

    if target is not None and not is_server(target):
        open_file(flow, Path(target), after_shown)
        return
    from l4d_desktop.ui.shell.connection_start import ServerConnection

    connection = ServerConnection(flow.settings, parent=flow)
    connection.connected.connect(flow.services_ready)
    connection.local_chosen.connect(lambda: open_file(flow, default_db_path(), None))
    connection.begin(None if target is None else str(target))
    if after_shown is not None:
        QTimer.singleShot(0, after_shown)


def open_file(flow: StartFlow, path: Path, after_shown: Callable[[], object] | None) -> None:
    """The login (or first run) at once, the register file opened behind it."""
    flow.start(initialised=bool(has_users(path)))
    loader = ServicesLoader(path)
    loader.loaded.connect(flow.services_ready)
    loader.failed.connect(flow.services_failed)
    flow.loader = loader

    # Start loading once the window has been painted: the loader's imports hold the GIL.
    def when_shown() -> None:
        if after_shown is not None:
            after_shown()
        loader.start()

    # Two hops through the event loop: the first lets the window be exposed and painted (and
    # whatever else was queued right after it run), the second starts the background work.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, when_shown))


def start_gui(db_path: Path | str | None = None) -> StartFlow:
    """Everything `run_gui` does before handing over to Qt's event loop."""
    sys.excepthook = _excepthook
    return launch(db_path, after_shown=setup_logging)


def run_gui(db_path: Path | str | None = None) -> int:
    flow = start_gui(db_path)
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    if flow.services is not None:
        flow.services.db.dispose()
    return int(code)
