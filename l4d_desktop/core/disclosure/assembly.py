"""Assembling everything held about the person behind an access or portability request.

`SubjectDataService.assemble` reads, in one transaction, a faithful copy of every kind of data the
register holds about the request's identified customer (disclosure/subject_data.py), and audits
that reading as a view with the purpose "request:<id>".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.effect import receipt_moment
from l4d_desktop.core.customers.invoices import record_of as invoice_record
from l4d_desktop.core.customers.web_events import record_of as event_record
from l4d_desktop.core.disclosure.answer_records import answer_records
from l4d_desktop.core.disclosure.letters_sent import letters_sent
from l4d_desktop.core.disclosure.subject_data import (
    CONSULTATION_ACTIONS,
    SUBJECT_DATA_TYPES,
    ConsentLedgerEntry,
    ConsultationEntry,
    FieldChangeEntry,
    ObjectionEntry,
    PauseEntry,
    RecipientEntry,
    RequestEntry,
    SourceInfo,
    SubjectCustomer,
    SubjectData,
)
from l4d_desktop.core.erasure.retention import VoucherRule
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
from l4d_desktop.core.vocabulary import DataSource, Right

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Record = TypeVar("_Record", bound="DataclassInstance")
# The kinds of row held per customer that are read whole.
_Held = TypeVar("_Held", WebEvent, Invoice, Objection)


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


def collect(
    session: Session,
    request: DataSubjectRequest,
    now: dt.datetime,
    rule: VoucherRule | None = None,
) -> SubjectData:
    """Read everything about the request's customer inside the caller's checked transaction;
    `rule` dates the invoices' retention (the law's minimum when not given)."""
    customer = session.get(Customer, request.customer_id)
    if customer is None:
        raise NotFoundError("customer")
    cid = customer.id
    invoices = tuple(map(invoice_record, _held(session, Invoice, cid, Invoice.invoice_date)))
    requests = _requests(session, cid)
    rule = rule or VoucherRule()
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
        web_events=tuple(map(event_record, _held(session, WebEvent, cid, WebEvent.at))),
        invoices=invoices,
        requests=requests,
        consultations=_consultations(session, cid),
        recipients=tuple(
            RecipientEntry(
                p.name,
                p.role,
                p.country,
                p.in_eea,
                p.transfer,
                p.transfer_detail,
                p.role_en,
                p.role_sv,
            )
            for p in processors_of(session)
        ),
        letters_sent=letters_sent(session, [r.id for r in requests]),
        invoice_kept_until=tuple((i.id, rule.kept_until(i.invoice_date)) for i in invoices),
        answer=answer_records(session, request.id),
    )


def _copy_of(record: type[_Record], row: object, **given: Any) -> _Record:
    """A `record` whose fields are the same-named attributes of `row`, except those `given`:
    a faithful copy of what is held, field by field."""
    names = [f.name for f in dataclasses.fields(record) if f.name not in given]
    return record(**{name: getattr(row, name) for name in names}, **given)


def _customer(c: Customer) -> SubjectCustomer:
    return _copy_of(SubjectCustomer, c, customer_number=c.customer_number or "")


def _consents(session: Session, customer_id: int) -> tuple[ConsentLedgerEntry, ...]:
    rows = session.execute(
        select(ConsentEvent, ConsentPurpose, DataSubjectRequest)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .outerjoin(DataSubjectRequest, DataSubjectRequest.id == ConsentEvent.request_id)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.at, ConsentEvent.id)
    ).all()
    return tuple(
        _copy_of(
            ConsentLedgerEntry,
            e,
            purpose_code=p.code,
            purpose_fi=p.name_fi,
            purpose_en=p.name_en,
            purpose_sv=p.name_sv,
            time_known=not _day_only(e, r),
        )
        for e, p, r in rows
    )


def _day_only(e: ConsentEvent, request: DataSubjectRequest | None) -> bool:
    """A withdrawal dated by a request received without a time: the start of the day stands
    in for a time that is not on record."""
    return (
        request is not None
        and not e.given
        and request.received_at is None
        and e.at == receipt_moment(request.received_on)
    )


def _held(
    session: Session, model: type[_Held], customer_id: int, oldest: InstrumentedAttribute[Any]
) -> list[_Held]:
    """The customer's rows of `model`, oldest first (by `oldest`, then as stored)."""
    stmt = select(model).where(model.customer_id == customer_id).order_by(oldest, model.id)
    return list(session.scalars(stmt))


def _objections(session: Session, customer_id: int) -> tuple[ObjectionEntry, ...]:
    objections = _held(session, Objection, customer_id, Objection.received_on)
    return tuple(_copy_of(ObjectionEntry, o) for o in objections)


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
            pauses[p.request_id].append(PauseEntry(p.started_at, p.ended_at, p.reason, p.id))
        for f in session.scalars(
            select(RequestFieldChange)
            .where(RequestFieldChange.request_id.in_(ids))
            .order_by(RequestFieldChange.changed_at, RequestFieldChange.id)
        ):
            changes[f.request_id].append(FieldChangeEntry(f.field, f.changed_at))
    return tuple(
        _copy_of(RequestEntry, r, pauses=tuple(pauses[r.id]), changed_fields=tuple(changes[r.id]))
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


__all__ = ["SubjectDataService", "collect", "subject_request"]
