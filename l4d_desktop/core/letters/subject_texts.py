"""The person's requests and objections as a letter prints them: the handler's reasons in the
letter's language only, so that an English copy never carries the Finnish words."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.requests.statements import Topic, objection_topic
from l4d_desktop.core.store.models import RequestTextRow


def subject_in_language(
    session: Session, subject: SubjectData, language: str, default_language: str
) -> SubjectData:
    """`subject` with each request's extension and refusal reasons and each objection's
    decision reasons in `language`, or empty when not written in it. A reason recorded before
    texts were kept per language counts as written in `default_language` (the letters')."""
    ids = {r.id for r in subject.requests} | {
        o.request_id for o in subject.objections if o.request_id is not None
    }
    kept: dict[tuple[int, str], dict[str, str]] = {}
    if ids:
        rows = session.scalars(select(RequestTextRow).where(RequestTextRow.request_id.in_(ids)))
        for row in rows:
            kept.setdefault((row.request_id, row.topic), {})[row.language] = row.text

    def said(request_id: int | None, topic: str, recorded: str) -> str:
        texts = kept.get((request_id, topic)) if request_id is not None else None
        if texts is None:
            return recorded if language == default_language else ""
        return texts.get(language, "")

    requests = tuple(
        replace(
            r,
            extension_reason=said(r.id, Topic.EXTENSION.value, r.extension_reason),
            refusal_reason=said(r.id, Topic.REFUSAL.value, r.refusal_reason),
        )
        for r in subject.requests
    )
    objections = tuple(
        replace(
            o,
            outcome_reason=said(o.request_id, objection_topic(o.purpose), o.outcome_reason),
        )
        for o in subject.objections
    )
    return replace(subject, requests=requests, objections=objections)


__all__ = ["subject_in_language"]
