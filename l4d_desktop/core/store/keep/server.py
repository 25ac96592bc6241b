"""A register's keep on its server: a second database, `<DB>_keep`, holding the suppression key and
the erasure journal apart from the register and its dumps, and outliving the register's database
being dropped and made anew (the normal recovery: a restore into an empty database of that name).

Two small tables, not the register's schema: the journal (one row per line the file would hold,
appended, never changed) and the key (one row, never replaced). The application role may only
read and add to them; `l4d db setup` makes the keep and grants that.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    Engine,
    Identity,
    MetaData,
    SmallInteger,
    Table,
    Text,
    create_engine,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as upsert
from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.keep.files import KEY_BYTES, parse_key
from l4d_desktop.core.store.server_errors import reason_of

KEEP_SUFFIX = "_keep"
NAME_BYTES = 63  # PostgreSQL's longest identifier
CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock key of the keep's own: two workstations making its tables at once.
KEEP_LOCK = 0x4C34_444B

metadata = MetaData()
journal_table = Table(
    "erasure_journal",
    metadata,
    Column("id", BigInteger, Identity(), primary_key=True),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("record", Text, nullable=False),  # the line the file would hold
    Column("inserted_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
key_table = Table(
    "suppression_key",
    metadata,
    Column("id", SmallInteger, primary_key=True, autoincrement=False),
    Column("key_hex", Text, nullable=False),
    CheckConstraint("id = 1", name="suppression_key_one_row"),
)
TABLES = (journal_table.name, key_table.name)

T = TypeVar("T")


def keep_name(database: str) -> str:
    """The keep's database name; StorageError when the register's name leaves it no room."""
    name = database + KEEP_SUFFIX
    if len(name.encode("utf-8")) > NAME_BYTES:
        raise StorageError(
            "keep_name_too_long",
            database=database,
            max=NAME_BYTES - len(KEEP_SUFFIX),
        )
    return name


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class KeepMissing(StorageError):
    """The keep's database or tables are not there (yet)."""


