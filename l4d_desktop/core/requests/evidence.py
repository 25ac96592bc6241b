"""What a rectification found besides the changes it saved — the data were already correct, or
a requested change was not made — and the letters' texts in each language; with the restriction
desk, the records the evidence letters are written from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.gate import load_request, request_for_action
from l4d_desktop.core.requests.grounds import DeclineGround, choice
from l4d_desktop.core.requests.restrictions import RestrictionDesk
from l4d_desktop.core.requests.statements import (
    Topic,
    check_language,
    clean_statement,
    drop_texts,
    letter_language,
    objection_topic,
    put_text,
    texts_of,
)
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    ExtensionNoticeRow,
    Objection,
    RequestFindingRow,
    RequestRestrictionRow,
    RequestTextRow,
)
from l4d_desktop.core.vocabulary import ObjectionOutcome, RequestStatus, RequestType, Right

# The finding kinds are the topics of their statements.
FINDING_KINDS = (Topic.ALREADY_CORRECT.value, Topic.CHANGE_DECLINED.value)


@dataclass(frozen=True)
class FindingRecord:
    kind: str  # already_correct | change_declined
    ground: str  # DeclineGround for change_declined, "" otherwise
    recorded_at: dt.datetime


@dataclass(frozen=True)
class StatementRecord:
    topic: str  # statements.Topic
    language: str
    text: str
    recorded_at: dt.datetime


def findings_of(session: Session, request_id: int) -> tuple[FindingRecord, ...]:
    rows = session.scalars(
        select(RequestFindingRow)
        .where(RequestFindingRow.request_id == request_id)
        .order_by(RequestFindingRow.id)
    )
    return tuple(FindingRecord(r.kind, r.ground, r.recorded_at) for r in rows)


def decided_objection_topics(session: Session, request_id: int) -> dict[str, str]:
    """The request's objections going on with compelling grounds: topic → the reasons."""
    rows = session.scalars(
        select(Objection).where(
            Objection.request_id == request_id,
            Objection.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value,
        )
    )
    return {objection_topic(o.purpose): o.outcome_reason for o in rows}


def topic_recorded(session: Session, request: DataSubjectRequest, topic: str) -> bool:
    """Whether the record a text of `topic` explains exists (a text never stands alone)."""
    if topic == Topic.EXTENSION.value:
        # An extension recorded before notices were kept has its reason alone.
        notice = session.get(ExtensionNoticeRow, request.id)
        return notice is not None or bool(request.extended_due and request.extension_reason)
    if topic in (Topic.REFUSAL.value, Topic.REFUSAL_ASSESSMENT.value):
        refused = request.status == RequestStatus.REFUSED.value
        return refused and bool(
            request.refusal_reason if topic == Topic.REFUSAL.value else request.assessment
        )
    if topic.startswith(objection_topic("")):
        return topic in decided_objection_topics(session, request.id)
    if topic == Topic.RESTRICTION_LIFT.value:
        return (
            session.scalar(
                select(RequestRestrictionRow.id).where(
                    RequestRestrictionRow.request_id == request.id,
                    RequestRestrictionRow.lift_on.is_not(None),
                    RequestRestrictionRow.lifted_at.is_(None),
                )
            )
            is not None
        )
    return (
        session.scalar(
            select(RequestFindingRow.id).where(
                RequestFindingRow.request_id == request.id, RequestFindingRow.kind == topic
            )
        )
        is not None
    )


def _recorded_before_languages(session: Session, request: DataSubjectRequest, topic: str) -> str:
    """The reason a topic's record holds from before texts were kept per language ("" when
    the topic already has a text in some language, or the record holds none)."""
    if any(t == topic for t, _ in texts_of(session, request.id)):
        return ""
    legacy = {
        Topic.EXTENSION.value: request.extension_reason,
        Topic.REFUSAL.value: request.refusal_reason,
        Topic.REFUSAL_ASSESSMENT.value: request.assessment,
        **decided_objection_topics(session, request.id),
    }
    return legacy.get(topic) or ""


