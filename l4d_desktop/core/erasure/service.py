"""Erasure (Art. 17): a plan shown before anything happens, then one transaction, then a
checkpoint that leaves no byte of the person in the database file or its WAL.

What happens to each kind of data (LEGAL.md "Erasure", PRODUCT.md "Erasure and retention"):

- the customer row, its consent events, objections and web events: deleted;
- an objection to direct marketing survives only as the hashed suppression entries of the email
  and phone (no name, no address), so that a later import cannot market to the person again;
- invoices: kept for the Accounting Act with the buyer's name and billing address (a voucher
  must show them), unlinked from the customer, with the day they are kept until; an invoice
  whose keeping time has already ended is deleted;
- the person's requests keep type, dates and outcome under a pseudonymous reference; their
  free text is emptied (what the requester wrote, name and contact given, the identity note,
  the reasons and assessment, the reasons of pauses and Art. 19 lines); a rectification's
  record keeps the names of the fields only, as it always does.

The database runs with `secure_delete=ON` (core/db.py), so SQLite overwrites deleted and
replaced content with zeros in the pages it writes; the checkpoint copies those pages into the
main file and truncates the WAL, which still held the earlier versions of the pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.erasure.retention import VoucherRule, voucher_rule
from l4d_desktop.core.errors import (
    BusinessRuleError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.security.access import Service, rights_of
from l4d_desktop.core.store.database import Database
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
    User,
    WebEvent,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import (
    OPEN_STATUSES,
    KeepReason,
    ObjectionPurpose,
    RequestType,
    Right,
)

SUBJECT_REF_PREFIX = "ERASED-"
# The free text of a request: what the requester wrote and said, and what staff wrote about it.
REQUEST_FREE_TEXT = (
    "requester_text",
    "requester_name",
    "requester_contact",
    "identity_note",
    "extension_reason",
    "refusal_reason",
    "assessment",
)
REQUEST_KEPT = ("type", "status", "received_on", "due", "closed_at", "refusal_basis")
# The confirmation letter must leave (printed or saved, and archived) before the erasure
# runs: afterwards neither the name nor the address it goes to is there any more.
LETTER_READY = False
LETTER_NOT_AVAILABLE = "erasure_letter_first"
ERASURE_LETTER_KIND = "erasure"  # letters.kinds.LetterKind.ERASURE
# The checkpoint after an erasure: each attempt waits this long for readers, then sleeps.
SCRUB_ATTEMPTS = 20
SCRUB_BUSY_TIMEOUT_MS = 250
SCRUB_SLEEP_S = 0.05


class ErasureAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"  # the row stays, what identifies the person goes
    KEEP = "keep"


class ItemKind(StrEnum):
    CUSTOMER = "customer"
    CONSENT_EVENT = "consent_event"
    OBJECTION = "objection"
    SUPPRESSION = "suppression"
    WEB_EVENTS = "web_events"
    INVOICE = "invoice"
    REQUEST = "request"
    REQUEST_PAUSE = "request_pause"
    FIELD_CHANGE = "field_change"
    RECIPIENT_NOTICE = "recipient_notice"
    LETTER = "letter"  # an archived letter: the PDF goes, hash, date, kind and language stay


class ErasureReason(StrEnum):
    """Why an item is treated as it is: a code the faces turn into words and law."""

    ERASURE = "erasure"  # Art. 17(1): erased at the person's request
    ACCOUNTING_ACT = KeepReason.ACCOUNTING_ACT.value  # Art. 17(3)(b), kirjanpitolaki 2:10
    RETENTION_ENDED = "retention_ended"  # a voucher whose keeping time is over: it goes too
    DIRECT_MARKETING_OBJECTION = "direct_marketing_objection"  # Art. 21(3): hashes only
    ACCOUNTABILITY = "accountability"  # Art. 5(2): the request's handling, without the person


@dataclass(frozen=True)
class PlanItem:
    """One line of the plan. `object_id` names the row where one row is meant; `label` is a
    code or number that tells the rows apart (invoice number, purpose, request type)."""

    kind: str
    action: str
    reason: str
    object_id: int | None = None
    count: int = 1
    label: str = ""
    kept_until: dt.date | None = None  # the last day it is kept
    purge_on: dt.date | None = None  # the day it may be purged
    fields_kept: tuple[str, ...] = ()
    fields_removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ErasurePlan:
    request_id: int
    customer_id: int
    customer_number: str
    customer_name: str  # for the handler to see whom the plan is about; never in the audit log
    made_on: dt.date
    items: tuple[PlanItem, ...]
    # Names the state of the data the plan was made from: run() refuses if it has changed.
    token: str
    letter_ready: bool = LETTER_READY
    letter_notice: str = LETTER_NOT_AVAILABLE

    def by_action(self, action: str) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.action == action)

    @property
    def kept(self) -> tuple[PlanItem, ...]:
        return self.by_action(ErasureAction.KEEP)

    def rows(self, kind: str, action: str | None = None) -> int:
        """How many rows of `kind` (and `action`) the plan covers."""
        return sum(
            i.count for i in self.items if i.kind == kind and (action is None or i.action == action)
        )


@dataclass(frozen=True)
class ScrubOutcome:
    """The checkpoint after an erasure or a purge: `ok` when the WAL was folded into the main
    file and truncated. The other figures are SQLite's own result row of the last attempt."""

    ok: bool
    attempts: int
    busy: int
    log_frames: int
    checkpointed_frames: int
    wal_bytes: int


