"""The actions of rectification, restriction, objection and consent-withdrawal requests.

Each runs in one transaction with its audit entry (ids and codes only), filed under the request
so that its timeline shows it, and needs the right to handle requests as well as the right over
the customer data it changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.consents import append_event, current_states
from l4d_desktop.core.customers.effect import effective_after, receipt_moment
from l4d_desktop.core.customers.fields import CustomerInput, clean_customer
from l4d_desktop.core.customers.objections import (
    ObjectionOutcome,
    clean_objection,
    objections_of,
    record_objection,
)
from l4d_desktop.core.customers.service import (
    CustomerRecord,
    record_of,
    update_customer,
)
from l4d_desktop.core.erasure.consent_purge import plan_consent_purge, run_consent_purge
from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.requests.desk import RequestDesk
from l4d_desktop.core.requests.gate import load_request, request_for_action
from l4d_desktop.core.store.models import (
    ConsentPurpose,
    RequestFieldChange,
    User,
    WebEvent,
)
from l4d_desktop.core.vocabulary import Channel, ConsentMethod, RequestType, Right

# Technical data from the web site rely on the consent to these purposes (cookies): with none
# of them given, nothing else is a basis for keeping them (LEGAL.md, Art. 7(3), 17(1)(b)).
WEB_EVENT_PURPOSES = ("ad_targeting", "analytics")

# How a withdrawal reached us, in the ledger's words.
CHANNEL_METHOD = {
    Channel.EMAIL.value: ConsentMethod.EMAIL.value,
    Channel.LETTER.value: ConsentMethod.LETTER.value,
    Channel.PHONE.value: ConsentMethod.PHONE.value,
    Channel.IN_PERSON.value: ConsentMethod.IN_PERSON.value,
}

# Requests after which data whose only basis was consent may be erased.
_ERASE_AFTER = (RequestType.WITHDRAWAL.value, RequestType.OBJECTION.value)


@dataclass(frozen=True)
class RectificationResult:
    customer: CustomerRecord
    changed_fields: tuple[str, ...]  # names of the fields whose value changed


@dataclass(frozen=True)
class FieldChange:
    """A rectification's record: which field changed, when and by whom; never a value."""

    field: str
    changed_at: dt.datetime
    changed_by: str  # the staff member's full name


@dataclass(frozen=True)
class ErasureOffer:
    """Data whose only basis was a consent now withdrawn: the handler is offered their
    erasure. `kind` names the data ("web_events"); `purposes` the consents they relied on."""

    kind: str
    count: int
    purposes: tuple[str, ...]


@dataclass(frozen=True)
class WithdrawalResult:
    withdrawn: tuple[str, ...]  # purpose codes whose consent ended now
    not_given: tuple[str, ...]  # purpose codes with no consent in force to withdraw
    erasure_offered: tuple[ErasureOffer, ...]


def field_changes(session: Session, request_id: int) -> list[FieldChange]:
    rows = session.execute(
        select(RequestFieldChange, User.full_name)
        .join(User, User.id == RequestFieldChange.changed_by)
        .where(RequestFieldChange.request_id == request_id)
        .order_by(RequestFieldChange.changed_at, RequestFieldChange.id)
    )
    return [FieldChange(c.field, c.changed_at, name) for c, name in rows]


def erasure_offers(session: Session, customer_id: int) -> tuple[ErasureOffer, ...]:
    """What the person's data still held rely on consents no longer given."""
    given = {s.purpose.code for s in current_states(session, customer_id) if s.given}
    if given.intersection(WEB_EVENT_PURPOSES):
        return ()
    count = int(
        session.scalar(
            select(func.count()).select_from(WebEvent).where(WebEvent.customer_id == customer_id)
        )
        or 0
    )
    if not count:
        return ()
    return (ErasureOffer("web_events", count, WEB_EVENT_PURPOSES),)


