"""Objections per purpose (Art. 21). One to direct marketing is absolute: every marketing consent
ends at once and the person's email and phone go on the suppression list, which outlives them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.consents import PurposeRecord, append_event, current_states
from l4d_desktop.core.customers.effect import effective_after, receipt_moment
from l4d_desktop.core.customers.fields import check_business_date
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.statements import check_language, keep_decision_text
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import Customer, Objection, User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import ConsentMethod, ObjectionPurpose, Right
from l4d_desktop.core.vocabulary import ObjectionOutcome as Outcome

REASON_MAX = 5000
# An upheld objection ends the consents that let the same processing go on (purpose codes).
UPHELD_ENDS_CONSENTS: dict[str, frozenset[str]] = {
    ObjectionPurpose.ANALYTICS.value: frozenset({"analytics"}),
}


@dataclass(frozen=True)
class ObjectionRecord:
    id: int
    purpose: str
    received_on: dt.date
    reason: str
    recorded_by: str  # the staff member's full name
    recorded_at: dt.datetime
    request_id: int | None
    # "stopped" (direct marketing), "upheld" or "compelling_grounds"; None while undecided.
    outcome: str | None = None
    outcome_reason: str = ""
    decided_by: str = ""  # the staff member's full name
    decided_at: dt.datetime | None = None

    @property
    def pending(self) -> bool:
        return self.outcome is None


@dataclass(frozen=True)
class ObjectionOutcome:
    objection: ObjectionRecord
    consents_withdrawn: tuple[str, ...]  # purpose codes ended by it
    suppressed: bool  # the email or phone went on the suppression list


@dataclass(frozen=True)
class ObjectionDecision:
    objection: ObjectionRecord
    consents_withdrawn: tuple[str, ...]  # purpose codes ended by an upheld objection


def objections_of(session: Session, customer_id: int) -> list[ObjectionRecord]:
    decider = aliased(User)
    rows = session.execute(
        select(Objection, User.full_name, decider.full_name)
        .join(User, User.id == Objection.recorded_by)
        .outerjoin(decider, decider.id == Objection.decided_by)
        .where(Objection.customer_id == customer_id)
        .order_by(Objection.received_on.desc(), Objection.id.desc())
    ).all()
    return [
        ObjectionRecord(
            id=o.id,
            purpose=o.purpose,
            received_on=o.received_on,
            reason=o.reason,
            recorded_by=name,
            recorded_at=o.recorded_at,
            request_id=o.request_id,
            outcome=o.outcome,
            outcome_reason=o.outcome_reason,
            decided_by=decided_by or "",
            decided_at=o.decided_at,
        )
        for o, name, decided_by in rows
    ]


def withdraw_consents_for(
    session: Session,
    settings: SettingsStore,
    customer_id: int,
    codes: Callable[[PurposeRecord], bool],
    *,
    user_id: int,
    now: dt.datetime,
    request_id: int | None,
    effective: dt.datetime | None = None,
) -> list[str]:
    """End every consent now given whose purpose `codes` picks, as an objection's effect:
    at `effective` (its receipt) when given, else now; recorded now either way."""
    withdrawn: list[str] = []
    for state in current_states(session, customer_id):
        if state.given and codes(state.purpose):
            at = now if effective is None else effective_after(effective, state.since)
            append_event(
                session,
                customer_id=customer_id,
                purpose_id=state.purpose.id,
                given=False,
                at=at,
                method=ConsentMethod.OBJECTION.value,
                notice_version=settings.get(session, "notice_version"),
                recorded_by=user_id,
                recorded_at=now,
                request_id=request_id,
            )
            withdrawn.append(state.purpose.code)
    return withdrawn


def record_objection(
    session: Session,
    settings: SettingsStore,
    customer: Customer,
    purpose: str,
    received_on: dt.date,
    reason: str,
    *,
    user_id: int,
    now: dt.datetime,
    request_id: int | None,
    received_at: dt.datetime | None = None,
) -> tuple[Objection, list[str], bool]:
    """Record an objection inside the caller's transaction (rights checked, values clean).

    Direct marketing (ad targeting included) stops at once with no balancing: its consents end
    and the email and phone go on the suppression list, both dated from the receipt
    (`received_at`, else the start of `received_on`) and recorded now; the outcome is
    "stopped". Any other purpose waits for the handler's decision (`outcome` None)."""
    direct = purpose == ObjectionPurpose.DIRECT_MARKETING
    objection = Objection(
        customer_id=customer.id,
        purpose=purpose,
        received_on=received_on,
        reason=reason,
        recorded_by=user_id,
        recorded_at=now,
        request_id=request_id,
        outcome=Outcome.STOPPED.value if direct else None,
        decided_by=user_id if direct else None,
        decided_at=now if direct else None,
    )
    session.add(objection)
    session.flush()
    withdrawn: list[str] = []
    suppressed = False
    if direct:
        withdrawn = withdraw_consents_for(
            session,
            settings,
            customer.id,
            lambda p: p.direct_marketing,
            user_id=user_id,
            now=now,
            request_id=request_id,
            effective=receipt_moment(received_on, received_at),
        )
        SuppressionList(session).add(
            customer.email, customer.phone, office_today(now), effective_on=received_on
        )
        suppressed = bool(customer.email or customer.phone)
    session.flush()
    return objection, withdrawn, suppressed


