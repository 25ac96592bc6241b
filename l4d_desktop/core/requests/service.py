"""Data subject requests: intake with the three dates, the identity check, pauses, extension,
the status workflow to closure, the repeat flag, listing by due date and each request's timeline.

Every change is one transaction with its audit entry (ids and codes only). A dialog may pass the
version it loaded (`version=`); a newer row raises ConflictError.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.search import search_filter
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.service import record_of as customer_record_of
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.deadlines import Deadlines, deadlines_for
from l4d_desktop.core.requests.records import (
    CLOSED_STATUS_VALUES,
    OPEN_STATUS_VALUES,
    PauseRecord,
    RequestDetail,
    RequestRecord,
    RequestSummary,
    detail_of,
    is_open_clause,
    listing,
    read_record,
    record_of_row,
    requests_of,
)
from l4d_desktop.core.requests.timeline import TimelineEntry, pause_code, timeline_of
from l4d_desktop.core.requests.workflow import (
    NOTE_MAX,
    apply_extension,
    check_close,
    check_move,
    check_open,
    check_version,
    clean_reason,
    end_pause,
    find_repeat,
    identity_method,
    open_pause,
    optional_text,
    parse_date,
)
from l4d_desktop.core.security.access import Service, rights_of
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, RequestPause, User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Channel, RequestStatus, RequestType, Right

__all__ = [
    "PauseRecord",
    "RequestDetail",
    "RequestInput",
    "RequestRecord",
    "RequestService",
    "RequestSummary",
    "TimelineEntry",
    "requests_of",
]

REQUESTER_TEXT_MAX = 20000
SUGGESTION_LIMIT = 10
# A moment of receipt may run this far ahead of the machine's clock (clocks drift a little).
RECEIVED_AT_SKEW = dt.timedelta(minutes=5)
OPEN_FILTER = "open"
_EMAIL_LIKE = re.compile(r"[^\s,;<>()]+@[^\s,;<>()]+")
_PHONE_RUN = re.compile(r"\+?\d[\d\s()./-]{5,}\d")


@dataclass(frozen=True)
class RequestInput:
    """A request as told at intake. Give `received` (the date), or `received_at` (the aware
    moment of receipt; the date is then its office date), or both if they agree."""

    type: str
    received: dt.date | str | None
    channel: str
    customer_id: int | None = None  # None: not yet identified
    received_at: dt.datetime | str | None = None
    requester_text: str = ""  # the requester's own words
    requester_name: str = ""  # who they said they were
    requester_contact: str = ""  # the address, email or phone to answer to
    handler_id: int | None = None  # the staff member assigned to handle it


@dataclass(frozen=True)
class _Intake:
    type: str
    channel: str
    received_on: dt.date
    received_at: dt.datetime | None
    requester_text: str
    requester_name: str
    requester_contact: str


def _choice(value: str, allowed: type[RequestType] | type[Channel], field: str) -> str:
    try:
        return allowed(value).value
    except ValueError:
        raise ValidationError(field, "choice_invalid") from None


def _received_at(value: dt.datetime | str | None) -> dt.datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("received_at", "time_invalid") from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError("received_at", "time_invalid")
    return value.astimezone(dt.UTC)


def _clean_intake(data: RequestInput, now: dt.datetime) -> _Intake:
    rtype = _choice(data.type, RequestType, "type")
    channel = _choice(data.channel, Channel, "channel")
    received_at = _received_at(data.received_at)
    if received_at is None:
        received = parse_date(data.received, "received")
    else:
        if received_at > now + RECEIVED_AT_SKEW:
            raise ValidationError("received_at", "date_in_future")
        received = office_today(received_at)
        if data.received not in (None, "") and parse_date(data.received, "received") != received:
            raise ValidationError("received", "received_mismatch")
    if received > office_today(now):
        raise ValidationError("received", "date_in_future")
    return _Intake(
        type=rtype,
        channel=channel,
        received_on=received,
        received_at=received_at,
        requester_text=clean_text(
            data.requester_text,
            "requester_text",
            max_length=REQUESTER_TEXT_MAX,
            multiline=True,
        ),
        requester_name=clean_text(data.requester_name, "requester_name", max_length=200),
        requester_contact=clean_text(data.requester_contact, "requester_contact", max_length=254),
    )


def _status_filter(status: str | None) -> ColumnElement[bool] | None:
    if not status:
        return None
    if status == OPEN_FILTER:
        return is_open_clause()
    if status not in OPEN_STATUS_VALUES | CLOSED_STATUS_VALUES:
        raise ValidationError("status", "choice_invalid")
    return DataSubjectRequest.status == status


def _conditions(
    *,
    open_only: bool,
    customer_id: int | None,
    status: str | None,
    type: str | None,
    handler_id: int | None,
) -> list[ColumnElement[bool]]:
    """The list's filters as SQL conditions (an unknown status or type is a ValidationError)."""
    conditions: list[ColumnElement[bool]] = []
    if open_only:
        conditions.append(is_open_clause())
    if (cond := _status_filter(status)) is not None:
        conditions.append(cond)
    if type:
        conditions.append(DataSubjectRequest.type == _choice(type, RequestType, "type"))
    if customer_id is not None:
        conditions.append(DataSubjectRequest.customer_id == customer_id)
    if handler_id is not None:
        conditions.append(DataSubjectRequest.handler_id == handler_id)
    return conditions