class RequestActionService(RequestDesk):
    # -- rectification (Art. 16) ---------------------------------------------------------------

    def rectify(
        self, actor: Actor, request_id: int, expected_version: int, data: CustomerInput
    ) -> RectificationResult:
        """Save the customer's corrected data as the normal edit does (validation, version
        check) and record which fields changed, when and by whom, on the request."""
        clean = clean_customer(data)
        self._require(actor, Right.REQUESTS_HANDLE, "request.rectify")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "request.rectify") as (session, user):
            request, customer = request_for_action(
                session, request_id, (RequestType.RECTIFICATION.value,)
            )
            now = self.clock()
            customer, changed = update_customer(session, customer.id, expected_version, clean, now)
            for name in changed:
                session.add(
                    RequestFieldChange(
                        request_id=request.id, field=name, changed_at=now, changed_by=user.id
                    )
                )
            self._log(session, user.id, "request.rectify", request.id, f"customer:{customer.id}")
            return RectificationResult(record_of(customer), changed)

    def changed_fields(self, actor: Actor, request_id: int) -> list[FieldChange]:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            load_request(session, request_id)
            return field_changes(session, request_id)

    # -- objection (Art. 21) -------------------------------------------------------------------

    def record_objection(
        self, actor: Actor, request_id: int, purpose: str, reason: str = ""
    ) -> ObjectionOutcome:
        """The objection the request makes to one purpose (see record_objections)."""
        return self.record_objections(actor, request_id, (purpose,), reason)[0]

    def record_objections(
        self, actor: Actor, request_id: int, purposes: Sequence[str], reason: str = ""
    ) -> tuple[ObjectionOutcome, ...]:
        """The objections one request makes, one per purpose, in one transaction, each in
        effect from the request's receipt. Direct marketing (ad targeting included) stops at
        once; any other purpose waits for ObjectionService.decide_objection. A purpose already
        recorded under the request is refused."""
        codes = list(dict.fromkeys(p.strip() for p in purposes if p.strip()))
        if not codes:
            raise ValidationError("purpose", "required")
        self._require(actor, Right.REQUESTS_HANDLE, "request.objection")
        now = self.clock()
        with self._unit(actor, Right.CUSTOMERS_EDIT, "request.objection") as (session, user):
            request, customer = request_for_action(
                session, request_id, (RequestType.OBJECTION.value,)
            )
            cleaned = [clean_objection(code, request.received_on, reason, now) for code in codes]
            earlier_here = {
                o.purpose for o in objections_of(session, customer.id) if o.request_id == request.id
            }
            outcomes: list[ObjectionOutcome] = []
            for purpose, text in cleaned:
                if purpose in earlier_here:
                    raise BusinessRuleError("objection_purpose_recorded", purpose=purpose)
                objection, withdrawn, suppressed = record_objection(
                    session,
                    self.settings,
                    customer,
                    purpose,
                    request.received_on,
                    text,
                    user_id=user.id,
                    now=now,
                    request_id=request.id,
                    received_at=request.received_at,
                )
                self._log(session, user.id, "request.objection", request.id, purpose)
                record = next(
                    o for o in objections_of(session, customer.id) if o.id == objection.id
                )
                outcomes.append(ObjectionOutcome(record, tuple(withdrawn), suppressed))
            return tuple(outcomes)

    # -- consent withdrawal (Art. 7(3)) --------------------------------------------------------

    def withdraw_consents(
        self,
        actor: Actor,
        request_id: int,
        purposes: Sequence[str],
        at: dt.datetime | None = None,
    ) -> WithdrawalResult:
        """One ledger entry per purpose whose consent is in force, by the request's channel, at
        `at` (when the person withdrew it; default the request's receipt). Returns the data that relied on those
        consents alone, for the handler to be offered their erasure (`erase_web_events`)."""
        codes = list(dict.fromkeys(p.strip() for p in purposes if p.strip()))
        if not codes:
            raise ValidationError("purposes", "required")
        now = self.clock()
        if at is not None and at.tzinfo is None:
            raise ValidationError("at", "time_invalid")
        if at is not None and at > now:
            raise ValidationError("at", "date_in_future")
        self._require(actor, Right.REQUESTS_HANDLE, "request.withdraw")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "request.withdraw") as (session, user):
            request, customer = request_for_action(
                session, request_id, (RequestType.WITHDRAWAL.value,)
            )
            known = {
                p.code: p
                for p in session.scalars(
                    select(ConsentPurpose).where(ConsentPurpose.code.in_(codes))
                )
            }
            if len(known) != len(codes):
                raise ValidationError("purposes", "purpose_unknown")
            states = {s.purpose.code: s for s in current_states(session, customer.id)}
            method = CHANNEL_METHOD.get(request.channel, ConsentMethod.OTHER.value)
            # In effect from the receipt unless the handler names the moment (kept apart from
            # the moment it is recorded).
            receipt = receipt_moment(request.received_on, request.received_at)
            withdrawn: list[str] = []
            not_given: list[str] = []
            for code in codes:
                state = states.get(code)
                if state is None or not state.given:
                    not_given.append(code)
                    continue
                when = at or effective_after(receipt, state.since)
                if state.since is not None and when < state.since:
                    # The ledger's current state is its latest entry: an earlier withdrawal
                    # would leave the consent in force.
                    raise ValidationError("at", "consent_time_order")
                append_event(
                    session,
                    customer_id=customer.id,
                    purpose_id=known[code].id,
                    given=False,
                    at=when,
                    method=method,
                    notice_version=self.settings.get(session, "notice_version"),
                    recorded_by=user.id,
                    recorded_at=now,
                    request_id=request.id,
                )
                withdrawn.append(code)
            session.flush()
            for code in withdrawn:
                self._log(session, user.id, "request.withdraw", request.id, code)
            return WithdrawalResult(
                tuple(withdrawn), tuple(not_given), erasure_offers(session, customer.id)
            )

    def erasure_offered(self, actor: Actor, request_id: int) -> tuple[ErasureOffer, ...]:
        """The offers of `withdraw_consents`, again (e.g. when the request is reopened)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            request = load_request(session, request_id)
            if request.customer_id is None:
                return ()
            return erasure_offers(session, request.customer_id)

    def erase_web_events(
        self, actor: Actor, customer_id: int, request_id: int, expected: int | None = None
    ) -> int:
        """Delete the person's web events once no consent they relied on is given (offered by
        a withdrawal or objection request of that person). With `expected` (the count the
        handler was shown), refused when the data changed since. Returns how many went."""
        self._require(actor, Right.CUSTOMERS_ERASE, "events.erase")
        with self._unit(actor, Right.REQUESTS_HANDLE, "events.erase") as (session, user):
            request, customer = request_for_action(session, request_id, _ERASE_AFTER)
            if customer.id != customer_id:
                raise BusinessRuleError("request_other_customer")
            offer = next(
                (o for o in erasure_offers(session, customer.id) if o.kind == "web_events"), None
            )
            if offer is None:
                given = {s.purpose.code for s in current_states(session, customer.id) if s.given}
                if given.intersection(WEB_EVENT_PURPOSES):
                    raise BusinessRuleError("consent_still_given")
                return 0  # nothing held
            if expected is not None and offer.count != expected:
                raise BusinessRuleError("consent_purge_changed")
            # Through the consent purge, so that the withdrawal letter can list what went.
            plan = plan_consent_purge(session, customer.id, WEB_EVENT_PURPOSES)
            run_consent_purge(
                session, plan, plan.token, user_id=user.id, now=self.clock(),
                journal=self.db.erasure_journal(), request_id=request.id,
            )  # fmt: skip
            self._log(
                session, user.id, "request.erase_events", request.id, f"customer:{customer.id}"
            )
            return offer.count


__all__ = [
    "CHANNEL_METHOD",
    "WEB_EVENT_PURPOSES",
    "ErasureOffer",
    "FieldChange",
    "RectificationResult",
    "RequestActionService",
    "WithdrawalResult",
    "erasure_offers",
    "field_changes",
]