def clean_objection(
    purpose: str, received_on: dt.date, reason: str, now: dt.datetime
) -> tuple[str, str]:
    try:
        purpose = ObjectionPurpose(purpose).value
    except ValueError:
        raise ValidationError("purpose", "choice_invalid") from None
    text = clean_text(reason, "reason", max_length=REASON_MAX, multiline=True)
    if received_on > office_today(now):
        raise ValidationError("received_on", "date_in_future")
    check_business_date("received_on", received_on)
    return purpose, text


class ObjectionService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def record(
        self,
        actor: Actor,
        customer_id: int,
        purpose: str,
        received_on: dt.date,
        reason: str = "",
        request_id: int | None = None,
    ) -> ObjectionOutcome:
        now = self.clock()
        purpose, text = clean_objection(purpose, received_on, reason, now)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "objection.record") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            objection, withdrawn, suppressed = record_objection(
                session,
                self.settings,
                customer,
                purpose,
                received_on,
                text,
                user_id=user.id,
                now=now,
                request_id=request_id,
            )
            self.audit.append(
                session,
                actor_id=user.id,
                action="objection.record",
                object_type="customer",
                object_id=customer.id,
                detail=purpose,
            )
            record = next(o for o in objections_of(session, customer.id) if o.id == objection.id)
            return ObjectionOutcome(record, tuple(withdrawn), suppressed)

    def decide_objection(
        self,
        actor: Actor,
        objection_id: int,
        outcome: str,
        reason: str = "",
        language: str | None = None,
    ) -> ObjectionDecision:
        """The handler's decision on an objection to processing other than direct marketing:
        "upheld" (the processing stops; for analytics its consent ends too) or
        "compelling_grounds" (it goes on: compelling legitimate grounds, reasons required,
        written in `language`, default the letters')."""
        try:
            decided = Outcome(outcome)
        except ValueError:
            raise ValidationError("outcome", "choice_invalid") from None
        if decided == Outcome.STOPPED:
            raise ValidationError("outcome", "choice_invalid")
        text = clean_text(reason, "reason", max_length=REASON_MAX, multiline=True)
        if decided == Outcome.COMPELLING_GROUNDS and not text:
            raise ValidationError("reason", "reason_required")
        lang = None if language is None else check_language(language)
        self._require(actor, Right.REQUESTS_HANDLE, "objection.decide")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "objection.decide") as (session, user):
            objection = session.get(Objection, objection_id)
            if objection is None:
                raise NotFoundError("objection")
            if objection.outcome is not None:
                raise BusinessRuleError("objection_decided")
            now = self.clock()
            objection.outcome = decided.value
            objection.outcome_reason = text
            objection.decided_by = user.id
            objection.decided_at = now
            printed = text if decided == Outcome.COMPELLING_GROUNDS else ""
            keep_decision_text(session, objection, printed, lang, user.id, now)
            withdrawn: list[str] = []
            if decided == Outcome.UPHELD:
                codes = UPHELD_ENDS_CONSENTS.get(objection.purpose, frozenset())
                withdrawn = withdraw_consents_for(
                    session,
                    self.settings,
                    objection.customer_id,
                    lambda p: p.code in codes,
                    user_id=user.id,
                    now=now,
                    request_id=objection.request_id,
                )
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="objection.decide",
                # Under the request the objection came with, so that its timeline shows it.
                object_type="request" if objection.request_id else "customer",
                object_id=objection.request_id or objection.customer_id,
                detail=decided.value,
            )
            record = next(
                o for o in objections_of(session, objection.customer_id) if o.id == objection.id
            )
            return ObjectionDecision(record, tuple(withdrawn))

    def list_objections(self, actor: Actor, customer_id: int) -> list[ObjectionRecord]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "objection.list", write=False) as (
            session,
            _,
        ):
            return objections_of(session, customer_id)
