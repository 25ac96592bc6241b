"""The erasure letter: what goes, what is anonymised, what stays and why, in Finnish and English."""

from __future__ import annotations

import pytest

from l4d_desktop.core.letters.compose import erasure as erasure_letter
from tests.core.letters.letter_contexts import context
from tests.core.letters.letter_people import LANGS, plan
from tests.core.letters.letter_reading import body_text, flat, has_remedies, pdf_text, tables


@pytest.mark.parametrize("language", LANGS)
def test_erasure_lists_what_goes_what_is_anonymised_and_what_stays(language: str) -> None:
    letter = erasure_letter.compose_erasure(context("erasure", language))
    text = flat(body_text(letter))
    fi = language == "fi"
    # Erased, with counts.
    assert ("Asiakastietosi (asiakasnumero 10042)" if fi else "Your customer record") in text
    assert ("2 merkintää" if fi else "2 entries") in text
    assert ("37 tapahtumaa" if fi else "37 events") in text
    assert "2017-0003" in text
    # Anonymised: what goes from the request records and what remains.
    assert ("niistä poistetaan" if fi else "we remove") in text
    assert ("satunnainen tunniste" if fi else "a random reference") in text
    assert (
        "Sinulle lähettämämme kirjeet (1): niistä poistetaan kirjeen sisältö. Jäljelle jäävät "
        "kirjeen laji, kieli, tarkistussumma ja päivämäärä."
        if fi
        else "The letters we have sent you (1): we remove the content of the letter. What "
        "remains: kind of letter, language, checksum and date."
    ) in text
    # Kept: a table with a header (repeated on each page) and dates.
    (table,) = tables(letter)
    assert len(table.header) == 4
    invoice = next(r for r in table.rows if "2024-0012" in r[0])
    if fi:
        assert invoice == (
            "Lasku 2024-0012 (10.3.2024, 1\u00a0234,50\u00a0€)",
            invoice[1],
            "31.12.2030 asti",
            "1.1.2031",
        )
        assert "kirjanpitolaki (1336/1997) 2 luku 10 §" in invoice[1].lower()
        assert "17 artiklan 3 kohdan b alakohta" in invoice[1]
    else:
        assert invoice[0] == "Invoice 2024-0012 (10 March 2024, €1,234.50)"
        assert invoice[2:] == ("31 December 2030", "1 January 2031")
        assert "Accounting Act" in invoice[1] and "Article 17(3)(b)" in invoice[1]
    suppression = next(r for r in table.rows if ("estolist" if fi else "suppression") in r[0])
    assert suppression[0] == (
        "Sähköpostiosoitteesi ja puhelinnumerosi tiivisteinä markkinoinnin estolistalla"
        if fi
        else "Your email address and your telephone number, as hashes on our marketing "
        "suppression list"
    )
    accountability = table.rows[-1]
    assert ("5 artiklan 2 kohta" if fi else "Article 5(2)") in accountability[1]
    # Something is kept: a partial refusal, with the remedies.
    assert ("Tältä osin pyyntöäsi ei voida toteuttaa" if fi else "To that extent") in text
    assert has_remedies(letter, language)
    assert "Postitus Oy" in text


@pytest.mark.parametrize("language", LANGS)
def test_erasure_pdf_names_the_accounting_act_and_the_kept_until_date(language: str) -> None:
    text = pdf_text(erasure_letter.compose_erasure(context("erasure", language)))
    if language == "fi":
        assert "kirjanpitolaki" in text.lower() and "31.12.2030" in text and "1.1.2031" in text
        assert "arvonlisäverolaki 209 e §" in text
        assert "Tietosuojavaltuutet" in text and "tuomioistuimen" in text
    else:
        assert "Accounting Act" in text and "31 December 2030" in text
        assert "VAT Act" in text
        assert "Data Protection Ombudsman" in text and "court" in text


@pytest.mark.parametrize("language", LANGS)
def test_erasure_that_keeps_nothing_is_no_refusal(language: str) -> None:
    ctx = context("erasure", language, erasure_plan=plan(kept=False))
    letter = erasure_letter.compose_erasure(ctx)
    text = body_text(letter)
    assert not has_remedies(letter, language)
    assert ("kirjanpitolaki" if language == "fi" else "Accounting Act") not in text
    # The handling record without the person is still shown as kept, with its reason.
    (table,) = tables(letter)
    assert len(table.rows) == 1


def test_erasure_without_a_plan_is_refused() -> None:
    with pytest.raises(ValueError):
        erasure_letter.compose_erasure(context("erasure", "fi", erasure_plan=None))
