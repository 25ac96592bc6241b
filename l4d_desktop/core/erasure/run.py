"""Carrying out a confirmed erasure plan inside the caller's transaction: what goes, what is
kept without the person, and what stays only as hashes (see erasure/service.py)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections import Counter

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.disclosure.answer_records import forget_answer_records
from l4d_desktop.core.erasure.records import (
    REQUEST_FREE_TEXT,
    SUBJECT_REF_PREFIX,
    ErasureAction,
    ErasurePlan,
    ItemKind,
)
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    ConsentEvent,
    Customer,
    DataSubjectRequest,
    Invoice,
    Objection,
    RecipientNotice,
    RequestPause,
    RequestTextRow,
    WebEvent,
)
from l4d_desktop.core.vocabulary import KeepReason

# Bulk statements: the session holds none of these rows, nothing to keep in step.
_BULK = {"synchronize_session": False}


def new_subject_ref() -> str:
    return SUBJECT_REF_PREFIX + secrets.token_hex(8)


def carry_out(
    session: Session,
    plan: ErasurePlan,
    customer: Customer,
    ref: str,
    now: dt.datetime,
) -> tuple[dict[str, int], dict[str, int]]:
    """Do what `plan` says; returns the rows (deleted, anonymised) by ItemKind."""
    cid = customer.id
    deleted: Counter[str] = Counter()
    anonymised: Counter[str] = Counter()

    # The objection to direct marketing outlives the person as hashes only.
    if plan.rows(ItemKind.SUPPRESSION):
        SuppressionList(session).add(customer.email, customer.phone, office_today(now))

    # The consent ledger refuses updates (trigger consent_events_append_only), not
    # deletions: the person's entries are deleted, never rewritten.
    for kind, model in (
        (ItemKind.CONSENT_EVENT, ConsentEvent),
        (ItemKind.OBJECTION, Objection),
        (ItemKind.WEB_EVENTS, WebEvent),
    ):
        result = session.execute(
            delete(model).where(model.customer_id == cid), execution_options=_BULK
        )
        deleted[kind] += _rowcount(result)

    gone = _unlink_invoices(session, plan, now)
    if gone:
        deleted[ItemKind.INVOICE] += gone
    _anonymise_requests(session, plan, cid, ref, now, anonymised)

    session.execute(delete(Customer).where(Customer.id == cid), execution_options=_BULK)
    session.expunge(customer)
    deleted[ItemKind.CUSTOMER] += 1
    return dict(deleted), dict(anonymised)


def _unlink_invoices(session: Session, plan: ErasurePlan, now: dt.datetime) -> int:
    """Delete the invoices past their keeping time, keep the others without the customer;
    returns how many were deleted."""
    invoices = [i for i in plan.items if i.kind == ItemKind.INVOICE and i.object_id]
    gone = [i.object_id for i in invoices if i.action == ErasureAction.DELETE]
    if gone:
        session.execute(delete(Invoice).where(Invoice.id.in_(gone)), execution_options=_BULK)
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
            execution_options=_BULK,
        )
    return len(gone)


def _anonymise_requests(
    session: Session,
    plan: ErasurePlan,
    cid: int,
    ref: str,
    now: dt.datetime,
    anonymised: Counter[str],
) -> None:
    """The person's requests, and those about them never linked to them, keep their handling
    under `ref`, without their free text."""
    unlinked = [
        i.object_id
        for i in plan.items
        if i.kind == ItemKind.UNLINKED_REQUEST and i.object_id is not None
    ]
    request_ids = [
        i.object_id for i in plan.items if i.kind in (ItemKind.REQUEST, ItemKind.UNLINKED_REQUEST)
    ]
    for request in session.scalars(
        select(DataSubjectRequest).where(
            or_(DataSubjectRequest.customer_id == cid, DataSubjectRequest.id.in_(unlinked))
        )
    ):
        request.customer_id = None
        request.subject_ref = ref
        for column in REQUEST_FREE_TEXT:
            setattr(request, column, "")
        request.updated_at = now
        if request.id == plan.request_id:
            request.erased_at = now
        kind = ItemKind.UNLINKED_REQUEST if request.id in unlinked else ItemKind.REQUEST
        anonymised[kind] += 1
    session.flush()
    if not request_ids:
        return
    forget_answer_records(session, request_ids)
    # The letters' reasons and statements per language are free text like the columns above.
    session.execute(
        delete(RequestTextRow).where(RequestTextRow.request_id.in_(request_ids)),
        execution_options=_BULK,
    )
    for kind, model, blanks in (
        (ItemKind.REQUEST_PAUSE, RequestPause, {"reason": "", "resume_reason": ""}),
        (ItemKind.RECIPIENT_NOTICE, RecipientNotice, {"reason": ""}),
        (ItemKind.LETTER, ArchivedLetterRow, {"pdf": None}),
    ):
        if not plan.rows(kind):
            continue  # nothing of this kind on the person's requests
        result = session.execute(
            update(model).where(model.request_id.in_(request_ids)).values(blanks),
            execution_options=_BULK,
        )
        anonymised[kind] += _rowcount(result)


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


__all__ = ["carry_out", "new_subject_ref"]
