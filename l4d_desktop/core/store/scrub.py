"""The checkpoint after an erasure or a purge, so that no byte of the person stays in the files.

The database runs with `secure_delete=ON` (store/database.py), so SQLite overwrites deleted and
replaced content with zeros in the pages it writes; the checkpoint copies those pages into the
main file and truncates the WAL, which still held the earlier versions of the pages.

A marker file beside the database (`<database>.scrub-pending`, empty) is made before an erasure
commits and removed once its checkpoint is complete: a process that dies in between, or a
checkpoint kept busy by a reader, leaves it, and the next start (or `l4d maintenance scrub`)
finishes the work.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_scrub import vacuum_personal_tables

# Each attempt waits this long for readers, then sleeps.
SCRUB_ATTEMPTS = 20
SCRUB_BUSY_TIMEOUT_MS = 250
SCRUB_SLEEP_S = 0.05
PENDING_SUFFIX = ".scrub-pending"


def pending_marker(db: Database) -> Path:
    return db.path.with_name(db.path.name + PENDING_SUFFIX)


def mark_scrub_pending(db: Database) -> None:
    """Note that a checkpoint is owed; called inside the transaction, before it commits."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(pending_marker(db), flags, 0o600))


def scrub_pending(db: Database) -> bool:
    """Whether an erasure or purge committed without its checkpoint being completed."""
    return pending_marker(db).is_file()


@dataclass(frozen=True)
class ScrubOutcome:
    """The checkpoint after an erasure or a purge: `ok` when the WAL was folded into the main
    file and truncated. The other figures are SQLite's own result row of the last attempt."""

    ok: bool
    attempts: int
    busy: int
    log_frames: int
    checkpointed_frames: int
    wal_bytes: int


def scrub_wal(
    db: Database,
    *,
    attempts: int = SCRUB_ATTEMPTS,
    busy_timeout_ms: int = SCRUB_BUSY_TIMEOUT_MS,
    sleep_s: float = SCRUB_SLEEP_S,
) -> ScrubOutcome:
    """`PRAGMA wal_checkpoint(TRUNCATE)` until SQLite reports it complete.

    Done on a connection of its own in autocommit mode (a checkpoint inside a transaction is
    refused). SQLite answers (busy, frames in the log, frames checkpointed): busy is 1 while a
    reader still uses an older snapshot or a writer is active; each attempt then waits
    `busy_timeout_ms` inside SQLite, and another follows after a short sleep.
    """
    if isinstance(db, ServerDatabase):
        return _scrub_server(db)
    wal = db.path.with_name(db.path.name + "-wal")
    result: tuple[int, int, int] = (1, -1, -1)
    done = 0
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        while done < attempts:
            done += 1
            try:
                row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                result = (int(row[0]), int(row[1]), int(row[2]))
            except sqlite3.OperationalError:  # "database is locked" / "table is locked"
                result = (1, -1, -1)
            if result[0] == 0 and result[1] == result[2]:
                break
            time.sleep(sleep_s)
    finally:
        conn.close()
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    busy, log_frames, checkpointed = result
    ok = busy == 0 and log_frames == checkpointed
    if ok:
        pending_marker(db).unlink(missing_ok=True)
    return ScrubOutcome(ok, done, busy, log_frames, checkpointed, wal_bytes)


def _scrub_server(db: ServerDatabase) -> ScrubOutcome:
    """On a server the same outcome means: the tables were rewritten and checkpointed."""
    ok = vacuum_personal_tables(db)
    if ok:
        pending_marker(db).unlink(missing_ok=True)
    return ScrubOutcome(ok, 1, 0 if ok else 1, 0, 0, 0)


__all__ = [
    "SCRUB_ATTEMPTS",
    "ScrubOutcome",
    "mark_scrub_pending",
    "pending_marker",
    "scrub_pending",
    "scrub_wal",
]
