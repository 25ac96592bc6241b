"""The lists a handler chooses a ground from before writing the sentence that explains it, so
that every reason a letter prints names what the law allows (LEGAL.md, "Letters as evidence")."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from l4d_desktop.core.errors import ValidationError


class ExtensionGround(StrEnum):
    """Art. 12(3): "taking into account the complexity and number of the requests"."""

    COMPLEXITY = "complexity"
    NUMBER_OF_REQUESTS = "number_of_requests"


class RestrictionGround(StrEnum):
    """Art. 18(1), by the letter of its point."""

    ACCURACY_CONTESTED = "a"  # for the time needed to verify the accuracy
    UNLAWFUL_PROCESSING = "b"  # the person asks for restriction instead of erasure
    LEGAL_CLAIMS = "c"  # no longer needed by us, but by the person for legal claims
    OBJECTION_PENDING = "d"  # an Art. 21(1) objection until it is decided


class LiftReason(StrEnum):
    """Why a restriction ends, as the lift notice states it (Art. 18(3))."""

    ACCURACY_VERIFIED = "accuracy_verified"  # we checked the data: they are correct
    DATA_RECTIFIED = "data_rectified"  # the data were corrected
    OBJECTION_DECIDED = "objection_decided"  # the objection has been decided
    CLAIMS_ENDED = "legal_claims_ended"  # the person no longer needs them for legal claims
    PERSON_ASKED = "person_asked"  # the person asked for the restriction to end


class DeclineGround(StrEnum):
    """Why a requested rectification was not made (a partial refusal, Art. 12(4))."""

    ACCURACY_NOT_SHOWN = "accuracy_not_shown"  # the held data are shown correct
    LEGAL_OBLIGATION = "legal_obligation"  # a record the law keeps as it was (e.g. an invoice)
    NOT_PERSONAL_DATA = "not_personal_data"  # an opinion or assessment, not data about them


# Which lift reasons can end a restriction of each ground.
LIFT_REASONS: dict[str, frozenset[str]] = {
    RestrictionGround.ACCURACY_CONTESTED.value: frozenset(
        {LiftReason.ACCURACY_VERIFIED, LiftReason.DATA_RECTIFIED, LiftReason.PERSON_ASKED}
    ),
    RestrictionGround.UNLAWFUL_PROCESSING.value: frozenset({LiftReason.PERSON_ASKED}),
    RestrictionGround.LEGAL_CLAIMS.value: frozenset(
        {LiftReason.CLAIMS_ENDED, LiftReason.PERSON_ASKED}
    ),
    RestrictionGround.OBJECTION_PENDING.value: frozenset(
        {LiftReason.OBJECTION_DECIDED, LiftReason.PERSON_ASKED}
    ),
}


def choice(value: str | None, allowed: type[StrEnum], field: str) -> str:
    """One code of `allowed`; empty is `required`, anything else `choice_invalid`."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "required")
    try:
        return allowed(text).value
    except ValueError:
        raise ValidationError(field, "choice_invalid") from None


def choices(values: Iterable[str], allowed: type[StrEnum], field: str) -> tuple[str, ...]:
    """At least one code of `allowed`, each once, in the list's order."""
    codes = [choice(v, allowed, field) for v in values if (v or "").strip()]
    if not codes:
        raise ValidationError(field, "required")
    order = [g.value for g in allowed]
    return tuple(sorted(set(codes), key=order.index))
