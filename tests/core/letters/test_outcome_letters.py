"""The rectification, restriction, restriction-lifted, objection and withdrawal letters, in Finnish
and English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.document import Bullets
from l4d_desktop.core.letters.evidence import LetterEvidence
from l4d_desktop.core.vocabulary import ObjectionOutcome, ObjectionPurpose
from tests.core.letters.letter_contexts import COMPOSERS, context
from tests.core.letters.letter_people import (
    ANALYTICS_KEPT,
    DM_OBJECTION,
    LANGS,
    MARKETING_CONSENTS,
    REQUEST_ID,
    consent,
    subject,
)
from tests.core.letters.letter_reading import (
    COURT,
    OMBUDSMAN,
    body_text,
    flat,
    has_remedies,
    headings,
    pdf_text,
    tables,
)

# -- the person's data ----------------------------------------------------------------------------


def test_outcome_letters_need_the_persons_data() -> None:
    for kind in ("rectification", "withdrawal", "objection"):
        with pytest.raises(ValueError):
            COMPOSERS[kind](context(kind, "fi", subject=None))


# -- objection -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_objection_stops_direct_marketing_for_good_and_states_compelling_grounds(
    language: str,
) -> None:
    # The kept analytics objection's reasons, as its request's text in the letter's language.
    reasons = {"objection_decision.analytics": ANALYTICS_KEPT.outcome_reason}
    ctx = context("objection", language)
    ctx = replace(ctx, evidence=LetterEvidence(texts=reasons, topics=frozenset(reasons)))
    letter = outcome_letters.compose_objection(ctx)
    text = flat(body_text(letter))
    if language == "fi":
        assert "Suoramarkkinointi, myös mainonnan kohdentaminen" in text
        # From receipt (15.1.), not from the day it was recorded (19.1.).
        assert "heti 15.1.2026" in text and "ehdoton" in text
        assert (
            "säilytämme sähköpostiosoitteestasi ja puhelinnumerostasi tiivisteen "
            "markkinoinnin estolistalla" in text
        )
        assert "Samalla päättyivät seuraavat suostumuksesi:" in text
        assert "huomattavan tärkeä ja perusteltu syy, joka syrjäyttää" in text
    else:
        assert "Direct marketing, including targeted advertising" in text
        assert "absolute" in text and "suppression list" in text
        assert "This also ended your consent to:" in text
        assert "compelling legitimate grounds" in text
    lists = [b.items for b in letter.body if isinstance(b, Bullets)]
    assert (
        ("Markkinointiviestit sähköpostilla", "Mainonnan kohdentaminen")
        if language == "fi"
        else ("Marketing messages by email", "Targeting of advertising")
    ) in lists
    # The earlier withdrawal of another request is not this letter's.
    assert "tekstiviestillä" not in text and "text message" not in text
    assert ANALYTICS_KEPT.outcome_reason in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert ANALYTICS_KEPT.outcome_reason in pdf  # printed literally, not as markup
    assert OMBUDSMAN[language] in pdf and COURT[language] in pdf


@pytest.mark.parametrize("language", LANGS)
def test_objection_to_direct_marketing_alone_is_no_refusal(language: str) -> None:
    subj = subject("objection", objections=(DM_OBJECTION,), consents=MARKETING_CONSENTS)
    letter = outcome_letters.compose_objection(context("objection", language, subject=subj))
    assert not has_remedies(letter, language)


@pytest.mark.parametrize("language", LANGS)
def test_upheld_and_undecided_objections(language: str) -> None:
    upheld = replace(ANALYTICS_KEPT, outcome=ObjectionOutcome.UPHELD.value, outcome_reason="", id=8)
    pending = replace(
        ANALYTICS_KEPT,
        purpose=ObjectionPurpose.CUSTOMER_RELATIONSHIP.value,
        outcome=None,
        outcome_reason="",
        decided_at=None,
        id=9,
    )
    analytics = consent(
        10, "analytics", "Palveluiden analysointi ja tilastointi",
        "Analysis and statistics of our services", False, REQUEST_ID, "objection",
    )  # fmt: skip
    subj = subject("objection", objections=(upheld, pending), consents=(analytics,))
    letter = outcome_letters.compose_objection(context("objection", language, subject=subj))
    text = flat(body_text(letter))
    if language == "fi":
        assert "Hyväksyimme vastustamisesi" in text
        assert "Samalla päättyi seuraava suostumuksesi:" in text
        assert "Arvioimme vielä vastustamistasi" in text and "16.2.2026" in text
    else:
        assert "We accepted your objection" in text
        assert "Analysis and statistics of our services" in text
        assert "still assessing" in text and "16 February 2026" in text
    assert not has_remedies(letter, language)


# -- withdrawal ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_withdrawal_lists_this_requests_consents_and_keeps_earlier_processing_lawful(
    language: str,
) -> None:
    letter = outcome_letters.compose_withdrawal(context("withdrawal", language))
    (table,) = tables(letter)
    when = "19.1.2026" if language == "fi" else "19 January 2026"
    if language == "fi":
        assert table.rows == (
            ("Markkinointiviestit sähköpostilla", when),
            ("Mainonnan kohdentaminen", when),
        )
    else:
        assert table.rows == (
            ("Marketing messages by email", when),
            ("Targeting of advertising", when),
        )
    text = flat(body_text(letter))
    if language == "fi":
        assert "ei kuitenkaan vaikuta" in text and "7 artiklan 3 kohta" in text
        assert "Suostumuksen antaminen uudelleen" in headings(letter)
    else:
        assert "does not, however, affect the lawfulness" in text and "Article 7(3)" in text
        assert "Giving your consent again" in headings(letter)
    pdf = pdf_text(letter)
    assert table.rows[0][0] in pdf


def test_withdrawal_with_nothing_to_withdraw_says_so() -> None:
    subj = subject("withdrawal", consents=MARKETING_CONSENTS[:1])
    letter = outcome_letters.compose_withdrawal(context("withdrawal", "fi", subject=subj))
    assert tables(letter) == []
    assert "sinulla ei ollut voimassa olevaa suostumusta" in body_text(letter)
