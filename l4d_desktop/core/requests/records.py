"""What the services return about requests: the light list record, the detail of one request,
its pauses, the status bar's counts, and the one query the list is read with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session, aliased

from l4d_desktop.core.requests.deadlines import days_left, urgency
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, RequestPause, User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import OPEN_STATUSES, RequestStatus

OPEN_STATUS_VALUES = frozenset(s.value for s in OPEN_STATUSES)
CLOSED_STATUS_VALUES = frozenset(s.value for s in RequestStatus) - OPEN_STATUS_VALUES
# A resumed pause keeps the resume reason after this separator in its `reason` column. Cleaned
# text never holds control characters, so the split is unambiguous.


@dataclass(frozen=True)
class RequestRecord:
    """One line of the request list: dates, state and ids; no free text but the pause reason."""

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
    received_at: dt.datetime | None = None
    customer_number: str = ""
    # The pseudonymous reference an erased person's requests keep instead of the customer.
    subject_ref: str | None = None
    extended_due: dt.date | None = None
    extension_notice_on: dt.date | None = None
    # Waiting for the requester; the dates do not move while paused.
    paused: bool = False
    pause_reason: str = ""
    identity_method: str | None = None
    identified_at: dt.datetime | None = None
    handler_id: int | None = None
    handler_name: str = ""
    closed_at: dt.datetime | None = None
    refusal_basis: str | None = None
    # An earlier request of the same type by the same person within the repeat interval.
    repeat_of: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUS_VALUES

    @property
    def outcome(self) -> str | None:
        """completed, refused or withdrawn once closed; None while open."""
        return None if self.is_open else self.status


@dataclass(frozen=True)
class PauseRecord:
    id: int
    reason: str
    started_at: dt.datetime
    started_by: str  # the staff member's full name
    ended_at: dt.datetime | None
    ended_by: str
    resume_reason: str


@dataclass(frozen=True)
class RequestDetail:
    """Everything the register holds on one request, the requester's own words included."""

    record: RequestRecord
    requester_text: str
    requester_name: str
    requester_contact: str
    received_by_id: int
    received_by: str  # full names of staff members from here on
    identity_note: str
    identified_by: str
    extension_reason: str
    closed_by: str
    # Why the request was closed (for a refusal: the reasons the letter states).
    close_reason: str
    assessment: str
    erased_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    pauses: tuple[PauseRecord, ...]
    # Why no extension can be recorded for what the request asks (an error code), whatever
    # its dates: a withdrawal, or an objection with no assessed part. "" when one can.
    extension_barred: str = ""


@dataclass(frozen=True)
class RequestSummary:
    """For the status bar: open requests, those due within `due_soon_days`, and overdue ones."""

    open: int
    due_soon: int
    overdue: int
    due_soon_days: int


def is_open_clause() -> ColumnElement[bool]:
    return DataSubjectRequest.status.in_(sorted(OPEN_STATUS_VALUES))


_handler = aliased(User)


def listing() -> Select[DataSubjectRequest, str, str | None, str, str]:
    """Requests with their customer, handler and open pause in one query, most urgent first."""
    return (
        select(
            DataSubjectRequest,
            Customer.name,
            Customer.customer_number,
            _handler.full_name,
            RequestPause.reason,
        )
        .outerjoin(Customer, Customer.id == DataSubjectRequest.customer_id)
        .outerjoin(_handler, _handler.id == DataSubjectRequest.handler_id)
        .outerjoin(
            RequestPause,
            and_(
                RequestPause.request_id == DataSubjectRequest.id,
                RequestPause.ended_at.is_(None),
            ),
        )
        .order_by(DataSubjectRequest.due, DataSubjectRequest.id)
    )


def record_of(
    r: DataSubjectRequest,
    customer_name: str | None,
    customer_number: str | None,
    handler_name: str | None,
    open_pause_reason: str | None,
    today: dt.date,
    soon: int,
) -> RequestRecord:
    is_open = r.status in OPEN_STATUS_VALUES
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
        received_at=r.received_at,
        customer_number=customer_number or "",
        subject_ref=r.subject_ref,
        extended_due=r.extended_due,
        extension_notice_on=r.extension_notice_on,
        paused=open_pause_reason is not None,
        pause_reason=open_pause_reason or "",
        identity_method=r.identity_method,
        identified_at=r.identified_at,
        handler_id=r.handler_id,
        handler_name=handler_name or "",
        closed_at=r.closed_at,
        refusal_basis=r.refusal_basis,
        repeat_of=r.repeat_of,
    )


def record_of_row(row: Any, today: dt.date, soon: int) -> RequestRecord:
    r, name, number, handler, pause = row
    return record_of(r, name, number, handler, pause, today, soon)


def read_record(session: Session, request_id: int, today: dt.date, soon: int) -> RequestRecord:
    """One request's list record (it must exist)."""
    row = session.execute(listing().where(DataSubjectRequest.id == request_id)).one()
    return record_of_row(row, today, soon)


def pauses_of(session: Session, request_id: int) -> tuple[PauseRecord, ...]:
    starter, ender = aliased(User), aliased(User)
    rows = session.execute(
        select(RequestPause, starter.full_name, ender.full_name)
        .join(starter, starter.id == RequestPause.started_by)
        .outerjoin(ender, ender.id == RequestPause.ended_by)
        .where(RequestPause.request_id == request_id)
        .order_by(RequestPause.started_at, RequestPause.id)
    ).all()
    out: list[PauseRecord] = []
    for p, started_by, ended_by in rows:
        reason, resume_reason = p.reason, p.resume_reason
        out.append(
            PauseRecord(
                id=p.id,
                reason=reason,
                started_at=p.started_at,
                started_by=started_by,
                ended_at=p.ended_at,
                ended_by=ended_by or "",
                resume_reason=resume_reason,
            )
        )
    return tuple(out)


def _name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user is not None else ""


def detail_of(session: Session, r: DataSubjectRequest, today: dt.date, soon: int) -> RequestDetail:
    return RequestDetail(
        record=read_record(session, r.id, today, soon),
        requester_text=r.requester_text,
        requester_name=r.requester_name,
        requester_contact=r.requester_contact,
        received_by_id=r.received_by,
        received_by=_name(session, r.received_by),
        identity_note=r.identity_note,
        identified_by=_name(session, r.identified_by),
        extension_reason=r.extension_reason,
        closed_by=_name(session, r.closed_by),
        close_reason=r.refusal_reason,
        assessment=r.assessment,
        erased_at=r.erased_at,
        created_at=r.created_at,
        updated_at=r.updated_at,
        pauses=pauses_of(session, r.id),
    )


def requests_of(
    session: Session, settings: SettingsStore, customer_id: int, today: dt.date
) -> list[RequestRecord]:
    """Every request of one customer, for a profile assembled inside another service's
    transaction (the caller has checked the rights)."""
    soon = settings.get_int(session, "due_soon_days")
    stmt = listing().where(DataSubjectRequest.customer_id == customer_id)
    return [record_of_row(row, today, soon) for row in session.execute(stmt)]
