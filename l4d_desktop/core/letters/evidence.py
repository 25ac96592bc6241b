"""The records the extension, restriction, lift-notice and rectification letters state, read for
the letter's language; and whether those records exist, so that a letter whose premise is not on
record is not offered, and one whose free text is missing in its language is not issued."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.disclosure.answer_records import answer_records
from l4d_desktop.core.disclosure.answer_texts import in_language
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.requests.evidence import (
    FindingRecord,
    decided_objection_topics,
    findings_of,
)
from l4d_desktop.core.requests.restrictions import RestrictionRecord, restriction_of
from l4d_desktop.core.requests.statements import (
    Topic,
    letter_language,
    objection_topic,
    texts_of,
)
from l4d_desktop.core.store.models import (
    ArchivedLetterRow,
    DataSubjectRequest,
    ExtensionNoticeRow,
    RequestFieldChange,
)
from l4d_desktop.core.vocabulary import RefusalBasis


@dataclass(frozen=True)
class LetterEvidence:
    """What the request's records say, with the handler's texts in the letter's language only:
    an English letter never sees the Finnish text."""

    # The extension: its grounds and how it was told (None: this letter is the notice). An
    # extension recorded before grounds were kept has no notice record (`extension_recorded`).
    extension_recorded: bool = False
    extension_grounds: tuple[str, ...] = ()
    extension_channel: str | None = None
    restriction: RestrictionRecord | None = None
    findings: tuple[FindingRecord, ...] = ()
    field_changes: int = 0
    # Letters that already left for the person (their copies keep what they said).
    letters_sent: int = 0
    texts: Mapping[str, str] = field(default_factory=dict)  # topic → text
    # The topics with a text in any language: a letter needs those in its own.
    topics: frozenset[str] = frozenset()

    def finding(self, kind: str) -> FindingRecord | None:
        return next((f for f in self.findings if f.kind == kind), None)


def load_evidence(session: Session, request: DataSubjectRequest, language: str) -> LetterEvidence:
    notice = session.get(ExtensionNoticeRow, request.id)
    changes = session.scalar(
        select(func.count())
        .select_from(RequestFieldChange)
        .where(RequestFieldChange.request_id == request.id)
    )
    sent = 0
    if request.customer_id is not None:
        sent = int(
            session.scalar(
                select(func.count())
                .select_from(ArchivedLetterRow)
                .join(DataSubjectRequest, DataSubjectRequest.id == ArchivedLetterRow.request_id)
                .where(DataSubjectRequest.customer_id == request.customer_id)
            )
            or 0
        )
    kept = dict(texts_of(session, request.id))
    # A refusal closed before its texts were kept per language: its words are the letters'.
    earlier = {
        Topic.REFUSAL.value: request.refusal_reason,
        Topic.REFUSAL_ASSESSMENT.value: request.assessment,
        **decided_objection_topics(session, request.id),
    }
    for topic, old in earlier.items():
        if old and not any(t == topic for t, _ in kept):
            kept[(topic, letter_language(session, request))] = old
    mine = {t: x for (t, lang), x in kept.items() if lang == language}
    return LetterEvidence(
        extension_recorded=notice is not None,
        extension_grounds=tuple(g for g in (notice.grounds if notice else "").split(",") if g),
        extension_channel=notice.channel if notice is not None else None,
        restriction=restriction_of(session, request),
        findings=findings_of(session, request.id),
        field_changes=int(changes or 0),
        letters_sent=sent,
        texts=mine,
        topics=frozenset(t for t, _ in kept),
    )


def evidence_unavailable(
    evidence: LetterEvidence, kind: str, request: DataSubjectRequest, today: dt.date
) -> str:
    """Why the records do not back a letter of `kind` now ("" when they do)."""
    if kind == LetterKind.EXTENSION:
        pending = evidence.extension_recorded and evidence.extension_channel is None
        if pending and request.extension_notice_on is None and today > request.statutory_due:
            # The letter would be the notice, and the first month is over.
            return "extension_notice_too_late"
    restriction = evidence.restriction
    if kind == LetterKind.RESTRICTION and (restriction is None or not restriction.active):
        return "letter_needs_restriction"
    if kind == LetterKind.RESTRICTION_LIFTED:
        if restriction is None or not restriction.active:
            return "letter_needs_restriction"
        if restriction.lift_on is None:
            return "letter_needs_lift_notice"
    if kind == LetterKind.RECTIFICATION and not (evidence.field_changes or evidence.findings):
        return "letter_needs_rectification"
    return ""


def missing_text(evidence: LetterEvidence, kind: str, refusal_basis: str | None = None) -> str:
    """The topic whose text the letter of `kind` prints but lacks in its language (""). A
    refusal on "other" grounds says nothing without its reasons: they are always needed."""
    needed: list[str] = []
    if kind == LetterKind.EXTENSION:
        needed.append(Topic.EXTENSION.value)
    elif kind == LetterKind.RESTRICTION_LIFTED:
        needed.append(Topic.RESTRICTION_LIFT.value)
    elif kind == LetterKind.RECTIFICATION:
        needed += [f.kind for f in evidence.findings]
    elif kind == LetterKind.REFUSAL:
        needed += [t.value for t in (Topic.REFUSAL, Topic.REFUSAL_ASSESSMENT)]
        needed = [
            t
            for t in needed
            if t in evidence.topics
            or (t == Topic.REFUSAL.value and refusal_basis == RefusalBasis.OTHER.value)
        ]
    elif kind == LetterKind.OBJECTION:
        needed += sorted(t for t in evidence.topics if t.startswith(objection_topic("")))
    return next((topic for topic in needed if not evidence.texts.get(topic)), "")


ANSWER_KINDS = frozenset({LetterKind.ACCESS, LetterKind.NO_DATA, LetterKind.PORTABILITY})


def missing_answer_text(
    session: Session, request: DataSubjectRequest, kind: str, language: str
) -> str:
    """The access answer's free text (a search's result, an answer, the delivery detail) the
    letter of `kind` prints but lacks in its language ("")."""
    if kind not in ANSWER_KINDS:
        return ""
    return in_language(session, request, answer_records(session, request.id), language)[1]


__all__ = [
    "LetterEvidence",
    "evidence_unavailable",
    "load_evidence",
    "missing_answer_text",
    "missing_text",
]
