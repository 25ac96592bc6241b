"""A number that moves whenever anyone commits to the server's database: its snapshot."""

from __future__ import annotations

import threading

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# Equal versions mean nothing was committed in between; they are compared, never ordered.
CommitVersion = tuple[int, int]


class ServerCommitWatch:
    """PostgreSQL's current snapshot (the next transaction id and those still running): a
    commit by anyone removes a running transaction or moves the next id on, and so changes it.
    Read in autocommit mode, so that each read sees the state of that moment; or inside a
    read unit's own snapshot (`version_in`), which names the state that unit sees."""

    # A read unit's snapshot can be named from inside it: no read before the unit is needed.
    in_snapshot = True

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
        return self._number(snapshot)

    def version_in(self, session: Session) -> CommitVersion | None:
        """The version a read unit (one REPEATABLE READ snapshot) sees: one statement on its own
        connection, instead of an autocommit connection before and after it. A failure is
        the unit's own (its transaction cannot go on after it)."""
        return self._number(str(session.scalar(text("SELECT pg_current_snapshot()::text"))))

    def _number(self, snapshot: str) -> CommitVersion:
        # The snapshot text is turned into a number of this watch's own, so that versions are
        # tuples of ints as the SQLite watch gives them.
        with self._lock:
            number = self._seen.setdefault(snapshot, len(self._seen) + 1)
            if len(self._seen) > 10_000:
                self._seen = {snapshot: number}
            return (self._generation, number)
