"""A quick look at a database file with the standard library alone: does it have users yet?

The start window (first run or login) depends on the answer, and it must appear before the
database layer has finished loading.
"""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.core.files.private import ensure_private_file


def has_users(path: Path) -> bool | None:
    """False for a missing or empty database, True when users exist, None when unsure."""
    if not path.exists():
        return False
    import sqlite3  # not needed for a database that does not exist yet

    try:
        # SQLite gives the WAL and SHM files the main file's mode: tighten it before opening.
        ensure_private_file(path)
        conn = sqlite3.connect(path, timeout=2)
        try:
            conn.execute("PRAGMA query_only=ON")
            table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='users'"
            ).fetchone()
            if table is None:
                return False
            return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()[0])
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
