"""The application log: rotating, owner-only, in the data folder. It records codes, never
personal data or passwords (messages are written by us, not copied from exceptions)."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.core.files import ensure_private_dir, ensure_private_file
from l4d_desktop.paths import data_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path | None = None) -> Path | None:
    import logging.handlers  # sockets, pickle, queues: not worth loading before the first window

    folder = folder or data_dir() / "logs"
    try:
        ensure_private_dir(folder)
        path = folder / "l4d.log"
        ensure_private_file(path)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
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
    return path
