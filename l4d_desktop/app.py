"""Composition root: crash handling, translators, database, services, then first run or login,
then the main window — in that order, so that start-up errors already speak the user's language."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QWidget

from l4d_desktop import APP_NAME, ORG_NAME, __version__
from l4d_desktop.app_log import setup_logging
from l4d_desktop.core.access import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.paths import default_db_path
from l4d_desktop.ui import feedback
from l4d_desktop.ui.account_dialogs import ChangePasswordDialog, FirstRunDialog, LoginDialog
from l4d_desktop.ui.form import INVALID_STYLE
from l4d_desktop.ui.language import LanguageSwitcher
from l4d_desktop.ui.main_window import MainWindow
from l4d_desktop.ui.texts import error_text

log = logging.getLogger(__name__)


class StartFlow(QObject):
    """First run → login → (forced password change) → main window, each step a non-modal dialog."""

    main_window_shown = Signal(MainWindow)

    def __init__(self, services: Services, language: LanguageSwitcher, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.language = language
        self.settings = settings
        self.dialog: QWidget | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        if self.services.auth.is_initialised():
            self.show_login()
        else:
            dialog = FirstRunDialog(self.services.auth, self.language)
            dialog.admin_created.connect(lambda _a: self.show_login())
            self._show(dialog)

    def show_login(self) -> None:
        dialog = LoginDialog(self.services.auth, self.language)
        dialog.logged_in.connect(self._logged_in)
        self._show(dialog)

    def _logged_in(self, actor: Actor) -> None:
        if actor.must_change_password:
            dialog = ChangePasswordDialog(self.services.auth, actor, forced=True)
            dialog.password_changed.connect(self._open_main_window)
            self._show(dialog)
        else:
            self._open_main_window(actor)

    def _open_main_window(self, actor: Actor) -> None:
        self.window = MainWindow(self.services, actor, self.language, self.settings)
        self.dialog = None
        self.window.show()
        self.main_window_shown.emit(self.window)

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # Exception messages may quote personal data; the log and the dialog get the type and
    # the code location only.
    frames = traceback.extract_tb(tb)
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[-6:])
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
    app.setStyleSheet(INVALID_STYLE)
    settings = QSettings()
    language = LanguageSwitcher(app, settings)
    language.apply(language.saved_or_system(), remember=False)
    return app, settings, language


def open_database(path: Path) -> Services | None:
    """Open and migrate; on failure tell the user why, in their language."""
    try:
        return open_services(path)
    except L4DError as exc:
        log.error("database could not be opened: %s", exc.code)
        feedback.show_error(None, APP_NAME, error_text(exc))
        return None


def run_gui(db_path: Path | None = None) -> int:
    setup_logging()
    sys.excepthook = _excepthook
    app, settings, language = create_application()
    services = open_database(Path(db_path) if db_path else default_db_path())
    if services is None:
        return 1
    flow = StartFlow(services, language, settings)
    flow.start()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    services.db.dispose()
    return int(code)
