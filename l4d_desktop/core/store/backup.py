"""Online backups with SQLite's backup API, owner-only and verified by an integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import replacing
from l4d_desktop.core.store.database import Database


def backup_database(db: Database, dest: Path) -> Path:
    """Copy the live database to `dest` (never a file copy of a live WAL database), owner-only,
    replacing an older copy only once the new one has passed its integrity check."""
    dest = Path(dest).expanduser().resolve()
    if dest == db.path:
        raise StorageError("backup_failed", reason="the destination is the database itself")
    try:
        with replacing(dest, make_folders=True) as partial:
            src = db.raw_connection()
            try:
                out = sqlite3.connect(partial, isolation_level=None)
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
    except OSError as exc:
        raise StorageError("backup_failed", reason=exc.strerror or type(exc).__name__) from None
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
