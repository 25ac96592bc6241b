"""Requests about the erased person that were never linked to them: found by the email, phone
or name the requester gave or wrote, so that an erasure leaves none of them behind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from l4d_desktop.core.store.models import Customer, DataSubjectRequest
from l4d_desktop.core.text import fold

# A phone number as people write it: digits with spaces, dashes, dots, slashes or brackets.
_NUMBER = re.compile(r"\+?\d[\d\s\-./()]*\d")
# The last digits of a phone name it whatever the prefix (+358 40…, 040…, 358 40…).
PHONE_TAIL = 8


@dataclass(frozen=True)
class MatchedRequest:
    request_id: int
    type: str
    matched: tuple[str, ...]  # what named the person: "email", "phone", "name"


def _phone_tail(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[-PHONE_TAIL:] if len(digits) >= PHONE_TAIL else ""


def _has_phone(text: str, tail: str) -> bool:
    return any(re.sub(r"\D", "", m.group()).endswith(tail) for m in _NUMBER.finditer(text))


def _matches(customer: Customer, name: str, contact: str, text: str) -> tuple[str, ...]:
    words = fold(f"{name}\n{contact}\n{text}")
    found: list[str] = []
    email = fold(customer.email.strip())
    if email and email in words:
        found.append("email")
    tail = _phone_tail(customer.phone)
    if tail and _has_phone(f"{contact}\n{text}", tail):
        found.append("phone")
    full_name = " ".join(fold(customer.name).split())
    given = " ".join(fold(name).split())
    # The whole name: a first name alone would catch other people's requests.
    if full_name and (
        given == full_name or (" " in full_name and full_name in " ".join(words.split()))
    ):
        found.append("name")
    return tuple(found)


def unlinked_requests(session: Session, customer: Customer) -> list[MatchedRequest]:
    """The requests linked to nobody, not yet anonymised, whose requester's name, contact or
    text names `customer` by email, phone or whole name; in id order."""
    rows = session.execute(
        select(
            DataSubjectRequest.id,
            DataSubjectRequest.type,
            DataSubjectRequest.requester_name,
            DataSubjectRequest.requester_contact,
            DataSubjectRequest.requester_text,
        )
        .where(
            DataSubjectRequest.customer_id.is_(None),
            or_(DataSubjectRequest.subject_ref.is_(None), DataSubjectRequest.subject_ref == ""),
        )
        .order_by(DataSubjectRequest.id)
    )
    out: list[MatchedRequest] = []
    for request_id, kind, name, contact, text in rows:
        matched = _matches(customer, name or "", contact or "", text or "")
        if matched:
            out.append(MatchedRequest(request_id, kind, matched))
    return out


__all__ = ["PHONE_TAIL", "MatchedRequest", "unlinked_requests"]
