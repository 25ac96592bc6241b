"""The register's texts in the letter languages beside Finnish: a letter or the privacy notice
in Swedish prints the register's own words, so it waits until each text it needs has them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.text import clean_text

if TYPE_CHECKING:
    from l4d_desktop.core.disclosure.subject_data import ConsentLedgerEntry
    from l4d_desktop.core.register.processing import ProcessingRegister, Purpose

# A purpose's texts that exist in each language.
PURPOSE_TEXT_FIELDS: tuple[str, ...] = ("name", "basis_note", "categories", "retention")


def clean_swedish(swedish: Sequence[str | None], name_max: int, note_max: int) -> dict[str, str]:
    """The Swedish texts given (in PURPOSE_TEXT_FIELDS order; None: not given) as row fields,
    checked as their Finnish twins are, except that any may be empty: only the Swedish
    documents wait for it."""
    clean: dict[str, str] = {}
    for name, value in zip(PURPOSE_TEXT_FIELDS, swedish, strict=True):
        if value is None:
            continue
        field = f"{name}_sv"
        limit = name_max if name == "name" else note_max
        clean[field] = clean_text(value, field, max_length=limit, multiline=name != "name")
    return clean


def untranslated(
    register: ProcessingRegister,
    language: str,
    purposes: Iterable[Purpose],
    text_keys: Iterable[str],
) -> list[str]:
    """What a document in `language` would print from the register but the register has only
    in Finnish: "persons", "marketing.retention" … (codes, never personal data)."""
    if language == "fi":
        return []
    missing = [
        key
        for key in text_keys
        if register.text(key, "fi").strip() and not register.text(key, language).strip()
    ]
    missing += [
        f"{p.code}.{name}"
        for p in purposes
        for name in PURPOSE_TEXT_FIELDS
        if p.field(name, "fi").strip() and not p.field(name, language).strip()
    ]
    return missing


def require_translated(
    register: ProcessingRegister,
    language: str,
    purposes: Iterable[Purpose],
    text_keys: Iterable[str],
) -> None:
    """Refuse the document while a text it needs has no version in its language; the error
    names them, and the pääkäyttäjä writes them in Register → Processing register."""
    missing = untranslated(register, language, purposes, text_keys)
    if missing:
        raise BusinessRuleError("letter_register_incomplete", texts=", ".join(missing))


def require_consent_names(consents: Iterable[ConsentLedgerEntry], language: str) -> None:
    """A Swedish letter names the person's consents in Swedish: refused, naming the consent
    purposes' codes, while one has no Swedish name."""
    if language != "sv":
        return
    missing = sorted({f"consent.{c.purpose_code}" for c in consents if not c.purpose_sv.strip()})
    if missing:
        raise BusinessRuleError("letter_register_incomplete", texts=", ".join(missing))
