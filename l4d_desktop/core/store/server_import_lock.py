"""An import's liveness on a server: a session advisory lock that ends with its connection."""

from __future__ import annotations

from typing import Any

from l4d_desktop.core.store.database import Database

# The first of pg_try_advisory_lock's two 32-bit keys: the class of lock (the second is the
# import's id), apart from the write and migration locks' 64-bit keys.
IMPORT_LOCK_CLASS = 0x4C34_4949


class ServerImportLock:
    """Held on a connection taken out of the pool for the import's whole run and closed, never
    returned, at release: a crash closes it too, and the server lets the lock go."""

    def __init__(self, db: Database, import_id: int) -> None:
        self._db = db
        self._import_id = import_id
        self._raw: Any = None

    def acquire(self) -> bool:
        raw: Any = self._db.engine.raw_connection()
        conn = raw.driver_connection
        conn.rollback()
        conn.autocommit = True
        got = bool(
            conn.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (IMPORT_LOCK_CLASS, self._import_id)
            ).fetchone()[0]
        )
        if not got:
            raw.invalidate()
            raw.close()
            return False
        self._raw = raw
        return True

    def release(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            raw.invalidate()  # closing the connection ends the lock
            raw.close()
