"""The erasure plan: what a run would do to each row of the person's data, and why, before
anything happens; its token lets the run refuse when the data changed since it was shown."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from l4d_desktop.core.erasure.matching import unlinked_requests
from l4d_desktop.core.erasure.records import (
    ERASURE_LETTER_KIND,
    LETTER_NOT_AVAILABLE,
    LETTER_OUTDATED,
    REQUEST_FREE_TEXT,
    REQUEST_KEPT,
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
    PlanItem,
)
from l4d_desktop.core.erasure.retention import VoucherRule
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError
from l4d_desktop.core.requests.gate import load_request
from l4d_desktop.core.store.backup import backup_keep_period
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    ConsentEvent,
    ConsentPurpose,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    RecipientNotice,
    RequestFieldChange,
    RequestPause,
    WebEvent,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import OPEN_STATUSES, ObjectionPurpose, RequestType

CUSTOMER_FIELDS = ("name", "email", "phone", "address", "company", "notes", "search_text")
INVOICE_FIELDS_KEPT = ("invoice_number", "invoice_date", "amount", "buyer_name", "billing_address")
# Lines that record the handling around the letter, not the person's data it describes.
_OUT_OF_TOKEN = frozenset({ItemKind.LETTER, ItemKind.RECIPIENT_NOTICE})


def check_erasable(request: DataSubjectRequest) -> None:
    """An erasure runs once, on an open erasure request linked to its person."""
    params = {"request": request.id}
    if request.type != RequestType.ERASURE.value:
        raise BusinessRuleError("erasure_wrong_type", **params)
    if request.erased_at is not None:
        raise BusinessRuleError("erasure_already_run", **params)
    if request.status not in {s.value for s in OPEN_STATUSES}:
        raise BusinessRuleError("erasure_request_closed", **params)
    if request.customer_id is None:
        raise BusinessRuleError("erasure_not_identified", **params)


def load_erasable(session: Session, request_id: int) -> tuple[DataSubjectRequest, Customer]:
    """The request and its person, once check_erasable() lets the erasure go ahead."""
    request = load_request(session, request_id)
    check_erasable(request)
    customer = session.get(Customer, request.customer_id)
    if customer is None:
        raise NotFoundError("customer")
    return request, customer


def build_plan(
    session: Session,
    request: DataSubjectRequest,
    customer: Customer,
    rule: VoucherRule,
    today: dt.date,
    backup_days: int = 0,
) -> ErasurePlan:
    items = [
        PlanItem(
            ItemKind.CUSTOMER,
            ErasureAction.DELETE,
            ErasureReason.ERASURE,
            object_id=customer.id,
            label=customer.customer_number or "",
            fields_removed=CUSTOMER_FIELDS,
        ),
        *_register_items(session, customer),
        *_invoice_items(session, customer.id, rule, today),
        *_request_items(session, customer),
    ]
    # Issuing the confirmation letter and telling the recipients add lines to the plan but
    # change nothing the letter describes: those lines stay out of the token.
    token = plan_token(request, customer, [i for i in items if i.kind not in _OUT_OF_TOKEN])
    issued = letter_issued(session, request.id)
    ready = issued is not None and issued == token
    notice = LETTER_NOT_AVAILABLE if issued is None else LETTER_OUTDATED
    return ErasurePlan(
        request_id=request.id,
        customer_id=customer.id,
        customer_number=customer.customer_number or "",
        customer_name=customer.name,
        made_on=today,
        items=tuple(items),
        token=token,
        letter_ready=ready,
        letter_notice="" if ready else notice,
        erase_by=erase_by(request, today),
        backup_days=backup_days,
    )


def backup_keep_days(session: Session, settings: SettingsStore) -> int:
    """How many days an automatic backup is kept before it is removed (from the `backup_keep`
    setting, as the automatic backups apply it): so long erased data may still lie in backups."""
    return backup_keep_period(settings.get_int(session, "backup_keep")).days


def erase_by(request: DataSubjectRequest, today: dt.date) -> dt.date:
    """The day the letter says the data will be erased by: the request's due date (extended,
    if it was), never a day already past; today for an erasure no request asked for (a retention
    run's inactive customer)."""
    return today if request.due is None else max(request.due, today)


@dataclass(frozen=True)
class _Lines:
    """A kind of row the plan lists one line per row of, and what an erasure does with it."""

    kind: ItemKind
    action: ErasureAction
    reason: ErasureReason
    id_column: InstrumentedAttribute[int]
    owner_column: InstrumentedAttribute[int] | InstrumentedAttribute[int | None]
    label_column: InstrumentedAttribute[str] | None
    kept: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def items(self, session: Session, owners: Sequence[int]) -> list[PlanItem]:
        """One line for each row whose owner (customer or request) is one of `owners`."""
        label = self.label_column
        columns = (self.id_column,) if label is None else (self.id_column, label)
        stmt = select(*columns).where(self.owner_column.in_(owners)).order_by(self.id_column)
        return [
            PlanItem(
                self.kind,
                self.action,
                self.reason,
                object_id=row[0],
                label=row[1] if label is not None else "",
                fields_kept=self.kept,
                fields_removed=self.removed,
            )
            for row in session.execute(stmt)
        ]


_OBJECTIONS = _Lines(
    ItemKind.OBJECTION,
    ErasureAction.DELETE,
    ErasureReason.ERASURE,
    Objection.id,
    Objection.customer_id,
    Objection.purpose,
)


def _register_items(session: Session, customer: Customer) -> list[PlanItem]:
    """The customer's consents, objections, suppression hashes and web events."""
    cid = customer.id
    consents = session.execute(
        select(ConsentEvent.id, ConsentPurpose.code, ConsentEvent.given)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .where(ConsentEvent.customer_id == cid)
        .order_by(ConsentEvent.id)
    ).all()
    items = [
        PlanItem(
            ItemKind.CONSENT_EVENT,
            ErasureAction.DELETE,
            ErasureReason.ERASURE,
            object_id=event_id,
            label=f"{code}:{'given' if given else 'withdrawn'}",
        )
        for event_id, code, given in consents
    ]
    objections = _OBJECTIONS.items(session, [cid])
    items += objections
    direct_marketing = any(o.label == ObjectionPurpose.DIRECT_MARKETING.value for o in objections)
    hashes = sum(1 for v in (customer.email, customer.phone) if v.strip())
    if direct_marketing and hashes:
        items.append(
            PlanItem(
                ItemKind.SUPPRESSION,
                ErasureAction.KEEP,
                ErasureReason.DIRECT_MARKETING_OBJECTION,
                count=hashes,
                fields_kept=("digest",),
            )
        )
    events, last_event = session.execute(
        select(func.count(), func.max(WebEvent.id)).where(WebEvent.customer_id == cid)
    ).one()
    if events:
        items.append(
            PlanItem(
                ItemKind.WEB_EVENTS,
                ErasureAction.DELETE,
                ErasureReason.ERASURE,
                object_id=last_event,
                count=int(events),
            )
        )
    return items


def _invoice_items(session: Session, cid: int, rule: VoucherRule, today: dt.date) -> list[PlanItem]:
    """Invoices are kept for the Accounting Act, unless their keeping time is over already."""
    items: list[PlanItem] = []
    invoices = session.execute(
        select(Invoice.id, Invoice.invoice_number, Invoice.invoice_date)
        .where(Invoice.customer_id == cid)
        .order_by(Invoice.invoice_date, Invoice.id)
    ).all()
    for invoice_id, number, invoice_date in invoices:
        kept_until = rule.kept_until(invoice_date)
        if kept_until < today:  # its keeping time is over already: nothing keeps it
            item = PlanItem(
                ItemKind.INVOICE,
                ErasureAction.DELETE,
                ErasureReason.RETENTION_ENDED,
                object_id=invoice_id,
                label=number,
                kept_until=kept_until,
            )
        else:
            item = PlanItem(
                ItemKind.INVOICE,
                ErasureAction.KEEP,
                ErasureReason.ACCOUNTING_ACT,
                object_id=invoice_id,
                label=number,
                kept_until=kept_until,
                purge_on=kept_until + dt.timedelta(days=1),
                fields_kept=INVOICE_FIELDS_KEPT,
                fields_removed=("customer_link",),
            )
        items.append(item)
    return items


_REQUESTS = _Lines(
    ItemKind.REQUEST,
    ErasureAction.ANONYMISE,
    ErasureReason.ACCOUNTABILITY,
    DataSubjectRequest.id,
    DataSubjectRequest.customer_id,
    DataSubjectRequest.type,
    kept=(*REQUEST_KEPT, "subject_ref"),
    removed=("customer_link", *REQUEST_FREE_TEXT),
)
# What is left of how the person's requests were handled.
_HANDLING = (
    _Lines(
        ItemKind.REQUEST_PAUSE,
        ErasureAction.ANONYMISE,
        ErasureReason.ACCOUNTABILITY,
        RequestPause.id,
        RequestPause.request_id,
        None,
        kept=("started_at", "ended_at"),
        removed=("reason",),
    ),
    _Lines(
        ItemKind.FIELD_CHANGE,
        ErasureAction.KEEP,
        ErasureReason.ACCOUNTABILITY,
        RequestFieldChange.id,
        RequestFieldChange.request_id,
        RequestFieldChange.field,
        kept=("field", "changed_at"),
    ),
    _Lines(
        ItemKind.LETTER,
        ErasureAction.ANONYMISE,
        ErasureReason.ACCOUNTABILITY,
        ArchivedLetterRow.id,
        ArchivedLetterRow.request_id,
        ArchivedLetterRow.kind,
        kept=("kind", "language", "sha256", "created_at"),
        removed=("pdf",),
    ),
    _Lines(
        ItemKind.RECIPIENT_NOTICE,
        ErasureAction.ANONYMISE,
        ErasureReason.ACCOUNTABILITY,
        RecipientNotice.id,
        RecipientNotice.request_id,
        None,
        kept=("processor", "status", "notified_on"),
        removed=("reason",),
    ),
)


def _request_items(session: Session, customer: Customer) -> list[PlanItem]:
    """The person's requests, those about them never linked to them, and what hangs on them:
    kept for accountability, without them."""
    items = _REQUESTS.items(session, [customer.id])
    items += [
        PlanItem(
            ItemKind.UNLINKED_REQUEST,
            ErasureAction.ANONYMISE,
            ErasureReason.ACCOUNTABILITY,
            object_id=m.request_id,
            label=",".join(m.matched),
            fields_kept=_REQUESTS.kept,
            fields_removed=REQUEST_FREE_TEXT,
        )
        for m in unlinked_requests(session, customer)
    ]
    request_ids = [i.object_id for i in items if i.object_id is not None]
    if request_ids:
        for lines in _HANDLING:
            items += lines.items(session, request_ids)
    return items


def letter_issued(session: Session, request_id: int) -> str | None:
    """The plan token the latest erasure letter of the request was written from; None when no
    erasure letter has left, "" when the latest left without one (before tokens were kept)."""
    row = session.execute(
        select(ArchivedLetterRow.plan_token)
        .where(
            ArchivedLetterRow.request_id == request_id,
            ArchivedLetterRow.kind == ERASURE_LETTER_KIND,
        )
        .order_by(ArchivedLetterRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return row[0] or ""


def plan_token(request: DataSubjectRequest, customer: Customer, items: Sequence[PlanItem]) -> str:
    """A digest of what the plan covers and the customer's version it was made on (ids, no
    data). Not the day: a letter written today describes tomorrow's run as long as the data
    stay as they were; an invoice whose keeping time ends in between changes its line."""
    content = [
        request.id,
        customer.id,
        customer.version,
        [[i.kind, i.action, i.reason, i.object_id, i.count, str(i.kept_until)] for i in items],
    ]
    return hashlib.sha256(json.dumps(content, separators=(",", ":")).encode()).hexdigest()[:32]


__all__ = [
    "backup_keep_days",
    "build_plan",
    "check_erasable",
    "erase_by",
    "letter_issued",
    "load_erasable",
    "plan_token",
]
