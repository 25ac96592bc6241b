"""An Art. 18 restriction set under a request and its end: the ground (18(1) a–d) recorded with
it, the lift notice with a working day and the real reason (18(3)), and the lifting, which waits
for that day and for the notice letter to have left."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.records import set_restricted
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, ValidationError
from l4d_desktop.core.requests.deadlines import is_working_day
from l4d_desktop.core.requests.desk import RequestDesk
from l4d_desktop.core.requests.gate import check_type, load_request, request_for_action
from l4d_desktop.core.requests.grounds import LIFT_REASONS, LiftReason, RestrictionGround, choice
from l4d_desktop.core.requests.statements import (
    Topic,
    check_language,
    clean_statement,
    drop_texts,
    letter_language,
    put_text,
)
from l4d_desktop.core.requests.workflow import parse_date
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    Customer,
    DataSubjectRequest,
    RequestRestrictionRow,
)
from l4d_desktop.core.vocabulary import RequestType, Right

LIFT_NOTICE_KIND = "restriction-lifted"  # LetterKind.RESTRICTION_LIFTED


@dataclass(frozen=True)
class RestrictionRecord:
    """The latest restriction set under a request, and whether the person is restricted now."""

    id: int
    request_id: int
    ground: str  # RestrictionGround: a–d
    restricted_at: dt.datetime
    lift_on: dt.date | None
    lift_reason: str | None  # LiftReason
    lift_announced_at: dt.datetime | None
    lifted_at: dt.datetime | None
    customer_restricted: bool

    @property
    def active(self) -> bool:
        """The person is restricted under this request (not lifted here or elsewhere)."""
        return self.lifted_at is None and self.customer_restricted


def _latest(session: Session, request_id: int) -> RequestRestrictionRow | None:
    return session.scalars(
        select(RequestRestrictionRow)
        .where(RequestRestrictionRow.request_id == request_id)
        .order_by(RequestRestrictionRow.id.desc())
        .limit(1)
    ).first()


def restriction_of(session: Session, request: DataSubjectRequest) -> RestrictionRecord | None:
    row = _latest(session, request.id)
    if row is None:
        return None
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    return RestrictionRecord(
        id=row.id,
        request_id=row.request_id,
        ground=row.ground,
        restricted_at=row.restricted_at,
        lift_on=row.lift_on,
        lift_reason=row.lift_reason,
        lift_announced_at=row.lift_announced_at,
        lifted_at=row.lifted_at,
        customer_restricted=customer is not None and customer.restricted,
    )


def lift_notice_left(session: Session, row: RequestRestrictionRow) -> dt.datetime | None:
    """When the lift notice letter left after the current notice was recorded (None: not)."""
    if row.lift_announced_at is None:
        return None
    return session.scalar(
        select(ArchivedLetterRow.created_at)
        .where(
            ArchivedLetterRow.request_id == row.request_id,
            ArchivedLetterRow.kind == LIFT_NOTICE_KIND,
            ArchivedLetterRow.created_at >= row.lift_announced_at,
        )
        .order_by(ArchivedLetterRow.created_at)
        .limit(1)
    )


class RestrictionDesk(RequestDesk):
    """Setting, announcing the end of and lifting a request's restriction."""

    def restrict(
        self, actor: Actor, request_id: int, ground: str, expected_version: int | None = None
    ) -> RestrictionRecord:
        """Restrict the person's data under the request on its Art. 18(1) ground (a–d): the
        data stay stored, but every export and marketing list leaves the person out. A person
        already restricted keeps the day it began; the ground is recorded under this request."""
        code = choice(ground, RestrictionGround, "ground")
        self._require(actor, Right.REQUESTS_HANDLE, "request.restrict")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "request.restrict") as (session, user):
            request, customer = request_for_action(
                session, request_id, (RequestType.RESTRICTION.value,)
            )
            if expected_version is not None and customer.version != expected_version:
                raise ConflictError()
            now = self.clock()
            row = _latest(session, request.id)
            if row is not None and row.lifted_at is None:
                if customer.restricted:
                    raise BusinessRuleError("already_restricted")
                row.lifted_at = now  # lifted from the customer's record meanwhile
            set_restricted(customer, True, now)
            session.add(
                RequestRestrictionRow(
                    request_id=request.id,
                    ground=code,
                    restricted_at=customer.restricted_at or now,
                    restricted_by=user.id,
                )
            )
            self._log(session, user.id, "request.restrict", request.id, f"ground:{code}")
            record = restriction_of(session, request)
            assert record is not None
            return record

    def announce_lift(
        self,
        actor: Actor,
        request_id: int,
        lift_on: dt.date | str,
        reason: str,
        text: str,
        language: str | None = None,
    ) -> RestrictionRecord:
        """Art. 18(3): the restriction will be lifted on `lift_on` (a working day after today)
        for `reason` (a LiftReason fitting the ground), explained in `text` in `language`. A new
        notice replaces the earlier one, which then no longer counts as told."""
        code = choice(reason, LiftReason, "lift_reason")
        day = parse_date(lift_on, "lift_on")
        statement = clean_statement(text, "reason")
        if not is_working_day(day):
            raise ValidationError("lift_on", "not_working_day")
        if day <= office_today(self.clock()):
            raise ValidationError("lift_on", "lift_date_too_early")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.restriction_notice") as (
            session,
            user,
        ):
            request, row = self._active(session, request_id)
            if code not in LIFT_REASONS[row.ground]:
                raise ValidationError("lift_reason", "lift_reason_ground", ground=row.ground)
            lang = (
                letter_language(session, request) if language is None else check_language(language)
            )
            now = self.clock()
            row.lift_on = day
            row.lift_reason = code
            row.lift_announced_at = now
            row.lift_announced_by = user.id
            topic = Topic.RESTRICTION_LIFT.value
            drop_texts(session, request.id, topic)
            session.flush()
            put_text(session, request.id, topic, lang, statement, user.id, now)
            detail = f"lift:{day.isoformat()}:{code}"
            self._log(session, user.id, "request.restriction_notice", request.id, detail)
            record = restriction_of(session, request)
            assert record is not None
            return record

    def lift(self, actor: Actor, request_id: int) -> RestrictionRecord:
        """Lift the restriction on or after the announced day, once the notice letter has
        left; before that day it is refused unless a new notice with an earlier day is issued."""
        self._require(actor, Right.REQUESTS_HANDLE, "request.unrestrict")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "request.unrestrict") as (session, user):
            request, row = self._active(session, request_id)
            if row.lift_on is None:
                raise BusinessRuleError("restriction_lift_not_announced")
            told = lift_notice_left(session, row)
            if told is None:
                raise BusinessRuleError("restriction_lift_not_told")
            if office_today(self.clock()) < row.lift_on:
                raise BusinessRuleError("restriction_lift_early", lift_on=row.lift_on.isoformat())
            customer = session.get(Customer, request.customer_id)
            assert customer is not None
            now = self.clock()
            set_restricted(customer, False, now)
            row.lifted_at = now
            row.lifted_by = user.id
            detail = f"told:{office_today(told).isoformat()}"
            self._log(session, user.id, "request.unrestrict", request.id, detail)
            record = restriction_of(session, request)
            assert record is not None
            return record

    def restriction(self, actor: Actor, request_id: int) -> RestrictionRecord | None:
        """The latest restriction set under the request (None: none was)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            return restriction_of(session, load_request(session, request_id))

    def _active(
        self, session: Session, request_id: int
    ) -> tuple[DataSubjectRequest, RequestRestrictionRow]:
        """The request's restriction in force. The request itself may be closed by now: a
        restriction for the time needed to verify outlives the request that set it."""
        request = load_request(session, request_id)
        check_type(request, (RequestType.RESTRICTION.value,))
        customer = session.get(Customer, request.customer_id) if request.customer_id else None
        row = _latest(session, request.id)
        if customer is None or row is None or row.lifted_at is not None or not customer.restricted:
            raise BusinessRuleError("not_restricted_here")
        return request, row


__all__ = ["LIFT_NOTICE_KIND", "RestrictionDesk", "RestrictionRecord", "restriction_of"]
