"""The records behind the extension, restriction, lift-notice and rectification letters in the
realistic contexts: grounds, notices, restriction and findings, with texts in each language."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.requests.evidence import FindingRecord
from l4d_desktop.core.requests.restrictions import RestrictionRecord
from tests.core.letters.letter_people import AT

RESTRICTED_AT = dt.datetime(2026, 1, 16, 7, 0, tzinfo=dt.UTC)
LIFT_ON = dt.date(2026, 2, 3)

TEXTS = {
    "fi": {
        "extension": "Pyyntösi koskee usean vuoden laskutusaineistoa, joka on koottava "
        "arkistosta käsin.",
        "restriction_lift": "Tarkistimme osoitteesi väestötietojärjestelmästä 28.1.2026, ja se "
        "vastaa rekisterissämme olevaa.",
        "already_correct": "Vertasimme puhelinnumeroasi viimeisimpään sähköpostiisi ja "
        "sopimukseesi, ja numero on sama.",
        "change_declined": "Pyysit muuttamaan vuoden 2024 laskun nimen, mutta lasku on "
        "kirjanpitoaineistoa.",
    },
    "en": {
        "extension": "Your request covers several years of billing records, which have to be "
        "gathered from the archive by hand.",
        "restriction_lift": "We checked your address against the population register on 28 "
        "January 2026, and it matches our register.",
        "already_correct": "We compared your phone number with your latest email and your "
        "contract, and the number is the same.",
        "change_declined": "You asked us to change the name on the 2024 invoice, but the "
        "invoice is part of our accounts.",
    },
    "sv": {
        "extension": "Din begäran gäller flera års faktureringsuppgifter, som måste samlas "
        "ihop ur arkivet för hand.",
        "restriction_lift": "Vi jämförde din adress med befolkningsdatasystemet den 28 januari "
        "2026, och den stämmer med vårt register.",
        "already_correct": "Vi jämförde ditt telefonnummer med ditt senaste e-postmeddelande "
        "och ditt avtal, och numret är detsamma.",
        "change_declined": "Du bad oss ändra namnet på fakturan från 2024, men fakturan hör "
        "till vår bokföring.",
    },
}


def restriction(ground: str = "a", lift_on: dt.date | None = None) -> RestrictionRecord:
    return RestrictionRecord(
        id=1,
        request_id=42,
        ground=ground,
        restricted_at=RESTRICTED_AT,
        lift_on=lift_on,
        lift_reason="accuracy_verified" if lift_on else None,
        lift_announced_at=AT if lift_on else None,
        lifted_at=None,
        customer_restricted=True,
    )


def evidence_for(kind: str, language: str) -> LetterEvidence:
    """What the records of a request answered by `kind` hold, texts in `language`."""
    texts = TEXTS[language]
    if kind == "extension":
        return LetterEvidence(
            extension_recorded=True,
            extension_grounds=("complexity",),
            texts={"extension": texts["extension"]},
        )
    if kind == "restriction":
        return LetterEvidence(restriction=restriction())
    if kind == "restriction-lifted":
        return LetterEvidence(
            restriction=restriction(lift_on=LIFT_ON),
            texts={"restriction_lift": texts["restriction_lift"]},
        )
    if kind == "rectification":
        return LetterEvidence(field_changes=2)
    return LetterEvidence()


def with_findings(language: str, *kinds: str, letters_sent: int = 0) -> LetterEvidence:
    """A rectification's findings (already_correct, change_declined), texts in `language`."""
    grounds = {"already_correct": "", "change_declined": "legal_obligation"}
    return LetterEvidence(
        findings=tuple(FindingRecord(k, grounds[k], AT) for k in kinds),
        letters_sent=letters_sent,
        texts={k: TEXTS[language][k] for k in kinds},
    )
