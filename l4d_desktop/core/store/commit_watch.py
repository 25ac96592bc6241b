"""A number that moves whenever anyone, this process or another, commits to the database."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

# Equal versions mean that nothing was committed in between; they are compared, never ordered.
CommitVersion = tuple[int, int]


class CommitWatch:
    """SQLite's `data_version`, read by a connection of the watch's own that reads nothing else:
    a commit by any other connection, in this process or another, changes it.

    Closed with the engine, so that no handle on the file outlives Database.dispose(); the next
    read opens it again. Two connections' data versions cannot be compared, so a version also
    names the connection that read it.
    """

    # Read before and after a unit: a unit's own connection cannot name its snapshot.
    in_snapshot = False

    def __init__(self, path: Path, engine: Engine) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._opened = 0  # connections opened so far: the current one's number
        event.listen(engine, "engine_disposed", lambda _engine: self.close())

    def version(self) -> CommitVersion | None:
        """The database's data version now, or None if it cannot be read."""
        with self._lock:
            try:
                if self._conn is None:
                    # mode=rw: never create a database where the file has gone.
                    self._conn = sqlite3.connect(
                        f"{self._path.as_uri()}?mode=rw",
                        uri=True,
                        isolation_level=None,
                        check_same_thread=False,
                    )
                    self._opened += 1
                data_version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None
            return (self._opened, data_version)

    def version_in(self, _session: Session) -> CommitVersion | None:
        """Unknown: a unit's own connection cannot name its snapshot (see `in_snapshot`)."""
        return None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
