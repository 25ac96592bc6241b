"""Everything the register holds about one person, in one consistent read.

The access response, portability export and `customer show` are built from this; so is the
customer window. A restriction never limits it: it is the person's own data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.consents import ConsentEntry, ConsentState, current_states, ledger
from l4d_desktop.core.customers.invoices import InvoiceRecord, invoices_of
from l4d_desktop.core.customers.objections import ObjectionRecord, objections_of
from l4d_desktop.core.customers.records import (
    CustomerRecord,
    check_view_purpose,
    record_of,
    viewed_customer,
)
from l4d_desktop.core.customers.web_events import WebEventRecord, events_of
from l4d_desktop.core.requests.service import RequestRecord, requests_of
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import AuditEntry
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right


@dataclass(frozen=True)
class ViewRecord:
    """One time someone opened the record, and why (a purpose code)."""

    at: dt.datetime
    purpose: str


@dataclass(frozen=True)
class CustomerProfile:
    customer: CustomerRecord
    consents: tuple[ConsentState, ...]
    consent_history: tuple[ConsentEntry, ...]
    objections: tuple[ObjectionRecord, ...]
    events: tuple[WebEventRecord, ...]
    invoices: tuple[InvoiceRecord, ...]
    requests: tuple[RequestRecord, ...]
    views: tuple[ViewRecord, ...]


class CustomerProfileService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def profile(
        self,
        actor: Actor,
        customer_id: int,
        purpose: str = "customer_service",
        with_events: bool = True,
    ) -> CustomerProfile:
        """All data held about the customer; reading it is a view, audited with its purpose.

        `with_events=False` leaves the web events out (a window pages through them instead;
        a customer may have tens of thousands)."""
        check_view_purpose(purpose)
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.view") as (session, user):
            customer = viewed_customer(session, self.audit, user.id, customer_id, purpose)
            views = session.execute(
                select(AuditEntry.at, AuditEntry.detail)
                .where(
                    AuditEntry.object_type == "customer",
                    AuditEntry.object_id == customer.id,
                    AuditEntry.action == "customer.view",
                    AuditEntry.outcome == "ok",
                )
                .order_by(AuditEntry.id)
            ).all()
            return CustomerProfile(
                customer=record_of(customer),
                consents=tuple(current_states(session, customer.id)),
                consent_history=tuple(ledger(session, customer.id)),
                objections=tuple(objections_of(session, customer.id)),
                events=tuple(events_of(session, customer.id)) if with_events else (),
                invoices=tuple(invoices_of(session, customer.id)),
                requests=tuple(
                    requests_of(session, self.settings, customer.id, office_today(self.clock()))
                ),
                views=tuple(
                    ViewRecord(at=dt.datetime.fromisoformat(at), purpose=detail)
                    for at, detail in views
                ),
            )
