"""A number that moves whenever anyone commits to the server's database: its snapshot."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

# Equal versions mean nothing was committed in between; they are compared, never ordered.
CommitVersion = tuple[int, int]


class ServerCommitWatch:
    """PostgreSQL's current snapshot (the next transaction id and those still running): a
    commit by anyone removes a running transaction or moves the next id on, and so changes it.
    Read in autocommit mode, so that each read sees the state of that moment."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._lock = threading.Lock()
        self._seen: dict[str, int] = {}
        # As on SQLite, versions read before and after a dispose never compare equal.
        self._generation = 0
        event.listen(engine, "engine_disposed", lambda _engine: self._disposed())

    def _disposed(self) -> None:
        with self._lock:
            self._generation += 1
            self._seen.clear()

    def version(self) -> CommitVersion | None:
        try:
            with self._engine.connect() as conn:
                snapshot = str(conn.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar())
        except DBAPIError:
            return None
        # The snapshot text is turned into a number of this watch's own, so that versions are
        # tuples of ints as the SQLite watch gives them.
        with self._lock:
            number = self._seen.setdefault(snapshot, len(self._seen) + 1)
            if len(self._seen) > 10_000:
                self._seen = {snapshot: number}
            return (self._generation, number)
