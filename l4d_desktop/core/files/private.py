"""Owner-only files and folders (0600 / 0700 on POSIX), with nothing but the standard library."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def ensure_private_dir(folder: Path) -> None:
    """Create `folder`, and every missing folder above it, owner-only on POSIX.

    A folder that already exists is left as it is: `--db ./x.sqlite3` must not lock down the
    user's working folder (or /tmp).
    """
    if folder.is_dir():
        return
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for level in reversed(missing):
        try:
            level.mkdir(mode=OWNER_ONLY_DIR)
        except FileExistsError:
            if level.is_dir():
                continue  # made by someone else meanwhile: not ours to change
            raise
        if os.name == "posix":
            level.chmod(OWNER_ONLY_DIR)  # the umask may have taken more than asked


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


class UnsafeTarget(OSError):
    """The final name is a link, device, pipe or folder, or (without `replace`) an existing file:
    nothing was written. An OSError, so every face already reports it by `strerror`."""


def check_target(path: Path, *, replace: bool) -> None:
    """Refuse a final name the writer must not take: never follow a link, never replace a
    special file or a folder, and an existing file only when the caller says `replace`."""
    try:
        st = Path(path).lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeTarget(
            errno.EEXIST,
            "not a regular file (a link, device, pipe or folder) and never replaced",
            str(path),
        )
    if not replace:
        raise UnsafeTarget(errno.EEXIST, "exists and was not replaced", str(path))


@contextmanager
def replacing(path: Path, *, make_folders: bool = False, replace: bool = True) -> Iterator[Path]:
    """The program's one way to write a file: a new owner-only file beside `path`, for the block
    to fill, synced and renamed over `path` when the block ends without error, removed when it
    fails. A reader never sees half a file, and a failure leaves the old file (or none) and no
    stray copy. With `make_folders`, missing folders are made, owner-only; without, a missing
    folder is an error (a mistyped place the user chose).

    A final name that is a link, device, FIFO or folder is refused (UnsafeTarget), before and
    again just before the rename; an existing file is replaced only with `replace` (the GUI
    passes it once its save dialog asked, the command line with --force)."""
    path = Path(path)
    check_target(path, replace=replace)
    if make_folders:
        ensure_private_dir(path.parent)
    # mkstemp: a name no other writer (thread or process) has, created 0600.
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        check_target(path, replace=replace)  # may have appeared while the block wrote
        if replace:
            os.replace(temp, path)  # renames over a link or node itself: never follows one
        else:
            # A hard link fails if the name exists by now: no check-then-overwrite window.
            try:
                os.link(temp, path)
            except FileExistsError:
                raise UnsafeTarget(errno.EEXIST, "exists and was not replaced", str(path)) from None
            temp.unlink()
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def replacing_text(
    path: Path, encoding: str = "utf-8", *, replace: bool = True
) -> Iterator[TextIO]:
    """`replacing`, as a text stream (newline="": the writer chooses its line ends)."""
    with (
        replacing(path, replace=replace) as temp,
        temp.open("w", encoding=encoding, newline="") as out,
    ):
        yield out


def write_private(
    path: Path, content: bytes, *, make_folders: bool = False, replace: bool = True
) -> None:
    """Write `content` to `path` owner-only and atomically (see `replacing`)."""
    with replacing(path, make_folders=make_folders, replace=replace) as temp:
        temp.write_bytes(content)