@dataclass(frozen=True)
class ErasureResult:
    request_id: int
    subject_ref: str
    erased_at: dt.datetime
    deleted: dict[str, int] = field(default_factory=dict)  # kind → rows deleted
    anonymised: dict[str, int] = field(default_factory=dict)  # kind → rows anonymised
    kept: tuple[PlanItem, ...] = ()
    scrub: ScrubOutcome | None = None
    letter_ready: bool = LETTER_READY


@dataclass(frozen=True)
class PurgeItem:
    """A voucher kept after its customer was erased (no name or address in the queue)."""

    invoice_id: int
    invoice_number: str
    invoice_date: dt.date
    amount_cents: int
    keep_reason: str
    kept_until: dt.date
    purge_on: dt.date
    due: bool  # its keeping time is over: purge_due() would delete it


@dataclass(frozen=True)
class PurgeResult:
    purged: tuple[int, ...]  # invoice ids
    scrub: ScrubOutcome | None


# -- the checkpoint --------------------------------------------------------------------------


def scrub_wal(
    db: Database,
    *,
    attempts: int = SCRUB_ATTEMPTS,
    busy_timeout_ms: int = SCRUB_BUSY_TIMEOUT_MS,
    sleep_s: float = SCRUB_SLEEP_S,
) -> ScrubOutcome:
    """`PRAGMA wal_checkpoint(TRUNCATE)` until SQLite reports it complete.

    Done on a connection of its own in autocommit mode (a checkpoint inside a transaction is
    refused). SQLite answers (busy, frames in the log, frames checkpointed): busy is 1 while a
    reader still uses an older snapshot or a writer is active; each attempt then waits
    `busy_timeout_ms` inside SQLite, and another follows after a short sleep.
    """
    wal = db.path.with_name(db.path.name + "-wal")
    result: tuple[int, int, int] = (1, -1, -1)
    done = 0
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        while done < attempts:
            done += 1
            try:
                row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                result = (int(row[0]), int(row[1]), int(row[2]))
            except sqlite3.OperationalError:  # "database is locked" / "table is locked"
                result = (1, -1, -1)
            if result[0] == 0 and result[1] == result[2]:
                break
            time.sleep(sleep_s)
    finally:
        conn.close()
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    busy, log_frames, checkpointed = result
    ok = busy == 0 and log_frames == checkpointed
    return ScrubOutcome(ok, done, busy, log_frames, checkpointed, wal_bytes)


# -- the plan ---------------------------------------------------------------------------------


def _open_statuses() -> set[str]:
    return {s.value for s in OPEN_STATUSES}


def check_erasable(request: DataSubjectRequest) -> None:
    """An erasure runs once, on an open erasure request linked to its person."""
    params = {"request": request.id}
    if request.type != RequestType.ERASURE.value:
        raise BusinessRuleError("erasure_wrong_type", **params)
    if request.erased_at is not None:
        raise BusinessRuleError("erasure_already_run", **params)
    if request.status not in _open_statuses():
        raise BusinessRuleError("erasure_request_closed", **params)
    if request.customer_id is None:
        raise BusinessRuleError("erasure_not_identified", **params)


