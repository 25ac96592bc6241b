"""Imports that say they are alive, and the undoing of those a crash left half-written.

An import writes in batches of their own transactions, so a crash (power cut, killed process)
can leave part of a file in the register with its `imports` row still "running". While an
import runs, its process holds an OS lock on a file beside the database; the lock ends with the
process, so a "running" import whose lock can be taken was left by a crash and is undone when
the register is next opened. One whose lock is held is running in another window or process
and is left alone.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from contextlib import suppress

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.files.private import OWNER_ONLY_FILE
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Import
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_import_lock import ServerImportLock

log = logging.getLogger(__name__)


class ImportLock:
    """An OS lock on `<database>.import-<id>.lock`, held while the import runs; on a server,
    an advisory lock of the database held by a connection of the import's own, so that every
    workstation sees it (the server ends it with the connection, as the OS with the process)."""

    def __init__(self, db: Database, import_id: int) -> None:
        self.path = db.path.with_name(f"{db.path.name}.import-{import_id}.lock")
        self._fd: int | None = None
        self._server = ServerImportLock(db, import_id) if isinstance(db, ServerDatabase) else None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another process does."""
        if self._server is not None:
            return self._server.acquire()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, OWNER_ONLY_FILE)
        except OSError as exc:
            raise StorageError("db_unavailable", path=str(self.path), reason=exc.strerror) from None
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.release()
            return
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        os.close(fd)  # closing ends the lock
        with suppress(OSError):  # another process has it open this moment: empty, harmless
            self.path.unlink()


if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def undo_interrupted(
    db: Database,
    audit: AuditLog,
    kind: str,
    action: str,
    remove: Callable[[Session, int], None],
) -> list[int]:
    """Undo the imports of `kind` a crash left running; returns their ids.

    `remove(session, import_id)` deletes what the import wrote; the import is then marked
    cancelled and the audit trail says it was interrupted, all in one transaction.
    """
    with db.read() as session:
        running = list(
            session.scalars(
                select(Import.id).where(Import.status == "running", Import.kind == kind)
            )
        )
    undone: list[int] = []
    for import_id in running:
        lock = ImportLock(db, import_id)
        if not lock.acquire():
            continue
        try:
            if _undo_one(db, audit, import_id, action, remove):
                undone.append(import_id)
        except SQLAlchemyError as exc:
            # The register must still open; the next start tries again.
            log.warning("interrupted import %s not undone: %s", import_id, type(exc).__name__)
        finally:
            lock.release()
    return undone


def _undo_one(
    db: Database,
    audit: AuditLog,
    import_id: int,
    action: str,
    remove: Callable[[Session, int], None],
) -> bool:
    with db.transaction() as session:
        job = session.get(Import, import_id)
        if job is None or job.status != "running":
            return False  # it finished between the look and the lock
        remove(session, import_id)
        finish_import(
            session,
            audit,
            import_id,
            status="cancelled",
            actor_id=None,
            action=action,
            now=audit.clock(),
            outcome="interrupted",
        )
    return True


def start_import(
    db: Database, session: Session, kind: str, user_id: int, now: dt.datetime
) -> tuple[int, ImportLock]:
    """A new running import's row, and its lock, taken before the row is committed so that a
    recovery never sees it running unlocked; the caller releases the lock if its unit fails."""
    job = Import(kind=kind, status="running", started_by=user_id, started_at=now)
    session.add(job)
    session.flush()
    lock = ImportLock(db, job.id)
    lock.acquire()
    return job.id, lock


def finish_import(
    session: Session,
    audit: AuditLog,
    import_id: int,
    *,
    status: str,
    actor_id: int | None,
    action: str,
    now: dt.datetime,
    outcome: str = "ok",
    detail: str = "",
    **counts: int,
) -> None:
    """Mark an import done or cancelled with its counts (imported, updated, rejected,
    duplicates), audited in the caller's unit."""
    job = session.get(Import, import_id)
    assert job is not None
    job.status = status
    job.finished_at = now
    for name, value in counts.items():
        setattr(job, name, value)
    audit.append(
        session,
        actor_id=actor_id,
        action=action,
        object_type="import",
        object_id=import_id,
        outcome=outcome,
        detail=detail,
    )
