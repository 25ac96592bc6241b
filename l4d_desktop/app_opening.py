"""Opening the register behind the first window: a file's login at once with the file opened in a
worker thread, or a server through the connection dialog."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from l4d_desktop.core.errors import L4DError, StorageError
from l4d_desktop.core.store.probe import has_users
from l4d_desktop.paths import default_db_path

if TYPE_CHECKING:
    from l4d_desktop.app_flow import StartFlow

log = logging.getLogger(__name__)


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
