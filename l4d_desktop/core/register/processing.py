"""The record of processing activities (Art. 30 GDPR) the letters and the privacy notice print.

Seeded from the privacy notice (tietosuojaseloste); the notice names no legal bases, so the
seeded bases are proposals until the pääkäyttäjä confirms them, and no access letter or privacy
notice that would print one is issued before that (LEGAL.md, "Legal bases"). Its records and
reads are here; processing_service.py keeps and prints it, purpose_checks.py checks what is typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.store.models import ProcessingPurposeRow, RegisterTextRow


class LegalBasis(StrEnum):
    """Art. 6(1) bases. Marketing to existing customers without consent (act 917/2014 § 200(2))
    is no basis of its own: its basis is legitimate interest, and the purpose's note says why
    it needs no consent."""

    CONSENT = "consent"  # 6(1)(a)
    CONTRACT = "contract"  # 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # 6(1)(c)
    LEGITIMATE_INTEREST = "legitimate_interest"  # 6(1)(f)


# Register-wide texts, by key (each in Finnish, English and Swedish).
REGISTER_TEXT_KEYS: tuple[str, ...] = (
    "persons",  # categories of data subjects
    "data_categories",  # categories of personal data
    "recipients",  # recipients beyond the processors named in the processors register
    "transfers",  # transfers outside the EEA and their safeguards
    "retention",  # retention in general, and the criteria
    "source",  # where the data come from
    "automated_decisions",  # "no automated decision-making or profiling"
    "security",  # security measures (Art. 32)
)


@dataclass(frozen=True)
class Purpose:
    """One purpose of processing with its legal bases, data and retention."""

    id: int
    code: str
    position: int
    name_fi: str
    name_en: str
    legal_bases: tuple[str, ...]  # LegalBasis codes
    basis_note_fi: str  # e.g. which legitimate interest
    basis_note_en: str
    basis_confirmed: bool  # False: a proposal; the access letter and the notice wait for it
    categories_fi: str  # the categories of data this purpose uses
    categories_en: str
    retention_fi: str
    retention_en: str
    version: int
    # Swedish: empty until the pääkäyttäjä (or the seed) writes it.
    name_sv: str = ""
    basis_note_sv: str = ""
    categories_sv: str = ""
    retention_sv: str = ""

    def field(self, name: str, language: str) -> str:
        """One of translations.PURPOSE_TEXT_FIELDS in the language (English for any other)."""
        value: str = getattr(self, f"{name}_{language if language in ('fi', 'sv') else 'en'}")
        return value

    def name(self, language: str) -> str:
        return self.field("name", language)

    def basis_note(self, language: str) -> str:
        return self.field("basis_note", language)

    def categories(self, language: str) -> str:
        return self.field("categories", language)

    def retention(self, language: str) -> str:
        return self.field("retention", language)


@dataclass(frozen=True)
class ProcessingRegister:
    purposes: tuple[Purpose, ...]  # in their printed order
    texts: tuple[tuple[str, str, str], ...]  # (key, fi, en), keys from REGISTER_TEXT_KEYS
    texts_sv: tuple[tuple[str, str], ...] = ()  # (key, sv), the same keys

    def text(self, key: str, language: str) -> str:
        if language == "sv":
            return dict(self.texts_sv).get(key, "")
        for k, fi, en in self.texts:
            if k == key:
                return fi if language == "fi" else en
        return ""


# -- the register as the program keeps it ------------------------------------------------------

# Limits of what the pääkäyttäjä types; the names are printed as headings, the rest as text.
NAME_MAX = 300
NOTE_MAX = 2000
TEXT_MAX = 4000


def purpose_of(row: ProcessingPurposeRow) -> Purpose:
    return Purpose(
        id=row.id,
        code=row.code,
        position=row.position,
        name_fi=row.name_fi,
        name_en=row.name_en,
        legal_bases=tuple(code for code in row.legal_bases.split(",") if code),
        basis_note_fi=row.basis_note_fi,
        basis_note_en=row.basis_note_en,
        basis_confirmed=row.basis_confirmed,
        categories_fi=row.categories_fi,
        categories_en=row.categories_en,
        retention_fi=row.retention_fi,
        retention_en=row.retention_en,
        version=row.version,
        name_sv=row.name_sv,
        basis_note_sv=row.basis_note_sv,
        categories_sv=row.categories_sv,
        retention_sv=row.retention_sv,
    )


def load_register(session: Session) -> ProcessingRegister:
    """The register as it stands, for use inside another service's transaction (e.g. the access
    letter); the caller has checked the rights. Every key of REGISTER_TEXT_KEYS is present, in
    that order (empty if it was never written)."""
    rows = session.scalars(
        select(ProcessingPurposeRow).order_by(
            ProcessingPurposeRow.position, ProcessingPurposeRow.id
        )
    )
    texts = {t.key: t for t in session.scalars(select(RegisterTextRow))}
    return ProcessingRegister(
        purposes=tuple(purpose_of(r) for r in rows),
        texts=tuple(
            (key, texts[key].fi, texts[key].en) if key in texts else (key, "", "")
            for key in REGISTER_TEXT_KEYS
        ),
        texts_sv=tuple((key, texts[key].sv if key in texts else "") for key in REGISTER_TEXT_KEYS),
    )
