"""What a request's handler does next, as a code the window puts in words: from its state,
its type, the letters that have left and, for an erasure, whether the erasure has run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.requests.records import RequestRecord
from l4d_desktop.core.vocabulary import RequestStatus, RequestType

# The step an identified, open request of each type is in until it is closed.
_WORK: dict[str, str] = {
    RequestType.ACCESS: "answer_access",
    RequestType.PORTABILITY: "answer_access",
    RequestType.RECTIFICATION: "rectify",
    RequestType.ERASURE: "erase",
    RequestType.RESTRICTION: "restrict",
    RequestType.OBJECTION: "record_objection",
    RequestType.WITHDRAWAL: "record_withdrawal",
}


def next_step(
    record: RequestRecord,
    erased_at: dt.datetime | None = None,
    letters_sent: Collection[str] = (),
) -> str:
    """One of: closed, print_refusal, waiting, start_check, record_identity, answer_access,
    rectify, erase, close_erased, restrict, record_objection, record_withdrawal, answer.
    `letters_sent` are the kinds of the letters that have left for the request."""
    if not record.is_open:
        # A refusal is told to the person with its reasons and remedies (Art. 12(4)).
        if record.status == RequestStatus.REFUSED and LetterKind.REFUSAL not in letters_sent:
            return "print_refusal"
        return "closed"
    if record.paused:
        return "waiting"
    if record.status == RequestStatus.RECEIVED:
        return "start_check"
    if record.status == RequestStatus.IDENTITY_CHECK:
        return "record_identity"
    if record.type == RequestType.ERASURE and erased_at is not None:
        return "close_erased"
    return _WORK.get(record.type, "answer")


def needs_extension_thought(record: RequestRecord, barred: str = "") -> bool:
    """Open, not extended, due soon or overdue, and of a kind that can be extended (`barred`
    is the code why it cannot, RequestDetail.extension_barred): an extension may still be the
    answer. A pause moves no date, so a waiting request may need one too."""
    return (
        record.is_open
        and not barred
        and record.extended_due is None
        and record.urgency in ("due_soon", "overdue")
    )


__all__ = ["needs_extension_thought", "next_step"]
