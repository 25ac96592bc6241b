"""The hash chain itself: how an entry is hashed, what a checkpoint names, how a chain is checked."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.store.models import AuditEntry

GENESIS_HASH = "0" * 64

# The columns an entry's hash covers, in the order the rows are read.
CHAIN_COLUMNS = (
    "id",
    "at",
    "actor_id",
    "action",
    "object_type",
    "object_id",
    "outcome",
    "detail",
    "prev_hash",
    "hash",
)


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
    # "modified", "malformed", "deleted_or_inserted", "truncated", "checkpoint_mismatch",
    # "unanchored" (entries after the anchor that no run of the program wrote)
    reason: str = ""


@dataclass(frozen=True)
class Link:
    """An entry's place in the chain: enough to check that the next one follows it."""

    id: int
    hash: str


GENESIS = Link(0, GENESIS_HASH)


def _rows(session: Session, from_id: int) -> Iterable[Any]:
    table = AuditEntry.__table__
    stmt = select(*(table.c[name] for name in CHAIN_COLUMNS)).where(table.c.id >= from_id)
    return session.execute(stmt.order_by(table.c.id)).yield_per(1000)


def _stored_hash_fails(row: Any) -> str:
    """Empty when the row's hash is what its content hashes to, else the reason why not."""
    try:
        content = {name: getattr(row, name) for name in CHAIN_COLUMNS if name != "hash"}
        if not isinstance(row.at, str) or not isinstance(row.prev_hash, str):
            return "malformed"
        computed = entry_hash(**content)
    except (TypeError, ValueError):
        # A value no program run can have written (bytes, a nested value): say which entry.
        return "malformed"
    return "" if computed == row.hash else "modified"


@dataclass(frozen=True)
class ChainWalk:
    """What following the chain from a known link found."""

    problem: VerifyResult | None
    head: Link
    count: int  # entries checked after the start link


def walk_from(session: Session, start: Link) -> ChainWalk:
    """Follow the chain from `start`, which must still be in the log with its hash.

    Cheap when `start` is recent: only the entries from it onwards are read."""
    head, count = start, 0
    rows = iter(_rows(session, start.id))
    if start.id > 0:
        first = next(rows, None)
        if first is None or first.id != start.id:
            # The log is shorter than the known link, or the link was deleted.
            return ChainWalk(VerifyResult(False, 0, start.hash, start.id, "truncated"), start, 0)
        if first.hash != start.hash:
            broken = VerifyResult(False, 0, start.hash, start.id, "checkpoint_mismatch")
            return ChainWalk(broken, start, 0)
    for row in rows:
        if row.id != head.id + 1 or row.prev_hash != head.hash:
            broken = VerifyResult(False, count, head.hash, row.id, "deleted_or_inserted")
            return ChainWalk(broken, head, count)
        if reason := _stored_hash_fails(row):
            return ChainWalk(VerifyResult(False, count, head.hash, row.id, reason), head, count)
        head = Link(row.id, row.hash)
        count += 1
    return ChainWalk(None, head, count)


def verify_chain(session: Session, checkpoint: Checkpoint | None = None) -> VerifyResult:
    """The whole chain from its first entry, then (if given) the checkpoint against it."""
    walk = walk_from(session, GENESIS)
    if walk.problem is not None:
        return walk.problem
    result = VerifyResult(True, walk.count, walk.head.hash)
    if checkpoint is not None:
        return against_checkpoint(session, result, checkpoint)
    return result


def against_checkpoint(
    session: Session, result: VerifyResult, checkpoint: Checkpoint
) -> VerifyResult:
    """`result` (a sound chain) checked against a checkpoint taken earlier."""
    if checkpoint.head_id <= 0:
        return result
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == checkpoint.head_id))
    if found is None:
        return VerifyResult(False, result.count, result.head_hash, checkpoint.head_id, "truncated")
    if found != checkpoint.head_hash or checkpoint.count != checkpoint.head_id:
        return VerifyResult(
            False, result.count, result.head_hash, checkpoint.head_id, "checkpoint_mismatch"
        )
    return result
