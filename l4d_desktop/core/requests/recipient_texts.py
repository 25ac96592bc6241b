"""Why an Art. 19 recipient was not told, kept per letter language (request texts
recipient.<processor id>): the rectification, erasure and restriction letters print it, and an
English letter never carries the Finnish words."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.requests.statements import drop_texts, letter_language, put_text, texts_of
from l4d_desktop.core.store.models import DataSubjectRequest, RecipientNotice
from l4d_desktop.core.vocabulary import NoticeStatus

RECIPIENT_PREFIX = "recipient."


def recipient_topic(processor_id: int) -> str:
    return f"{RECIPIENT_PREFIX}{processor_id}"


def keep_reason_text(
    session: Session,
    request: DataSubjectRequest,
    processor_id: int,
    text: str,
    language: str | None,
    user_id: int,
    now: dt.datetime,
) -> None:
    """The reason in `language` (default: the letters'). A recipient newly marked not told
    starts afresh; one already marked so keeps its other languages' versions, and a reason
    recorded before reasons had languages stays the letters' language's."""
    topic = recipient_topic(processor_id)
    home = letter_language(session, request)
    notice = session.scalar(
        select(RecipientNotice).where(
            RecipientNotice.request_id == request.id,
            RecipientNotice.processor_id == processor_id,
        )
    )
    kept = texts_of(session, request.id)
    already = notice is not None and notice.status == NoticeStatus.DISPROPORTIONATE.value
    if already and notice is not None and notice.reason:
        if not any(t == topic for t, _ in kept):
            put_text(session, request.id, topic, home, notice.reason, user_id, now)
    elif any(t == topic for t, _ in kept):
        drop_texts(session, request.id, topic)
    put_text(session, request.id, topic, language or home, text, user_id, now)


def reason_in_language(
    kept: dict[tuple[str, str], str], processor_id: int, recorded: str, language: str, home: str
) -> str:
    """The reason the letter in `language` prints ("" when not written in it)."""
    topic = recipient_topic(processor_id)
    if not any(t == topic for t, _ in kept):
        return recorded if language == home else ""
    return kept.get((topic, language), "")


__all__ = ["RECIPIENT_PREFIX", "keep_reason_text", "reason_in_language", "recipient_topic"]
