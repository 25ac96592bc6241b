"""Realistic contexts for the letters other than access and portability, in Finnish and English: the
controller, the authority, the request of each kind, the person's data and the composers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from l4d_desktop.core.disclosure.subject_data import FieldChangeEntry, SubjectData
from l4d_desktop.core.letters.compose import erasure as erasure_letter
from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import Authority, Controller, LetterContext, LetterRequest
from l4d_desktop.core.letters.document import EnvelopeWindow, Letter, Signature
from l4d_desktop.core.requests.recipients import NoticeLine
from l4d_desktop.core.vocabulary import IdentityMethod, RefusalBasis
from tests.core.letters.evidence_contexts import evidence_for
from tests.core.letters.letter_people import (
    ANALYTICS_KEPT,
    AT,
    DM_OBJECTION,
    HANDLER,
    MARKETING_CONSENTS,
    NAME,
    RECEIVED,
    REQUEST_ID,
    TODAY,
    plan,
    subject,
)

COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    **progress_letters.COMPOSERS,
    **outcome_letters.COMPOSERS,
    **erasure_letter.COMPOSERS,
    **refusal_letter.COMPOSERS,
}


KINDS = sorted(COMPOSERS)


def controller(language: str) -> Controller:
    return Controller(
        name="Lean 4D Oy",
        street="Vanha kirkkokuja 19",
        postal_code="02520",
        city="Lapinkylä, Kirkkonummi",
        country="Suomi" if language == "fi" else "Finland",
        business_id="2989855-5",
        phone="+358 40 071 7454",
        email="jouni@lean4d.fi",
        web="",
        contact_name="Jouni Ojala",
        contact_title="toimitusjohtaja" if language == "fi" else "Managing Director",
        contact_phone="+358 40 071 7454",
        contact_email="jouni@lean4d.fi",
        register_name="Lean 4D Oy asiakasrekisteri"
        if language == "fi"
        else "Lean 4D Oy customer register",
    )


def authority(language: str) -> Authority:
    return Authority(
        name="Tietosuojavaltuutetun toimisto"
        if language == "fi"
        else "Office of the Data Protection Ombudsman",
        street="Lintulahdenkuja 4, 00530 Helsinki",
        postal="PL 800, 00531 Helsinki",
        phone="+358 29 566 6700",
        web="tietosuoja.fi",
    )


def request(type_: str, **changes: object) -> LetterRequest:
    promised = type_ in ("access", "portability")
    base = LetterRequest(
        id=REQUEST_ID,
        reference="L4D-00042",
        type=type_,
        channel="email",
        received_on=RECEIVED,
        status="in_progress",
        statutory_due=dt.date(2026, 2, 16),
        promised_due=dt.date(2026, 2, 14) if promised else None,
        due=dt.date(2026, 2, 14) if promised else dt.date(2026, 2, 16),
        extended_due=None,
        extension_notice_on=None,
        extension_reason="",
        identity_method=IdentityMethod.EMAIL_ON_FILE.value,
        identified_at=AT,
        closed_at=None,
        refusal_basis=None,
        close_reason="",
        assessment="",
        requester_name=NAME,
        erased_at=None,
    )
    return replace(base, **changes)


def context(kind: str, language: str, **changes: object) -> LetterContext:
    """A realistic context for `kind`: the request of the kind's type with what it needs."""
    type_ = {
        "receipt": "access",
        "identification": "access",
        "extension": "access",
        "refusal": "access",
        "restriction-lifted": "restriction",
    }.get(kind, kind)
    req = request(type_)
    subj: SubjectData | None = None
    erasure_plan = None
    if kind == "extension":
        req = replace(
            req,
            extended_due=dt.date(2026, 4, 15),
            extension_notice_on=dt.date(2026, 2, 10),
            due=dt.date(2026, 4, 15),
            extension_reason="Pyyntösi koskee usean vuoden laskutusaineistoa, joka on koottava "
            "arkistosta käsin."
            if language == "fi"
            else "Your request covers several years of billing records, which have to be "
            "gathered from the archive by hand.",
        )
    elif kind == "refusal":
        req = replace(
            req,
            status="refused",
            refusal_basis=RefusalBasis.EXCESSIVE.value,
            close_reason="Sama pyyntö on tehty neljä kertaa kahden kuukauden aikana."
            if language == "fi"
            else "The same request has been made four times within two months.",
            assessment="Pyynnöt 3.11., 17.11., 1.12. ja 15.12. koskivat samoja tietoja, "
            "eikä tiedoissa ole ollut muutoksia."
            if language == "fi"
            else "The requests of 3 and 17 November and 1 and 15 December concerned the same data, "
            "and the data had not changed in between.",
        )
    elif kind == "rectification":
        subj = subject(
            "rectification",
            changes=(FieldChangeEntry("email", AT), FieldChangeEntry("street", AT)),
        )
    elif kind in ("restriction", "restriction-lifted"):
        subj = subject("restriction", restricted_at=dt.datetime(2026, 1, 16, 7, 0, tzinfo=dt.UTC))
    elif kind == "objection":
        subj = subject(
            "objection", objections=(DM_OBJECTION, ANALYTICS_KEPT), consents=MARKETING_CONSENTS
        )
    elif kind == "withdrawal":
        subj = subject("withdrawal", consents=MARKETING_CONSENTS)
    elif kind == "erasure":
        subj = subject("erasure")
        erasure_plan = plan()
    base = LetterContext(
        kind=kind,
        language=language,
        today=TODAY,
        controller=controller(language),
        authority=authority(language),
        request=req,
        recipient=(NAME, "Mannerheimintie 12 B 7", "00100 Helsinki"),
        signature=Signature(
            closing="Ystävällisin terveisin" if language == "fi" else "Yours sincerely",
            name=HANDLER,
            title="asiakaspalvelija" if language == "fi" else "Customer Service Agent",
            organisation="Lean 4D Oy",
        ),
        window=EnvelopeWindow(),
        subject=subj,
        erasure_plan=erasure_plan,
        notices=notices(language) if kind in ART19_KINDS else (),
        evidence=evidence_for(kind, language),
    )
    return replace(base, **changes)


ART19_KINDS = ("rectification", "erasure", "restriction")


def notices(language: str) -> tuple[NoticeLine, ...]:
    """The Art. 19 checklist: one recipient told, one not (with the reason), one still to tell."""

    def line(name: str, role: str, status: str, on: dt.date | None, reason: str) -> NoticeLine:
        return NoticeLine(0, name, role, "FI", "", True, status, on, reason, HANDLER, AT)

    reason = (
        "Pilvi Ab säilyttää vain salattuja varmuuskopioita, joista yksittäistä tietoa ei voi poistaa."
        if language == "fi"
        else "Pilvi Ab holds only encrypted backups, from which no single record can be removed."
    )
    return (
        line("Postitus Oy", "tulostus ja postitus", "notified", dt.date(2026, 1, 20), ""),
        line("Pilvi Ab", "palvelimet", "disproportionate", None, reason),
        line("Kirjanpito Oy", "kirjanpito", "pending", None, ""),
    )
