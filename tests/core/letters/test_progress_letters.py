"""The receipt, the identification request and the extension notice, in Finnish and English."""

from __future__ import annotations

import pytest

from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.document import Bullets
from tests.core.letters.letter_contexts import context, request
from tests.core.letters.letter_people import EMAIL, LANGS
from tests.core.letters.letter_reading import (
    OMBUDSMAN,
    body_text,
    flat,
    has_remedies,
    headings,
    pdf_text,
)

# -- receipt ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_receipt_gives_the_due_date_and_the_notice_promise_for_access(language: str) -> None:
    letter = progress_letters.compose_receipt(context("receipt", language))
    text = flat(body_text(letter))
    # The promise ends on Saturday 14.2.2026: the letter gives the last working day before it.
    due = "13.2.2026" if language == "fi" else "13 February 2026"
    assert ("14.2.2026" if language == "fi" else "14 February 2026") not in text
    received = "15.1.2026" if language == "fi" else "15 January 2026"
    assert due in text and received in text
    assert ("30 päivän" if language == "fi" else "30 days") in text
    assert ("sähköpostitse" if language == "fi" else "by email") in text
    assert ("Miten pyyntösi etenee" if language == "fi" else "What happens next") in headings(
        letter
    )
    assert not has_remedies(letter, language)


@pytest.mark.parametrize("language", LANGS)
def test_receipt_of_other_types_promises_no_thirty_days(language: str) -> None:
    ctx = context("receipt", language, request=request("rectification"))
    text = body_text(progress_letters.compose_receipt(ctx))
    assert "30" not in text
    assert ("16.2.2026" if language == "fi" else "16 February 2026") in text
    # An identified requester is not told that the identity will be checked.
    assert ("henkilöllisyystodistus" if language == "fi" else "identity document") not in text


@pytest.mark.parametrize("language", LANGS)
def test_receipt_of_an_unidentified_request_says_how_identity_is_checked(language: str) -> None:
    ctx = context("receipt", language, request=request("erasure", identified_at=None))
    text = body_text(progress_letters.compose_receipt(ctx))
    assert ("henkilöllisyystodistuksestasi" if language == "fi" else "identity document") in text


# -- identification --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_identification_asks_first_for_what_is_held_and_moves_no_date(language: str) -> None:
    ctx = context("identification", language, request=request("access", identified_at=None))
    letter = progress_letters.compose_identification(ctx)
    text = flat(body_text(letter))
    bullets = next(b for b in letter.body if isinstance(b, Bullets))
    assert len(bullets.items) == 3
    joined = " ".join(bullets.items)
    if language == "fi":
        assert "sähköpostiosoitteesta" in joined and "asiakasnumerosi" in joined
        assert "laskun numero" in joined
        assert "Emme tarvitse kopiota henkilöllisyystodistuksestasi" in text
        assert "ei siirrä määräaikaa" in text and "13.2.2026" in text
    else:
        assert "email address" in joined and "customer number" in joined
        assert "invoice" in joined
        assert "We do not need a copy of your identity document" in text
        assert "does not change our time limit" in text and "13 February 2026" in text
    # The letter goes to an address not yet trusted: none of the data held is in it.
    assert EMAIL not in text and "10042" not in text


# -- extension -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGS)
def test_extension_states_reasons_new_date_notice_date_and_remedies(language: str) -> None:
    ctx = context("extension", language)
    letter = progress_letters.compose_extension(ctx)
    text = flat(body_text(letter))
    assert ctx.request.extension_reason in text
    # The promise ended on Saturday 14.2.2026: the original limit is the day the receipt gave.
    if language == "fi":
        for day in ("15.4.2026", "10.2.2026", "13.2.2026"):
            assert day in text
        assert "14.2.2026" not in text
        assert "12 artiklan 3 kohdan" in text
    else:
        for day in ("15 April 2026", "10 February 2026", "13 February 2026"):
            assert day in text
        assert "14 February 2026" not in text
        assert "Article 12(3)" in text
    assert has_remedies(letter, language)
    pdf = pdf_text(letter)
    assert flat(ctx.request.extension_reason) in pdf
    assert OMBUDSMAN[language] in pdf
    assert ("13.2.2026" if language == "fi" else "13 February 2026") in pdf


def test_extension_without_an_extended_date_is_refused() -> None:
    ctx = context("extension", "fi", request=request("access"))
    with pytest.raises(ValueError):
        progress_letters.compose_extension(ctx)
