"""The Art. 19 checklist: every recipient (processor) of a rectification, erasure or restriction
is told of it, or the reason it was impossible or disproportionate is recorded.

A line is stored when it is marked; until then an active processor's line is pending. Lines
marked for a processor later deactivated stay on the list; pending ones of such a processor go.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.act_dates import act_day
from l4d_desktop.core.requests.desk import audit_request
from l4d_desktop.core.requests.gate import check_type, load_request
from l4d_desktop.core.requests.recipient_texts import keep_reason_text, recipient_topic
from l4d_desktop.core.requests.statements import check_language, drop_texts
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import DataSubjectRequest, Processor, RecipientNotice, User
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import RECIPIENT_NOTICE_TYPES, NoticeStatus, Right

REASON_MAX = 5000


@dataclass(frozen=True)
class NoticeLine:
    processor_id: int
    processor_name: str
    role: str
    country: str
    contact: str
    processor_active: bool
    status: str  # NoticeStatus
    notified_on: dt.date | None
    reason: str  # why notifying was impossible or disproportionate
    recorded_by: str  # the staff member's full name, or "" while pending
    recorded_at: dt.datetime | None
    role_en: str = ""  # the role in English, for English letters
    role_sv: str = ""  # and in Swedish, for Swedish letters


def checklist_lines(session: Session, request_id: int) -> list[NoticeLine]:
    """The request's checklist by processor name (the caller has checked the rights)."""
    stored = {
        n.processor_id: (n, name)
        for n, name in session.execute(
            select(RecipientNotice, User.full_name)
            .outerjoin(User, User.id == RecipientNotice.recorded_by)
            .where(RecipientNotice.request_id == request_id)
        )
    }
    lines: list[NoticeLine] = []
    for p in session.scalars(select(Processor).order_by(Processor.name, Processor.id)):
        notice, recorder = stored.get(p.id, (None, None))
        status = notice.status if notice is not None else NoticeStatus.PENDING.value
        if not p.active and status == NoticeStatus.PENDING:
            continue
        lines.append(
            NoticeLine(
                processor_id=p.id,
                processor_name=p.name,
                role=p.role,
                role_en=p.role_en,
                role_sv=p.role_sv,
                country=p.country,
                contact=p.contact,
                processor_active=p.active,
                status=status,
                notified_on=notice.notified_on if notice is not None else None,
                reason=notice.reason if notice is not None else "",
                recorded_by=recorder or "",
                recorded_at=notice.recorded_at if notice is not None else None,
            )
        )
    return lines


def pending_count(session: Session, request_id: int) -> int:
    """How many recipients are still to be told of the request (0 for other request types)."""
    request = session.get(DataSubjectRequest, request_id)
    if request is None or request.type not in RECIPIENT_NOTICE_TYPES:
        return 0
    return sum(1 for line in checklist_lines(session, request_id) if line.status == "pending")


class RecipientNoticeService(Service):
    def checklist(self, actor: Actor, request_id: int) -> list[NoticeLine]:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.checklist", write=False) as (
            session,
            _,
        ):
            check_type(load_request(session, request_id), RECIPIENT_NOTICE_TYPES)
            return checklist_lines(session, request_id)

    def checklist_complete(self, actor: Actor, request_id: int) -> bool:
        """True when no recipient is pending: each told, or why not recorded."""
        with self._unit(actor, Right.REQUESTS_VIEW, "request.checklist", write=False) as (
            session,
            _,
        ):
            check_type(load_request(session, request_id), RECIPIENT_NOTICE_TYPES)
            return pending_count(session, request_id) == 0

    def mark_notified(
        self, actor: Actor, request_id: int, processor_id: int, on_date: dt.date
    ) -> NoticeLine:
        """The recipient was told of the rectification, erasure or restriction on `on_date`."""
        if on_date > office_today(self.clock()):
            raise ValidationError("notified_on", "date_in_future")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.recipient_notified") as (
            session,
            user,
        ):
            request = load_request(session, request_id)
            check_type(request, RECIPIENT_NOTICE_TYPES)
            if on_date < request.received_on:
                raise ValidationError("notified_on", "date_before_received")
            done_on = act_day(session, request)
            if done_on is not None and on_date < done_on:
                # The letter would say the recipient was told before it happened.
                raise ValidationError("notified_on", "notice_before_act")
            return self._mark(
                session,
                user.id,
                request_id,
                processor_id,
                NoticeStatus.NOTIFIED,
                on_date,
                "",
                "request.recipient_notified",
            )

    def mark_disproportionate(
        self,
        actor: Actor,
        request_id: int,
        processor_id: int,
        reason: str,
        language: str | None = None,
    ) -> NoticeLine:
        """Telling the recipient is impossible or would take disproportionate effort: why, in
        `language` (default: the letters'). The letters print the reason, each in its own
        language: marked again in another language, the reason is that language's version."""
        text = clean_text(reason, "reason", max_length=REASON_MAX, multiline=True)
        if not text:
            raise ValidationError("reason", "reason_required")
        if language is not None:
            check_language(language)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.recipient_disproportionate") as (
            session,
            user,
        ):
            request = load_request(session, request_id)
            check_type(request, RECIPIENT_NOTICE_TYPES)
            keep_reason_text(session, request, processor_id, text, language, user.id, self.clock())
            return self._mark(
                session,
                user.id,
                request_id,
                processor_id,
                NoticeStatus.DISPROPORTIONATE,
                None,
                text,
                "request.recipient_disproportionate",
            )

    def _mark(
        self,
        session: Session,
        user_id: int,
        request_id: int,
        processor_id: int,
        status: NoticeStatus,
        on_date: dt.date | None,
        reason: str,
        action: str,
    ) -> NoticeLine:
        processor = session.get(Processor, processor_id)
        if processor is None:
            raise NotFoundError("processor")
        notice = session.scalar(
            select(RecipientNotice).where(
                RecipientNotice.request_id == request_id,
                RecipientNotice.processor_id == processor_id,
            )
        )
        if notice is None:
            if not processor.active:
                raise BusinessRuleError("processor_inactive")
            notice = RecipientNotice(request_id=request_id, processor_id=processor_id)
            session.add(notice)
        if status != NoticeStatus.DISPROPORTIONATE:
            drop_texts(session, request_id, recipient_topic(processor_id))
        notice.status = status.value
        notice.notified_on = on_date
        notice.reason = reason
        notice.recorded_by = user_id
        notice.recorded_at = self.clock()
        audit_request(self.audit, session, user_id, action, request_id, f"processor:{processor_id}")
        return next(
            line
            for line in checklist_lines(session, request_id)
            if line.processor_id == processor_id
        )
