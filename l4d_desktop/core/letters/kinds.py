"""The kinds of letter, by the identifiers the command line and the archive use."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    RECEIPT = "receipt"  # the request has arrived; the date it will be answered by
    IDENTIFICATION = "identification"  # please tell us more to confirm who you are
    EXTENSION = "extension"  # the answer takes longer: reasons and the new date
    ACCESS = "access"  # Art. 15: the full access response
    PORTABILITY = "portability"  # Art. 20: cover letter of the machine-readable copy
    RECTIFICATION = "rectification"  # Art. 16: corrected
    ERASURE = "erasure"  # Art. 17: erased, or partly refused (what was kept, why, until when)
    RESTRICTION = "restriction"  # Art. 18: restricted
    RESTRICTION_LIFTED = "restriction-lifted"  # Art. 18(3): told before the lift
    OBJECTION = "objection"  # Art. 21: how the objection was handled
    WITHDRAWAL = "withdrawal"  # Art. 7(3): consent withdrawn
    REFUSAL = "refusal"  # Art. 12(4): refused, with reasons and remedies
    NO_DATA = "no-data"  # Art. 15(1): after a recorded search, no data (or only kept invoices)


# The kinds that answer a request of one type; the others (receipt, identification, extension,
# refusal) go with a request of any type.
KIND_FOR_TYPE: dict[str, LetterKind] = {
    "access": LetterKind.ACCESS,
    "portability": LetterKind.PORTABILITY,
    "rectification": LetterKind.RECTIFICATION,
    "erasure": LetterKind.ERASURE,
    "restriction": LetterKind.RESTRICTION,
    "objection": LetterKind.OBJECTION,
    "withdrawal": LetterKind.WITHDRAWAL,
}
