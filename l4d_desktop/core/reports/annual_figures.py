"""The yearly accountability pack's figures (Art. 5(2)), worked out from the records alone: one
row per request of the year (the request register CSV beside the PDF), and every statistic the
PDF prints computed from those same rows, so that a reader can check one against the other."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.chain import GENESIS_HASH
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.security.access import rights_of
from l4d_desktop.core.store.models import (
    AuditEntry,
    ConsentEvent,
    ConsentPurpose,
    DataSubjectRequest,
    RetentionRun,
    User,
)
from l4d_desktop.core.vocabulary import OPEN_STATUSES

# The notice's promise: "viipymättä (enintään 30 päivää)".
PROMISED_DAYS = 30
# A request answered this close to its due date came near to being late.
NEAR_MISS_DAYS = 2

REGISTER_COLUMNS = (
    "id", "type", "status", "received", "closed", "days_to_answer", "statutory_due",
    "extended_due", "due", "within_30_days", "extended", "refusal_basis", "repeat_of",
    "overdue", "near_miss",
)  # fmt: skip


@dataclass(frozen=True)
class RequestRow:
    """One request of the year as the register CSV lists it (ids and codes, nothing personal)."""

    id: int
    type: str
    status: str
    received: dt.date
    closed: dt.date | None
    days_to_answer: int | None
    statutory_due: dt.date
    extended_due: dt.date | None
    due: dt.date
    within_30_days: bool | None
    extended: bool
    refusal_basis: str
    repeat_of: int | None
    overdue: bool
    near_miss: bool

    def cells(self) -> tuple[object, ...]:
        return tuple(getattr(self, c) for c in REGISTER_COLUMNS)


@dataclass(frozen=True)
class RequestStats:
    total: int
    by_type: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]
    answered: int
    median_days: float | None
    longest_days: int | None
    within_30_share: float | None  # of those answered, 0..1
    extended: int
    refused_by_basis: tuple[tuple[str, int], ...]
    repeats: int
    overdue: tuple[int, ...]  # request ids
    near_misses: tuple[int, ...]


@dataclass(frozen=True)
class ConsentCount:
    """Consents given and withdrawn in the year for one purpose."""

    code: str
    name_fi: str
    name_en: str
    name_sv: str  # empty while the purpose has no Swedish name
    given: int
    withdrawn: int

    def name(self, language: str) -> str:
        names = {"fi": self.name_fi, "en": self.name_en, "sv": self.name_sv}
        return names.get(language, "") or self.code


@dataclass(frozen=True)
class UserAtYearEnd:
    username: str
    full_name: str
    role: str
    active: bool
    rights: tuple[str, ...]


@dataclass(frozen=True)
class AnnualFigures:
    year: int
    requests: tuple[RequestRow, ...]
    stats: RequestStats
    consents: tuple[ConsentCount, ...]
    purges: tuple[tuple[str, int, int], ...]  # rule, runs, items removed
    erasures: tuple[tuple[str, int], ...]  # how (request, retention, restore), count
    audit_head_id: int
    audit_head_hash: str
    audit_entries_in_year: int
    users: tuple[UserAtYearEnd, ...]


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def request_row(r: DataSubjectRequest, today: dt.date) -> RequestRow:
    closed = office_today(r.closed_at) if r.closed_at is not None else None
    days = (closed - r.received_on).days if closed is not None else None
    # Late: closed after its date, or still open after it.
    overdue = (closed > r.due) if closed is not None else today > r.due
    near = closed is not None and 0 <= (r.due - closed).days <= NEAR_MISS_DAYS
    return RequestRow(
        id=r.id,
        type=r.type,
        status=r.status,
        received=r.received_on,
        closed=closed,
        days_to_answer=days,
        statutory_due=r.statutory_due,
        extended_due=r.extended_due,
        due=r.due,
        within_30_days=None if days is None else days <= PROMISED_DAYS,
        extended=r.extended_due is not None,
        refusal_basis=r.refusal_basis or "",
        repeat_of=r.repeat_of,
        overdue=overdue,
        near_miss=near,
    )


def request_stats(rows: tuple[RequestRow, ...]) -> RequestStats:
    """The statistics of the PDF, from the register's rows only."""
    answered = [r.days_to_answer for r in rows if r.days_to_answer is not None]
    open_values = {s.value for s in OPEN_STATUSES}
    outcomes = Counter("open" if r.status in open_values else r.status for r in rows)
    return RequestStats(
        total=len(rows),
        by_type=tuple(sorted(Counter(r.type for r in rows).items())),
        by_outcome=tuple(sorted(outcomes.items())),
        answered=len(answered),
        median_days=float(statistics.median(answered)) if answered else None,
        longest_days=max(answered) if answered else None,
        within_30_share=(sum(d <= PROMISED_DAYS for d in answered) / len(answered))
        if answered
        else None,
        extended=sum(r.extended for r in rows),
        refused_by_basis=tuple(
            sorted(Counter(r.refusal_basis for r in rows if r.status == "refused").items())
        ),
        repeats=sum(r.repeat_of is not None for r in rows),
        overdue=tuple(r.id for r in rows if r.overdue),
        near_misses=tuple(r.id for r in rows if r.near_miss),
    )


