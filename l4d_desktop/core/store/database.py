"""The database: safe SQLite settings, owner-only files, one transaction per unit of work."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from l4d_desktop.core.changes import ChangeFeed
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import OWNER_ONLY_FILE, ensure_private_dir, ensure_private_file
from l4d_desktop.core.store.commit_watch import CommitWatch
from l4d_desktop.core.store.keep.files import FileKeyStore, key_path
from l4d_desktop.core.store.probe import refuse_address, refuse_foreign
from l4d_desktop.core.store.session_info import KEY_STORE_KEY, KeyStore
from l4d_desktop.core.store.written_tables import WrittenTables

if TYPE_CHECKING:  # the journal module reads customers through a Database
    from l4d_desktop.core.store.erasure_journal import ErasureJournal

_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


# Every connection the program opens: write-ahead log, enforced references, deleted content
# overwritten (an erasure must leave no bytes behind), a commit survives a power cut.
CONNECTION_PRAGMAS = (
    "journal_mode=WAL",
    "foreign_keys=ON",
    "secure_delete=ON",
    "synchronous=FULL",
    "busy_timeout=10000",
)


class Database:
    """An SQLite file opened with WAL, foreign keys, secure_delete and explicit transactions."""

    engine_name = "sqlite"
    # Whether `search_text LIKE '%term%'` finds its rows through an index (so that counting
    # them costs as many rows as match), or must read every row of the search index.
    substring_index = False

    def index_narrows(self, terms: Sequence[str]) -> bool:
        """Whether the substring index finds the rows holding every one of `terms` by reading
        about as many as hold them (never, without one)."""
        return False

    def __init__(self, path: Path | str, changes: ChangeFeed | None = None) -> None:
        refuse_address(str(path))
        self.path = Path(path).expanduser().resolve()
        refuse_foreign(self.path)  # before any chmod, journal switch or migration
        try:
            ensure_private_dir(self.path.parent)
            ensure_private_file(self.path)
            for suffix in _SQLITE_SIDE_FILES:
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    ensure_private_file(side)
        except OSError as exc:
            raise StorageError("db_unavailable", path=str(self.path), reason=exc.strerror) from None
        self.engine = self._make_engine()
        # Told, after each commit of transaction(), what kinds of record it wrote.
        self.changes = changes if changes is not None else ChangeFeed()
        self._written = WrittenTables(self.engine)
        info = {KEY_STORE_KEY: self.suppression_key_store()}
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False, info=info)
        self._write_engine = self.engine.execution_options(l4d_write=True)
        self._write_sessions = sessionmaker(
            bind=self._write_engine, expire_on_commit=False, info=info
        )
        self._check_pragmas()

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    # What the register keeps apart from itself and its backups (README, "Erasure and the
    # suppression list"): here, files beside the database file.

    def suppression_key_store(self) -> KeyStore:
        return FileKeyStore(key_path(self.path))

    def erasure_journal(self) -> ErasureJournal:
        from l4d_desktop.core.store.erasure_journal import ErasureJournal

        return ErasureJournal(self.path)

    def adopt_local_files(self, key_fits: Callable[[bytes], bool]) -> None:
        """A register file's key and journal are the files beside it: nothing to hand over."""

    def _make_engine(self) -> Engine:
        # hide_parameters: an IntegrityError must not carry a row's personal data into a log.
        engine = create_engine(self.url, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            # Take transaction control away from the sqlite3 module (it skips BEGIN before SELECT).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            for pragma in CONNECTION_PRAGMAS:
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # Writers take the lock at BEGIN so two writers never deadlock on an upgrade.
            if conn.get_execution_options().get("l4d_write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    def _check_pragmas(self) -> None:
        with self.engine.connect() as conn:
            if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 1:
                raise StorageError("db_pragmas", path=str(self.path))
            conn.rollback()
        self.fix_permissions()

    def fix_permissions(self) -> None:
        """WAL and SHM inherit the main file's mode, but a copy made by hand may not have."""
        for suffix in ("", *_SQLITE_SIDE_FILES):
            p = self.path.with_name(self.path.name + suffix)
            if p.exists() and os.name == "posix":
                p.chmod(OWNER_ONLY_FILE)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write unit of work: BEGIN IMMEDIATE, commit on success, roll back on any error.

        After the commit, `changes` is told what kinds of record it wrote; a rollback tells
        nothing (the exception leaves this block before the announcement)."""
        with (
            self._written.collecting() as written,
            self._write_sessions() as session,
            session.begin(),
        ):
            yield session
        self.changes.announce(written)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work in its own snapshot; whatever it changed is rolled back."""
        with self._sessions() as session:
            session.begin()
            try:
                yield session
            finally:
                session.rollback()

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.rollback()

    def commit_watch(self) -> CommitWatch:
        """A watch on commits by any connection, in this process or another."""
        return CommitWatch(self.path, self.engine)

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the backup API and migrations' pragma handling."""
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.execute("PRAGMA busy_timeout=10000")
        return conn

    def dispose(self) -> None:
        self.engine.dispose()

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar()
            conn.rollback()
        return not n
