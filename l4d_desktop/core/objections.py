"""Objections per purpose (Art. 21). One to direct marketing is absolute: every marketing consent
ends at once and the person's email and phone go on the suppression list, which outlives them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.access import Service
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.consents import append_event, current_states
from l4d_desktop.core.db import Database
from l4d_desktop.core.errors import NotFoundError, ValidationError
from l4d_desktop.core.models import Customer, Objection, User
from l4d_desktop.core.settings import SettingsStore
from l4d_desktop.core.suppression import SuppressionList
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import ConsentMethod, ObjectionPurpose, Right

REASON_MAX = 5000


@dataclass(frozen=True)
class ObjectionRecord:
    id: int
    purpose: str
    received_on: dt.date
    reason: str
    recorded_by: str  # the staff member's full name
    recorded_at: dt.datetime
    request_id: int | None


@dataclass(frozen=True)
class ObjectionOutcome:
    objection: ObjectionRecord
    consents_withdrawn: tuple[str, ...]  # purpose codes ended by it
    suppressed: bool  # the email or phone went on the suppression list


def objections_of(session: Session, customer_id: int) -> list[ObjectionRecord]:
    rows = session.execute(
        select(Objection, User.full_name)
        .join(User, User.id == Objection.recorded_by)
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
        )
        for o, name in rows
    ]


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
        try:
            purpose = ObjectionPurpose(purpose).value
        except ValueError:
            raise ValidationError("purpose", "choice_invalid") from None
        text = clean_text(reason, "reason", max_length=REASON_MAX, multiline=True)
        now = self.clock()
        if received_on > office_today(now):
            raise ValidationError("received_on", "date_in_future")
        with self._unit(actor, Right.CUSTOMERS_EDIT, "objection.record") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            objection = Objection(
                customer_id=customer.id,
                purpose=purpose,
                received_on=received_on,
                reason=text,
                recorded_by=user.id,
                recorded_at=now,
                request_id=request_id,
            )
            session.add(objection)
            session.flush()
            withdrawn: list[str] = []
            suppressed = False
            if purpose == ObjectionPurpose.DIRECT_MARKETING:
                for state in current_states(session, customer.id):
                    if state.purpose.direct_marketing and state.given:
                        append_event(
                            session,
                            customer_id=customer.id,
                            purpose_id=state.purpose.id,
                            given=False,
                            at=now,
                            method=ConsentMethod.OBJECTION.value,
                            notice_version=self.settings.get(session, "notice_version"),
                            recorded_by=user.id,
                            recorded_at=now,
                            request_id=request_id,
                        )
                        withdrawn.append(state.purpose.code)
                suppression = SuppressionList(session)
                suppression.add(customer.email, customer.phone, office_today(now))
                suppressed = bool(customer.email or customer.phone)
            session.flush()
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

    def list_objections(self, actor: Actor, customer_id: int) -> list[ObjectionRecord]:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "objection.list", write=False) as (
            session,
            _,
        ):
            return objections_of(session, customer_id)