def annual_figures(session: Session, year: int, today: dt.date) -> AnnualFigures:
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    t0, t1 = _utc(start), _utc(end)
    last_day = min(today, end - dt.timedelta(days=1))
    requests = tuple(
        request_row(r, last_day)
        for r in session.scalars(
            select(DataSubjectRequest)
            .where(DataSubjectRequest.received_on >= start, DataSubjectRequest.received_on < end)
            .order_by(DataSubjectRequest.received_on, DataSubjectRequest.id)
        )
    )
    consent_rows = session.execute(
        select(
            ConsentPurpose.code,
            ConsentPurpose.name_fi,
            ConsentPurpose.name_en,
            ConsentPurpose.name_sv,
            ConsentEvent.given,
            func.count(),
        )
        .join(ConsentPurpose, ConsentPurpose.id == ConsentEvent.purpose_id)
        .where(ConsentEvent.at >= t0, ConsentEvent.at < t1)
        .group_by(
            ConsentPurpose.code,
            ConsentPurpose.name_fi,
            ConsentPurpose.name_en,
            ConsentPurpose.name_sv,
            ConsentEvent.given,
        )
    ).all()
    consents: dict[tuple[str, str, str, str], list[int]] = {}
    for code, name_fi, name_en, name_sv, given, n in consent_rows:
        consents.setdefault((code, name_fi, name_en, name_sv), [0, 0])[0 if given else 1] += int(n)
    purges = session.execute(
        select(RetentionRun.rule, func.count(), func.coalesce(func.sum(RetentionRun.items), 0))
        .where(RetentionRun.started_at >= t0, RetentionRun.started_at < t1)
        .group_by(RetentionRun.rule)
        .order_by(RetentionRun.rule)
    ).all()
    # Audit times are ISO 8601 text in UTC: they sort as they compare.
    a0, a1 = t0.isoformat(), t1.isoformat()
    erasures: Counter[str] = Counter()
    for (detail,) in session.execute(
        select(AuditEntry.detail).where(
            AuditEntry.action == "customer.erase", AuditEntry.at >= a0, AuditEntry.at < a1
        )
    ):
        erasures[detail.split(":")[0] if detail else "request"] += 1
    head = session.execute(
        select(AuditEntry.id, AuditEntry.hash)
        .where(AuditEntry.at < a1)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    in_year = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.at >= a0, AuditEntry.at < a1)
    )
    users = tuple(
        UserAtYearEnd(
            u.username, u.full_name, u.role, u.active, tuple(sorted(rights_of(session, u)))
        )
        for u in session.scalars(select(User).where(User.created_at < t1).order_by(User.username))
    )
    return AnnualFigures(
        year=year,
        requests=requests,
        stats=request_stats(requests),
        consents=tuple(ConsentCount(*key, g, w) for key, (g, w) in sorted(consents.items())),
        purges=tuple((rule, int(runs), int(items)) for rule, runs, items in purges),
        erasures=tuple(sorted(erasures.items())),
        audit_head_id=head.id if head else 0,
        audit_head_hash=head.hash if head else GENESIS_HASH,
        audit_entries_in_year=int(in_year or 0),
        users=users,
    )


__all__ = [
    "NEAR_MISS_DAYS",
    "PROMISED_DAYS",
    "REGISTER_COLUMNS",
    "AnnualFigures",
    "ConsentCount",
    "RequestRow",
    "RequestStats",
    "UserAtYearEnd",
    "annual_figures",
    "request_row",
    "request_stats",
]
