"""Recording what an access answer says beyond the register: the systems searched, the
requester's questions and answers, the copy's delivery, kept invoices matched to the requester.
One transaction per action, audited against the request (ids and codes only)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.disclosure.answer_records import (
    AnswerRecords,
    DeliveryChannel,
    SearchSystem,
    answer_records,
    check_open,
    checked_choice,
    checked_search_day,
    clean_answer_text,
    kept_invoice,
)
from l4d_desktop.core.disclosure.answer_texts import (
    DELIVERY_TOPIC,
    answer_topic,
    keep_answer_text,
    search_topic,
    text_language,
)
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.requests.desk import audit_request
from l4d_desktop.core.requests.gate import check_type, load_request
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import (
    Invoice,
    RequestDelivery,
    RequestKeptInvoice,
    RequestQuestion,
    RequestSearch,
)
from l4d_desktop.core.text import fold
from l4d_desktop.core.vocabulary import Right

# Searches, questions and kept invoices belong to the access answer; a portability answer
# also sends a copy, so it has a delivery too.
ANSWER_TYPES = frozenset({"access"})
DELIVERY_TYPES = frozenset({"access", "portability"})


class AccessAnswerService(Service):
    def records(self, actor: Actor, request_id: int) -> AnswerRecords:
        with self._unit(actor, Right.REQUESTS_VIEW, "request.answer_records", write=False) as (
            session,
            _,
        ):
            check_type(load_request(session, request_id), DELIVERY_TYPES)
            return answer_records(session, request_id)

    def add_search(
        self,
        actor: Actor,
        request_id: int,
        system: str,
        found: bool,
        result: str,
        searched_on: dt.date | None = None,
        language: str | None = None,
    ) -> AnswerRecords:
        """A filing system searched on `searched_on` (today when not given) and what was found:
        found needs the words for what; nothing found may say where exactly was looked. The
        words are in `language` (default: the request's letters')."""
        checked_choice(system, SearchSystem, "system")
        text = clean_answer_text(result, "result", required=found)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.search") as (session, user):
            request = load_request(session, request_id)
            check_type(request, ANSWER_TYPES)
            check_open(request)
            today = office_today(self.clock())
            day = checked_search_day(searched_on or today, request, today)
            lang = text_language(session, request, language)
            row = RequestSearch(
                request_id=request.id,
                system=system,
                found=found,
                result=text,
                searched_on=day,
                recorded_by=user.id,
                recorded_at=self.clock(),
            )
            session.add(row)
            session.flush()
            topic = search_topic(row.id)
            keep_answer_text(session, request, topic, lang, text, user.id, self.clock())
            audit_request(self.audit, session, user.id, "request.search", request.id, system)
            return answer_records(session, request.id)

    def remove_search(self, actor: Actor, request_id: int, search_id: int) -> AnswerRecords:
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.search_removed") as (
            session,
            user,
        ):
            request = load_request(session, request_id)
            check_open(request)
            row = session.get(RequestSearch, search_id)
            if row is None or row.request_id != request.id:
                raise NotFoundError("search")
            session.delete(row)
            keep_answer_text(
                session, request, search_topic(search_id), "", "", user.id, self.clock()
            )
            audit_request(
                self.audit,
                session,
                user.id,
                "request.search_removed",
                request.id,
                f"search:{search_id}",
            )
            return answer_records(session, request.id)

    def put_search_result(
        self, actor: Actor, request_id: int, search_id: int, result: str, language: str
    ) -> AnswerRecords:
        """What a recorded search found, in another letter language."""
        text = clean_answer_text(result, "result", required=True)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.search") as (session, user):
            request = load_request(session, request_id)
            check_open(request)
            row = session.get(RequestSearch, search_id)
            if row is None or row.request_id != request.id:
                raise NotFoundError("search")
            lang = text_language(session, request, language)
            topic = search_topic(search_id)
            keep_answer_text(session, request, topic, lang, text, user.id, self.clock())
            detail = f"search:{search_id}"
            audit_request(self.audit, session, user.id, "request.search", request.id, detail)
            return answer_records(session, request.id)

    def add_question(
        self,
        actor: Actor,
        request_id: int,
        question: str,
        answer: str = "",
        language: str | None = None,
    ) -> AnswerRecords:
        """A question the requester asked in so many words; the answer (in `language`, default
        the request's letters') may follow later."""
        q = clean_answer_text(question, "question", required=True)
        a = clean_answer_text(answer, "answer", required=False)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.question") as (session, user):
            request = load_request(session, request_id)
            check_type(request, ANSWER_TYPES)
            check_open(request)
            row = RequestQuestion(
                request_id=request.id,
                question=q,
                answer=a,
                recorded_by=user.id,
                recorded_at=self.clock(),
            )
            session.add(row)
            session.flush()
            lang = text_language(session, request, language)
            topic = answer_topic(row.id)
            keep_answer_text(session, request, topic, lang, a, user.id, self.clock())
            detail = f"question:{row.id}"
            audit_request(self.audit, session, user.id, "request.question", request.id, detail)
            return answer_records(session, request.id)

    def answer_question(
        self,
        actor: Actor,
        request_id: int,
        question_id: int,
        answer: str,
        language: str | None = None,
    ) -> AnswerRecords:
        """The answer in `language` (default: the request's letters'); other languages' answers
        stay until they are written again."""
        a = clean_answer_text(answer, "answer", required=True)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.question_answered") as (
            session,
            user,
        ):
            request = load_request(session, request_id)
            check_open(request)
            row = session.get(RequestQuestion, question_id)
            if row is None or row.request_id != request.id:
                raise NotFoundError("question")
            row.answer = a
            lang = text_language(session, request, language)
            topic = answer_topic(question_id)
            keep_answer_text(session, request, topic, lang, a, user.id, self.clock())
            audit_request(
                self.audit,
                session,
                user.id,
                "request.question_answered",
                request.id,
                f"question:{question_id}",
            )
            return answer_records(session, request.id)

    def set_delivery(
        self,
        actor: Actor,
        request_id: int,
        channel: str,
        detail: str = "",
        language: str | None = None,
    ) -> AnswerRecords:
        """How the electronic copy reaches the person; replaces what was recorded before. The
        detail is in `language` (default: the request's letters'); none forgets every one."""
        checked_choice(channel, DeliveryChannel, "channel")
        text = clean_answer_text(detail, "detail", required=False)
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.delivery") as (session, user):
            request = load_request(session, request_id)
            check_type(request, DELIVERY_TYPES)
            check_open(request)
            row = session.get(RequestDelivery, request.id)
            if row is None:
                row = RequestDelivery(request_id=request.id)
                session.add(row)
            row.channel = channel
            row.detail = text
            row.recorded_by = user.id
            row.recorded_at = self.clock()
            lang = text_language(session, request, language)
            keep_answer_text(session, request, DELIVERY_TOPIC, lang, text, user.id, self.clock())
            audit_request(self.audit, session, user.id, "request.delivery", request.id, channel)
            return answer_records(session, request.id)

    def kept_invoice_candidates(self, actor: Actor, request_id: int) -> tuple[str, ...]:
        """The numbers of invoices kept after an erasure whose buyer bears the requester's name
        (case and accents as typed aside): for the handler to check and match, never matched
        by the program itself, as two people may share a name."""
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, "request.kept_invoice_candidates", write=False) as (
            session,
            _,
        ):
            request = load_request(session, request_id)
            check_type(request, ANSWER_TYPES)
            if request.customer_id is not None or not request.requester_name.strip():
                return ()
            name = fold(" ".join(request.requester_name.split()))
            kept = session.execute(
                select(Invoice.invoice_number, Invoice.buyer_name)
                .where(Invoice.customer_id.is_(None), Invoice.kept_until.is_not(None))
                .order_by(Invoice.invoice_date, Invoice.id)
            )
            return tuple(n for n, buyer in kept if fold(" ".join(buyer.split())) == name)

    def add_kept_invoice(self, actor: Actor, request_id: int, number: str) -> AnswerRecords:
        """An invoice kept after an erasure, matched by the handler to a requester of whom
        nothing else is held: the answer then tells the person about it."""
        if not number.strip():
            raise ValidationError("invoice", "required")
        with self._unit(actor, Right.REQUESTS_HANDLE, "request.kept_invoice") as (session, user):
            request = load_request(session, request_id)
            check_type(request, ANSWER_TYPES)
            check_open(request)
            if request.customer_id is not None:
                raise BusinessRuleError("kept_invoice_has_customer")
            invoice = kept_invoice(session, number)
            linked = session.scalar(
                select(RequestKeptInvoice.id).where(
                    RequestKeptInvoice.request_id == request.id,
                    RequestKeptInvoice.invoice_id == invoice.id,
                )
            )
            if linked is None:
                session.add(
                    RequestKeptInvoice(
                        request_id=request.id,
                        invoice_id=invoice.id,
                        recorded_by=user.id,
                        recorded_at=self.clock(),
                    )
                )
                audit_request(
                    self.audit,
                    session,
                    user.id,
                    "request.kept_invoice",
                    request.id,
                    f"invoice:{invoice.id}",
                )
            return answer_records(session, request.id)
