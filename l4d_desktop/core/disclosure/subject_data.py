"""Everything held about the person behind an access or portability request, assembled for the
answer (Art. 15 GDPR; EDPB Guidelines 01/2022).

`SubjectDataService.assemble` reads, in one transaction, a faithful copy of every kind of data the
register holds about the request's identified customer, and audits that reading as a view with
the purpose "request:<id>". The result carries no staff names (CJEU C-579/21: the person learns
when and why their data were consulted, not by whom).

What is deliberately not here: the purposes, legal bases, categories of data and recipients,
and retention periods. They are the same for everyone in the register and are printed by the
letters from the processing register, not from this module. A restriction (Art. 18) never limits
what is assembled: it is the person's own data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.invoices import record_of as invoice_record
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.customers.web_events import record_of as event_record
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError
from l4d_desktop.core.register.processors import processors_of
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import (
    AuditEntry,
    ConsentEvent,
    ConsentPurpose,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    RequestFieldChange,
    RequestPause,
    WebEvent,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import OPEN_STATUSES, DataSource, RequestType, Right

# Request types whose handling assembles the person's data. Others (e.g. an erasure's plan, a
# rectification's before-and-after) may be added here when their actions need the same copy.
SUBJECT_DATA_TYPES = frozenset({RequestType.ACCESS.value, RequestType.PORTABILITY.value})

# The audit action of a portability/access bundle written to files (see core.portability).
EXPORT_ACTION = "subject_data.export"

# Audit actions, on one customer, that consulted the person's data, and how the answer names
# each: when and why (the purpose code in the entry's detail), never by whom.
CONSULTATION_ACTIONS: dict[str, str] = {
    "customer.view": "view",
    EXPORT_ACTION: "export",
    # A letter printed, saved or bundled for one of the person's requests (core.letters).
    "letter.issue": "print",
}

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class SubjectCustomer:
    """Every field of the customer record as held, with the register's own flags."""

    id: int
    customer_number: str
    name: str
    email: str
    phone: str  # E.164
    street: str
    postal_code: str
    city: str
    country: str
    company: str
    business_id: str  # y-tunnus
    language: str
    source: str  # DataSource code
    source_name: str
    notes: str
    # Notes may speak of other people (Art. 15(4)): while this is set, a letter holds the notes
    # back until a person has reviewed them.
    notes_third_party: bool
    restricted: bool
    restricted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def notes_need_review(self) -> bool:
        return bool(self.notes) and self.notes_third_party


@dataclass(frozen=True)
class SourceInfo:
    """Where the data came from (Art. 14(2)(f), 15(1)(g))."""

    code: str  # DataSource: customer | registry | third_party
    name: str  # the registry or third party, by name; empty when given by the person
    # False when the contact data came from a registry or a third party. Web events are always
    # observed from the person's own use of the site.
    collected_from_person: bool


@dataclass(frozen=True)
class ConsentLedgerEntry:
    """One consent given or withdrawn, as the ledger holds it (without who recorded it)."""

    id: int
    purpose_code: str
    purpose_fi: str
    purpose_en: str
    given: bool
    at: dt.datetime  # when the person gave or withdrew it
    method: str  # ConsentMethod
    notice_version: str
    recorded_at: dt.datetime
    request_id: int | None


@dataclass(frozen=True)
class ObjectionEntry:
    id: int
    purpose: str  # ObjectionPurpose
    received_on: dt.date
    reason: str
    # ObjectionOutcome (stopped | upheld | compelling_grounds), None while undecided.
    outcome: str | None
    outcome_reason: str
    decided_at: dt.datetime | None
    request_id: int | None


@dataclass(frozen=True)
class PauseEntry:
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class FieldChangeEntry:
    """A field a rectification changed, and when (never the old value)."""

    field: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class RequestEntry:
    """One of the person's requests: type, dates, status and outcome, no staff names."""

    id: int
    type: str
    channel: str
    received_on: dt.date
    received_at: dt.datetime | None
    status: str
    statutory_due: dt.date
    promised_due: dt.date | None
    due: dt.date
    extended_due: dt.date | None
    extension_notice_on: dt.date | None
    extension_reason: str
    identity_method: str | None
    identified_at: dt.datetime | None
    closed_at: dt.datetime | None
    refusal_basis: str | None
    refusal_reason: str
    requester_name: str
    requester_contact: str
    requester_text: str
    repeat_of: int | None
    pauses: tuple[PauseEntry, ...]
    changed_fields: tuple[FieldChangeEntry, ...]

    @property
    def outcome(self) -> str | None:
        """completed | refused | withdrawn once closed; None while open."""
        return None if self.status in _OPEN else self.status


