"""Restoring a backup's file: checked before anything is replaced, copied beside the target,
and swapped in with the current database kept aside until the swap has succeeded."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import ensure_private_dir
from l4d_desktop.core.store.backup import verify_backup

_SIDE_FILES = ("-wal", "-shm")
_REQUIRED_TABLES = {"alembic_version", "audit_log", "customers", "users"}
# The copy being prepared: a hidden temporary name the start-up sweep knows (files/temp.py).
STAGING_SUFFIX = ".restoring.tmp"
ASIDE_MARK = ".before-restore-"
# Files of the program's own beside the database that the copy needs while the erasures are
# replayed in it (the suppression list's key): lent to the copy, never inside a backup.
_COMPANION_SUFFIXES = (".suppression-key",)


def check_backup(backup: Path) -> dt.datetime | None:
    """Refuse anything but a sound database of this program; returns the backup's time (its
    audit log's last entry, the moment after which nothing is in it), None for an empty log."""
    if backup.is_symlink() or not backup.is_file():
        raise StorageError("restore_invalid", reason="not a regular file")
    if not verify_backup(backup):
        raise StorageError("restore_invalid", reason="not a database that passes its check")
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not names >= _REQUIRED_TABLES:
            raise StorageError("restore_invalid", reason="not a database of this program")
        row = conn.execute("SELECT max(at) FROM audit_log").fetchone()
    finally:
        conn.close()
    return dt.datetime.fromisoformat(row[0]) if row and row[0] else None


def stage_copy(backup: Path, target: Path) -> Path:
    """Copy the backup beside `target` (same file system, so the swap is a rename)."""
    ensure_private_dir(target.parent)
    staging = target.with_name(f".{target.name}{STAGING_SUFFIX}")
    for suffix in ("", *_SIDE_FILES):
        Path(str(staging) + suffix).unlink(missing_ok=True)
    fd = os.open(staging, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    for suffix in _COMPANION_SUFFIXES:
        own = Path(str(target) + suffix)
        if own.is_file() and not own.is_symlink():
            lent = Path(str(staging) + suffix)
            lent.unlink(missing_ok=True)
            fd = os.open(lent, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(own.read_bytes())
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(staging, isolation_level=None)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return staging


def existing_customers(target: Path, ids: list[int]) -> set[int]:
    """Which of `ids` are customers in the database at `target` (to settle its journal)."""
    if not ids or not target.is_file():
        return set()
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        marks = ",".join(str(int(i)) for i in ids)
        return {r[0] for r in conn.execute(f"SELECT id FROM customers WHERE id IN ({marks})")}
    except sqlite3.DatabaseError:
        return set()
    finally:
        conn.close()


@contextmanager
def swapping(staging: Path, target: Path, now: dt.datetime) -> Iterator[Path]:
    """Move the current database (and its WAL and SHM) aside, put `staging` in its place,
    yield the aside name; on an error the current database is put back. The copy set aside is
    removed once the caller's block has succeeded."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    aside = target.with_name(f"{target.name}{ASIDE_MARK}{stamp}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):
            current = Path(str(target) + suffix)
            if current.exists():
                dest = Path(str(aside) + suffix)
                os.replace(current, dest)
                moved.append((dest, current))
        os.replace(staging, target)
        yield aside
    except BaseException:
        if target.exists() and moved:
            target.unlink()
        for dest, current in moved:
            os.replace(dest, current)
        raise
    for dest, _current in moved:
        dest.unlink(missing_ok=True)
    for suffix in _COMPANION_SUFFIXES:
        lent, own = Path(str(staging) + suffix), Path(str(target) + suffix)
        if lent.exists() and not own.exists():
            os.replace(lent, own)  # made during the replay: the database's own from now on
        lent.unlink(missing_ok=True)


def recover_interrupted_restore(target: Path) -> str | None:
    """At start: a restore killed between setting the current database aside and putting the
    copy in its place left no database at `target`: the one set aside goes back ("returned").
    One killed after the swap left the old one aside: it goes ("removed"). None: nothing to do."""
    asides = sorted(
        p
        for p in target.parent.glob(f"{target.name}{ASIDE_MARK}*")
        if p.is_file() and not p.is_symlink() and not p.name.endswith(_SIDE_FILES)
    )
    if not asides:
        return None
    newest = asides[-1]
    if not target.exists():
        for suffix in ("", *_SIDE_FILES):
            moved = Path(str(newest) + suffix)
            if moved.exists():
                os.replace(moved, Path(str(target) + suffix))
        return "returned"
    for aside in asides:
        for suffix in ("", *_SIDE_FILES):
            Path(str(aside) + suffix).unlink(missing_ok=True)
    return "removed"


def drop_empty_side_files(path: Path) -> bool:
    """Remove the WAL and SHM a checkpointed, closed copy was left with (the check opened it);
    False when its WAL still holds pages, which must not be thrown away."""
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        return False
    for suffix in _SIDE_FILES:
        Path(str(path) + suffix).unlink(missing_ok=True)
    return True


def discard_staging(staging: Path) -> None:
    for suffix in ("", *_SIDE_FILES, *_COMPANION_SUFFIXES):
        Path(str(staging) + suffix).unlink(missing_ok=True)


__all__ = [
    "check_backup",
    "discard_staging",
    "drop_empty_side_files",
    "existing_customers",
    "recover_interrupted_restore",
    "stage_copy",
    "swapping",
]