def _load(session: Session, request_id: int) -> DataSubjectRequest:
    req = session.get(DataSubjectRequest, request_id)
    if req is None:
        raise NotFoundError("request")
    return req


def _check_handler(session: Session, handler_id: int | None) -> None:
    """An assigned handler is an active user who may handle requests."""
    if handler_id is None:
        return
    user = session.get(User, handler_id)
    if user is None or not user.active:
        raise ValidationError("handler", "not_found")
    if str(Right.REQUESTS_HANDLE) not in rights_of(session, user):
        raise ValidationError("handler", "not_a_handler")


class RequestService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    # -- intake ----------------------------------------------------------------------------------

    def register(self, actor: Actor, data: RequestInput) -> RequestRecord:
        """A new request, `received`; flagged as a possible repeat when the same customer made
        one of the same type within `repeat_interval_days` before it."""
        intake = _clean_intake(data, self.clock())
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.create") as (session, user):
            if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
                raise ValidationError("customer", "not_found")
            _check_handler(session, data.handler_id)
            dates = deadlines_for(
                intake.type, intake.received_on, self.settings.get_int(session, "promised_days")
            )
            now = self.clock()
            req = DataSubjectRequest(
                type=intake.type,
                status=RequestStatus.RECEIVED.value,
                customer_id=data.customer_id,
                received_on=intake.received_on,
                received_at=intake.received_at,
                channel=intake.channel,
                statutory_due=dates.statutory,
                promised_due=dates.promised,
                due=dates.due,
                received_by=user.id,
                handler_id=data.handler_id,
                requester_text=intake.requester_text,
                requester_name=intake.requester_name,
                requester_contact=intake.requester_contact,
                created_at=now,
                updated_at=now,
            )
            session.add(req)
            session.flush()
            req.repeat_of = find_repeat(session, req, self._repeat_days(session))
            session.flush()
            self._log(session, user.id, "request.create", req.id, intake.type)
            return self._read(session, req.id)

    def preview(self, actor: Actor, request_type: str, received: dt.date) -> Deadlines:
        """The dates a request would get, for the intake form to show before saving."""
        rtype = _choice(request_type, RequestType, "type")
        with self._unit(actor, Right.REQUESTS_VIEW, "request.preview", write=False) as (session, _):
            return deadlines_for(rtype, received, self.settings.get_int(session, "promised_days"))

    def suggest_customers(
        self, actor: Actor, text: str, limit: int = SUGGESTION_LIMIT
    ) -> list[CustomerRecord]:
        """Customers the requester may be, for intake: matches of the whole text (name, email,
        phone, customer number), then of each email address and phone number in it."""
        queries = [text]
        queries += _EMAIL_LIKE.findall(text or "")
        queries += [m.strip() for m in _PHONE_RUN.findall(text or "")]
        with self._unit(actor, Right.CUSTOMERS_VIEW, "request.suggest", write=False) as (
            session,
            _,
        ):
            found: dict[int, Customer] = {}
            for query in queries:
                cond = search_filter(query)
                if cond is None or len(found) >= limit:
                    continue
                stmt = select(Customer).where(cond).order_by(Customer.sort_key, Customer.id)
                for c in session.scalars(stmt.limit(limit)):
                    if len(found) < limit:
                        found.setdefault(c.id, c)
            return [customer_record_of(c) for c in found.values()]

    def handlers(self, actor: Actor) -> list[tuple[int, str]]:
        """Who a request can be assigned to: active users holding requests.handle, as
        (id, full name) by name. Staff names only, for the handler choices and filters."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.handlers", write=False) as (
            session,
            _,
        ):
            users = session.scalars(select(User).where(User.active.is_(True))).all()
            found = [
                (u.id, u.full_name)
                for u in users
                if str(Right.REQUESTS_HANDLE) in rights_of(session, u)
            ]
            return sorted(found, key=lambda item: (item[1].casefold(), item[0]))

    # -- reading ---------------------------------------------------------------------------------

    def get(self, actor: Actor, request_id: int) -> RequestRecord:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            _load(session, request_id)
            return self._read(session, request_id)

    def detail(self, actor: Actor, request_id: int) -> RequestDetail:
        """Everything held on one request, the requester's words included; the view is audited."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view") as (session, user):
            req = _load(session, request_id)
            self._log(session, user.id, "request.view", req.id, "")
            return detail_of(session, req, office_today(self.clock()), self._soon(session))

    def list_requests(
        self,
        actor: Actor,
        offset: int = 0,
        limit: int = 200,
        open_only: bool = False,
        customer_id: int | None = None,
        *,
        status: str | None = None,
        type: str | None = None,
        handler_id: int | None = None,
    ) -> list[RequestRecord]:
        """Requests by due date, the most urgent first. `status` may be a status code or "open";
        `type` a request type; `handler_id` the assigned handler; `customer_id` one customer's."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            today, soon = office_today(self.clock()), self._soon(session)
            stmt = listing().where(
                *_conditions(
                    open_only=open_only,
                    customer_id=customer_id,
                    status=status,
                    type=type,
                    handler_id=handler_id,
                )
            )
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
            return [record_of_row(row, today, soon) for row in rows]

    def export(
        self,
        actor: Actor,
        open_only: bool = False,
        *,
        status: str | None = None,
        type: str | None = None,
        handler_id: int | None = None,
    ) -> Iterator[RequestRecord]:
        """The request register for a file outside the program: needs `data.export` as well as
        `requests.view`, is audited, and reads one consistent snapshot."""
        self._require(actor, Right.REQUESTS_VIEW, "request.export")
        self._require(actor, Right.DATA_EXPORT, "request.export")
        stmt = listing().where(
            *_conditions(
                open_only=open_only,
                customer_id=None,
                status=status,
                type=type,
                handler_id=handler_id,
            )
        )
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="request.export",
            object_type="request",
            detail="open" if open_only or status == OPEN_FILTER else "all",
        )
        with self.db.read() as session:
            today, soon = office_today(self.clock()), self._soon(session)
            for row in session.execute(stmt.execution_options(yield_per=500)):
                yield record_of_row(row, today, soon)

    def count(
        self,
        actor: Actor,
        open_only: bool = False,
        *,
        status: str | None = None,
        type: str | None = None,
        handler_id: int | None = None,
    ) -> int:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            stmt = (
                select(func.count())
                .select_from(DataSubjectRequest)
                .where(
                    *_conditions(
                        open_only=open_only,
                        customer_id=None,
                        status=status,
                        type=type,
                        handler_id=handler_id,
                    )
                )
            )
            return int(session.scalar(stmt) or 0)

    def summary(self, actor: Actor) -> RequestSummary:
        """Open requests, those due within `due_soon_days` (today included) and overdue ones."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.list", write=False) as (session, _):
            today, soon = office_today(self.clock()), self._soon(session)
            due = DataSubjectRequest.due
            row = session.execute(
                select(
                    func.count(),
                    func.count().filter(due >= today, due <= today + dt.timedelta(days=soon)),
                    func.count().filter(due < today),
                ).where(is_open_clause())
            ).one()
            return RequestSummary(
                open=int(row[0]), due_soon=int(row[1]), overdue=int(row[2]), due_soon_days=soon
            )

    def timeline(
        self, actor: Actor, request_id: int, include_views: bool = False
    ) -> tuple[TimelineEntry, ...]:
        """The request's history from the audit log, oldest first, with pause reasons."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.timeline", write=False) as (
            session,
            _,
        ):
            _load(session, request_id)
            return timeline_of(session, request_id, include_views)

    # -- the workflow ----------------------------------------------------------------------------

    def assign(
        self, actor: Actor, request_id: int, handler_id: int | None, *, version: int | None = None
    ) -> RequestRecord:
        """Assign the request to a handler (None: to nobody)."""
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.assign") as (session, user):
            req = self._open_request(session, request_id, version)
            _check_handler(session, handler_id)
            req.handler_id = handler_id
            self._touch(req)
            code = f"user:{handler_id}" if handler_id is not None else "none"
            self._log(session, user.id, "request.assign", req.id, code)
            return self._read(session, req.id)

    def identify(
        self,
        actor: Actor,
        request_id: int,
        customer_id: int | None,
        method: str,
        note: str = "",
        *,
        version: int | None = None,
    ) -> RequestRecord:
        """Record how the requester was matched to the data held (by whom, when), link the
        customer (None keeps the one linked at intake) and move the request to in_progress.
        `method` is an IdentityMethod; an ID document is `id_document_seen` (seen, not stored)."""
        method = identity_method(method)
        clean_note = optional_text(note, "note", NOTE_MAX)
        if method == "other" and not clean_note:
            raise ValidationError("note", "required")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.identify") as (session, user):
            req = self._open_request(session, request_id, version)
            target = customer_id if customer_id is not None else req.customer_id
            if target is None:
                raise ValidationError("customer", "required")
            if session.get(Customer, target) is None:
                raise ValidationError("customer", "not_found")
            now = self.clock()
            if req.customer_id != target or req.repeat_of is None:
                req.customer_id = target
                session.flush()
                req.repeat_of = find_repeat(session, req, self._repeat_days(session))
            req.identity_method = method
            req.identity_note = clean_note
            req.identified_by = user.id
            req.identified_at = now
            self._touch(req)
            self._log(session, user.id, "request.identify", req.id, method)
            if req.status != RequestStatus.IN_PROGRESS.value:
                self._move(session, user.id, req, RequestStatus.IN_PROGRESS.value)
            return self._read(session, req.id)

    def start_identity_check(
        self, actor: Actor, request_id: int, *, version: int | None = None
    ) -> RequestRecord:
        """Reasonable doubt about who asks: more information is being asked for."""
        return self.set_status(
            actor, request_id, RequestStatus.IDENTITY_CHECK.value, version=version
        )

    def start_work(
        self, actor: Actor, request_id: int, *, version: int | None = None
    ) -> RequestRecord:
        return self.set_status(actor, request_id, RequestStatus.IN_PROGRESS.value, version=version)

    def set_status(
        self, actor: Actor, request_id: int, status: str, *, version: int | None = None
    ) -> RequestRecord:
        """Move an open request to another open status; a closing status goes through close()
        with no reason (so a refusal is refused here: it needs reasons and a basis)."""
        if status in CLOSED_STATUS_VALUES:
            return self.close(actor, request_id, status, version=version)
        if status not in OPEN_STATUS_VALUES:
            raise ValidationError("status", "choice_invalid")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.status") as (session, user):
            req = self._open_request(session, request_id, version)
            check_move(req, status)
            self._move(session, user.id, req, status)
            return self._read(session, req.id)

    def pause(
        self, actor: Actor, request_id: int, reason: str, *, version: int | None = None
    ) -> RequestRecord:
        """Waiting for the requester (e.g. the identification asked for). No date moves."""
        clean = clean_reason(reason)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.pause") as (session, user):
            req = self._open_request(session, request_id, version)
            if open_pause(session, req.id) is not None:
                raise BusinessRuleError("already_paused")
            pause = RequestPause(
                request_id=req.id, reason=clean, started_at=self.clock(), started_by=user.id
            )
            session.add(pause)
            session.flush()
            self._touch(req)
            self._log(session, user.id, "request.pause", req.id, pause_code(pause.id))
            return self._read(session, req.id)

    def resume(
        self, actor: Actor, request_id: int, reason: str = "", *, version: int | None = None
    ) -> RequestRecord:
        clean = optional_text(reason, "reason")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.resume") as (session, user):
            req = self._open_request(session, request_id, version)
            pause = open_pause(session, req.id)
            if pause is None:
                raise BusinessRuleError("not_paused")
            end_pause(pause, user.id, self.clock(), clean)
            self._touch(req)
            self._log(session, user.id, "request.resume", req.id, pause_code(pause.id))
            return self._read(session, req.id)

    def extend(
        self,
        actor: Actor,
        request_id: int,
        notice_date: dt.date | str,
        reason: str,
        *,
        version: int | None = None,
    ) -> RequestRecord:
        """Art. 12(3) extension, told to the requester with reasons on `notice_date`, which must
        be on or before the statutory date; due becomes the latest extended date. Once only."""
        clean = clean_reason(reason)
        notice_on = parse_date(notice_date, "notice_date")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.extend") as (session, user):
            req = self._open_request(session, request_id, version)
            extended = apply_extension(req, notice_on, clean, office_today(self.clock()))
            self._touch(req)
            self._log(session, user.id, "request.extend", req.id, f"due:{extended.isoformat()}")
            return self._read(session, req.id)

    def close(
        self,
        actor: Actor,
        request_id: int,
        outcome: str,
        reason: str = "",
        basis: str | None = None,
        assessment: str = "",
        *,
        version: int | None = None,
    ) -> RequestRecord:
        """Close as completed, refused or withdrawn. A refusal needs reasons and a RefusalBasis,
        and "manifestly unfounded" or "excessive" a written assessment as well; an erasure
        request is completed only after its erasure has run. An open pause ends with it."""
        clean = optional_text(reason, "reason")
        clean_assessment = optional_text(assessment, "assessment", 20000)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.close") as (session, user):
            req = self._open_request(session, request_id, version)
            refusal = check_close(req, outcome, clean, basis, clean_assessment)
            now = self.clock()
            pause = open_pause(session, req.id)
            if pause is not None:
                end_pause(pause, user.id, now)
                self._log(session, user.id, "request.resume", req.id, pause_code(pause.id))
            req.status = outcome
            req.closed_at = now
            req.closed_by = user.id
            req.refusal_basis = refusal
            req.refusal_reason = clean
            req.assessment = clean_assessment
            self._touch(req)
            code = outcome if refusal is None else f"{outcome}:{refusal}"
            self._log(session, user.id, "request.close", req.id, code)
            return self._read(session, req.id)

    # -- helpers ---------------------------------------------------------------------------------

    def _open_request(
        self, session: Session, request_id: int, version: int | None
    ) -> DataSubjectRequest:
        req = _load(session, request_id)
        check_version(req, version)
        check_open(req)
        return req

    def _move(self, session: Session, user_id: int, req: DataSubjectRequest, status: str) -> None:
        req.status = status
        self._touch(req)
        self._log(session, user_id, "request.status", req.id, status)

    def _touch(self, req: DataSubjectRequest) -> None:
        """Every change raises the row's version, a pause or an unchanged time included."""
        req.updated_at = self.clock()
        flag_modified(req, "updated_at")

    def _log(self, session: Session, user_id: int, action: str, request_id: int, code: str) -> None:
        session.flush()
        self.audit.append(
            session,
            actor_id=user_id,
            action=action,
            object_type="request",
            object_id=request_id,
            detail=code,
        )

    def _read(self, session: Session, request_id: int) -> RequestRecord:
        session.flush()
        return read_record(session, request_id, office_today(self.clock()), self._soon(session))

    def _soon(self, session: Session) -> int:
        return self.settings.get_int(session, "due_soon_days")

    def _repeat_days(self, session: Session) -> int:
        return self.settings.get_int(session, "repeat_interval_days")
