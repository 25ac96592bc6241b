"""What has fallen due under each rule: one query per category, oldest first, in SQLAlchemy
constructs any engine runs (no engine's own date functions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from l4d_desktop.core.retention.rules import RetentionRule, RuleCode, months_before
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    ConsentEvent,
    Customer,
    DataSubjectRequest,
    Invoice,
    LoginAttempt,
    WebEvent,
)
from l4d_desktop.core.vocabulary import OPEN_STATUSES


@dataclass(frozen=True)
class DueGroup:
    """What one rule would remove now: how many items and the oldest one's moment."""

    rule: str
    cutoff: dt.datetime
    count: int
    oldest: dt.datetime | None


def cutoff_of(rule: RetentionRule, now: dt.datetime, today: dt.date) -> dt.datetime:
    """Items whose counting event lies before this moment are due. Kept vouchers carry their own
    last day (kept_until, the Accounting Act's): due once that day is over."""
    if rule.code == RuleCode.KEPT_INVOICES:
        return dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    return months_before(now, rule.period_months)


def _latest_consents() -> Any:
    """The latest ledger entry of each person and purpose."""
    return (
        select(func.max(ConsentEvent.id).label("id"))
        .group_by(ConsentEvent.customer_id, ConsentEvent.purpose_id)
        .subquery()
    )


def due_query(code: str, cutoff: dt.datetime, now: dt.datetime) -> Select[Any, Any]:
    """(key, moment) of every item due under rule `code` at `cutoff`, oldest first; the key
    is a row id (a username key for login attempts)."""
    if code == RuleCode.WEB_EVENTS:
        return (
            select(WebEvent.id, WebEvent.at)
            .where(WebEvent.at < cutoff)
            .order_by(WebEvent.at, WebEvent.id)
        )
    if code == RuleCode.WITHDRAWN_CONSENTS:
        latest = _latest_consents()
        return (
            select(ConsentEvent.id, ConsentEvent.at)
            .join(latest, latest.c.id == ConsentEvent.id)
            .where(ConsentEvent.given.is_(False), ConsentEvent.at < cutoff)
            .order_by(ConsentEvent.at, ConsentEvent.id)
        )
    if code == RuleCode.INACTIVE_CUSTOMERS:
        return _inactive_customers(cutoff)
    if code == RuleCode.CLOSED_REQUESTS:
        return (
            select(DataSubjectRequest.id, DataSubjectRequest.closed_at)
            .where(
                DataSubjectRequest.closed_at.is_not(None),
                DataSubjectRequest.closed_at < cutoff,
                DataSubjectRequest.status.not_in([s.value for s in OPEN_STATUSES]),
                # Not yet minimised: still linked, or never given its pseudonymous reference.
                or_(
                    DataSubjectRequest.customer_id.is_not(None),
                    DataSubjectRequest.subject_ref.is_(None),
                ),
            )
            .order_by(DataSubjectRequest.closed_at, DataSubjectRequest.id)
        )
    if code == RuleCode.KEPT_INVOICES:
        return (
            select(Invoice.id, Invoice.kept_until)
            .where(Invoice.kept_until.is_not(None), Invoice.kept_until < cutoff.date())
            .order_by(Invoice.kept_until, Invoice.id)
        )
    if code == RuleCode.LOGIN_ATTEMPTS:
        return (
            select(LoginAttempt.username_key, LoginAttempt.last_failure_at)
            .where(
                LoginAttempt.last_failure_at < cutoff,
                or_(LoginAttempt.locked_until.is_(None), LoginAttempt.locked_until < now),
            )
            .order_by(LoginAttempt.last_failure_at, LoginAttempt.username_key)
        )
    raise ValueError(code)


def _inactive_customers(cutoff: dt.datetime) -> Select[Any, Any]:
    """Customers of whom nothing has happened since `cutoff`: no edit, invoice, consent,
    request or letter, no open request, and not restricted (Art. 18: only stored, kept)."""
    cutoff_day = cutoff.date()
    requests = DataSubjectRequest
    recent_request = exists().where(
        requests.customer_id == Customer.id,
        or_(
            requests.received_on >= cutoff_day,
            requests.closed_at.is_(None),
            requests.closed_at >= cutoff,
            requests.status.in_([s.value for s in OPEN_STATUSES]),
        ),
    )
    recent_letter = exists().where(
        ArchivedLetterRow.request_id == requests.id,
        requests.customer_id == Customer.id,
        ArchivedLetterRow.created_at >= cutoff,
    )
    return (
        select(Customer.id, Customer.updated_at)
        .where(
            Customer.updated_at < cutoff,
            Customer.created_at < cutoff,
            Customer.restricted.is_(False),
            ~exists().where(Invoice.customer_id == Customer.id, Invoice.invoice_date >= cutoff_day),
            ~exists().where(
                and_(ConsentEvent.customer_id == Customer.id, ConsentEvent.at >= cutoff)
            ),
            ~recent_request,
            ~recent_letter,
        )
        .order_by(Customer.updated_at, Customer.id)
    )


def due_group(session: Session, rule: RetentionRule, now: dt.datetime, today: dt.date) -> DueGroup:
    cutoff = cutoff_of(rule, now, today)
    query = due_query(rule.code, cutoff, now).order_by(None).subquery()
    count, oldest = session.execute(
        select(func.count(), func.min(query.c[1])).select_from(query)
    ).one()
    if isinstance(oldest, dt.date) and not isinstance(oldest, dt.datetime):
        oldest = dt.datetime.combine(oldest, dt.time(), tzinfo=dt.UTC)
    elif isinstance(oldest, dt.datetime) and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.UTC)  # min() over a subquery loses the column type
    return DueGroup(rule.code, cutoff, int(count), oldest)


def due_keys(
    session: Session, code: str, cutoff: dt.datetime, now: dt.datetime, limit: int
) -> list[Any]:
    return [row[0] for row in session.execute(due_query(code, cutoff, now).limit(limit))]


__all__ = ["DueGroup", "cutoff_of", "due_group", "due_keys", "due_query"]
