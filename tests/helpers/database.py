"""Raw looks at a test's database file, and the register migrated once and copied for each test.

Raw `sqlite3` connections are used on purpose: they see the file as an attacker or a careless
script would, without the services' checks in between.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store import migrate

AUDIT_COLUMNS = (
    "id",
    "at",
    "actor_id",
    "action",
    "object_type",
    "object_id",
    "outcome",
    "detail",
    "prev_hash",
    "hash",
)

# What the program itself gives the database file and its folder.
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


@contextmanager
def raw_db(path: Path) -> Iterator[Any]:
    """A plain sqlite3 connection in autocommit mode, closed afterwards (for a test database on
    a server, a psycopg connection that takes the same `?` placeholders)."""
    if path in server_databases:
        with _ServerConnection(server_databases[path]) as server:
            yield server
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


class _ServerConnection:
    """psycopg in autocommit mode, answering `execute(sql, params)` as sqlite3 does."""

    def __init__(self, address: str) -> None:
        import psycopg

        from l4d_desktop.core.store.address import parse_address

        url = parse_address(address).sqlalchemy_url()
        self._conn = psycopg.connect(
            dbname=url.database, user=url.username, host=url.query["host"], autocommit=True
        )

    def __enter__(self) -> _ServerConnection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._conn.close()

    # As sqlite3's: called with (cursor, row) for each row, when set.
    row_factory: Any = None

    def execute(self, sql: str, params: Any = ()) -> Any:
        cursor = self._conn.execute(sql.replace("%", "%%").replace("?", "%s"), params)
        if self.row_factory is None:
            return cursor
        factory = self.row_factory
        rows = [factory(cursor, row) for row in cursor.fetchall()] if cursor.description else []
        return _Rows(rows)


class _Rows(list[Any]):
    """Rows already made by a row factory, read as a cursor is."""

    def fetchall(self) -> list[Any]:
        return list(self)

    def fetchone(self) -> Any:
        return self[0] if self else None


def audit_rows(path: Path) -> list[dict[str, Any]]:
    with raw_db(path) as conn:
        rows = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log ORDER BY id")
        return [dict(zip(AUDIT_COLUMNS, row, strict=True)) for row in rows]


def table_count(path: Path, table: str) -> int:
    with raw_db(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def migrated_register(folder: Path, hasher: PasswordHasher) -> bytes:
    """The bytes of an empty register at the newest schema (no users), opened as the program
    opens it: the template every test's database is copied from."""
    path = folder / "template.sqlite3"
    services = open_services(path, hasher=hasher)
    try:
        revision = migrate.current_revision(services.db)
    finally:
        services.db.dispose()
    if revision != migrate.head_revision():
        raise RuntimeError(f"the template stopped at {revision}, not at the head")
    confirm_every_basis(path)
    # The last connection's close checkpoints the write-ahead log into the file; a log left
    # behind would hold part of the schema, and the copy would lack it.
    side_files = [p.name for p in folder.iterdir() if p.name.startswith(path.name + "-")]
    if side_files:
        raise RuntimeError(f"the template left {side_files} beside it")
    return path.read_bytes()


def confirm_every_basis(path: Path) -> None:
    """As a pääkäyttäjä who has confirmed the seeded legal bases leaves the register: access
    letters and the privacy notice are issued only then. Tests of the unconfirmed seed open a
    freshly migrated file instead (tests/core/register/test_basis_confirmation.py)."""
    with raw_db(path) as conn:
        conn.execute("UPDATE processing_purposes SET basis_confirmed = true")


def copy_register(image: bytes, path: Path) -> Path:
    """Write `image` as a new database file at `path`, owner-only from its first byte, in an
    owner-only folder, as the program would have created it."""
    path.parent.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    with os.fdopen(fd, "wb") as out:
        out.write(image)
    return path


# The test databases on a server, by the path their store names them with (db.path), so that
# the raw looks above find them.
server_databases: dict[Path, str] = {}


def reopen(path: Path, **kwargs: Any) -> Services:
    """Services of another process on the test's register: `open_services(path)` for a file,
    the same server database (and local folder) for a register on a server."""
    if path in server_databases:
        return open_services(server_databases[path], local_folder=path.parent, **kwargs)
    return open_services(path, **kwargs)
