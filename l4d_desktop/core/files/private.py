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


def tighten(path: Path) -> bool:
    """Make an existing file 0600 (a folder 0700) if group or others have any access to it.

    True when the mode was changed. Nothing to do (False) on Windows, where the files live in
    the user's own profile folder, or when `path` does not exist.
    """
    if os.name != "posix":
        return False
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode):
        return False  # never follow a link to change some other file
    if not stat.S_IMODE(st.st_mode) & 0o077:
        return False
    path.chmod(OWNER_ONLY_DIR if stat.S_ISDIR(st.st_mode) else OWNER_ONLY_FILE)
    return True


def database_files(db_path: Path) -> list[Path]:
    """The database, its WAL, SHM and journal, and the backups made before schema upgrades."""
    names = [db_path.name + suffix for suffix in ("", "-wal", "-shm", "-journal")]
    paths = [db_path.with_name(n) for n in names]
    if db_path.parent.is_dir():
        paths += sorted(db_path.parent.glob(f"{db_path.name}.before-*.bak"))
    return paths


def secure_files(paths: list[Path]) -> list[str]:
    """Tighten every path given (see `tighten`); return the names of those that were wider.

    Names only, no folders: a path may carry the user's name, and the result is logged.
    """
    fixed: list[str] = []
    for path in paths:
        try:
            if tighten(path):
                fixed.append(path.name)
        except OSError:
            continue  # not ours to change (another owner): nothing we can do here
    return fixed


def write_private(path: Path, content: bytes) -> None:
    """Write `content` to `path` owner-only and atomically: into a new file beside it, synced,
    then renamed over `path`, so a reader never sees half a letter and a failure leaves the
    old file (or none) and no stray copy."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(
        temp, os.O_CREAT | os.O_WRONLY | os.O_EXCL | getattr(os, "O_BINARY", 0), OWNER_ONLY_FILE
    )
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
