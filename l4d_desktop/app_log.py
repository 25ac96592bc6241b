"""The application log: rotating, owner-only, in the data folder. It records codes, never
personal data or passwords (messages are written by us, not copied from exceptions)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from l4d_desktop.core.files.private import OWNER_ONLY_FILE, ensure_private_dir, secure_files
from l4d_desktop.paths import data_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_BACKUPS = 3


def setup_logging(folder: Path | None = None) -> Path | None:
    import logging.handlers  # sockets, pickle, queues: not worth loading before the first window

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Every file it opens, also the fresh one after a rollover, is created 0600 (the
        standard handler would make it under the umask, often world-readable)."""

        def _open(self) -> IO[Any]:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(self.baseFilename, flags, OWNER_ONLY_FILE)
            if os.name == "posix":
                os.fchmod(fd, OWNER_ONLY_FILE)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    folder = folder or data_dir() / "logs"
    try:
        ensure_private_dir(folder)
        path = folder / "l4d.log"
        older = [path.with_name(f"{path.name}.{n}") for n in range(1, _BACKUPS + 1)]
        fixed = secure_files([folder, path, *older])
        handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the program
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # SQLAlchemy and Alembic would log statements with parameters at INFO: keep them quiet.
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if fixed:
        logging.getLogger(__name__).info("made owner-only at start: %s", ", ".join(fixed))
    return path
