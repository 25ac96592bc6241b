"""Data subject requests: registration with the three dates, listing by due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.access import Service
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.db import Database
from l4d_desktop.core.deadlines import Deadlines, days_left, deadlines_for, urgency
from l4d_desktop.core.errors import NotFoundError, ValidationError
from l4d_desktop.core.models import Customer, DataSubjectRequest
from l4d_desktop.core.settings import SettingsStore
from l4d_desktop.core.vocabulary import OPEN_STATUSES, Channel, RequestStatus, RequestType, Right


@dataclass(frozen=True)
class RequestInput:
    type: str
    received: dt.date | str
    channel: str
    customer_id: int | None = None


@dataclass(frozen=True)
class RequestRecord:
    id: int
    type: str
    status: str
    customer_id: int | None
    customer_name: str
    received: dt.date
    channel: str
    statutory_due: dt.date
    promised_due: dt.date | None
    due: dt.date
    days_left: int
    urgency: str  # "ok", "due_soon", "overdue", or "closed"
    version: int


def _parse_date(value: dt.date | str, field: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(field, "date_invalid") from None


def _choice(value: str, allowed: type[RequestType] | type[Channel], field: str) -> str:
    try:
        return allowed(value).value
    except ValueError:
        raise ValidationError(field, "choice_invalid") from None


class RequestService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def register(self, actor: Actor, data: RequestInput) -> RequestRecord:
        rtype = _choice(data.type, RequestType, "type")
        channel = _choice(data.channel, Channel, "channel")
        received = _parse_date(data.received, "received")
        today = office_today(self.clock())
        if received > today:
            raise ValidationError("received", "date_in_future")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.create") as (session, user):
            if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
                raise ValidationError("customer", "not_found")
            promised_days = self.settings.get_int(session, "promised_days")
            dates = deadlines_for(rtype, received, promised_days)
            now = self.clock()
            req = DataSubjectRequest(
                type=rtype,
                status=RequestStatus.RECEIVED.value,
                customer_id=data.customer_id,
                received_on=received,
                channel=channel,
                statutory_due=dates.statutory,
                promised_due=dates.promised,
                due=dates.due,
                received_by=user.id,
                created_at=now,
                updated_at=now,
            )
            session.add(req)
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="request.create",
                object_type="request",
                object_id=req.id,
                detail=rtype,
            )
            return self._record(session, req, today)

    def preview(self, actor: Actor, request_type: str, received: dt.date) -> Deadlines:
        """The dates a request would get, for the intake form to show before saving."""
        rtype = _choice(request_type, RequestType, "type")
        with self._unit(actor, Right.REQUESTS_VIEW, "request.preview", write=False) as (session, _):
            return deadlines_for(rtype, received, self.settings.get_int(session, "promised_days"))

    def get(self, actor: Actor, request_id: int) -> RequestRecord:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            req = session.get(DataSubjectRequest, request_id)
            if req is None:
                raise NotFoundError("request")
            return self._record(session, req, office_today(self.clock()))

    def list_requests(
        self, actor: Actor, offset: int = 0, limit: int = 200, open_only: bool = False
    ) -> list[RequestRecord]:
        """Requests by due date, the most urgent first."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            stmt = select(DataSubjectRequest).order_by(
                DataSubjectRequest.due, DataSubjectRequest.id
            )
            if open_only:
                stmt = stmt.where(DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES]))
            today = office_today(self.clock())
            rows = session.scalars(stmt.offset(offset).limit(limit)).all()
            return [self._record(session, r, today) for r in rows]

    def export(self, actor: Actor, open_only: bool = False) -> Iterator[RequestRecord]:
        """The request register for a file outside the program: needs `data.export` as well as
        `requests.view`, is audited, and reads one consistent snapshot."""
        self._require(actor, Right.REQUESTS_VIEW, "request.export")
        self._require(actor, Right.DATA_EXPORT, "request.export")
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="request.export",
            object_type="request",
            detail="open" if open_only else "all",
        )
        stmt = select(DataSubjectRequest).order_by(DataSubjectRequest.due, DataSubjectRequest.id)
        if open_only:
            stmt = stmt.where(DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES]))
        with self.db.read() as session:
            today = office_today(self.clock())
            for req in session.scalars(stmt.execution_options(yield_per=500)):
                yield self._record(session, req, today)

    def count(self, actor: Actor, open_only: bool = False) -> int:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            stmt = select(func.count()).select_from(DataSubjectRequest)
            if open_only:
                stmt = stmt.where(DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES]))
            return int(session.scalar(stmt) or 0)

    def _record(self, session: Session, r: DataSubjectRequest, today: dt.date) -> RequestRecord:
        name = ""
        if r.customer_id is not None:
            name = session.scalar(select(Customer.name).where(Customer.id == r.customer_id)) or ""
        is_open = r.status in {s.value for s in OPEN_STATUSES}
        soon = self.settings.get_int(session, "due_soon_days")
        return RequestRecord(
            id=r.id,
            type=r.type,
            status=r.status,
            customer_id=r.customer_id,
            customer_name=name,
            received=r.received_on,
            channel=r.channel,
            statutory_due=r.statutory_due,
            promised_due=r.promised_due,
            due=r.due,
            days_left=days_left(r.due, today),
            urgency=urgency(r.due, today, soon) if is_open else "closed",
            version=r.version,
        )
