"""The handler's reasons and statements that letters print, one per topic and letter language:
asked for in the language of the letter that prints it, and with substance (a sentence)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.core.store.models import (
    Customer,
    DataSubjectRequest,
    Objection,
    RequestTextRow,
)
from l4d_desktop.core.text import clean_text

STATEMENT_MAX = 5000
# "At least a sentence": a word or two ("laaja", "see above") says nothing a person can check.
MIN_WORDS = 4
MIN_LETTERS = 20


class Topic(StrEnum):
    EXTENSION = "extension"  # why the answer needs more time (Art. 12(3))
    RESTRICTION_LIFT = "restriction_lift"  # why the restriction ends (Art. 18(3))
    ALREADY_CORRECT = "already_correct"  # what was checked: the data were already correct
    CHANGE_DECLINED = "change_declined"  # which change was not made, and why (Art. 12(4))
    REFUSAL = "refusal"  # the refusal's reasons (Art. 12(4))
    REFUSAL_ASSESSMENT = "refusal_assessment"  # why unfounded or excessive (Art. 12(5))
    # The compelling grounds an objection's processing goes on with (Art. 21(1)), by purpose.
    OBJECTION_ANALYTICS = "objection_decision.analytics"
    OBJECTION_SERVICE_DEVELOPMENT = "objection_decision.service_development"
    OBJECTION_CUSTOMER_RELATIONSHIP = "objection_decision.customer_relationship"
    OBJECTION_OTHER = "objection_decision.other"


def objection_topic(purpose: str) -> str:
    """The topic of the reasons an objection to `purpose` was decided with."""
    return f"objection_decision.{purpose}"


def clean_statement(value: str | None, field: str) -> str:
    """A reason of at least one sentence: `reason_required` when empty, `reason_too_short`
    when it is only a word or two."""
    text = clean_text(value, field, max_length=STATEMENT_MAX, multiline=True)
    if not text:
        raise ValidationError(field, "reason_required")
    letters = sum(ch.isalpha() for ch in text)
    if len(text.split()) < MIN_WORDS or letters < MIN_LETTERS:
        raise ValidationError(field, "reason_too_short", words=MIN_WORDS)
    return text


def check_language(value: str | None) -> str:
    if value not in LANGUAGES:
        raise ValidationError("language", "language_invalid")
    assert value is not None
    return value


def letter_language(session: Session, request: DataSubjectRequest) -> str:
    """The language the request's letters go in by default: the customer's, else Finnish."""
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    language = customer.language if customer is not None else "fi"
    return language if language in LANGUAGES else "fi"


def put_text(
    session: Session,
    request_id: int,
    topic: str,
    language: str,
    text: str,
    user_id: int,
    now: dt.datetime,
) -> None:
    """Save (or replace) the topic's text in one language."""
    row = session.scalars(
        select(RequestTextRow).where(
            RequestTextRow.request_id == request_id,
            RequestTextRow.topic == topic,
            RequestTextRow.language == language,
        )
    ).first()
    if row is None:
        row = RequestTextRow(request_id=request_id, topic=topic, language=language)
        session.add(row)
    row.text = text
    row.recorded_by = user_id
    row.recorded_at = now


def keep_decision_text(
    session: Session,
    objection: Objection,
    text: str,
    language: str | None,
    user_id: int,
    now: dt.datetime,
) -> None:
    """An objection decision's reasons as its request's text in `language` (default: the
    letters'), so that the objection letter prints them in its own language only."""
    request = session.get(DataSubjectRequest, objection.request_id or 0)
    if request is None:
        return  # decided outside a request: no letter prints it
    lang = letter_language(session, request) if language is None else language
    topic = objection_topic(objection.purpose)
    drop_texts(session, request.id, topic)
    if text:
        put_text(session, request.id, topic, lang, text, user_id, now)


def texts_of(session: Session, request_id: int) -> dict[tuple[str, str], str]:
    """Every text of the request by (topic, language)."""
    rows = session.scalars(select(RequestTextRow).where(RequestTextRow.request_id == request_id))
    return {(r.topic, r.language): r.text for r in rows}


def drop_texts(session: Session, request_id: int, topic: str) -> None:
    """Forget a topic's texts in every language (its record was replaced)."""
    for row in session.scalars(
        select(RequestTextRow).where(
            RequestTextRow.request_id == request_id, RequestTextRow.topic == topic
        )
    ):
        session.delete(row)
