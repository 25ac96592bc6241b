"""Which kinds of letter a request can have now, and the reason (an error code) when not."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import object_session

from l4d_desktop.core.erasure.plan import check_erasable
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE, LetterKind
from l4d_desktop.core.letters.no_data_rules import no_data_unavailable
from l4d_desktop.core.store.models import DataSubjectRequest, Objection
from l4d_desktop.core.vocabulary import RequestStatus

# Kinds that need no customer linked: they go to the requester as the request names them.
REQUESTER_KINDS = frozenset(
    {LetterKind.RECEIPT, LetterKind.IDENTIFICATION, LetterKind.EXTENSION, LetterKind.REFUSAL}
)
# Kinds written from the person's data, which go only to an identified person.
_IDENTIFIED_KINDS = frozenset({LetterKind.ACCESS, LetterKind.PORTABILITY, LetterKind.RECTIFICATION})
# Kinds sent with the machine-readable copy, whose files they list.
WITH_BUNDLE = frozenset({LetterKind.ACCESS, LetterKind.PORTABILITY})


@dataclass(frozen=True)
class KindChoice:
    kind: str
    available: bool
    reason: str  # an error code when not available, "" when available


def unavailable(kind: str, request: DataSubjectRequest) -> str:
    """Why `kind` cannot be written for the request now ("" when it can)."""
    if request.erased_at is not None:
        return "letter_after_erasure"
    if request.status == RequestStatus.REFUSED.value and kind not in REQUESTER_KINDS:
        # The refusal letter is the answer: no letter may say the request was carried out.
        return "letter_request_refused"
    if kind == LetterKind.NO_DATA:
        return no_data_unavailable(request)
    expected = KIND_FOR_TYPE.get(request.type)
    if kind not in REQUESTER_KINDS and kind != LetterKind.RESTRICTION_LIFTED and kind != expected:
        return "letter_kind_unavailable"
    if kind == LetterKind.RESTRICTION_LIFTED and request.type != "restriction":
        return "letter_kind_unavailable"
    if kind not in REQUESTER_KINDS and request.customer_id is None:
        return "letter_needs_customer"
    if kind in _IDENTIFIED_KINDS and request.identified_at is None:
        return "letter_needs_identity"
    if kind == LetterKind.IDENTIFICATION and request.identified_at is not None:
        # The letter says that what the request gave was not enough: no longer true.
        return "letter_identity_known"
    if kind == LetterKind.ERASURE:
        # Written from the plan, before the erasure runs, on the request the erasure needs.
        try:
            check_erasable(request)
        except BusinessRuleError as exc:
            return exc.code
    if kind == LetterKind.OBJECTION and not _objection_recorded(request):
        # The letter tells how each objection was handled: none is on record yet.
        return "letter_needs_objection"
    if kind == LetterKind.EXTENSION and request.extended_due is None:
        return "letter_needs_extension"
    if kind == LetterKind.REFUSAL and request.status != RequestStatus.REFUSED.value:
        return "letter_needs_refusal"
    return ""


def _objection_recorded(request: DataSubjectRequest) -> bool:
    session = object_session(request)
    if session is None:  # a request read outside a unit of work: nothing can be checked
        return False
    return bool(session.scalar(select(exists().where(Objection.request_id == request.id))))


def choices_for(request: DataSubjectRequest) -> tuple[KindChoice, ...]:
    """Every kind, and whether it can be written for the request now (and if not, why)."""
    return tuple(
        KindChoice(kind.value, not (why := unavailable(kind, request)), why) for kind in LetterKind
    )
