"""A quick look at a database file with the standard library alone: is it ours, has it users?

The start window (first run or login) depends on the answer, and it must appear before the
database layer has finished loading. A file that is not an L4D database must be refused as it
was found: nothing here writes to it, changes its mode or its journal.
"""

from __future__ import annotations

import stat
from pathlib import Path

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import ensure_private_file

_SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every L4D database has had since its first schema (0001): with Alembic's own table,
# they tell our file from another program's SQLite database.
_OUR_TABLES = frozenset({"alembic_version", "users", "audit_log"})


def refuse_address(value: str) -> None:
    """A database given as an address (`postgresql://…`) is not a path: refuse it plainly
    rather than make a file of that name."""
    if "://" in value:
        raise StorageError(
            "db_unavailable",
            path=value.split("://", 1)[0] + "://…",  # the rest may hold a password
            reason="a server's address is opened from the command line (l4d --db postgresql://…);"
            " here, give the path of a database file",
        )


def refuse_foreign(path: Path) -> None:
    """Raise StorageError, leaving the file untouched, when `path` exists and is not an L4D
    database (or one not yet given any table)."""
    reason = _foreign_reason(path)
    if reason is not None:
        raise StorageError("db_unavailable", path=str(path), reason=reason)


def _foreign_reason(path: Path) -> str | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    if not stat.S_ISREG(st.st_mode):
        return "not a file; it was left unchanged"
    if st.st_size == 0:
        return None  # made by us and left empty, or by the user for us: nothing to lose
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    if header != _SQLITE_HEADER:
        return "not an L4D database; it was left unchanged"
    tables = _table_names(path)
    if tables is None:
        return "not an L4D database, or damaged; it was left unchanged"
    if tables and not tables >= _OUR_TABLES:
        return "not an L4D database; it was left unchanged"
    if not tables and _unread_log(path):
        # Its tables may all be in a log that immutable=1 does not read: cannot tell whose.
        return "not an L4D database, or damaged; it was left unchanged"
    return None


def _table_names(path: Path) -> set[str] | None:
    """The file's table names, read without writing anything; None when it cannot be read."""
    import sqlite3  # not needed for a database that does not exist yet

    # Without a shared-memory file beside it, immutable=1 reads the file as it lies: a
    # read-only connection to a WAL file would otherwise leave new -wal and -shm files there.
    live = path.with_name(path.name + "-shm").exists()
    query = "mode=ro" if live else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{query}", uri=True, timeout=2)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {str(r[0]) for r in rows}


def _unread_log(path: Path) -> bool:
    """A non-empty WAL with no shared-memory file: what `_table_names` read may be stale."""
    if path.with_name(path.name + "-shm").exists():
        return False
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def has_users(path: Path) -> bool | None:
    """False for a missing or empty database, True when users exist, None when unsure (also
    for a file that is not ours, which is left untouched)."""
    if not path.exists():
        return False
    if _foreign_reason(path) is not None:
        return None
    import sqlite3

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
