"""Online backups with SQLite's backup API, owner-only and verified by an integrity check."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import ensure_private_dir, ensure_private_file
from l4d_desktop.core.store.database import Database


def backup_database(db: Database, dest: Path) -> Path:
    """Copy the live database to `dest` (never a file copy of a live WAL database)."""
    dest = Path(dest).expanduser().resolve()
    if dest == db.path:
        raise StorageError("backup_failed", reason="the destination is the database itself")
    tmp = dest.with_name(dest.name + ".partial")
    try:
        ensure_private_dir(dest.parent) if not dest.parent.exists() else None
        if tmp.exists():
            tmp.unlink()
        ensure_private_file(tmp)
        src = db.raw_connection()
        try:
            out = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
                result = out.execute("PRAGMA integrity_check").fetchone()
            finally:
                out.close()
        finally:
            src.close()
        if not result or result[0] != "ok":
            raise StorageError("backup_failed", reason="integrity check failed")
        os.replace(tmp, dest)
    except OSError as exc:
        raise StorageError("backup_failed", reason=exc.strerror or type(exc).__name__) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def verify_backup(path: Path) -> bool:
    """True if `path` is an SQLite database that passes `PRAGMA integrity_check`."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        # A damaged or foreign file is the very thing this check exists to report.
        return False
    return bool(row) and row[0] == "ok"
