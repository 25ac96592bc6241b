"""Layout rules of a letter as evidence, read back from real PDFs: the closing never stands
alone on a last page, and a list's lead-in never ends a page without its list, in Finnish and
in English."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from l4d_desktop.core.letters.document import Bullets, Paragraph
from l4d_desktop.core.letters.render.pdf import render_letter_pages
from tests.core.letters.test_letter_pdf import letter

CLOSING = {"fi": "Ystävällisin terveisin", "en": "Yours sincerely"}


def last_page_lines(pdf: bytes) -> list[str]:
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    return [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_closing_never_stands_alone_on_the_last_page(language: str) -> None:
    """Body lengths are grown one line at a time across several page breaks, so some of them
    leave exactly no room for the signature after the last paragraph."""
    seen_breaks = 0
    previous_pages = 0
    for lines in range(20, 140, 3):
        body = tuple(Paragraph(f"Rivi {i}: tekstiä, joka täyttää sivua.") for i in range(lines))
        base = letter(rows=0, language=language, body_extra=body)
        closing = CLOSING[language]
        assert base.signature is not None
        base = replace(base, signature=replace(base.signature, closing=closing), enclosures=())
        rendered = render_letter_pages(base)
        if rendered.pages != previous_pages:
            seen_breaks += 1
            previous_pages = rendered.pages
        lines_on_last = last_page_lines(rendered.pdf)
        at = next(i for i, line in enumerate(lines_on_last) if line == closing)
        # Body text above the closing on the same page.
        assert any(line.startswith("Rivi ") for line in lines_on_last[:at]), (lines, lines_on_last)
    assert seen_breaks >= 3


@pytest.mark.parametrize("language", ["fi", "en"])
def test_a_lead_in_stays_on_the_page_of_its_list(language: str) -> None:
    """The lead-in is moved down one line at a time, so that at some length it is the last
    line that fits on a page."""
    lead_in = "Ilmoitimme seuraaville vastaanottajille:" if language == "fi" else "We told these:"
    last_of_page_seen = 0
    for lines in range(30, 60):
        body = tuple(Paragraph(f"Rivi {i}: tekstiä, joka täyttää sivua.") for i in range(lines))
        listed = (Paragraph(lead_in), Bullets(("Posti Oy", "Mailer Inc")))
        rendered = render_letter_pages(letter(rows=0, language=language, body_extra=body + listed))
        for page in PdfReader(io.BytesIO(rendered.pdf)).pages:
            page_lines = [ln.strip() for ln in (page.extract_text() or "").splitlines()]
            if lead_in in page_lines:
                assert any("Posti Oy" in ln for ln in page_lines), (lines, page_lines)
            body_lines = [ln for ln in page_lines if ln.startswith("Rivi ")]
            if body_lines and body_lines[-1] == f"Rivi {lines - 1}: tekstiä, joka täyttää sivua.":
                # The body's last line ended a page: the lead-in was pushed over with its list.
                last_of_page_seen += lead_in not in page_lines
    assert last_of_page_seen >= 1
