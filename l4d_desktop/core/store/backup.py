"""Online backups with SQLite's backup API, owner-only and verified by an integrity check."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import replacing
from l4d_desktop.core.files.temp import TempFiles, temp_root_for
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.postgres import ServerDatabase


def backup_database(db: Database, dest: Path, *, replace: bool = True) -> Path:
    """Copy the live database to `dest` (never a file copy of a live WAL database), owner-only,
    replacing an older copy (only with `replace`) once the new one has passed its integrity
    check. A link, device, pipe or folder at `dest` is refused, never followed or replaced.

    The partial copy has a name of its own (two backups to one place do not meet), is removed
    on failure, and is noted in the database's temporary folder so that the next start removes
    it should this process be killed meanwhile."""
    if isinstance(db, ServerDatabase):  # pg_dump's custom format, verified by pg_restore
        from l4d_desktop.core.store.server_backup import backup_server

        return backup_server(db, dest, replace=replace)
    # Absolute, not resolved: a link at `dest` is refused by the writer, never followed.
    dest = Path(os.path.abspath(Path(dest).expanduser()))
    if dest.exists() and dest.resolve() == db.path:
        raise StorageError("backup_failed", reason="the destination is the database itself")
    notes = TempFiles(temp_root_for(db.path))
    try:
        with replacing(dest, make_folders=True, replace=replace) as partial:
            _note(notes, partial)
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
    finally:
        notes.cleanup()
    return dest


def _note(notes: TempFiles, partial: Path) -> None:
    # No usable temporary folder (e.g. a stranger's link in its place): the backup goes on;
    # only the clean-up after a kill is lost.
    with contextlib.suppress(OSError):
        notes.note_partial(partial)


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
