"""The register on a PostgreSQL server: the same units of work as on SQLite, one writer at a time."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from l4d_desktop.core.changes import ChangeFeed
from l4d_desktop.core.errors import L4DError, NotFoundError, StorageError
from l4d_desktop.core.files.private import ensure_private_dir
from l4d_desktop.core.store.address import ServerAddress
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import ErasureJournal
from l4d_desktop.core.store.keep.adoption import give_files_beside
from l4d_desktop.core.store.keep.server import Keep, KeepJournalLines, KeepKeyStore
from l4d_desktop.core.store.remote_changes import CHANNEL, new_origin, notify_payload
from l4d_desktop.core.store.server_errors import connection_error
from l4d_desktop.core.store.server_watch import ServerCommitWatch
from l4d_desktop.core.store.session_info import KEY_STORE_KEY, LOCAL_PATH_KEY, KeyStore
from l4d_desktop.core.store.written_tables import WrittenTables

# pg_advisory_xact_lock keys of the program's own (any two 64-bit numbers no one else uses):
# every write transaction takes WRITE_LOCK first, as SQLite's BEGIN IMMEDIATE takes the file's
# write lock, so the audit chain, counters and "is it still free?" checks see one writer at a time.
WRITE_LOCK = 0x4C34_4457
MIGRATION_LOCK = 0x4C34_444D
CONNECT_TIMEOUT_S = 10
_TRIGRAM = re.compile(r"[^\W_]{3}")


class ServerDatabase(Database):
    """A register on a PostgreSQL server, reached through psycopg 3 (libpq).

    `path` names a file that never exists, in a folder of this computer kept for the server:
    beside it live what the program keeps locally (the audit chain's anchor, temporary files).
    The suppression key and the erasure journal are the server's, in the register's keep.
    """

    engine_name = "postgresql"
    substring_index = True  # the trigram index of migration 0013

    def index_narrows(self, terms: Sequence[str]) -> bool:
        # pg_trgm takes trigrams from the runs of letters and digits of a LIKE pattern: a term
        # whose runs are all shorter than three gives none, and the index then lists every row.
        return any(_TRIGRAM.search(t) for t in terms)

    def __init__(
        self,
        address: ServerAddress,
        local_folder: Path,
        changes: ChangeFeed | None = None,
        password: str | None = None,
    ) -> None:
        self.address = address
        # Names this process's commits in the notifications, so that it ignores its own.
        self.origin = new_origin()
        self._password = password
        self.path = (local_folder / address.local_name()).resolve()
        try:
            ensure_private_dir(self.path.parent)
        except OSError as exc:
            raise StorageError(
                "db_unavailable", path=str(self.path.parent), reason=exc.strerror
            ) from None
        self.engine = self._make_engine()
        self.keep = Keep(address, password)
        self.changes = changes if changes is not None else ChangeFeed()
        self._written = WrittenTables(self.engine)
        # Reads that must be one snapshot (a person's data, an export) get one, and cannot
        # write. (Write transactions stay READ COMMITTED: they take WRITE_LOCK first, so no
        # other writer commits while they read, and a snapshot taken before the lock would
        # miss what the writer before them committed.)
        self._read_engine = self.engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        info = {LOCAL_PATH_KEY: str(self.path), KEY_STORE_KEY: self.suppression_key_store()}
        self._sessions = sessionmaker(bind=self._read_engine, expire_on_commit=False, info=info)
        self._write_engine = self.engine.execution_options(l4d_write=True)
        self._write_sessions = sessionmaker(
            bind=self._write_engine, expire_on_commit=False, info=info
        )
        self._check_connection()

    @property
    def url(self) -> str:
        return str(self.address)

    def suppression_key_store(self) -> KeyStore:
        return KeepKeyStore(self.keep)

    def erasure_journal(self) -> ErasureJournal:
        return ErasureJournal(KeepJournalLines(self.keep))

    def adopt_local_files(self, key_fits: Callable[[bytes], bool]) -> None:
        """A register set up before its keep: this workstation's key file and journal (kept
        beside its local name) are given to the keep, the key only when it fits the register's
        entries. A keep that cannot take them now leaves them for the next start."""
        try:
            give_files_beside(self.keep, self.path, key_fits)
        except L4DError as exc:
            logging.getLogger(__name__).warning("the keep took no local files: %s", exc.code)

    def dispose(self) -> None:
        self.keep.dispose()
        self.engine.dispose()

    @property
    def password(self) -> str | None:
        """The password given at start (None when libpq finds it in ~/.pgpass)."""
        return self._password

    @property
    def server(self) -> str:
        return self.address.server

    def _make_engine(self) -> Engine:
        engine = create_engine(
            self.address.sqlalchemy_url(self._password),
            hide_parameters=True,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Timestamps are kept as UTC without a zone, as on SQLite.
            with dbapi_conn.cursor() as cur:
                cur.execute("SET TIME ZONE 'UTC'")
                # A statement run often is prepared by psycopg, and a generic plan of a search's
                # `LIKE $1` is made without the pattern: it cannot tell one of one or two
                # letters (no trigram, the trigram index cannot help) from a longer one. Every
                # execution is planned for its own values.
                cur.execute("SET plan_cache_mode = force_custom_plan")
            dbapi_conn.commit()

        @event.listens_for(engine, "handle_error")
        def _on_error(context: Any) -> None:
            # Ids are 64-bit on SQLite and 32-bit here: an id beyond the column's range names
            # no row, as a free id on SQLite names none (22003: numeric_value_out_of_range).
            if getattr(context.original_exception, "sqlstate", None) == "22003":
                raise NotFoundError("record") from None

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if conn.get_execution_options().get("l4d_write"):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

        return engine

    def _check_connection(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
                conn.rollback()
        except DBAPIError as exc:
            self.engine.dispose()
            raise connection_error(self.address, exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """As on SQLite; besides, the commit tells the other workstations what kinds of record
        it changed (NOTIFY is sent with the commit, never for a rolled-back transaction)."""
        with (
            self._written.collecting() as written,
            self._write_sessions() as session,
            session.begin(),
        ):
            yield session
            if written:
                session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {
                        "channel": CHANNEL,
                        "payload": notify_payload(self.origin, frozenset(written)),
                    },
                )
        self.changes.announce(written)

    def fix_permissions(self) -> None:
        """The server keeps its own files; there is nothing of ours to tighten."""

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            conn.commit()

    def raw_connection(self) -> Any:
        raise StorageError("db_unavailable", path=self.server, reason="not an SQLite file")

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            names = inspect(conn).get_table_names()
            conn.rollback()
        return not names

    @contextmanager
    def autocommit(self) -> Iterator[Any]:
        """A connection outside any transaction, for VACUUM and the like."""
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    def commit_watch(self) -> ServerCommitWatch:  # type: ignore[override]
        return ServerCommitWatch(self.engine)
