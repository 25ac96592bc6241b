"""The record of processing activities (Art. 30 GDPR) the letters and the privacy notice print.

Seeded from the privacy notice (tietosuojaseloste); the notice names no legal bases, so the
seeded bases are proposals marked "to be confirmed" until the pääkäyttäjä confirms them
(LEGAL.md, "Legal bases").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LegalBasis(StrEnum):
    """Art. 6(1) bases, and the existing-customer exception for electronic direct marketing."""

    CONSENT = "consent"  # 6(1)(a)
    CONTRACT = "contract"  # 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # 6(1)(c)
    LEGITIMATE_INTEREST = "legitimate_interest"  # 6(1)(f)
    SOFT_OPT_IN = "soft_opt_in"  # act 917/2014 § 200(2): existing customers, easy opt-out


# Register-wide texts, by key (each in Finnish and English).
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
    basis_confirmed: bool  # False: the letters print "to be confirmed"
    categories_fi: str  # the categories of data this purpose uses
    categories_en: str
    retention_fi: str
    retention_en: str
    version: int

    def name(self, language: str) -> str:
        return self.name_fi if language == "fi" else self.name_en

    def basis_note(self, language: str) -> str:
        return self.basis_note_fi if language == "fi" else self.basis_note_en

    def categories(self, language: str) -> str:
        return self.categories_fi if language == "fi" else self.categories_en

    def retention(self, language: str) -> str:
        return self.retention_fi if language == "fi" else self.retention_en


@dataclass(frozen=True)
class ProcessingRegister:
    purposes: tuple[Purpose, ...]  # in their printed order
    texts: tuple[tuple[str, str, str], ...]  # (key, fi, en), keys from REGISTER_TEXT_KEYS

    def text(self, key: str, language: str) -> str:
        for k, fi, en in self.texts:
            if k == key:
                return fi if language == "fi" else en
        return ""