@dataclass(frozen=True)
class ConsultationEntry:
    """One time the person's data were consulted: when, how and why (a purpose code such as
    "customer_service" or "request:12"). Never who (CJEU C-579/21)."""

    at: dt.datetime
    kind: str  # "view" | "export" (CONSULTATION_ACTIONS)
    purpose: str


@dataclass(frozen=True)
class RecipientEntry:
    """A recipient of the register's data (a processor), by name (CJEU C-154/21)."""

    name: str
    role: str  # what it does for the controller
    country: str  # two-letter code
    # False: a transfer outside the EEA, whose safeguards the letter states (Art. 15(2)).
    in_eea: bool


@dataclass(frozen=True)
class SubjectData:
    """The content of an access response (and the source of a portability bundle).

    Lists are oldest first. Nothing here names a member of staff.
    """

    request_id: int
    request_type: str
    assembled_at: dt.datetime
    # Art. 15(1): confirmation that personal data about the person are processed.
    processed: bool
    customer: SubjectCustomer
    source: SourceInfo
    consents: tuple[ConsentLedgerEntry, ...]
    objections: tuple[ObjectionEntry, ...]
    web_events: tuple[WebEventRecord, ...]
    invoices: tuple[InvoiceRecord, ...]
    requests: tuple[RequestEntry, ...]
    consultations: tuple[ConsultationEntry, ...]
    # The active processors of the processors register, by name. Recipients that are not
    # processors (authorities where the law requires) and the safeguards of transfers are the
    # processing register's, printed by the letters.
    recipients: tuple[RecipientEntry, ...] = ()

    @property
    def letter_notes(self) -> str:
        """The notes a letter may print as they are: none while they await a third-party review."""
        return "" if self.customer.notes_third_party else self.customer.notes


def subject_request(session: Session, request_id: int) -> DataSubjectRequest:
    """The request, if it may have its person's data assembled; refuses otherwise."""
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
    if request.type not in SUBJECT_DATA_TYPES:
        raise BusinessRuleError("request_type_no_data", type=request.type)
    if request.customer_id is None or request.identified_at is None:
        # A copy goes only to a person matched to the data with the identity check recorded.
        raise BusinessRuleError("request_not_identified")
    return request


def collect(session: Session, request: DataSubjectRequest, now: dt.datetime) -> SubjectData:
    """Read everything about the request's customer inside the caller's checked transaction."""
    customer = session.get(Customer, request.customer_id)
    if customer is None:
        raise NotFoundError("customer")
    cid = customer.id
    return SubjectData(
        request_id=request.id,
        request_type=request.type,
        assembled_at=now,
        processed=True,
        customer=_customer(customer),
        source=SourceInfo(
            code=customer.source,
            name=customer.source_name,
            collected_from_person=customer.source == DataSource.CUSTOMER.value,
        ),
        consents=_consents(session, cid),
        objections=_objections(session, cid),
        web_events=tuple(
            event_record(e)
            for e in session.scalars(
                select(WebEvent)
                .where(WebEvent.customer_id == cid)
                .order_by(WebEvent.at, WebEvent.id)
            )
        ),
        invoices=tuple(
            invoice_record(i)
            for i in session.scalars(
                select(Invoice)
                .where(Invoice.customer_id == cid)
                .order_by(Invoice.invoice_date, Invoice.id)
            )
        ),
        requests=_requests(session, cid),
        consultations=_consultations(session, cid),
        recipients=tuple(
            RecipientEntry(p.name, p.role, p.country, p.in_eea) for p in processors_of(session)
        ),
    )


def _customer(c: Customer) -> SubjectCustomer:
    return SubjectCustomer(
        id=c.id,
        customer_number=c.customer_number or "",
        name=c.name,
        email=c.email,
        phone=c.phone,
        street=c.street,
        postal_code=c.postal_code,
        city=c.city,
        country=c.country,
        company=c.company,
        business_id=c.business_id,
        language=c.language,
        source=c.source,
        source_name=c.source_name,
        notes=c.notes,
        notes_third_party=c.notes_third_party,
        restricted=c.restricted,
        restricted_at=c.restricted_at,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def _consents(session: Session, customer_id: int) -> tuple[ConsentLedgerEntry, ...]:
    rows = session.execute(
        select(ConsentEvent, ConsentPurpose)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.at, ConsentEvent.id)
    ).all()
    return tuple(
        ConsentLedgerEntry(
            id=e.id,
            purpose_code=p.code,
            purpose_fi=p.name_fi,
            purpose_en=p.name_en,
            given=e.given,
            at=e.at,
            method=e.method,
            notice_version=e.notice_version,
            recorded_at=e.recorded_at,
            request_id=e.request_id,
        )
        for e, p in rows
    )


