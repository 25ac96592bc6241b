"""The extension, restriction, lift-notice and rectification letters print what the records
say — grounds, notice dates and channels, lift day and reason, new values, findings — in Finnish
and English, each with the free text of its own language only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.evidence import LetterEvidence
from tests.core.letters.evidence_contexts import TEXTS, restriction, with_findings
from tests.core.letters.letter_contexts import context
from tests.core.letters.letter_people import EMAIL, LANGS, subject
from tests.core.letters.letter_reading import body_text, flat, has_remedies, pdf_text, tables

OTHER = {"fi": "en", "en": "fi"}


def _day(language: str, fi: str, en: str) -> str:
    return fi if language == "fi" else en


# -- extension (Art. 12(3)) ------------------------------------------------------------------------


def _extension(language: str, notice_on: dt.date | None, channel: str | None, type_: str = ""):
    ctx = context("extension", language)
    request = replace(ctx.request, extension_notice_on=notice_on)
    if type_:
        request = replace(request, type=type_)
    evidence = replace(ctx.evidence, extension_channel=channel)
    return progress_letters.compose_extension(replace(ctx, request=request, evidence=evidence))


@pytest.mark.parametrize("language", LANGS)
def test_the_extension_letter_is_the_notice_dated_the_day_it_leaves(language: str) -> None:
    letter = _extension(language, None, None)
    text = flat(pdf_text(letter))
    today = _day(language, "20.1.2026", "20 January 2026")
    assert (
        _day(language, f"tämä ilmoitus annetaan {today}", f"this notice is given on {today}")
        in text
    )
    # The ground from the list and the handler's sentence in the letter's language.
    assert _day(language, "pyyntösi monimutkaisuus", "the complexity of your request") in text
    assert flat(TEXTS[language]["extension"]) in text
    assert flat(TEXTS[OTHER[language]]["extension"]) not in text
    assert _day(language, "vahvistaa", "confirms") not in text


@pytest.mark.parametrize("language", LANGS)
def test_an_earlier_notice_is_confirmed_with_its_date_and_channel(language: str) -> None:
    letter = _extension(language, dt.date(2026, 1, 19), "email")
    text = flat(pdf_text(letter))
    said = _day(
        language,
        "Ilmoitimme sinulle määräajan jatkamisesta perusteluineen 19.1.2026 sähköpostitse",
        "We told you of the extension, with our reasons, on 19 January 2026 by email",
    )
    assert said in text
    assert _day(language, "Jatkamisesta ilmoitettu", "Extension notified on") in text
    # It never claims to be a notice given on that past day.
    assert _day(language, "tämä ilmoitus annetaan", "this notice is given on") not in text


@pytest.mark.parametrize("language", LANGS)
def test_a_promise_already_passed_is_said_in_the_past_tense(language: str) -> None:
    # Access received 15.1.: the notice's 30 days ended on 14.2.; told on 16.2. by phone.
    letter = _extension(language, dt.date(2026, 2, 16), "phone")
    text = flat(body_text(letter))
    assert _day(language, "päättyi 14.2.2026", "ended on 14 February 2026") in text
    # The limit still running when told is the statutory one, not the promise already passed.
    assert _day(language, "joka päättyy 16.2.2026", "which ends on 16 February 2026") in text
    assert _day(language, "emme pysty pitämään", "cannot keep") not in text
    # Told within the promise, the letter speaks of it in the present.
    text = flat(body_text(_extension(language, dt.date(2026, 1, 19), "phone")))
    assert _day(language, "emme pysty pitämään", "cannot keep") in text


@pytest.mark.parametrize("language", LANGS)
def test_an_objection_is_extended_for_its_assessment_only(language: str) -> None:
    text = flat(body_text(_extension(language, None, None, "objection")))
    assert _day(language, "vain vastustamisesi arviointia", "only the assessment") in text


# -- restriction (Art. 18) -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize(
    ("ground", "fi", "en"),
    [
        ("a", "kiistät tietojesi paikkansapitävyyden", "you contest the accuracy"),
        ("d", "olet vastustanut tietojesi käsittelyä", "you have objected to processing"),
    ],
)
def test_the_restriction_letter_names_its_ground_and_what_ends_it(
    language: str, ground: str, fi: str, en: str
) -> None:
    ctx = context("restriction", language)
    ctx = replace(ctx, evidence=LetterEvidence(restriction=restriction(ground)))
    letter = outcome_letters.compose_restriction(ctx)
    text = flat(pdf_text(letter))
    point = _day(language, f"18 artiklan 1 kohdan {ground} alakohta", f"Article 18(1)({ground})")
    assert point in text
    assert _day(language, fi, en) in text
    assert _day(language, "16.1.2026", "16 January 2026") in text  # the day it took effect
    ends = {
        ("a", "fi"): "kun olemme tarkistaneet tietojesi paikkansapitävyyden",
        ("a", "en"): "when we have verified the accuracy of your data",
        ("d", "fi"): "kunnes olemme ratkaisseet vastustamisesi",
        ("d", "en"): "until we have decided on your objection",
    }
    assert ends[ground, language] in text
    assert _day(language, "ainoastaan säilytetään", "only stored") in text
    assert (
        _day(language, "ennen kuin rajoitus poistetaan", "before the restriction is lifted") in text
    )


def test_a_restriction_letter_without_a_restriction_on_record_is_refused() -> None:
    ctx = replace(context("restriction", "fi"), evidence=LetterEvidence())
    with pytest.raises(ValueError):
        outcome_letters.compose_restriction(ctx)
    ctx = replace(
        context("restriction-lifted", "fi"), evidence=LetterEvidence(restriction=restriction())
    )
    with pytest.raises(ValueError):
        outcome_letters.compose_restriction_lifted(ctx)  # no lift day recorded


@pytest.mark.parametrize("language", LANGS)
def test_the_lift_notice_states_the_recorded_day_and_the_real_reason(language: str) -> None:
    letter = outcome_letters.compose_restriction_lifted(context("restriction-lifted", language))
    text = flat(pdf_text(letter))
    assert (
        _day(
            language,
            "poistamme rajoituksen 3.2.2026",
            "we will lift the restriction on 3 February 2026",
        )
        in text
    )
    assert (
        _day(
            language,
            "Olemme tarkistaneet tietojesi paikkansapitävyyden, ja ne pitävät paikkansa.",
            "We have verified the accuracy of your data, and they are accurate.",
        )
        in text
    )
    assert flat(TEXTS[language]["restriction_lift"]) in text
    assert flat(TEXTS[OTHER[language]]["restriction_lift"]) not in text
    assert has_remedies(letter, language)


# -- rectification (Art. 16) -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_the_rectification_letter_shows_the_new_values_never_the_replaced(language: str) -> None:
    letter = outcome_letters.compose_rectification(context("rectification", language))
    (table,) = tables(letter)
    if language == "fi":
        assert table.rows == (("Sähköpostiosoite", EMAIL), ("Katuosoite", "Mannerheimintie 12 B 7"))
    else:
        assert table.rows == (
            ("Email address", EMAIL),
            ("Street address", "Mannerheimintie 12 B 7"),
        )
    text = flat(pdf_text(letter))
    assert EMAIL in text
    # The true exception only: the person has an invoice, and no letter was sent before.
    assert _day(language, "Poikkeuksena ovat laskut", "The exceptions are invoices") in text
    assert _day(language, "lähettämämme kirjeet", "letters we have already sent") not in text
    assert not has_remedies(letter, language)


@pytest.mark.parametrize("language", LANGS)
def test_replaced_values_survive_in_letters_already_sent(language: str) -> None:
    ctx = context("rectification", language)
    ctx = replace(ctx, evidence=replace(ctx.evidence, letters_sent=2))
    text = flat(body_text(outcome_letters.compose_rectification(ctx)))
    assert _day(language, "lähettämämme kirjeet", "letters we have already sent") in text


@pytest.mark.parametrize("language", LANGS)
def test_data_already_correct_are_a_partial_refusal_with_what_was_checked(language: str) -> None:
    ctx = context("rectification", language)
    ctx = replace(
        ctx, subject=subject("rectification"), evidence=with_findings(language, "already_correct")
    )
    letter = outcome_letters.compose_rectification(ctx)
    assert not tables(letter)
    text = flat(pdf_text(letter))
    assert flat(TEXTS[language]["already_correct"]) in text
    assert flat(TEXTS[OTHER[language]]["already_correct"]) not in text
    assert _day(language, "olivat jo oikein", "were already correct") in text
    assert _day(language, "Vastaus tietojesi oikaisua", "Our answer to your request") in text
    assert has_remedies(letter, language)
    # Nothing was replaced, so nothing is said about keeping replaced values.
    assert _day(language, "Emme säilytä korvattuja", "We do not keep the values") not in text


@pytest.mark.parametrize("language", LANGS)
def test_a_change_not_made_gives_its_ground_reasons_and_remedies(language: str) -> None:
    ctx = context("rectification", language)
    ctx = replace(ctx, evidence=with_findings(language, "change_declined"))
    letter = outcome_letters.compose_rectification(ctx)
    text = flat(pdf_text(letter))
    assert len(tables(letter)) == 1  # the changes that were made are still shown
    assert _day(language, "osan tiedoistasi", "corrected part of your data") in text
    assert _day(language, "säilytettävä muuttamattomana", "keep unchanged") in text
    assert flat(TEXTS[language]["change_declined"]) in text
    assert has_remedies(letter, language)


def test_markup_in_a_handlers_text_prints_as_typed() -> None:
    hostile = 'Tarkistimme tiedot <img src="/etc/passwd"> ja <a href="x">linkin</a> & muut.'
    ctx = context("restriction-lifted", "fi")
    ctx = replace(ctx, evidence=replace(ctx.evidence, texts={"restriction_lift": hostile}))
    text = pdf_text(outcome_letters.compose_restriction_lifted(ctx))
    assert flat(hostile) in text
