"""Two records of one person become one: the pääkäyttäjä's correction of the register, made in one
transaction that moves everything of the duplicate onto the kept record and audits both numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.consents import append_event, has_marketing_objection
from l4d_desktop.core.customers.fields import CleanCustomer
from l4d_desktop.core.customers.merge_plan import (
    MergePlan,
    customer_by_number,
    marketing_stopped,
    plan_of,
)
from l4d_desktop.core.customers.objections import withdraw_consents_for
from l4d_desktop.core.customers.records import CustomerRecord, apply_clean, record_of
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError, ConflictError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import (
    ConsentEvent,
    ConsentPurge,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    WebEvent,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

_BULK = {"synchronize_session": False}

# Every column that points at a customer, each moved to the kept record below. A table that
# comes to point at customers must be joined here too (a test compares this with the schema).
JOINED_COLUMNS = (
    ConsentEvent.customer_id,
    Objection.customer_id,
    WebEvent.customer_id,
    Invoice.customer_id,
    ConsentPurge.customer_id,
    DataSubjectRequest.customer_id,
)


@dataclass(frozen=True)
class MergeResult:
    customer: CustomerRecord  # the kept record as it is after the merge
    duplicate_number: str  # the number that is gone
    moved: tuple[tuple[str, int], ...]  # kind → how many joined the kept record
    consents_withdrawn: tuple[str, ...]  # marketing purposes ended by an objection of either
    suppressed: bool  # the kept contact details went on the suppression list


def _locked(session: Session, number: str) -> Customer:
    """The row by its number, locked until the commit (a server; SQLite's write lock already
    holds the whole file), so nobody changes it between the version check and the merge."""
    customer = customer_by_number(session, number)
    session.refresh(customer, with_for_update=True)
    return customer


def _move_consents(session: Session, duplicate_id: int, kept_id: int) -> None:
    """The ledger refuses updates: each entry is written again under the kept record with every
    recorded value (when, how, by whom, under which notice and request), then the duplicate's
    entries go. Current states follow the time the person acted, so the order holds."""
    entries = session.scalars(
        select(ConsentEvent)
        .where(ConsentEvent.customer_id == duplicate_id)
        .order_by(ConsentEvent.id)
    ).all()
    for e in entries:
        append_event(
            session,
            customer_id=kept_id,
            purpose_id=e.purpose_id,
            given=e.given,
            at=e.at,
            method=e.method,
            notice_version=e.notice_version,
            recorded_by=e.recorded_by,
            recorded_at=e.recorded_at,
            request_id=e.request_id,
        )
    session.flush()
    session.execute(
        delete(ConsentEvent).where(ConsentEvent.customer_id == duplicate_id),
        execution_options=_BULK,
    )


def _move_everything(session: Session, duplicate_id: int, kept_id: int) -> None:
    _move_consents(session, duplicate_id, kept_id)
    for table, column in (
        (Objection, Objection.customer_id),
        (WebEvent, WebEvent.customer_id),
        (Invoice, Invoice.customer_id),
        (ConsentPurge, ConsentPurge.customer_id),
    ):
        session.execute(
            update(table).where(column == duplicate_id).values(customer_id=kept_id),
            execution_options=_BULK,
        )
    # A request window open on one of them sees a newer version and reads it again.
    session.execute(
        update(DataSubjectRequest)
        .where(DataSubjectRequest.customer_id == duplicate_id)
        .values(customer_id=kept_id, version=DataSubjectRequest.version + 1),
        execution_options=_BULK,
    )


class CustomerMergeService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def plan(self, actor: Actor, kept_number: str, duplicate_number: str) -> MergePlan:
        """What merging `duplicate_number` into `kept_number` would do. It changes nothing in
        the register; showing both records is audited as a view of each."""
        with self._unit(actor, Right.USERS_ADMIN, "customer.merge") as (session, user):
            kept = customer_by_number(session, kept_number)
            duplicate = customer_by_number(session, duplicate_number)
            plan = plan_of(session, kept, duplicate)
            for customer in (kept, duplicate):
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="customer.view",
                    object_type="customer",
                    object_id=customer.id,
                    detail="customer_merge",
                )
            return plan

    def merge(
        self,
        actor: Actor,
        kept_number: str,
        duplicate_number: str,
        *,
        kept_version: int,
        duplicate_version: int,
        choices: Mapping[str, str] | None = None,
    ) -> MergeResult:
        """Merge as planned on the two versions shown: each field from the side `choices`
        names (the plan's proposal otherwise), notes joined, everything of the duplicate moved
        to the kept record, the duplicate removed. Either record changed since the plan was
        read, or a refusal of the plan, and nothing is done."""
        with self._unit(actor, Right.USERS_ADMIN, "customer.merge") as (session, user):
            kept = _locked(session, kept_number)
            duplicate = _locked(session, duplicate_number)
            if kept.version != kept_version or duplicate.version != duplicate_version:
                raise ConflictError()
            plan = plan_of(session, kept, duplicate)
            if plan.refusals:
                first = plan.refusals[0]
                raise BusinessRuleError(first.code, number=first.customer_number)
            values = plan.values(dict(choices or {}))
            # Whether the person's contacts were barred, read before the duplicate goes.
            barred = marketing_stopped(session, duplicate)
            now = self.clock()
            try:
                _move_everything(session, duplicate.id, kept.id)
                third_party = kept.notes_third_party or duplicate.notes_third_party
                session.delete(duplicate)
                session.flush()
                apply_clean(
                    kept,
                    CleanCustomer(**values, notes=plan.notes, notes_third_party=third_party),
                )
                kept.updated_at = now
                session.flush()
            except StaleDataError:
                raise ConflictError() from None
            withdrawn, suppressed = self._stop_marketing(session, kept, barred, user.id, now)
            detail = f"kept={plan.kept.customer_number} duplicate={plan.duplicate.customer_number}"
            for object_id in (kept.id, plan.duplicate.id):
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="customer.merge",
                    object_type="customer",
                    object_id=object_id,
                    detail=detail,
                )
            return MergeResult(
                customer=record_of(kept),
                duplicate_number=plan.duplicate.customer_number,
                moved=plan.moved,
                consents_withdrawn=tuple(withdrawn),
                suppressed=suppressed,
            )

    def _stop_marketing(
        self, session: Session, kept: Customer, barred: bool, user_id: int, now: dt.datetime
    ) -> tuple[list[str], bool]:
        """An objection to direct marketing under either record, or either record's contact on
        the suppression list, holds for the merged person: their marketing consents end, and
        an objection bars the kept email and phone as well."""
        if not (barred or marketing_stopped(session, kept)):
            return [], False
        withdrawn = withdraw_consents_for(
            session,
            self.settings,
            kept.id,
            lambda p: p.direct_marketing,
            user_id=user_id,
            now=now,
            request_id=None,
        )
        added = 0
        if has_marketing_objection(session, kept.id):
            added = SuppressionList(session).add(kept.email, kept.phone, office_today(now))
        session.flush()
        return withdrawn, added > 0


__all__ = ["JOINED_COLUMNS", "CustomerMergeService", "MergeResult"]
