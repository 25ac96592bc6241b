"""Owner-only files and folders (0600 / 0700 on POSIX), with nothing but the standard library."""

from __future__ import annotations

import os
import stat
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) with the leaf owner-only on POSIX.

    A folder that already exists is left as it is: `--db ./x.sqlite3` must not lock down the
    user's working folder (or /tmp).
    """
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(OWNER_ONLY_DIR)


def ensure_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if missing; tighten it if it is wider."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, OWNER_ONLY_FILE)
        os.close(fd)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != OWNER_ONLY_FILE:
        path.chmod(OWNER_ONLY_FILE)
