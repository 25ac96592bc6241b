"""Composition root: crash handling, translators, the first window, then the database and services
(loaded in the background while the user types), then the main window after login.

Translators come before the database so that start-up errors already speak the user's language.
Only light modules are imported here; the database layer loads in a worker thread
(app_opening.py), and the windows follow one another as app_flow.py's StartFlow says.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from l4d_desktop import APP_NAME, ORG_NAME, __version__
from l4d_desktop.app_flow import StartFlow
from l4d_desktop.app_log import setup_logging
from l4d_desktop.app_opening import open_target
from l4d_desktop.core.errors import SessionInvalid
from l4d_desktop.paths import resources_dir
from l4d_desktop.ui import feedback
from l4d_desktop.ui.language import LanguageSwitcher
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.form import INVALID_STYLE

log = logging.getLogger(__name__)

# The menu entry's name (resources/linux/): Wayland compositors find the icon through it.
DESKTOP_ID = "fi.lean4d.L4DDesktop"


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
