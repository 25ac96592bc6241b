"""The records an access answer is written from beyond the register itself (EDPB 01/2022): which
filing systems were searched and what was found, the requester's own questions and the answers,
how the electronic copy is delivered, and kept invoices matched to a requester of whom nothing
else is held. A letter prints only what is recorded here; the reading and the scrubbing after
an erasure are functions for other services' transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
    Invoice,
    RequestDelivery,
    RequestKeptInvoice,
    RequestQuestion,
    RequestSearch,
)
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import OPEN_STATUSES

TEXT_MAX = 4000


class SearchSystem(StrEnum):
    """Filing systems beside the register where the person's data may be (LEGAL.md)."""

    EMAIL = "email"  # mailboxes and correspondence
    ACCOUNTING = "accounting"  # the accounting firm (a processor) and its books
    PAPER = "paper"  # paper files
    OTHER = "other"  # another system, named in the result


class DeliveryChannel(StrEnum):
    """How the electronic copy of the data reaches the person (Art. 15(3))."""

    WITH_LETTER = "with_letter"  # enclosed with the letter (the bundle)
    ENCRYPTED_EMAIL = "encrypted_email"
    SECURE_LINK = "secure_link"  # a download link that expires
    POST = "post"  # on a memory stick by post
    IN_PERSON = "in_person"


@dataclass(frozen=True)
class SearchRecord:
    id: int
    system: str  # SearchSystem
    found: bool
    result: str  # what was found, or where exactly was looked
    searched_on: dt.date


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    question: str
    answer: str  # "" while unanswered


@dataclass(frozen=True)
class DeliveryRecord:
    channel: str  # DeliveryChannel
    detail: str  # e.g. the address the link goes to


@dataclass(frozen=True)
class KeptInvoiceRecord:
    """A voucher kept after an erasure (the Accounting Act), as the voucher holds it."""

    invoice_number: str
    invoice_date: dt.date
    amount_cents: int
    buyer_name: str
    billing_address: str
    kept_until: dt.date | None


@dataclass(frozen=True)
class AnswerRecords:
    searches: tuple[SearchRecord, ...] = ()
    questions: tuple[QuestionRecord, ...] = ()
    delivery: DeliveryRecord | None = None
    kept_invoices: tuple[KeptInvoiceRecord, ...] = ()

    @property
    def unanswered(self) -> int:
        return sum(1 for q in self.questions if not q.answer)


def answer_records(session: Session, request_id: int) -> AnswerRecords:
    """What is recorded for the request, in the order it was recorded."""
    searches = session.scalars(
        select(RequestSearch)
        .where(RequestSearch.request_id == request_id)
        .order_by(RequestSearch.searched_on, RequestSearch.id)
    )
    questions = session.scalars(
        select(RequestQuestion)
        .where(RequestQuestion.request_id == request_id)
        .order_by(RequestQuestion.id)
    )
    delivery = session.get(RequestDelivery, request_id)
    kept = session.scalars(
        select(Invoice)
        .join(RequestKeptInvoice, RequestKeptInvoice.invoice_id == Invoice.id)
        .where(RequestKeptInvoice.request_id == request_id)
        .order_by(Invoice.invoice_date, Invoice.id)
    )
    return AnswerRecords(
        searches=tuple(
            SearchRecord(s.id, s.system, s.found, s.result, s.searched_on) for s in searches
        ),
        questions=tuple(QuestionRecord(q.id, q.question, q.answer) for q in questions),
        delivery=DeliveryRecord(delivery.channel, delivery.detail) if delivery else None,
        kept_invoices=tuple(
            KeptInvoiceRecord(
                i.invoice_number,
                i.invoice_date,
                i.amount_cents,
                i.buyer_name,
                i.billing_address,
                i.kept_until,
            )
            for i in kept
        ),
    )


def has_searches(session: Session, request_id: int) -> bool:
    found = session.scalar(
        select(RequestSearch.id).where(RequestSearch.request_id == request_id).limit(1)
    )
    return found is not None


def forget_answer_records(session: Session, request_ids: Sequence[int | None]) -> None:
    """An erasure takes the free text recorded for the person's requests with it."""
    ids = [i for i in request_ids if i is not None]
    if not ids:
        return
    for model in (RequestSearch, RequestQuestion, RequestDelivery, RequestKeptInvoice):
        session.execute(delete(model).where(model.request_id.in_(ids)))


# -- checks the service applies -------------------------------------------------------------


def check_open(request: DataSubjectRequest) -> None:
    if request.status not in {s.value for s in OPEN_STATUSES}:
        raise BusinessRuleError("request_closed")


def clean_answer_text(value: str, field: str, required: bool) -> str:
    return clean_text(value, field, max_length=TEXT_MAX, required=required, multiline=True)


def checked_choice(value: str, choices: type[StrEnum], field: str) -> str:
    if value not in {c.value for c in choices}:
        raise ValidationError(field, "choice_invalid")
    return value


def checked_search_day(day: dt.date, request: DataSubjectRequest, today: dt.date) -> dt.date:
    if day > today:
        raise ValidationError("searched_on", "date_in_future")
    if day < request.received_on:
        raise ValidationError("searched_on", "date_before_received")
    return day


def kept_invoice(session: Session, number: str) -> Invoice:
    """An invoice kept after its customer's erasure, by its number."""
    invoice = session.scalar(select(Invoice).where(Invoice.invoice_number == number.strip()))
    if invoice is None or invoice.customer_id is not None or invoice.kept_until is None:
        raise ValidationError("invoice", "invoice_not_kept")
    return invoice
