"""The access answer's own free texts (what a search found, the answers to the requester's
questions, the delivery detail) kept per letter language like the other letter texts, so that a
letter prints only its own language's words and waits until they are written."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from l4d_desktop.core.disclosure.answer_records import AnswerRecords
from l4d_desktop.core.requests.statements import (
    check_language,
    drop_texts,
    letter_language,
    put_text,
    texts_of,
)
from l4d_desktop.core.store.models import DataSubjectRequest

DELIVERY_TOPIC = "delivery"


def search_topic(search_id: int) -> str:
    return f"search.{search_id}"


def answer_topic(question_id: int) -> str:
    return f"answer.{question_id}"


def text_language(session: Session, request: DataSubjectRequest, language: str | None) -> str:
    """The language a text is written in: the one named, else the request's letters'."""
    return letter_language(session, request) if language is None else check_language(language)


def keep_answer_text(
    session: Session,
    request: DataSubjectRequest,
    topic: str,
    language: str,
    text: str,
    user_id: int,
    now: dt.datetime,
) -> None:
    """The topic's text in `language`; an empty text forgets the topic in every language."""
    if text:
        put_text(session, request.id, topic, language, text, user_id, now)
    else:
        drop_texts(session, request.id, topic)


def in_language(
    session: Session, request: DataSubjectRequest, records: AnswerRecords, language: str
) -> tuple[AnswerRecords, str]:
    """The records with their texts in `language`, and the first topic whose text the letter
    needs but lacks in it ("" when none). Texts recorded before they were kept per language
    are the letters' language's."""
    kept = texts_of(session, request.id)
    topics = {t for t, _ in kept}
    home = letter_language(session, request)
    missing: list[str] = []

    def text(topic: str, recorded: str) -> str:
        if not recorded:
            return ""
        if topic not in topics:
            found = recorded if language == home else ""
        else:
            found = kept.get((topic, language), "")
        if not found:
            missing.append(topic)
        return found

    searches = tuple(
        dataclasses.replace(s, result=text(search_topic(s.id), s.result)) for s in records.searches
    )
    questions = tuple(
        dataclasses.replace(q, answer=text(answer_topic(q.id), q.answer)) for q in records.questions
    )
    delivery = records.delivery
    if delivery is not None:
        delivery = dataclasses.replace(delivery, detail=text(DELIVERY_TOPIC, delivery.detail))
    translated = dataclasses.replace(
        records, searches=searches, questions=questions, delivery=delivery
    )
    return translated, (missing[0] if missing else "")


__all__ = [
    "DELIVERY_TOPIC",
    "answer_topic",
    "in_language",
    "keep_answer_text",
    "search_topic",
    "text_language",
]
