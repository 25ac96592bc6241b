"""The rules of a request's life, applied to its row inside the caller's transaction.

received → identity_check → in_progress → completed / refused / withdrawn. Recording an identity
check moves an open request to in_progress; a doubt that arises later may send it back to
identity_check. A closed request changes no further. A pause (waiting for the requester) and an
extension never move the original dates; an extension sets the one due date that replaces them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError, ConflictError, ValidationError
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.requests.records import (
    CLOSED_STATUS_VALUES,
    OPEN_STATUS_VALUES,
)
from l4d_desktop.core.store.models import DataSubjectRequest, RequestPause
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import (
    ASSESSED_REFUSALS,
    IdentityMethod,
    RefusalBasis,
    RequestStatus,
    RequestType,
)

REASON_MAX = 5000
NOTE_MAX = 2000

# The open statuses a request may be moved to by hand, from each open status.
OPEN_MOVES: dict[str, frozenset[str]] = {
    RequestStatus.RECEIVED.value: frozenset(
        {RequestStatus.IDENTITY_CHECK.value, RequestStatus.IN_PROGRESS.value}
    ),
    RequestStatus.IDENTITY_CHECK.value: frozenset({RequestStatus.IN_PROGRESS.value}),
    RequestStatus.IN_PROGRESS.value: frozenset({RequestStatus.IDENTITY_CHECK.value}),
}


def parse_date(value: dt.date | str | None, field: str) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValidationError(field, "date_invalid")
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat((value or "").strip())
    except (ValueError, AttributeError):
        raise ValidationError(field, "date_invalid") from None


def clean_reason(value: str | None, field: str = "reason") -> str:
    """A reason that must be given: empty or blank is `reason_required`."""
    text = clean_text(value, field, max_length=REASON_MAX, multiline=True)
    if not text:
        raise ValidationError(field, "reason_required")
    return text


def optional_text(value: str | None, field: str, max_length: int = REASON_MAX) -> str:
    return clean_text(value, field, max_length=max_length, multiline=True)


def check_version(req: DataSubjectRequest, version: int | None) -> None:
    """A dialog passes the version it loaded; a newer row means someone else changed it."""
    if version is not None and version != req.version:
        raise ConflictError()


def check_open(req: DataSubjectRequest) -> None:
    if req.status not in OPEN_STATUS_VALUES:
        raise BusinessRuleError("request_closed")


def identity_method(value: str) -> str:
    try:
        return IdentityMethod(value).value
    except ValueError:
        raise ValidationError("method", "choice_invalid") from None


def check_move(req: DataSubjectRequest, status: str) -> None:
    """An open request moved by hand to another open status."""
    check_open(req)
    if status not in OPEN_MOVES[req.status]:
        raise BusinessRuleError("status_transition")


def open_pause(session: Session, request_id: int) -> RequestPause | None:
    return session.scalars(
        select(RequestPause).where(
            RequestPause.request_id == request_id, RequestPause.ended_at.is_(None)
        )
    ).first()


def end_pause(pause: RequestPause, user_id: int, now: dt.datetime, reason: str = "") -> None:
    pause.ended_at = now
    pause.ended_by = user_id
    pause.resume_reason = reason


def apply_extension(
    req: DataSubjectRequest, notice_on: dt.date, reason: str, today: dt.date
) -> dt.date:
    """Art. 12(3): valid only when the requester is told, with reasons, by the statutory date.
    Sets and returns the extended due date (two further months, LEGAL.md)."""
    check_open(req)
    if req.extended_due is not None:
        raise BusinessRuleError("already_extended")
    if notice_on > today:
        raise ValidationError("notice_date", "date_in_future")
    if notice_on < req.received_on:
        raise ValidationError("notice_date", "date_before_received")
    if notice_on > req.statutory_due:
        raise BusinessRuleError("extension_too_late", statutory=req.statutory_due.isoformat())
    extended = latest_extended_due(req.received_on)
    req.extended_due = extended
    req.extension_notice_on = notice_on
    req.extension_reason = reason
    req.due = extended
    return extended


def check_close(
    req: DataSubjectRequest,
    outcome: str,
    reason: str,
    basis: str | None,
    assessment: str,
) -> str | None:
    """Check a closing; returns the refusal basis to store (None unless refused)."""
    if outcome not in CLOSED_STATUS_VALUES:
        raise ValidationError("outcome", "choice_invalid")
    check_open(req)
    if outcome != RequestStatus.REFUSED.value:
        if basis:
            raise ValidationError("basis", "refusal_only")
        if assessment:
            raise ValidationError("assessment", "refusal_only")
        if (
            outcome == RequestStatus.COMPLETED.value
            and req.type == RequestType.ERASURE.value
            and req.erased_at is None
        ):
            raise BusinessRuleError("erasure_not_run")
        return None
    if not reason:
        raise ValidationError("reason", "reason_required")
    if not basis:
        raise ValidationError("basis", "required")
    try:
        refusal = RefusalBasis(basis)
    except ValueError:
        raise ValidationError("basis", "choice_invalid") from None
    if refusal in ASSESSED_REFUSALS and not assessment:
        raise ValidationError("assessment", "assessment_required")
    return refusal.value


def find_repeat(session: Session, req: DataSubjectRequest, interval_days: int) -> int | None:
    """The latest earlier request of the same type by the same customer received within
    `interval_days` before this one (Art. 12(5)): information for the handler only."""
    if req.customer_id is None or interval_days <= 0:
        return None
    since = req.received_on - dt.timedelta(days=interval_days)
    earlier = or_(
        DataSubjectRequest.received_on < req.received_on,
        and_(
            DataSubjectRequest.received_on == req.received_on,
            DataSubjectRequest.id < req.id,
        ),
    )
    return session.scalar(
        select(DataSubjectRequest.id)
        .where(
            DataSubjectRequest.customer_id == req.customer_id,
            DataSubjectRequest.type == req.type,
            DataSubjectRequest.id != req.id,
            DataSubjectRequest.received_on >= since,
            earlier,
        )
        .order_by(DataSubjectRequest.received_on.desc(), DataSubjectRequest.id.desc())
        .limit(1)
    )
