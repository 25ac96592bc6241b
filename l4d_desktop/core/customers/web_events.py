"""Technical data from the web site: imported from the site's exports and linked to customers."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.imports.event_files import EventFile, RawEvent, read_event_file
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.import_lock import (
    ImportLock,
    finish_import,
    start_import,
    undo_interrupted,
)
from l4d_desktop.core.store.models import Customer, WebEvent
from l4d_desktop.core.text import fold
from l4d_desktop.core.vocabulary import Right

BATCH = 5000
KIND = "events"  # imports.kind
ACTION = "events.import"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebEventRecord:
    id: int
    at: dt.datetime
    ip: str
    referrer: str
    page: str
    link: str
    banner: str
    user_agent: str


@dataclass(frozen=True)
class EventImportResult:
    imported: int
    # Rows that matched no customer (or more than one): reported, never silently dropped.
    unmatched: tuple[RowProblem, ...]
    # Rows the file itself got wrong (bad time, bad address…).
    problems: tuple[RowProblem, ...]
    import_id: int

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems}) + len(self.unmatched)


def record_of(e: WebEvent) -> WebEventRecord:
    return WebEventRecord(
        id=e.id,
        at=e.at,
        ip=e.ip,
        referrer=e.referrer,
        page=e.page,
        link=e.link,
        banner=e.banner,
        user_agent=e.user_agent,
    )


def events_of(session: Session, customer_id: int) -> list[WebEventRecord]:
    stmt = (
        select(WebEvent)
        .where(WebEvent.customer_id == customer_id)
        .order_by(WebEvent.at.desc(), WebEvent.id.desc())
    )
    return [record_of(e) for e in session.scalars(stmt)]


def _matcher(session: Session) -> Callable[[RawEvent], tuple[int | None, str, str]]:
    """Customer id for an event by customer number first, then by email (case-folded)."""
    by_email: dict[str, int | None] = {}
    by_number: dict[str, int] = {}
    for cid, email, number in session.execute(
        select(Customer.id, Customer.email, Customer.customer_number)
    ):
        if email:
            key = fold(email)
            # Two customers sharing an address: an event cannot be told apart, so none gets it.
            by_email[key] = None if key in by_email else cid
        if number:
            by_number[number] = cid

    def match(event: RawEvent) -> tuple[int | None, str, str]:
        if event.customer_number:
            return by_number.get(event.customer_number), "customer_number", "customer_unmatched"
        if event.email in by_email and by_email[event.email] is None:
            return None, "email", "customer_ambiguous"
        return by_email.get(event.email), "email", "customer_unmatched"

    return match


def _remove_events(session: Session, import_id: int) -> None:
    session.execute(delete(WebEvent).where(WebEvent.import_id == import_id))


def recover_interrupted_event_imports(db: Database, audit: AuditLog) -> list[int]:
    """Undo web event imports a crash left running (see import_lock); returns their ids."""
    return undo_interrupted(db, audit, KIND, ACTION, _remove_events)


class ImportCancelledError(Exception):
    """Raised between batches when the user cancels; turned into L4DError("import_cancelled")
    once the events written so far are removed."""


class WebEventService(Service):
    def import_file(
        self,
        actor: Actor,
        data: bytes,
        filename: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> EventImportResult:
        """Import a CSV or JSON export of the web site. Batches commit one by one so that other
        users never wait long; a cancel removes every event this import added."""
        parsed = read_event_file(data, filename)
        lock: ImportLock | None = None
        try:
            with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
                import_id, lock = start_import(self.db, session, KIND, user.id, self.clock())
                match = _matcher(session)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            return self._write(actor, parsed, import_id, match, progress, cancelled)
        except BaseException as exc:
            outcome = "cancelled" if isinstance(exc, ImportCancelledError) else "failed"
            try:
                self._undo(actor, import_id, outcome)
            except Exception as undo_error:
                # Left running: undone when the register is next opened.
                log.warning(
                    "event import %s could not be undone now: %s",
                    import_id,
                    type(undo_error).__name__,
                )
            if isinstance(exc, ImportCancelledError):
                raise L4DError("import_cancelled") from None
            raise
        finally:
            lock.release()

    def _write(
        self,
        actor: Actor,
        parsed: EventFile,
        import_id: int,
        match: Callable[[RawEvent], tuple[int | None, str, str]],
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> EventImportResult:
        # Each row keeps its file row and the field it matched by, so that a row whose person is
        # erased while the import runs can still be reported by row.
        rows: list[tuple[int, str, dict[str, object]]] = []
        unmatched: list[RowProblem] = []
        for event in parsed.events:
            customer_id, field, why = match(event)
            if customer_id is None:
                unmatched.append(RowProblem(event.row, field, why))
                continue
            rows.append(
                (
                    event.row,
                    field,
                    {
                        "customer_id": customer_id,
                        "at": event.at,
                        "ip": event.ip,
                        "referrer": event.referrer,
                        "page": event.page,
                        "link": event.link,
                        "banner": event.banner,
                        "user_agent": event.user_agent,
                        "import_id": import_id,
                    },
                )
            )
        imported = 0
        for start in range(0, len(rows), BATCH):
            if cancelled is not None and cancelled():
                raise ImportCancelledError()
            batch = rows[start : start + BATCH]
            with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, _):
                # Matched before the first batch: a person erased since then is gone from the
                # register, and their rows are reported as unmatched instead of written.
                wanted = {values["customer_id"] for _, _, values in batch}
                present = set(session.scalars(select(Customer.id).where(Customer.id.in_(wanted))))
                kept = [values for _, _, values in batch if values["customer_id"] in present]
                unmatched += [
                    RowProblem(row, field, "customer_unmatched")
                    for row, field, values in batch
                    if values["customer_id"] not in present
                ]
                if kept:
                    session.execute(insert(WebEvent), kept)
                imported += len(kept)
            if progress is not None:
                progress(min(len(rows), start + BATCH), len(rows))
        unmatched.sort(key=lambda problem: problem.row)
        with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
            rejected = len(unmatched) + len({p.row for p in parsed.problems})
            finish_import(
                session,
                self.audit,
                import_id,
                status="done",
                actor_id=user.id,
                action=ACTION,
                now=self.clock(),
                detail=f"imported={imported},rejected={rejected}",
                imported=imported,
                rejected=rejected,
            )
        return EventImportResult(imported, tuple(unmatched), parsed.problems, import_id)

    def _undo(self, actor: Actor, import_id: int, outcome: str) -> None:
        with self._unit(actor, Right.CUSTOMERS_EDIT, ACTION) as (session, user):
            _remove_events(session, import_id)
            finish_import(
                session,
                self.audit,
                import_id,
                status="cancelled",
                actor_id=user.id,
                action=ACTION,
                now=self.clock(),
                outcome=outcome,
            )

    def list_events(
        self, actor: Actor, customer_id: int, offset: int = 0, limit: int = 200
    ) -> list[WebEventRecord]:
        """A page of the customer's events, newest first."""
        with self._unit(actor, Right.CUSTOMERS_VIEW, "events.list", write=False) as (session, _):
            stmt = (
                select(WebEvent)
                .where(WebEvent.customer_id == customer_id)
                .order_by(WebEvent.at.desc(), WebEvent.id.desc())
                .offset(offset)
                .limit(limit)
            )
            return [record_of(e) for e in session.scalars(stmt)]

    def count(self, actor: Actor, customer_id: int) -> int:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "events.list", write=False) as (session, _):
            stmt = select(func.count()).where(WebEvent.customer_id == customer_id)
            return int(session.scalar(stmt) or 0)