def _objections(session: Session, customer_id: int) -> tuple[ObjectionEntry, ...]:
    stmt = (
        select(Objection)
        .where(Objection.customer_id == customer_id)
        .order_by(Objection.received_on, Objection.id)
    )
    return tuple(
        ObjectionEntry(
            id=o.id,
            purpose=o.purpose,
            received_on=o.received_on,
            reason=o.reason,
            outcome=o.outcome,
            outcome_reason=o.outcome_reason,
            decided_at=o.decided_at,
            request_id=o.request_id,
        )
        for o in session.scalars(stmt)
    )


def _requests(session: Session, customer_id: int) -> tuple[RequestEntry, ...]:
    requests = list(
        session.scalars(
            select(DataSubjectRequest)
            .where(DataSubjectRequest.customer_id == customer_id)
            .order_by(DataSubjectRequest.received_on, DataSubjectRequest.id)
        )
    )
    ids = [r.id for r in requests]
    pauses: dict[int, list[PauseEntry]] = {i: [] for i in ids}
    changes: dict[int, list[FieldChangeEntry]] = {i: [] for i in ids}
    if ids:
        for p in session.scalars(
            select(RequestPause)
            .where(RequestPause.request_id.in_(ids))
            .order_by(RequestPause.started_at, RequestPause.id)
        ):
            pauses[p.request_id].append(PauseEntry(p.started_at, p.ended_at, p.reason))
        for f in session.scalars(
            select(RequestFieldChange)
            .where(RequestFieldChange.request_id.in_(ids))
            .order_by(RequestFieldChange.changed_at, RequestFieldChange.id)
        ):
            changes[f.request_id].append(FieldChangeEntry(f.field, f.changed_at))
    return tuple(
        RequestEntry(
            id=r.id,
            type=r.type,
            channel=r.channel,
            received_on=r.received_on,
            received_at=r.received_at,
            status=r.status,
            statutory_due=r.statutory_due,
            promised_due=r.promised_due,
            due=r.due,
            extended_due=r.extended_due,
            extension_notice_on=r.extension_notice_on,
            extension_reason=r.extension_reason,
            identity_method=r.identity_method,
            identified_at=r.identified_at,
            closed_at=r.closed_at,
            refusal_basis=r.refusal_basis,
            refusal_reason=r.refusal_reason,
            requester_name=r.requester_name,
            requester_contact=r.requester_contact,
            requester_text=r.requester_text,
            repeat_of=r.repeat_of,
            pauses=tuple(pauses[r.id]),
            changed_fields=tuple(changes[r.id]),
        )
        for r in requests
    )


def _consultations(session: Session, customer_id: int) -> tuple[ConsultationEntry, ...]:
    """Views and exports of this customer from the audit log: time, kind and purpose only."""
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.action, AuditEntry.detail)
        .where(
            AuditEntry.object_type == "customer",
            AuditEntry.object_id == customer_id,
            AuditEntry.action.in_(list(CONSULTATION_ACTIONS)),
            AuditEntry.outcome == "ok",
        )
        .order_by(AuditEntry.id)
    ).all()
    return tuple(
        ConsultationEntry(
            at=dt.datetime.fromisoformat(at), kind=CONSULTATION_ACTIONS[action], purpose=detail
        )
        for at, action, detail in rows
    )


class SubjectDataService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def assemble(self, actor: Actor, request_id: int) -> SubjectData:
        """Everything held about the request's identified customer, for the access letter.

        Needs `requests.handle` and `customers.view`. Refuses a request of another type than
        access or portability, and one whose person is not identified (no customer linked or
        no identity check recorded). Reading is audited as a view of the customer with the
        purpose "request:<id>", and that view is itself in the consultation list returned.
        """
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, "subject_data.assemble") as (
            session,
            user,
        ):
            request = subject_request(session, request_id)
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.view",
                object_type="customer",
                object_id=request.customer_id,
                detail=f"request:{request.id}",
            )
            return collect(session, request, self.clock())
