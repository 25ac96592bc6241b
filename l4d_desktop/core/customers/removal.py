"""Removing a customer entered by mistake: only the pääkäyttäjä, and only while nothing has been
done with the record (no request or letter, invoice, consent, objection or web event). It is an
audited correction of the register, not an erasure request: a person's data go through one."""

from __future__ import annotations

from sqlalchemy import delete, exists, select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, NotFoundError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import (
    ConsentEvent,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    WebEvent,
)
from l4d_desktop.core.vocabulary import Right

# What keeps a customer from being removed, in the order the message names them.
_USES = (
    ("requests", DataSubjectRequest.customer_id),
    ("invoices", Invoice.customer_id),
    ("consents", ConsentEvent.customer_id),
    ("objections", Objection.customer_id),
    ("web_events", WebEvent.customer_id),
)


class CustomerRemovalService(Service):
    def uses(self, actor: Actor, customer_id: int) -> tuple[str, ...]:
        """What has been done with the customer (empty: the record may be removed)."""
        with self._unit(actor, Right.USERS_ADMIN, "customer.remove", write=False) as (s, _):
            if s.get(Customer, customer_id) is None:
                raise NotFoundError("customer")
            return tuple(
                name
                for name, column in _USES
                if s.scalar(select(exists().where(column == customer_id)))
            )

    def remove(self, actor: Actor, customer_id: int, expected_version: int) -> None:
        """Delete the customer, audited as `customer.remove` with their customer number."""
        with self._unit(actor, Right.USERS_ADMIN, "customer.remove") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            if customer.version != expected_version:
                raise ConflictError()
            used = [
                name
                for name, column in _USES
                if session.scalar(select(exists().where(column == customer_id)))
            ]
            if used:
                raise BusinessRuleError("customer_in_use")
            number = customer.customer_number or ""
            session.execute(delete(Customer).where(Customer.id == customer_id))
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.remove",
                object_type="customer",
                object_id=customer_id,
                detail=number,
            )


__all__ = ["CustomerRemovalService"]
