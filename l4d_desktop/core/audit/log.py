"""Tamper-evident audit log: a SHA-256 hash chain over entries holding ids and codes only,
checked from its last known link before anything is appended, and anchored outside the file."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.anchor import Anchor
from l4d_desktop.core.audit.chain import (
    GENESIS,
    GENESIS_HASH,
    Checkpoint,
    Link,
    VerifyResult,
    against_checkpoint,
    entry_hash,
    verify_chain,
    walk_from,
)
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.files.private import write_private
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import AuditEntry

__all__ = [
    "GENESIS_HASH",
    "AuditLog",
    "Checkpoint",
    "VerifyResult",
    "entry_hash",
    "verify_chain",
    "write_checkpoint",
]

# session.info key: the newest entry this (uncommitted) session appended.
_SESSION_HEAD = "l4d_audit_head"

log = logging.getLogger(__name__)


def _hash_of(e: AuditEntry) -> str:
    return entry_hash(
        id=e.id,
        at=e.at,
        actor_id=e.actor_id,
        action=e.action,
        object_type=e.object_type,
        object_id=e.object_id,
        outcome=e.outcome,
        detail=e.detail,
        prev_hash=e.prev_hash,
    )


class AuditLog:
    """Appends entries inside the caller's transaction, or in one of its own.

    At start the chain is followed from the anchor (the head recorded outside the database at
    the last commit of any run) to today's head; before each append, from the last link this
    run saw committed. Both read only the entries written since. The anchor moves forward after
    every commit that appended, so it is current at close even after a crash; once tampering
    is seen it stays where it was, for `audit verify` to report.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.anchor = Anchor(db.path)
        # The first sign of tampering this run saw (at start or before an append), if any.
        self.problem: VerifyResult | None = None
        self._lock = threading.Lock()
        self._point = self._start()

    def _start(self) -> Link:
        anchored = self.anchor.read()
        with self.db.read() as session:
            if anchored is None:
                # First run with an anchor: trust today's head (cheap); `audit verify` checks all.
                head = session.execute(
                    select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
                ).first()
                point = Link(head.id, head.hash) if head else GENESIS
                self.anchor.move_to(point)
                return point
            start = Link(anchored.head_id, anchored.head_hash)
            walk = walk_from(session, start)
        if walk.problem is not None:
            self._found(walk.problem)
        elif walk.count:
            # Entries after the anchor: every run moves the anchor at each commit, so these were
            # written by something else (or by a run killed between its commit and the anchor).
            self._found(VerifyResult(False, 0, start.hash, start.id + 1, "unanchored"))
        return walk.head

    def _found(self, problem: VerifyResult) -> None:
        if self.problem is None:
            self.problem = problem
            # Ids and a code only: nothing personal.
            log.warning(
                "audit chain broken at entry %s (%s): anchor kept at its last good head",
                problem.first_broken_id,
                problem.reason,
            )

    def _check_before_append(self, session: Session, head: Link) -> None:
        """Follow the chain from the last committed link this run saw to `head`."""
        expected = session.info.get(_SESSION_HEAD) or self._point
        if head == expected or self.problem is not None:
            return
        with self._lock:
            point = self._point
        walk = walk_from(session, point)
        if walk.problem is not None:
            self._found(walk.problem)
            return
        if _SESSION_HEAD not in session.info:  # `head` is committed work of other runs
            self._advance(walk.head)

    def _advance(self, head: Link) -> None:
        with self._lock:
            if head.id <= self._point.id:
                return
            self._point = head
        if self.problem is None:
            self.anchor.move_to(head)

    def _committed(self, session: Session) -> None:
        head = session.info.pop(_SESSION_HEAD, None)
        if head is not None:
            self._advance(head)

    def append(
        self,
        session: Session,
        *,
        actor_id: int | None,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        outcome: str = "ok",
        detail: str = "",
    ) -> AuditEntry:
        # Callers hold a write transaction (BEGIN IMMEDIATE), so reading the head is race-free.
        last = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        self._check_before_append(session, Link(last.id, last.hash) if last else GENESIS)
        new_id = (last.id + 1) if last else 1
        prev = last.hash if last else GENESIS_HASH
        at = self.clock().astimezone(dt.UTC).isoformat(timespec="microseconds")
        entry = AuditEntry(
            id=new_id,
            at=at,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_id=object_id,
            outcome=outcome,
            detail=detail,
            prev_hash=prev,
        )
        entry.hash = _hash_of(entry)
        session.add(entry)
        session.flush()
        if _SESSION_HEAD not in session.info:
            event.listen(session, "after_commit", self._committed, once=True)
        session.info[_SESSION_HEAD] = Link(new_id, entry.hash)
        return entry

    def append_separately(self, **kwargs: object) -> None:
        """Commit an entry on its own: failed logins and denials outlive the caller's rollback."""
        with self.db.transaction() as session:
            self.append(session, **kwargs)  # type: ignore[arg-type]

    def verify(self, checkpoint: Checkpoint | None = None) -> VerifyResult:
        """The chain from its first entry, and the checkpoint if one is given."""
        with self.db.read() as session:
            return verify_chain(session, checkpoint)

    def verify_anchored(self, checkpoint: Checkpoint | None = None) -> VerifyResult:
        """`verify`, then what the anchor outside the database says (and what this run saw)."""
        with self.db.read() as session:
            result = verify_chain(session, checkpoint)
            if not result.ok:
                return result
            if self.problem is not None:
                return self.problem
            anchored = self.anchor.read()
            if anchored is None:
                return result
            return against_checkpoint(session, result, anchored)

    def checkpoint(self) -> Checkpoint:
        with self.db.read() as session:
            head = session.execute(
                select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
            ).first()
            count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        created = self.clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        if head is None:
            return Checkpoint(head_id=0, head_hash=GENESIS_HASH, count=0, created_at=created)
        return Checkpoint(head_id=head.id, head_hash=head.hash, count=count, created_at=created)


def write_checkpoint(checkpoint: Checkpoint, path: Path) -> None:
    write_private(Path(path), (checkpoint.to_json() + "\n").encode("utf-8"))
