"""Erasing the data that relied only on a withdrawn consent (Art. 7(3), 17(1)(b); the notice:
"tällöin poistamme henkilötietonne"), as a plan shown first and then run in one audited
transaction.

The two session-level functions are the reusable part: `plan_consent_purge` takes a customer and
the withdrawn purpose(s) and returns what would go; `run_consent_purge` runs such a plan inside
the caller's transaction, refusing when the data changed since it was made, and records what
went (kind and count, never the data) so that letters can list it, and in the erasure journal
(customer id, purposes, time) so that a restored backup purges it again (`replay_consent_purge`).
The service wraps them with the rights, the audit entry and the checkpoint that leaves no byte
behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.consents import current_states
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.desk import audit_request
from l4d_desktop.core.requests.gate import load_request
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.erasure_journal import KIND_CONSENT, ErasureJournal
from l4d_desktop.core.store.models import ConsentPurge, ConsentPurpose, Customer, WebEvent
from l4d_desktop.core.store.scrub import SCRUB_ATTEMPTS, ScrubOutcome, mark_scrub_pending, scrub_wal
from l4d_desktop.core.vocabulary import Right

# Data held on consent alone, by kind: the consents any one of which keeps them (technical data
# from the web site rely on the cookie consents; LEGAL.md, Art. 7(3)).
CONSENT_ONLY: dict[str, tuple[str, ...]] = {"web_events": ("ad_targeting", "analytics")}
_MODELS = {"web_events": WebEvent}


@dataclass(frozen=True)
class PurgeLine:
    kind: str  # e.g. "web_events"
    count: int
    relied_on: tuple[str, ...]  # the consents (purpose codes) the data relied on
    last_id: int  # the newest row: a later row makes the plan another one


@dataclass(frozen=True)
class ConsentPurgePlan:
    customer_id: int
    purposes: tuple[str, ...]  # the withdrawn purposes the plan was made for
    lines: tuple[PurgeLine, ...]
    token: str

    @property
    def empty(self) -> bool:
        return not self.lines


@dataclass(frozen=True)
class ConsentPurgeRecord:
    """What a purge erased, as kept afterwards (kind and count only)."""

    kind: str
    count: int
    purposes: tuple[str, ...]
    ran_at: dt.datetime
    request_id: int | None


@dataclass(frozen=True)
class ConsentPurgeResult:
    plan: ConsentPurgePlan
    erased: tuple[ConsentPurgeRecord, ...]
    scrub: ScrubOutcome | None = None


def _token(customer_id: int, purposes: Sequence[str], lines: Sequence[PurgeLine]) -> str:
    content = [customer_id, list(purposes), [[x.kind, x.count, x.last_id] for x in lines]]
    return hashlib.sha256(json.dumps(content, separators=(",", ":")).encode()).hexdigest()[:32]


def plan_consent_purge(
    session: Session, customer_id: int, purposes: Sequence[str]
) -> ConsentPurgePlan:
    """What goes because the consent to `purposes` (one or more, all withdrawn) has ended: every
    kind of data that relied on one of them and on no consent still given."""
    codes = tuple(dict.fromkeys(p.strip() for p in purposes if p.strip()))
    if not codes:
        raise ValidationError("purpose", "required")
    known = set(session.scalars(select(ConsentPurpose.code).where(ConsentPurpose.code.in_(codes))))
    if known != set(codes):
        raise ValidationError("purpose", "purpose_unknown")
    given = {s.purpose.code for s in current_states(session, customer_id) if s.given}
    if given.intersection(codes):
        raise BusinessRuleError("consent_still_given")
    lines: list[PurgeLine] = []
    for kind, relied_on in CONSENT_ONLY.items():
        if not set(relied_on).intersection(codes) or given.intersection(relied_on):
            continue
        model = _MODELS[kind]
        count, last = session.execute(
            select(func.count(), func.max(model.id)).where(model.customer_id == customer_id)
        ).one()
        if count:
            lines.append(PurgeLine(kind, int(count), relied_on, int(last)))
    return ConsentPurgePlan(customer_id, codes, tuple(lines), _token(customer_id, codes, lines))


def run_consent_purge(
    session: Session,
    plan: ConsentPurgePlan,
    token: str,
    *,
    user_id: int,
    now: dt.datetime,
    journal: ErasureJournal,
    request_id: int | None = None,
) -> tuple[ConsentPurgeRecord, ...]:
    """Erase what `plan` lists, inside the caller's transaction, when `token` is the plan's and
    the data are still as the plan saw them; each kind erased is recorded (no data), and the
    purge is written to `journal` (the database's), settled when the transaction ends."""
    current = plan_consent_purge(session, plan.customer_id, plan.purposes)
    if token != current.token or plan.token != current.token:
        raise BusinessRuleError("consent_purge_changed")
    if current.lines:
        journal.begin_in(session, KIND_CONSENT, str(plan.customer_id), now, current.purposes)
    erased: list[ConsentPurgeRecord] = []
    for line in current.lines:
        model = _MODELS[line.kind]
        session.execute(
            delete(model).where(model.customer_id == plan.customer_id),
            execution_options={"synchronize_session": False},
        )
        session.add(
            ConsentPurge(
                request_id=request_id,
                customer_id=plan.customer_id,
                purposes=",".join(current.purposes),
                kind=line.kind,
                count=line.count,
                ran_by=user_id,
                ran_at=now,
            )
        )
        erased.append(ConsentPurgeRecord(line.kind, line.count, current.purposes, now, request_id))
    session.flush()
    return tuple(erased)


def replay_consent_purge(
    session: Session, customer_id: int, purposes: Sequence[str], until: dt.datetime
) -> int:
    """Carry out again, in a restored backup, a purge the journal recorded: the customer's data
    that relied on the withdrawn `purposes` and are dated no later than the purge. The consent
    states of the backup are not asked: the journal says the withdrawal came after it.
    Returns how many rows went."""
    removed = 0
    for kind, relied_on in CONSENT_ONLY.items():
        if not set(relied_on).intersection(purposes):
            continue
        model = _MODELS[kind]
        result = session.execute(
            delete(model).where(model.customer_id == customer_id, model.at <= until),
            execution_options={"synchronize_session": False},
        )
        removed += int(getattr(result, "rowcount", 0) or 0)
    return removed


def purges_of_request(session: Session, request_id: int) -> tuple[ConsentPurgeRecord, ...]:
    """What was erased under the request because a consent was withdrawn, oldest first."""
    rows = session.scalars(
        select(ConsentPurge).where(ConsentPurge.request_id == request_id).order_by(ConsentPurge.id)
    )
    return tuple(
        ConsentPurgeRecord(r.kind, r.count, tuple(r.purposes.split(",")), r.ran_at, r.request_id)
        for r in rows
    )


class ConsentPurgeService(Service):
    """The plan and the run for the window and the command line: customers.erase to run (and
    requests.handle when it is done under a request), customers.view to see the plan."""

    scrub_attempts: int = SCRUB_ATTEMPTS

    def plan(self, actor: Actor, customer_id: int, purposes: Sequence[str]) -> ConsentPurgePlan:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "consent.purge_plan", write=False) as (
            session,
            _,
        ):
            if session.get(Customer, customer_id) is None:
                raise NotFoundError("customer")
            return plan_consent_purge(session, customer_id, purposes)

    def run(
        self,
        actor: Actor,
        customer_id: int,
        purposes: Sequence[str],
        token: str,
        request_id: int | None = None,
    ) -> ConsentPurgeResult:
        """Run the plan the user saw (its `token`) in one transaction, audited, then
        checkpoint the database so that the erased rows leave no trace in its files."""
        rights: tuple[Right, ...] = (Right.CUSTOMERS_ERASE,)
        if request_id is not None:
            rights += (Right.REQUESTS_HANDLE,)
        with self._unit(actor, rights, "consent.purge") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            if request_id is not None:
                _check_request(session, request_id, customer_id)
            plan = plan_consent_purge(session, customer_id, purposes)
            erased = run_consent_purge(
                session,
                plan,
                token,
                user_id=user.id,
                now=self.clock(),
                journal=self.db.erasure_journal(),
                request_id=request_id,
            )
            detail = ";".join(f"{e.kind}:{e.count}" for e in erased) or "nothing"
            self.audit.append(
                session,
                actor_id=user.id,
                action="consent.purge",
                object_type="customer",
                object_id=customer_id,
                detail=f"{','.join(plan.purposes)}|{detail}",
            )
            if request_id is not None:
                audit_request(
                    self.audit, session, user.id, "request.consent_purge", request_id, detail
                )
            if erased:
                mark_scrub_pending(self.db)
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts) if erased else None
        return ConsentPurgeResult(plan, erased, outcome)

    def erased_for_request(self, actor: Actor, request_id: int) -> tuple[ConsentPurgeRecord, ...]:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            return purges_of_request(session, request_id)


def _check_request(session: Session, request_id: int, customer_id: int) -> None:
    request = load_request(session, request_id)
    if request.customer_id != customer_id:
        raise BusinessRuleError("request_other_customer")


__all__ = [
    "CONSENT_ONLY",
    "ConsentPurgePlan",
    "ConsentPurgeRecord",
    "ConsentPurgeResult",
    "ConsentPurgeService",
    "PurgeLine",
    "plan_consent_purge",
    "purges_of_request",
    "replay_consent_purge",
    "run_consent_purge",
]
