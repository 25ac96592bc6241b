"""Data subject requests: registration with the three dates, listing by due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
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
            customer = (
                session.get(Customer, data.customer_id) if data.customer_id is not None else None
            )
            if data.customer_id is not None and customer is None:
                raise ValidationError("customer", "not_found")
            customer_name = customer.name if customer is not None else None
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
            return self._record(req, customer_name, today, self._soon(session))

    def preview(self, actor: Actor, request_type: str, received: dt.date) -> Deadlines:
        """The dates a request would get, for the intake form to show before saving."""
        rtype = _choice(request_type, RequestType, "type")
        with self._unit(actor, Right.REQUESTS_VIEW, "request.preview", write=False) as (session, _):
            return deadlines_for(rtype, received, self.settings.get_int(session, "promised_days"))

    def get(self, actor: Actor, request_id: int) -> RequestRecord:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            row = session.execute(_listing().where(DataSubjectRequest.id == request_id)).first()
            if row is None:
                raise NotFoundError("request")
            return self._record(row[0], row[1], office_today(self.clock()), self._soon(session))

    def list_requests(
        self,
        actor: Actor,
        offset: int = 0,
        limit: int = 200,
        open_only: bool = False,
        customer_id: int | None = None,
    ) -> list[RequestRecord]:
        """Requests by due date, the most urgent first; one customer's only, if given."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            today, soon = office_today(self.clock()), self._soon(session)
            stmt = _listing(open_only)
            if customer_id is not None:
                stmt = stmt.where(DataSubjectRequest.customer_id == customer_id)
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            return [self._record(r, name, today, soon) for r, name in rows]

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
        with self.db.read() as session:
            today, soon = office_today(self.clock()), self._soon(session)
            stmt = _listing(open_only).execution_options(yield_per=500)
            for r, name in session.execute(stmt):
                yield self._record(r, name, today, soon)

    def count(self, actor: Actor, open_only: bool = False) -> int:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            stmt = select(func.count()).select_from(DataSubjectRequest)
            if open_only:
                stmt = stmt.where(_is_open())
            return int(session.scalar(stmt) or 0)

    def _soon(self, session: Session) -> int:
        return self.settings.get_int(session, "due_soon_days")

    @staticmethod
    def _record(
        r: DataSubjectRequest, customer_name: str | None, today: dt.date, soon: int
    ) -> RequestRecord:
        is_open = r.status in {s.value for s in OPEN_STATUSES}
        return RequestRecord(
            id=r.id,
            type=r.type,
            status=r.status,
            customer_id=r.customer_id,
            customer_name=customer_name or "",
            received=r.received_on,
            channel=r.channel,
            statutory_due=r.statutory_due,
            promised_due=r.promised_due,
            due=r.due,
            days_left=days_left(r.due, today),
            urgency=urgency(r.due, today, soon) if is_open else "closed",
            version=r.version,
        )


def _is_open() -> ColumnElement[bool]:
    return DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES])


def _listing(open_only: bool = False) -> Select[DataSubjectRequest, str]:
    """Requests with their customer's name in one query, by due date, most urgent first."""
    stmt = (
        select(DataSubjectRequest, Customer.name)
        .outerjoin(Customer, Customer.id == DataSubjectRequest.customer_id)
        .order_by(DataSubjectRequest.due, DataSubjectRequest.id)
    )
    return stmt.where(_is_open()) if open_only else stmt


def requests_of(
    session: Session, settings: SettingsStore, customer_id: int, today: dt.date
) -> list[RequestRecord]:
    """Every request of one customer, for a profile assembled inside another service's
    transaction (the caller has checked the rights)."""
    soon = settings.get_int(session, "due_soon_days")
    stmt = _listing().where(DataSubjectRequest.customer_id == customer_id)
    return [RequestService._record(r, name, today, soon) for r, name in session.execute(stmt)]
