"""A demo fill's committed batches, recorded with them so that a killed fill is still audited.

A fill writes batches in transactions of their own and is audited once, with its last batch.
A process killed in between (kill -9, power cut) would leave customers no audit entry speaks
of. So the first batch also starts an `imports` row of kind "demo" (whose OS lock says the
fill is alive, see store.import_lock) and every batch writes the counts so far into a setting
of that fill, in the batch's own transaction. The next start finds a "demo" row left running
with its lock free and appends the `demo.fill` entry the fill never wrote, outcome
"interrupted", with those counts.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.import_lock import ImportLock
from l4d_desktop.core.store.models import Import, Setting

log = logging.getLogger(__name__)

KIND = "demo"
ACTION = "demo.fill"


def _key(job_id: int) -> str:
    return f"demo_fill_running.{job_id}"


def counts_detail(counts: dict[str, int]) -> str:
    """customers=…,consents=…,events=…,invoices=…: the audit detail of a fill (counts only)."""
    return ",".join(f"{k}={v}" for k, v in counts.items())


def record_batch(
    session: Session, job_id: int, first_id: int | None, counts: dict[str, int]
) -> None:
    """The counts committed so far, in the batch's transaction (first id first, as "first=")."""
    value = counts_detail({"first": first_id or 0, **counts})
    row = session.get(Setting, _key(job_id))
    if row is None:
        session.add(Setting(key=_key(job_id), value=value))
    else:
        row.value = value


def close_fill(session: Session, job_id: int, status: str, now: dt.datetime) -> None:
    """The fill's row marked done or cancelled and its counts setting removed."""
    job = session.get(Import, job_id)
    if job is not None:
        job.status = status
        job.finished_at = now
    row = session.get(Setting, _key(job_id))
    if row is not None:
        session.delete(row)


def audit_interrupted_fills(db: Database, audit: AuditLog) -> list[int]:
    """Audit the demo fills a crash left running; returns their `imports` ids."""
    with db.read() as session:
        running = list(
            session.scalars(
                select(Import.id).where(Import.status == "running", Import.kind == KIND)
            )
        )
    settled: list[int] = []
    for job_id in running:
        lock = ImportLock(db, job_id)
        if not lock.acquire():
            continue  # still filling in another window or process
        try:
            if _settle(db, audit, job_id):
                settled.append(job_id)
        except SQLAlchemyError as exc:
            # The register must still open; the next start tries again.
            log.warning("interrupted demo fill %s not audited: %s", job_id, type(exc).__name__)
        finally:
            lock.release()
    return settled


def _settle(db: Database, audit: AuditLog, job_id: int) -> bool:
    with db.transaction() as session:
        job = session.get(Import, job_id)
        if job is None or job.status != "running":
            return False
        row = session.get(Setting, _key(job_id))
        counts = dict(part.split("=", 1) for part in row.value.split(",")) if row else {}
        first = int(counts.pop("first", "0")) or None
        audit.append(
            session,
            actor_id=job.started_by,
            action=ACTION,
            object_type="customer",
            object_id=first,
            outcome="interrupted",
            detail=",".join(f"{k}={v}" for k, v in counts.items()),
        )
        close_fill(session, job_id, "cancelled", audit.clock())
    return True