def _load(session: Session, request_id: int) -> tuple[DataSubjectRequest, Customer]:
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
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
) -> ErasurePlan:
    cid = customer.id
    items: list[PlanItem] = [
        PlanItem(
            ItemKind.CUSTOMER,
            ErasureAction.DELETE,
            ErasureReason.ERASURE,
            object_id=cid,
            label=customer.customer_number or "",
            fields_removed=(
                "name",
                "email",
                "phone",
                "address",
                "company",
                "notes",
                "search_text",
            ),
        )
    ]
    consents = session.execute(
        select(ConsentEvent.id, ConsentPurpose.code, ConsentEvent.given)
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .where(ConsentEvent.customer_id == cid)
        .order_by(ConsentEvent.id)
    ).all()
    for event_id, code, given in consents:
        label = f"{code}:{'given' if given else 'withdrawn'}"
        items.append(
            PlanItem(
                ItemKind.CONSENT_EVENT,
                ErasureAction.DELETE,
                ErasureReason.ERASURE,
                object_id=event_id,
                label=label,
            )
        )
    objections = session.execute(
        select(Objection.id, Objection.purpose)
        .where(Objection.customer_id == cid)
        .order_by(Objection.id)
    ).all()
    direct_marketing = False
    for objection_id, purpose in objections:
        direct_marketing |= purpose == ObjectionPurpose.DIRECT_MARKETING.value
        items.append(
            PlanItem(
                ItemKind.OBJECTION,
                ErasureAction.DELETE,
                ErasureReason.ERASURE,
                object_id=objection_id,
                label=purpose,
            )
        )
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
    invoices = session.execute(
        select(Invoice.id, Invoice.invoice_number, Invoice.invoice_date)
        .where(Invoice.customer_id == cid)
        .order_by(Invoice.invoice_date, Invoice.id)
    ).all()
    for invoice_id, number, invoice_date in invoices:
        kept_until = rule.kept_until(invoice_date)
        if kept_until < today:  # its keeping time is over already: nothing keeps it
            items.append(
                PlanItem(
                    ItemKind.INVOICE,
                    ErasureAction.DELETE,
                    ErasureReason.RETENTION_ENDED,
                    object_id=invoice_id,
                    label=number,
                    kept_until=kept_until,
                )
            )
            continue
        items.append(
            PlanItem(
                ItemKind.INVOICE,
                ErasureAction.KEEP,
                ErasureReason.ACCOUNTING_ACT,
                object_id=invoice_id,
                label=number,
                kept_until=kept_until,
                purge_on=kept_until + dt.timedelta(days=1),
                fields_kept=(
                    "invoice_number",
                    "invoice_date",
                    "amount",
                    "buyer_name",
                    "billing_address",
                ),
                fields_removed=("customer_link",),
            )
        )
    requests = session.execute(
        select(DataSubjectRequest.id, DataSubjectRequest.type)
        .where(DataSubjectRequest.customer_id == cid)
        .order_by(DataSubjectRequest.id)
    ).all()
    request_ids = [r.id for r in requests]
    for request_id, rtype in requests:
        items.append(
            PlanItem(
                ItemKind.REQUEST,
                ErasureAction.ANONYMISE,
                ErasureReason.ACCOUNTABILITY,
                object_id=request_id,
                label=rtype,
                fields_kept=(*REQUEST_KEPT, "subject_ref"),
                fields_removed=("customer_link", *REQUEST_FREE_TEXT),
            )
        )
    if request_ids:
        for (pause_id,) in session.execute(
            select(RequestPause.id)
            .where(RequestPause.request_id.in_(request_ids))
            .order_by(RequestPause.id)
        ):
            items.append(
                PlanItem(
                    ItemKind.REQUEST_PAUSE,
                    ErasureAction.ANONYMISE,
                    ErasureReason.ACCOUNTABILITY,
                    object_id=pause_id,
                    fields_kept=("started_at", "ended_at"),
                    fields_removed=("reason",),
                )
            )
        for change_id, field_name in session.execute(
            select(RequestFieldChange.id, RequestFieldChange.field)
            .where(RequestFieldChange.request_id.in_(request_ids))
            .order_by(RequestFieldChange.id)
        ):
            items.append(
                PlanItem(
                    ItemKind.FIELD_CHANGE,
                    ErasureAction.KEEP,
                    ErasureReason.ACCOUNTABILITY,
                    object_id=change_id,
                    label=field_name,
                    fields_kept=("field", "changed_at"),
                )
            )
        for letter_id, letter_kind in session.execute(
            select(ArchivedLetterRow.id, ArchivedLetterRow.kind)
            .where(ArchivedLetterRow.request_id.in_(request_ids))
            .order_by(ArchivedLetterRow.id)
        ):
            items.append(
                PlanItem(
                    ItemKind.LETTER,
                    ErasureAction.ANONYMISE,
                    ErasureReason.ACCOUNTABILITY,
                    object_id=letter_id,
                    label=letter_kind,
                    fields_kept=("kind", "language", "sha256", "created_at"),
                    fields_removed=("pdf",),
                )
            )
        for (notice_id,) in session.execute(
            select(RecipientNotice.id)
            .where(RecipientNotice.request_id.in_(request_ids))
            .order_by(RecipientNotice.id)
        ):
            items.append(
                PlanItem(
                    ItemKind.RECIPIENT_NOTICE,
                    ErasureAction.ANONYMISE,
                    ErasureReason.ACCOUNTABILITY,
                    object_id=notice_id,
                    fields_kept=("processor", "status", "notified_on"),
                    fields_removed=("reason",),
                )
            )
    # Issuing the confirmation letter adds a line to the plan but changes nothing the person
    # confirmed: the archive's lines stay out of the token.
    token = _token(request, customer, [i for i in items if i.kind != ItemKind.LETTER], today)
    ready = letter_issued(session, request.id)
    return ErasurePlan(
        request_id=request.id,
        customer_id=cid,
        customer_number=customer.customer_number or "",
        customer_name=customer.name,
        made_on=today,
        items=tuple(items),
        token=token,
        letter_ready=ready,
        letter_notice="" if ready else LETTER_NOT_AVAILABLE,
    )


