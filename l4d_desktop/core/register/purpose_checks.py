"""What the pääkäyttäjä types into a purpose of the processing register, checked before it is kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.register.processing import NAME_MAX, NOTE_MAX, LegalBasis
from l4d_desktop.core.text import clean_text


@dataclass(frozen=True)
class CleanPurpose:
    name_fi: str
    name_en: str
    legal_bases: str
    basis_note_fi: str
    basis_note_en: str
    basis_confirmed: bool
    categories_fi: str
    categories_en: str
    retention_fi: str
    retention_en: str


def clean_legal_bases(codes: Sequence[str]) -> tuple[str, ...]:
    """Known LegalBasis codes, each once, in the order given; at least one (Art. 6(1): no
    processing without a basis)."""
    known = {str(b) for b in LegalBasis}
    seen: list[str] = []
    for code in codes:
        code = str(code).strip()
        if code not in known:
            raise ValidationError("legal_bases", "legal_basis_unknown")
        if code not in seen:
            seen.append(code)
    if not seen:
        raise ValidationError("legal_bases", "legal_basis_required")
    return tuple(seen)


def _note(value: str, field: str) -> str:
    return clean_text(value, field, max_length=NOTE_MAX, multiline=True)


def clean_purpose(
    *,
    name_fi: str,
    name_en: str,
    legal_bases: Sequence[str],
    basis_note_fi: str,
    basis_note_en: str,
    basis_confirmed: bool,
    categories_fi: str,
    categories_en: str,
    retention_fi: str,
    retention_en: str,
) -> CleanPurpose:
    """A purpose's texts and bases as they are kept, or the ValidationError of the first field
    that is wrong."""
    bases = clean_legal_bases(legal_bases)
    clean = CleanPurpose(
        name_fi=clean_text(name_fi, "name_fi", max_length=NAME_MAX, required=True),
        name_en=clean_text(name_en, "name_en", max_length=NAME_MAX, required=True),
        legal_bases=",".join(bases),
        basis_note_fi=_note(basis_note_fi, "basis_note_fi"),
        basis_note_en=_note(basis_note_en, "basis_note_en"),
        basis_confirmed=bool(basis_confirmed),
        categories_fi=_note(categories_fi, "categories_fi"),
        categories_en=_note(categories_en, "categories_en"),
        retention_fi=_note(retention_fi, "retention_fi"),
        retention_en=_note(retention_en, "retention_en"),
    )
    if clean.basis_confirmed and LegalBasis.LEGITIMATE_INTEREST in bases:
        # Art. 13(1)(d): the notice must say which legitimate interest is pursued.
        for field in ("basis_note_fi", "basis_note_en"):
            if not getattr(clean, field):
                raise ValidationError(field, "legitimate_interest_unnamed")
    return clean
