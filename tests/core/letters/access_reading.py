"""Reading an access response back: its headings and tables, its texts, and the PDF's pages."""

from __future__ import annotations

import io
import re

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


def headings(letter: Letter, level: int | None = None) -> list[str]:
    return [b.text for b in letter.body if isinstance(b, Heading) and level in (None, b.level)]


def tables(letter: Letter) -> list[Table]:
    return [b for b in letter.body if isinstance(b, Table)]


def table_with(letter: Letter, *header: str) -> Table:
    """The one table whose header begins with these column names."""
    found = [t for t in tables(letter) if t.header[: len(header)] == header]
    assert len(found) == 1, [t.header for t in tables(letter)]
    return found[0]


def texts(blocks: tuple[Block, ...]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading | Paragraph):
            out.append(b.text)
        elif isinstance(b, Bullets):
            out.extend(b.items)
        elif isinstance(b, Facts):
            out.extend(f"{k}: {v}" for k, v in b.rows)
        elif isinstance(b, Table):
            out.extend(b.header)
            out.append(b.empty)
            out.extend(" | ".join(r) for r in b.rows)
    return "\n".join(out)


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)
