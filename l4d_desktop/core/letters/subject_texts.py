"""The person's requests and objections as a letter prints them: the handler's reasons in the
letter's language only, so that an English copy never carries the Finnish words."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.register.processors import processors_of
from l4d_desktop.core.requests.pause_texts import pause_topic
from l4d_desktop.core.requests.statements import Topic, objection_topic
from l4d_desktop.core.store.models import RequestTextRow
from l4d_desktop.core.vocabulary import ObjectionOutcome


def subject_in_language(
    session: Session, subject: SubjectData, language: str, default_language: str
) -> SubjectData:
    """`subject` with each request's extension, refusal and pause reasons and each objection's
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
            pauses=tuple(
                replace(p, reason=said(r.id, pause_topic(p.id), p.reason)) for p in r.pauses
            ),
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
    recipients = tuple(
        replace(p, role={"en": p.role_en, "sv": p.role_sv}.get(language, p.role))
        for p in subject.recipients
    )
    return replace(subject, requests=requests, objections=objections, recipients=recipients)


def untranslated_text(recorded: SubjectData, printed: SubjectData) -> tuple[int, str] | None:
    """The request and topic of a reason `recorded` holds but `printed` (the subject in the
    letter's language) lacks: an extension's, a refusal's, a pause's or an objection decision's.
    The access copy waits for it rather than leave it out (None when nothing is missing)."""
    for before, after in zip(recorded.requests, printed.requests, strict=True):
        if before.extension_reason and not after.extension_reason:
            return before.id, Topic.EXTENSION.value
        if before.refusal_reason and not after.refusal_reason:
            return before.id, Topic.REFUSAL.value
        for p, q in zip(before.pauses, after.pauses, strict=True):
            if p.reason and not q.reason:
                return before.id, pause_topic(p.id)
    for o, d in zip(recorded.objections, printed.objections, strict=True):
        kept = o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value  # the texts' only topic
        if kept and o.request_id is not None and o.outcome_reason and not d.outcome_reason:
            return o.request_id, objection_topic(o.purpose)
    return None


def untranslated_processor(session: Session, ctx: LetterContext) -> str:
    """The name of a processor the letter prints whose role is not written in its language
    ("" when none): the letter waits for it, as for the register's own texts."""
    notified = {line.processor_id for line in ctx.notices}
    listed = set()
    if ctx.kind == LetterKind.ACCESS and ctx.subject is not None:
        listed = {r.name for r in ctx.subject.recipients}
    for p in processors_of(session, include_inactive=True):
        if (p.id in notified or p.name in listed) and p.role and not p.role_in(ctx.language):
            return p.name
    return ""


__all__ = ["subject_in_language", "untranslated_processor", "untranslated_text"]
