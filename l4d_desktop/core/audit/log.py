"""Tamper-evident audit log: a SHA-256 hash chain over entries holding ids and codes only."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.files.private import write_private
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import AuditEntry

GENESIS_HASH = "0" * 64


def entry_hash(
    *,
    id: int,
    at: str,
    actor_id: int | None,
    action: str,
    object_type: str,
    object_id: int | None,
    outcome: str,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "id": id,
            "at": at,
            "actor_id": actor_id,
            "action": action,
            "object_type": object_type,
            "object_id": object_id,
            "outcome": outcome,
            "detail": detail,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


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


@dataclass(frozen=True)
class Checkpoint:
    head_id: int
    head_hash: str
    count: int
    created_at: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "head_id": self.head_id,
                "head_hash": self.head_hash,
                "count": self.count,
                "created_at": self.created_at,
            },
            indent=2,
        )

    @classmethod
    def from_file(cls, path: Path) -> Checkpoint:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(
                head_id=int(data["head_id"]),
                head_hash=str(data["head_hash"]),
                count=int(data["count"]),
                created_at=str(data["created_at"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise L4DError("checkpoint_invalid", reason=type(exc).__name__) from None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head_hash: str
    first_broken_id: int | None = None
    reason: str = ""  # "modified", "deleted_or_inserted", "truncated", "checkpoint_mismatch"


class AuditLog:
    """Appends entries inside the caller's transaction, or in one of its own."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

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
        return entry

    def append_separately(self, **kwargs: object) -> None:
        """Commit an entry on its own: failed logins and denials outlive the caller's rollback."""
        with self.db.transaction() as session:
            self.append(session, **kwargs)  # type: ignore[arg-type]

    def verify(self, checkpoint: Checkpoint | None = None) -> VerifyResult:
        with self.db.read() as session:
            return verify_chain(session, checkpoint)

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


def verify_chain(session: Session, checkpoint: Checkpoint | None = None) -> VerifyResult:
    prev_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    seen: dict[int, str] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        if entry.id != expected_id or entry.prev_hash != prev_hash:
            return VerifyResult(False, count, prev_hash, entry.id, "deleted_or_inserted")
        if _hash_of(entry) != entry.hash:
            return VerifyResult(False, count, prev_hash, entry.id, "modified")
        prev_hash = entry.hash
        expected_id += 1
        count += 1
        if checkpoint is not None and entry.id == checkpoint.head_id:
            seen[entry.id] = entry.hash
    if checkpoint is not None and checkpoint.head_id > 0:
        if checkpoint.head_id not in seen:
            return VerifyResult(False, count, prev_hash, checkpoint.head_id, "truncated")
        if (
            seen[checkpoint.head_id] != checkpoint.head_hash
            or checkpoint.count != checkpoint.head_id
        ):
            return VerifyResult(False, count, prev_hash, checkpoint.head_id, "checkpoint_mismatch")
    return VerifyResult(True, count, prev_hash)
