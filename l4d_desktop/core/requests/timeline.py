"""A request's timeline: its audit entries (ids and codes) with the staff member's name, and the
reasons of its pauses, which live with the pauses and never in the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.store.models import ArchivedLetterRow, AuditEntry, RequestPause, User

PAUSE_PREFIX = "pause:"
# Opening a request to read it is audited too, but is not a step of its handling; nor is
# previewing a letter or opening an archived copy.
VIEW_ACTIONS = frozenset({"request.view", "letter.render", "letter.reopen"})
# A letter that left, as the timeline lists it (from the letter archive, with its kind).
LETTER_SENT = "letter.issue"


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    actor_id: int | None
    actor_name: str  # "" when the user is unknown (e.g. a system action)
    action: str  # e.g. request.create, request.identify, request.status, request.close
    code: str  # the entry's detail: a status, outcome, method or type code
    outcome: str  # "ok" or "denied"
    reason: str = ""  # a pause's reason, or the reason given on resuming it


def pause_code(pause_id: int) -> str:
    return f"{PAUSE_PREFIX}{pause_id}"


def timeline_of(
    session: Session, request_id: int, include_views: bool = False
) -> tuple[TimelineEntry, ...]:
    rows = session.execute(
        select(AuditEntry, User.full_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.object_type == "request", AuditEntry.object_id == request_id)
        .order_by(AuditEntry.id)
    ).all()
    pauses = {
        p.id: (p.reason, p.resume_reason)
        for p in session.scalars(select(RequestPause).where(RequestPause.request_id == request_id))
    }
    out: list[TimelineEntry] = []
    for entry, name in rows:
        if entry.action in VIEW_ACTIONS and not include_views:
            continue
        if entry.action == LETTER_SENT and entry.outcome == "ok":
            continue  # listed from the archive below, with the letter's kind
        out.append(
            TimelineEntry(
                at=dt.datetime.fromisoformat(entry.at),
                actor_id=entry.actor_id,
                actor_name=name or "",
                action=entry.action,
                code=entry.detail,
                outcome=entry.outcome,
                reason=_pause_reason(entry, pauses),
            )
        )
    letters = session.execute(
        select(ArchivedLetterRow.created_at, ArchivedLetterRow.kind, User.id, User.full_name)
        .join(User, User.id == ArchivedLetterRow.handler_id)
        .where(ArchivedLetterRow.request_id == request_id)
        .order_by(ArchivedLetterRow.id)
    ).all()
    for at, kind, user_id, name in letters:
        out.append(TimelineEntry(at, user_id, name, LETTER_SENT, kind, "ok"))
    return tuple(sorted(out, key=lambda e: e.at))


def _pause_reason(entry: AuditEntry, pauses: dict[int, tuple[str, str]]) -> str:
    if not entry.detail.startswith(PAUSE_PREFIX):
        return ""
    try:
        reasons = pauses.get(int(entry.detail.removeprefix(PAUSE_PREFIX)))
    except ValueError:
        return ""
    if reasons is None:
        return ""
    start, resume = reasons
    return start if entry.action == "request.pause" else resume
