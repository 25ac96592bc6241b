"""Layout rules of a letter as evidence, read back from real PDFs: the closing never stands
alone on a last page, in Finnish and in English."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from l4d_desktop.core.letters.document import Paragraph
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