class Keep:
    """The keep of the register at `register`, reached with the register's user and password.

    Every write is a transaction of its own on a connection of its own, committed before it
    returns: the journal is written outside the register's transaction, as the file is."""

    def __init__(self, register: ServerAddress, password: str | None = None) -> None:
        self.register = register
        self._password = password
        self._engine: Engine | None = None

    @property
    def address(self) -> ServerAddress:
        return self.register.with_database(keep_name(self.register.database))

    @property
    def server(self) -> str:
        port = f":{self.register.port}" if self.register.port else ""
        return f"{self.register.host}{port}/{self.register.database}{KEEP_SUFFIX}"

    def same_as(self, other: Keep) -> bool:
        return self.server == other.server

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- the journal ---------------------------------------------------------------------------

    def records(self) -> list[tuple[int, str]]:
        """(seq, record) of every line, in the order written; none when there is no keep yet."""
        try:
            with self._connected() as conn:
                rows = conn.execute(
                    select(journal_table.c.seq, journal_table.c.record).order_by(journal_table.c.id)
                )
                return [(int(seq), str(record)) for seq, record in rows]
        except KeepMissing:
            return []

    def append(self, seq: int, record: str) -> None:
        self._write(lambda conn: conn.execute(insert(journal_table).values(seq=seq, record=record)))

    def append_many(self, lines: list[tuple[int, str]]) -> None:
        if lines:
            rows = [{"seq": s, "record": r} for s, r in lines]
            self._write(lambda conn: conn.execute(insert(journal_table), rows))

    # -- the key -------------------------------------------------------------------------------

    def read_key(self) -> bytes | None:
        try:
            with self._connected() as conn:
                found = conn.scalar(select(key_table.c.key_hex).where(key_table.c.id == 1))
        except KeepMissing:
            return None
        return parse_key(found.encode("ascii", "replace")) if found else None

    def give_key(self, key: bytes) -> bytes | None:
        """Store `key` unless a key is there already; the key the keep holds afterwards (two
        workstations making one at the same moment both end up with the first one written)."""
        stmt = upsert(key_table).values(id=1, key_hex=key.hex()).on_conflict_do_nothing()
        self._write(lambda conn: conn.execute(stmt))
        return self.read_key()

    # -- making it -----------------------------------------------------------------------------

    def create(self, owner: str | None = None, application: str | None = None) -> None:
        """Make the keep's database (owned by `owner`) and its tables when missing, and grant
        `application` connecting, reading and adding, nothing more. Run by `l4d db setup` as
        the administrator, and by anyone else who may create databases when the keep is
        found missing. Refused (KeepMissing, `keep_missing`) to a user who may not."""
        name = keep_name(self.register.database)
        admin = create_engine(
            self.register.sqlalchemy_url(self._password),
            hide_parameters=True,
            isolation_level="AUTOCOMMIT",
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )
        try:
            with admin.connect() as conn:
                there = conn.scalar(
                    text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
                )
                if there is None:
                    made_by = f" OWNER {_quoted(owner)}" if owner else ""
                    conn.exec_driver_sql(f"CREATE DATABASE {_quoted(name)}{made_by}")
                elif owner:
                    conn.exec_driver_sql(f"ALTER DATABASE {_quoted(name)} OWNER TO {_quoted(owner)}")
                if application:
                    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {_quoted(name)} FROM PUBLIC")
                    conn.exec_driver_sql(
                        f"GRANT CONNECT ON DATABASE {_quoted(name)} TO {_quoted(application)}"
                    )
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42P04":  # made by another just now
                raise KeepMissing(
                    "keep_missing", path=self.server, reason=reason_of(exc)
                ) from None
        finally:
            admin.dispose()
        try:
            with self._engine_().begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": KEEP_LOCK})
                if owner:
                    for table in TABLES:  # made earlier by whoever first found it missing
                        conn.exec_driver_sql(
                            f"ALTER TABLE IF EXISTS {table} OWNER TO {_quoted(owner)}"
                        )
                    conn.exec_driver_sql(f"SET LOCAL ROLE {_quoted(owner)}")
                metadata.create_all(conn, checkfirst=True)
                if application:
                    app = _quoted(application)
                    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {app}")
                    for table in TABLES:
                        # Append-only: a state change is a new line, the key is never replaced.
                        conn.exec_driver_sql(f"REVOKE ALL ON {table} FROM {app}")
                        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {table} TO {app}")
        except DBAPIError as exc:
            raise KeepMissing("keep_missing", path=self.server, reason=reason_of(exc)) from None

    # -- connections ---------------------------------------------------------------------------

    def _engine_(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(
                self.address.sqlalchemy_url(self._password),
                hide_parameters=True,
                pool_pre_ping=True,
                pool_size=1,
                max_overflow=4,
                connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
            )
        return self._engine

    @contextmanager
    def _connected(self) -> Iterator[Connection]:
        """A connection to the keep; what the server refuses becomes a StorageError naming the
        keep (KeepMissing when its database or tables are not there)."""
        try:
            with self._engine_().connect() as conn:
                yield conn
                conn.commit()
        except DBAPIError as exc:
            said = str(exc.orig)
            missing = getattr(exc.orig, "sqlstate", None) in ("3D000", "42P01") or (
                "does not exist" in said and "database" in said
            )
            kind = KeepMissing if missing else StorageError
            code = "keep_missing" if missing else "keep_unavailable"
            raise kind(code, path=self.server, reason=reason_of(exc)) from None

    def _write(self, action: Callable[[Connection], T]) -> T:
        """`action` in a transaction of its own; the keep is made first when it is missing and
        this user may make it."""
        try:
            with self._connected() as conn:
                return action(conn)
        except KeepMissing:
            self.create()
        with self._connected() as conn:
            return action(conn)


class KeepKeyStore:
    """The suppression key in the register's keep (what `session.info` hands the list)."""

    def __init__(self, keep: Keep) -> None:
        self.keep = keep

    @property
    def where(self) -> str:
        return self.keep.server

    def read(self) -> bytes | None:
        return self.keep.read_key()

    def create(self) -> bytes:
        key = self.keep.give_key(secrets.token_bytes(KEY_BYTES))
        if key is None:
            raise StorageError("keep_unavailable", path=self.keep.server, reason="no key")
        return key


class KeepJournalLines:
    """The erasure journal's lines in the register's keep, one row each."""

    def __init__(self, keep: Keep) -> None:
        self.keep = keep

    def lines(self) -> list[bytes]:
        try:
            return [record.encode("utf-8") for _, record in self.keep.records()]
        except StorageError as exc:
            raise StorageError("journal_unreadable", reason=_reason(exc)) from None

    def append(self, seq: int, line: bytes) -> None:
        try:
            self.keep.append(seq, line.decode("utf-8"))
        except StorageError as exc:
            raise StorageError("journal_unwritable", reason=_reason(exc)) from None


def _reason(exc: StorageError) -> str:
    return f"{exc.params.get('path', '')}: {exc.params.get('reason', exc.code)}"
