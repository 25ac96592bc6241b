"""Commits by other workstations and processes, told to this process's change feed, so that open
lists and windows refresh themselves as they do after this process's own saves."""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

from sqlalchemy import event

from l4d_desktop.core.changes import Change, ChangeFeed
from l4d_desktop.core.store.database import Database

log = logging.getLogger(__name__)

CHANNEL = "l4d_changes"
POLL_S = 0.5  # a change elsewhere shows within this, plus the refresh itself
EVERYTHING = frozenset(Change)


def notify_payload(origin: str, kinds: frozenset[Change]) -> str:
    """What a commit on a server tells the other workstations (kinds of record, never data)."""
    return origin + ":" + ",".join(sorted(kinds))


def parse_payload(payload: str) -> tuple[str, frozenset[Change]]:
    origin, _, listed = payload.partition(":")
    known = {c.value for c in Change}
    return origin, frozenset(Change(k) for k in listed.split(",") if k in known)


def new_origin() -> str:
    return uuid.uuid4().hex


class RemoteChanges:
    """A thread that announces other writers' commits on `db.changes`: on a server through
    LISTEN/NOTIFY (each commit names the kinds it changed), on SQLite by polling the file's
    data version (a commit by another process changes it; which kinds is not known, so every
    kind is announced). Stopped with stop(), or by Database.dispose()."""

    def __init__(self, db: Database, poll_s: float = POLL_S) -> None:
        self._db = db
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="remote-changes", daemon=True)
        # Disposing of the database ends the watch: no handle on it outlives dispose().
        event.listen(db.engine, "engine_disposed", lambda _engine: self._stop.set())

    def start(self) -> RemoteChanges:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            if self._db.engine_name == "postgresql":
                self._listen()
            else:
                self._poll()
        except Exception as exc:  # the program goes on without live refresh
            log.warning("live refresh stopped: %s", type(exc).__name__)

    def _announce(self, kinds: frozenset[Change]) -> None:
        feed: ChangeFeed = self._db.changes
        feed.announce(kinds)

    def _poll(self) -> None:
        watch = self._db.commit_watch()
        known = [watch.version()]

        def own_commit(_kinds: frozenset[Change]) -> None:
            # Our own commits also move the version: note where they left it.
            known[0] = watch.version()

        unsubscribe = self._db.changes.subscribe(own_commit)
        try:
            while not self._stop.wait(self._poll_s):
                now = watch.version()
                if now is not None and known[0] is not None and now != known[0]:
                    known[0] = now
                    self._announce(EVERYTHING)
                elif known[0] is None:
                    known[0] = now
        finally:
            unsubscribe()
            watch.close()

    def _listen(self) -> None:
        origin: str = getattr(self._db, "origin", "")
        raw: Any = self._db.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.rollback()
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            while not self._stop.is_set():
                for note in conn.notifies(timeout=self._poll_s):
                    sender, kinds = parse_payload(note.payload)
                    if sender != origin and kinds:
                        self._announce(kinds)
        finally:
            raw.invalidate()
            raw.close()
