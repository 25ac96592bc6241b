"""Data subject requests: intake with the three dates, the identity check, pauses, extension,
the status workflow to closure, the repeat flag, listing by due date and each request's timeline.

Every change is one transaction with its audit entry (ids and codes only). A dialog may pass the
version it loaded (`version=`); a newer row raises ConflictError. Intake is in requests/intake.py,
reading in requests/listing.py, the steps they share in requests/desk.py; this module holds the
workflow from the identity check to closure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.desk import check_handler
from l4d_desktop.core.requests.extension import clean_extension, record_extension
from l4d_desktop.core.requests.intake import RequestInput, RequestIntake
from l4d_desktop.core.requests.listing import RequestListing
from l4d_desktop.core.requests.pause_texts import pause_topic
from l4d_desktop.core.requests.records import (
    CLOSED_STATUS_VALUES,
    OPEN_STATUS_VALUES,
    PauseRecord,
    RequestDetail,
    RequestRecord,
    RequestSummary,
    requests_of,
)
from l4d_desktop.core.requests.statements import (
    Topic,
    check_language,
    drop_texts,
    letter_language,
    put_text,
    texts_of,
)
from l4d_desktop.core.requests.timeline import TimelineEntry, pause_code
from l4d_desktop.core.requests.workflow import (
    NOTE_MAX,
    check_close,
    check_move,
    clean_reason,
    end_pause,
    find_repeat,
    identity_method,
    open_pause,
    optional_text,
)
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, RequestPause
from l4d_desktop.core.vocabulary import RequestStatus, Right

__all__ = [
    "PauseRecord",
    "RequestDetail",
    "RequestInput",
    "RequestRecord",
    "RequestService",
    "RequestSummary",
    "TimelineEntry",
    "requests_of",
]


class RequestService(RequestIntake, RequestListing):
    """Intake (RequestIntake), reading (RequestListing) and the workflow to closure."""

    def assign(
        self, actor: Actor, request_id: int, handler_id: int | None, *, version: int | None = None
    ) -> RequestRecord:
        """Assign the request to a handler (None: to nobody)."""
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.assign") as (session, user):
            req = self._open_request(session, request_id, version)
            check_handler(session, handler_id)
            req.handler_id = handler_id
            self._touch(req)
            code = f"user:{handler_id}" if handler_id is not None else "none"
            self._log(session, user.id, "request.assign", req.id, code)
            return self._read(session, req.id)

    def identify(
        self,
        actor: Actor,
        request_id: int,
        customer_id: int | None,
        method: str,
        note: str = "",
        *,
        version: int | None = None,
    ) -> RequestRecord:
        """Record how the requester was matched to the data held (by whom, when), link the
        customer (None keeps the one linked at intake) and move the request to in_progress.
        `method` is an IdentityMethod; an ID document is `id_document_seen` (seen, not stored)."""
        method = identity_method(method)
        clean_note = optional_text(note, "note", NOTE_MAX)
        if method == "other" and not clean_note:
            raise ValidationError("note", "required")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.identify") as (session, user):
            req = self._open_request(session, request_id, version)
            target = customer_id if customer_id is not None else req.customer_id
            if target is None:
                raise ValidationError("customer", "required")
            if session.get(Customer, target) is None:
                raise ValidationError("customer", "not_found")
            now = self.clock()
            if req.customer_id != target or req.repeat_of is None:
                req.customer_id = target
                session.flush()
                req.repeat_of = find_repeat(session, req, self._repeat_days(session))
            req.identity_method = method
            req.identity_note = clean_note
            req.identified_by = user.id
            req.identified_at = now
            self._touch(req)
            self._log(session, user.id, "request.identify", req.id, method)
            if req.status != RequestStatus.IN_PROGRESS.value:
                self._move(session, user.id, req, RequestStatus.IN_PROGRESS.value)
            return self._read(session, req.id)

    def start_identity_check(
        self, actor: Actor, request_id: int, *, version: int | None = None
    ) -> RequestRecord:
        """Reasonable doubt about who asks: more information is being asked for."""
        return self.set_status(
            actor, request_id, RequestStatus.IDENTITY_CHECK.value, version=version
        )

    def start_work(
        self, actor: Actor, request_id: int, *, version: int | None = None
    ) -> RequestRecord:
        return self.set_status(actor, request_id, RequestStatus.IN_PROGRESS.value, version=version)

    def set_status(
        self, actor: Actor, request_id: int, status: str, *, version: int | None = None
    ) -> RequestRecord:
        """Move an open request to another open status; a closing status goes through close()
        with no reason (so a refusal is refused here: it needs reasons and a basis)."""
        if status in CLOSED_STATUS_VALUES:
            return self.close(actor, request_id, status, version=version)
        if status not in OPEN_STATUS_VALUES:
            raise ValidationError("status", "choice_invalid")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.status") as (session, user):
            req = self._open_request(session, request_id, version)
            check_move(req, status)
            self._move(session, user.id, req, status)
            return self._read(session, req.id)

    def pause(
        self,
        actor: Actor,
        request_id: int,
        reason: str,
        *,
        version: int | None = None,
        language: str | None = None,
    ) -> RequestRecord:
        """Waiting for the requester (e.g. the identification asked for). No date moves. The
        reason is in `language` (default: the request's letters'): the access copy prints it."""
        clean = clean_reason(reason)
        if language is not None:
            check_language(language)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.pause") as (session, user):
            req = self._open_request(session, request_id, version)
            if open_pause(session, req.id) is not None:
                raise BusinessRuleError("already_paused")
            pause = RequestPause(
                request_id=req.id, reason=clean, started_at=self.clock(), started_by=user.id
            )
            session.add(pause)
            session.flush()
            lang = language or letter_language(session, req)
            put_text(session, req.id, pause_topic(pause.id), lang, clean, user.id, self.clock())
            self._touch(req)
            self._log(session, user.id, "request.pause", req.id, pause_code(pause.id))
            return self._read(session, req.id)

    def put_pause_reason(
        self, actor: Actor, request_id: int, pause_id: int, reason: str, language: str
    ) -> RequestRecord:
        """The reason the request waited, written in another letter language, so that an
        access copy in that language can print it. A closed request's pause takes it too: a
        later access request's copy lists it."""
        clean = clean_reason(reason)
        lang = check_language(language)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.text") as (session, user):
            req = session.get(DataSubjectRequest, request_id)
            pause = session.get(RequestPause, pause_id)
            if req is None or pause is None or pause.request_id != request_id:
                raise NotFoundError("pause")
            topic, now = pause_topic(pause_id), self.clock()
            if pause.reason and not any(t == topic for t, _ in texts_of(session, req.id)):
                # Recorded before reasons were kept per language: its words are the letters'.
                home = letter_language(session, req)
                put_text(session, req.id, topic, home, pause.reason, user.id, now)
            put_text(session, req.id, topic, lang, clean, user.id, now)
            self._touch(req)
            self._log(session, user.id, "request.text", request_id, f"{topic}:{lang}")
            return self._read(session, request_id)

    def resume(
        self, actor: Actor, request_id: int, reason: str = "", *, version: int | None = None
    ) -> RequestRecord:
        clean = optional_text(reason, "reason")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.resume") as (session, user):
            req = self._open_request(session, request_id, version)
            pause = open_pause(session, req.id)
            if pause is None:
                raise BusinessRuleError("not_paused")
            end_pause(pause, user.id, self.clock(), clean)
            self._touch(req)
            self._log(session, user.id, "request.resume", req.id, pause_code(pause.id))
            return self._read(session, req.id)

    def extend(
        self,
        actor: Actor,
        request_id: int,
        notice_date: dt.date | str | None,
        reason: str,
        *,
        grounds: Sequence[str] = (),
        notice_channel: str | None = None,
        language: str | None = None,
        version: int | None = None,
    ) -> RequestRecord:
        """Art. 12(3) extension with its grounds (ExtensionGround) and reasons of at least a
        sentence in `language` (default: the letters' language). Without `notice_channel` the
        extension letter is the notice (notice_date None or today), dated the day it leaves;
        with it, an earlier notice given on `notice_date`, which the letter then confirms.
        Either must be by the statutory date; due becomes the latest extended date. Once only;
        never for a withdrawal or an objection's direct-marketing part (they act at once)."""
        today = office_today(self.clock())
        data = clean_extension(grounds, reason, notice_date, notice_channel, today)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.extend") as (session, user):
            req = self._open_request(session, request_id, version)
            lang = letter_language(session, req) if language is None else check_language(language)
            now = self.clock()
            extended = record_extension(session, req, data, lang, user.id, now, today)
            self._touch(req)
            self._log(session, user.id, "request.extend", req.id, f"due:{extended.isoformat()}")
            return self._read(session, req.id)

    def close(
        self,
        actor: Actor,
        request_id: int,
        outcome: str,
        reason: str = "",
        basis: str | None = None,
        assessment: str = "",
        *,
        language: str | None = None,
        version: int | None = None,
    ) -> RequestRecord:
        """Close as completed, refused or withdrawn. A refusal needs reasons and a RefusalBasis,
        and "manifestly unfounded" or "excessive" a written assessment as well, written in
        `language` (default: the letters'); an erasure request is completed only after its
        erasure has run. An open pause ends with it."""
        clean = optional_text(reason, "reason")
        clean_assessment = optional_text(assessment, "assessment", 20000)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.close") as (session, user):
            req = self._open_request(session, request_id, version)
            refusal = check_close(req, outcome, clean, basis, clean_assessment)
            lang = letter_language(session, req) if language is None else check_language(language)
            now = self.clock()
            pause = open_pause(session, req.id)
            if pause is not None:
                end_pause(pause, user.id, now)
                self._log(session, user.id, "request.resume", req.id, pause_code(pause.id))
            req.status = outcome
            req.closed_at = now
            req.closed_by = user.id
            req.refusal_basis = refusal
            req.refusal_reason = clean
            req.assessment = clean_assessment
            # The refusal letter prints these in its own language only (request texts).
            for topic, text in (
                (Topic.REFUSAL, clean),
                (Topic.REFUSAL_ASSESSMENT, clean_assessment),
            ):
                drop_texts(session, req.id, topic.value)
                if refusal is not None and text:
                    put_text(session, req.id, topic.value, lang, text, user.id, now)
            self._touch(req)
            code = outcome if refusal is None else f"{outcome}:{refusal}"
            self._log(session, user.id, "request.close", req.id, code)
            return self._read(session, req.id)
