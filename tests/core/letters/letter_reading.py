"""Reading a composed letter back: its texts, headings and tables, and the rendered PDF's text."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pypdf import PdfReader

from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    Facts,
    Heading,
    Letter,
    Paragraph,
    Table,
)
from l4d_desktop.core.letters.render.pdf import render_letter


def _texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    for b in blocks:
        if isinstance(b, Heading | Paragraph):
            yield b.text
        elif isinstance(b, Bullets):
            yield from b.items
        elif isinstance(b, Facts):
            for label, value in b.rows:
                yield label
                yield value
        elif isinstance(b, Table):
            yield from b.header
            for row in b.rows:
                yield from row
            yield b.empty


def body_text(letter: Letter) -> str:
    return "\n".join([letter.subject, *_texts(letter.body)])


def headings(letter: Letter) -> list[str]:
    return [b.text for b in letter.body if isinstance(b, Heading)]


def tables(letter: Letter) -> list[Table]:
    return [b for b in letter.body if isinstance(b, Table)]


def pdf_text(letter: Letter) -> str:
    """The rendered letter's text, with every run of white space made one space."""
    reader = PdfReader(io.BytesIO(render_letter(letter)))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


REMEDIES = {"fi": "Oikeussuojakeinot", "en": "Your remedies"}


COURT = {"fi": "tuomioistuimen", "en": "court"}


OMBUDSMAN = {"fi": "Tietosuojavaltuutet", "en": "Data Protection Ombudsman"}


def has_remedies(letter: Letter, language: str) -> bool:
    return REMEDIES[language] in headings(letter)