class RequestEvidenceService(RestrictionDesk):
    """Restrictions (RestrictionDesk), a rectification's findings and the letters' texts."""

    def record_already_correct(
        self, actor: Actor, request_id: int, statement: str, language: str | None = None
    ) -> FindingRecord:
        """The data were already correct: `statement` says what was checked (in `language`,
        default the letters'). The rectification letter then tells it, as a partial refusal."""
        return self._finding(
            actor, request_id, Topic.ALREADY_CORRECT.value, "", statement, language
        )

    def decline_change(
        self,
        actor: Actor,
        request_id: int,
        ground: str,
        reason: str,
        language: str | None = None,
    ) -> FindingRecord:
        """A requested change was not made: its ground (DeclineGround) and the sentence that
        says which change and why; the letter gives the reasons and the remedies."""
        code = choice(ground, DeclineGround, "ground")
        return self._finding(actor, request_id, Topic.CHANGE_DECLINED.value, code, reason, language)

    def findings(self, actor: Actor, request_id: int) -> tuple[FindingRecord, ...]:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            load_request(session, request_id)
            return findings_of(session, request_id)

    def put_text(
        self, actor: Actor, request_id: int, topic: str, language: str, text: str
    ) -> StatementRecord:
        """The text of a recorded extension, lift notice or finding in another (or the same)
        letter language, so that a letter in that language can be issued."""
        code = choice(topic, Topic, "topic")
        lang = check_language(language)
        statement = clean_statement(text, "text")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.text") as (session, user):
            request = load_request(session, request_id)
            if not topic_recorded(session, request, code):
                raise BusinessRuleError("text_topic_unrecorded", topic=code)
            now = self.clock()
            earlier = _recorded_before_languages(session, request, code)
            if earlier:
                # Its words were the letters' language's: writing another keeps them so.
                home = letter_language(session, request)
                put_text(session, request.id, code, home, earlier, user.id, now)
            put_text(session, request.id, code, lang, statement, user.id, now)
            self._touch(request)
            self._log(session, user.id, "request.text", request.id, f"{code}:{lang}")
            return StatementRecord(code, lang, statement, now)

    def texts(self, actor: Actor, request_id: int) -> tuple[StatementRecord, ...]:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.view", write=False) as (session, _):
            load_request(session, request_id)
            rows = session.scalars(
                select(RequestTextRow)
                .where(RequestTextRow.request_id == request_id)
                .order_by(RequestTextRow.topic, RequestTextRow.language)
            )
            return tuple(StatementRecord(r.topic, r.language, r.text, r.recorded_at) for r in rows)

    def _finding(
        self,
        actor: Actor,
        request_id: int,
        kind: str,
        ground: str,
        text: str,
        language: str | None,
    ) -> FindingRecord:
        statement = clean_statement(text, "reason")
        if language is not None:
            check_language(language)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.rectification_finding") as (
            session,
            user,
        ):
            request, _customer = request_for_action(
                session, request_id, (RequestType.RECTIFICATION.value,)
            )
            lang = language or letter_language(session, request)
            now = self.clock()
            row = session.scalars(
                select(RequestFindingRow).where(
                    RequestFindingRow.request_id == request.id, RequestFindingRow.kind == kind
                )
            ).first()
            if row is None:
                row = RequestFindingRow(request_id=request.id, kind=kind)
                session.add(row)
            row.ground = ground
            row.recorded_by = user.id
            row.recorded_at = now
            # A new statement makes the other language's version stale.
            drop_texts(session, request.id, kind)
            session.flush()
            put_text(session, request.id, kind, lang, statement, user.id, now)
            detail = f"{kind}:{ground}" if ground else kind
            self._log(session, user.id, "request.rectification_finding", request.id, detail)
            return FindingRecord(kind, ground, now)


__all__ = [
    "FINDING_KINDS",
    "FindingRecord",
    "RequestEvidenceService",
    "StatementRecord",
    "findings_of",
]
