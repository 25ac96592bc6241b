"""Removing or minimising one batch of due items inside the caller's transaction, per category
(LEGAL.md "Retention"): web events, withdrawn consents' entries, login attempts and kept
vouchers go; a closed request keeps type, dates and outcome under a pseudonymous reference; an
inactive customer is erased as an erasure erases, except invoices the Accounting Act keeps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.erasure.plan import build_plan
from l4d_desktop.core.erasure.records import REQUEST_FREE_TEXT
from l4d_desktop.core.erasure.retention import VoucherRule
from l4d_desktop.core.erasure.run import carry_out, new_subject_ref
from l4d_desktop.core.retention.rules import RuleCode
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    ConsentEvent,
    Customer,
    DataSubjectRequest,
    Invoice,
    LoginAttempt,
    RecipientNotice,
    RequestPause,
    WebEvent,
)

_BULK = {"synchronize_session": False}


def apply_batch(
    session: Session, code: str, keys: list[Any], now: dt.datetime, vouchers: VoucherRule
) -> int:
    """Remove or minimise the items `keys` of rule `code`; returns how many were handled."""
    if not keys:
        return 0
    if code == RuleCode.WEB_EVENTS:
        session.execute(delete(WebEvent).where(WebEvent.id.in_(keys)), execution_options=_BULK)
    elif code == RuleCode.WITHDRAWN_CONSENTS:
        _drop_withdrawn_consents(session, keys)
    elif code == RuleCode.INACTIVE_CUSTOMERS:
        for customer_id in keys:
            erase_customer(session, int(customer_id), now, vouchers)
    elif code == RuleCode.CLOSED_REQUESTS:
        minimise_requests(session, keys, now)
    elif code == RuleCode.KEPT_INVOICES:
        session.execute(delete(Invoice).where(Invoice.id.in_(keys)), execution_options=_BULK)
    elif code == RuleCode.LOGIN_ATTEMPTS:
        session.execute(
            delete(LoginAttempt).where(LoginAttempt.username_key.in_(keys)),
            execution_options=_BULK,
        )
    else:
        raise ValueError(code)
    return len(keys)


def _drop_withdrawn_consents(session: Session, withdrawal_ids: list[Any]) -> None:
    """Each withdrawal with the entries of the same person and purpose before it: the proof of
    the earlier consent has served its time (the ledger refuses updates, not deletions)."""
    rows = session.execute(
        select(ConsentEvent.id, ConsentEvent.customer_id, ConsentEvent.purpose_id).where(
            ConsentEvent.id.in_(withdrawal_ids)
        )
    ).all()
    if not rows:
        return
    session.execute(
        delete(ConsentEvent).where(
            or_(
                *(
                    and_(
                        ConsentEvent.customer_id == r.customer_id,
                        ConsentEvent.purpose_id == r.purpose_id,
                        ConsentEvent.id <= r.id,
                    )
                    for r in rows
                )
            )
        ),
        execution_options=_BULK,
    )


def minimise_requests(session: Session, request_ids: list[Any], now: dt.datetime) -> None:
    """Closed requests past their period keep type, dates and outcome under a pseudonymous
    reference: the link to the person, every free text and the letters' PDFs go."""
    for request in session.scalars(
        select(DataSubjectRequest).where(DataSubjectRequest.id.in_(request_ids))
    ):
        request.customer_id = None
        request.subject_ref = request.subject_ref or new_subject_ref()
        for column in REQUEST_FREE_TEXT:
            setattr(request, column, "")
        request.updated_at = now
    session.flush()
    for model, blanks in (
        (RequestPause, {"reason": "", "resume_reason": ""}),
        (RecipientNotice, {"reason": ""}),
        (ArchivedLetterRow, {"pdf": None}),
    ):
        session.execute(
            update(model).where(model.request_id.in_(request_ids)).values(blanks),
            execution_options=_BULK,
        )


def erase_customer(
    session: Session, customer_id: int, now: dt.datetime, vouchers: VoucherRule
) -> bool:
    """Erase the customer as an erasure request would (core/erasure's plan and run), without a
    request: invoices still under the Accounting Act stay, without the person. False when the
    customer is no longer there (erased already)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return False
    # The plan is made for a request; here the retention rule stands in for one (never saved).
    stand_in = DataSubjectRequest(id=0, version=0)
    plan = build_plan(session, stand_in, customer, vouchers, office_today(now))
    carry_out(session, plan, customer, new_subject_ref(), now)
    return True


__all__ = ["apply_batch", "erase_customer", "minimise_requests"]