def letter_issued(session: Session, request_id: int) -> bool:
    """Whether the erasure confirmation letter of the request has left (printed or saved)."""
    found = session.scalar(
        select(ArchivedLetterRow.id)
        .where(
            ArchivedLetterRow.request_id == request_id,
            ArchivedLetterRow.kind == ERASURE_LETTER_KIND,
        )
        .limit(1)
    )
    return found is not None


def _token(
    request: DataSubjectRequest, customer: Customer, items: Sequence[PlanItem], today: dt.date
) -> str:
    """A digest of what the plan covers and the versions it was made on (ids, no data)."""
    content = [
        request.id,
        request.version,
        customer.id,
        customer.version,
        today.isoformat(),
        [[i.kind, i.action, i.reason, i.object_id, i.count, str(i.kept_until)] for i in items],
    ]
    return hashlib.sha256(json.dumps(content, separators=(",", ":")).encode()).hexdigest()[:32]


def new_subject_ref() -> str:
    return SUBJECT_REF_PREFIX + secrets.token_hex(8)


# -- the service ------------------------------------------------------------------------------


class ErasureService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings
        # How long the checkpoint after an erasure waits for other readers, in attempts.
        self.scrub_attempts = SCRUB_ATTEMPTS

    @contextmanager
    def _erase_unit(self, actor: Actor, operation: str) -> Iterator[tuple[Session, User]]:
        """A write unit that needs customers.erase and requests.handle: one transaction
        checks both, and a missing second right is refused and audited under its own name."""
        try:
            with self._unit(actor, Right.CUSTOMERS_ERASE, operation) as (session, user):
                if str(Right.REQUESTS_HANDLE) not in rights_of(session, user):
                    raise _MissingRight()
                yield session, user
        except _MissingRight:
            self.audit.append_separately(
                actor_id=actor.user_id,
                action=operation,
                outcome="denied",
                detail=str(Right.REQUESTS_HANDLE),
            )
            raise PermissionDenied(str(Right.REQUESTS_HANDLE)) from None

    def plan(self, actor: Actor, request_id: int) -> ErasurePlan:
        """What run() would do, item by item; audited as a view of the person's data. Needs
        customers.erase and requests.handle, as run() does."""
        with self._erase_unit(actor, "erasure.plan") as (session, user):
            request, customer = _load(session, request_id)
            today = office_today(self.clock())
            plan = build_plan(
                session, request, customer, voucher_rule(session, self.settings), today
            )
            self.audit.append(
                session,
                actor_id=user.id,
                action="erasure.plan",
                object_type="request",
                object_id=request.id,
                detail=f"customer:{customer.id}",
            )
            return plan

    def run(self, actor: Actor, request_id: int, token: str) -> ErasureResult:
        """Carry out the plan whose `token` the user confirmed, in one transaction, then
        checkpoint the database so that no byte of the person is left in its files.

        The result's `scrub.ok` is False when other programs kept the WAL busy through every
        attempt: the erasure is saved, and scrub() finishes the checkpoint later."""
        with self._erase_unit(actor, "erasure.run") as (session, user):
            request, customer = _load(session, request_id)
            now = self.clock()
            today = office_today(now)
            plan = build_plan(
                session, request, customer, voucher_rule(session, self.settings), today
            )
            if plan.token != token:
                raise BusinessRuleError("erasure_plan_changed", request=request.id)
            if not plan.letter_ready:
                raise BusinessRuleError(LETTER_NOT_AVAILABLE, request=request.id)
            ref = new_subject_ref()
            deleted, anonymised = self._carry_out(session, plan, customer, ref, now)
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.erase",
                object_type="customer",
                object_id=plan.customer_id,
                detail=f"request:{request.id}",
            )
            self.audit.append(
                session,
                actor_id=user.id,
                action="request.erase",
                object_type="request",
                object_id=request.id,
                detail=f"kept:{len(plan.kept)}",
            )
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts)
        return ErasureResult(
            request_id=plan.request_id,
            subject_ref=ref,
            erased_at=now,
            deleted=deleted,
            anonymised=anonymised,
            kept=plan.kept,
            scrub=outcome,
            letter_ready=True,
        )

    def _carry_out(
        self,
        session: Session,
        plan: ErasurePlan,
        customer: Customer,
        ref: str,
        now: dt.datetime,
    ) -> tuple[dict[str, int], dict[str, int]]:
        cid = customer.id
        deleted: Counter[str] = Counter()
        anonymised: Counter[str] = Counter()
        nosync = {"synchronize_session": False}
        by_customer = {"cid": cid}

        # The objection to direct marketing outlives the person as hashes only.
        if plan.rows(ItemKind.SUPPRESSION):
            SuppressionList(session).add(customer.email, customer.phone, office_today(now))

        # The consent ledger refuses updates (trigger consent_events_append_only), not
        # deletions: the person's entries are deleted, never rewritten.
        for kind, table in (
            (ItemKind.CONSENT_EVENT, ConsentEvent.__tablename__),
            (ItemKind.OBJECTION, Objection.__tablename__),
            (ItemKind.WEB_EVENTS, WebEvent.__tablename__),
        ):
            result = session.execute(
                text(f"DELETE FROM {table} WHERE customer_id = :cid"), by_customer
            )
            deleted[kind] += _rowcount(result)

        invoices = [i for i in plan.items if i.kind == ItemKind.INVOICE and i.object_id]
        gone = [i.object_id for i in invoices if i.action == ErasureAction.DELETE]
        if gone:
            session.execute(delete(Invoice).where(Invoice.id.in_(gone)), execution_options=nosync)
            deleted[ItemKind.INVOICE] += len(gone)
        by_date: dict[dt.date, list[int]] = {}
        for item in invoices:
            if item.action == ErasureAction.KEEP and item.kept_until and item.object_id:
                by_date.setdefault(item.kept_until, []).append(item.object_id)
        for kept_until, ids in by_date.items():
            session.execute(
                update(Invoice)
                .where(Invoice.id.in_(ids))
                .values(
                    customer_id=None,
                    kept_until=kept_until,
                    keep_reason=KeepReason.ACCOUNTING_ACT.value,
                    updated_at=now,
                ),
                execution_options=nosync,
            )

        request_ids = [i.object_id for i in plan.items if i.kind == ItemKind.REQUEST]
        for request in session.scalars(
            select(DataSubjectRequest).where(DataSubjectRequest.customer_id == cid)
        ):
            request.customer_id = None
            request.subject_ref = ref
            for column in REQUEST_FREE_TEXT:
                setattr(request, column, "")
            request.updated_at = now
            if request.id == plan.request_id:
                request.erased_at = now
            anonymised[ItemKind.REQUEST] += 1
        session.flush()
        if request_ids:
            for kind, table, columns in (
                (
                    ItemKind.REQUEST_PAUSE,
                    RequestPause.__tablename__,
                    "reason = '', resume_reason = ''",
                ),
                (ItemKind.RECIPIENT_NOTICE, RecipientNotice.__tablename__, "reason = ''"),
                (ItemKind.LETTER, ArchivedLetterRow.__tablename__, "pdf = NULL"),
            ):
                if not plan.rows(kind):
                    continue  # nothing of this kind on the person's requests
                result = session.execute(
                    text(f"UPDATE {table} SET {columns} WHERE request_id = :rid"),
                    [{"rid": rid} for rid in request_ids],
                )
                anonymised[kind] += _rowcount(result)

        session.execute(text("DELETE FROM customers WHERE id = :cid"), by_customer)
        session.expunge(customer)
        deleted[ItemKind.CUSTOMER] += 1
        return dict(deleted), dict(anonymised)

    def scrub(self, actor: Actor) -> ScrubOutcome:
        """Checkpoint the database again, for an erasure whose checkpoint was kept busy."""
        self._require(actor, Right.CUSTOMERS_ERASE, "erasure.scrub")
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts)
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="erasure.scrub",
            outcome="ok" if outcome.ok else "busy",
        )
        return outcome

    # -- kept vouchers ---------------------------------------------------------------------

    def purge_queue(self, actor: Actor, today: dt.date | None = None) -> list[PurgeItem]:
        """Every voucher kept after an erasure, the first to be purged first; `due` marks those
        whose keeping time is over on `today` (default: the office's today)."""
        with self._unit(actor, Right.CUSTOMERS_ERASE, "erasure.purge_queue", write=False) as (
            session,
            _,
        ):
            day = today or office_today(self.clock())
            rows = session.scalars(
                select(Invoice)
                .where(Invoice.kept_until.is_not(None))
                .order_by(Invoice.kept_until, Invoice.id)
            )
            return [_purge_item(i, day) for i in rows]

    def purge_due(self, actor: Actor, today: dt.date | None = None) -> PurgeResult:
        """Delete the kept vouchers whose keeping time ended before `today` (a person approves
        it in the window), each deletion audited, then checkpoint the database."""
        real_today = office_today(self.clock())
        day = today or real_today
        if day > real_today:
            raise ValidationError("today", "date_in_future")
        with self._unit(actor, Right.CUSTOMERS_ERASE, "erasure.purge") as (session, user):
            ids = list(
                session.scalars(
                    select(Invoice.id)
                    .where(Invoice.kept_until.is_not(None), Invoice.kept_until < day)
                    .order_by(Invoice.kept_until, Invoice.id)
                )
            )
            if ids:
                session.execute(
                    delete(Invoice).where(Invoice.id.in_(ids)),
                    execution_options={"synchronize_session": False},
                )
            for invoice_id in ids:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="invoice.purge",
                    object_type="invoice",
                    object_id=invoice_id,
                    detail=KeepReason.ACCOUNTING_ACT.value,
                )
        if not ids:
            return PurgeResult((), None)
        return PurgeResult(tuple(ids), scrub_wal(self.db, attempts=self.scrub_attempts))


class _MissingRight(Exception):
    pass


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _purge_item(invoice: Invoice, today: dt.date) -> PurgeItem:
    assert invoice.kept_until is not None
    return PurgeItem(
        invoice_id=invoice.id,
        invoice_number=invoice.invoice_number,
        invoice_date=invoice.invoice_date,
        amount_cents=invoice.amount_cents,
        keep_reason=invoice.keep_reason or KeepReason.ACCOUNTING_ACT.value,
        kept_until=invoice.kept_until,
        purge_on=invoice.kept_until + dt.timedelta(days=1),
        due=invoice.kept_until < today,
    )


__all__ = [
    "LETTER_NOT_AVAILABLE",
    "ErasureAction",
    "ErasurePlan",
    "ErasureReason",
    "ErasureResult",
    "ErasureService",
    "ItemKind",
    "PlanItem",
    "PurgeItem",
    "PurgeResult",
    "ScrubOutcome",
    "build_plan",
    "check_erasable",
    "scrub_wal",
]
