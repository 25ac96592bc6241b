"""What a letter or printed notice says, independent of how it is laid out.

Every text here is plain text: the PDF layer escapes it, so a name such as "<b>Ann</b>" prints
as those characters. A line break inside a text ("\n") is kept as a line break.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a section of the letter; 2: a part of a section


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # "body" | "bold" | "italic" | "small"


@dataclass(frozen=True)
class Facts:
    """Label–value pairs in two columns, without a header (e.g. the request's dates)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it runs over.

    `widths` are relative weights of the columns (None: equal); `empty` is printed instead of
    the table when it has no rows, so that an empty section still says so in words.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    empty: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Facts | Table | Bullets | PageBreak


@dataclass(frozen=True)
class Letterhead:
    """The controller as the top of every page shows it (editable settings)."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str
    business_id: str  # y-tunnus
    phone: str
    email: str
    web: str = ""


@dataclass(frozen=True)
class Signature:
    closing: str  # "Ystävällisin terveisin" / "Yours sincerely"
    name: str  # the handler's full name
    title: str  # the handler's title (user record)
    organisation: str  # the controller's name


@dataclass(frozen=True)
class EnvelopeWindow:
    """Where the address goes: DIN 5008 form B (85 × 45 mm field, 20 mm from the left edge and
    45 mm from the top of an A4 sheet) moved by the printer's offsets, in millimetres."""

    left_mm: float = 20.0
    top_mm: float = 45.0
    width_mm: float = 85.0
    height_mm: float = 45.0
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    @property
    def x_mm(self) -> float:
        return self.left_mm + self.offset_x_mm

    @property
    def y_mm(self) -> float:
        """From the top edge of the sheet."""
        return self.top_mm + self.offset_y_mm


@dataclass(frozen=True)
class Letter:
    """A letter to one person. `language` is "fi" or "en": it picks the words of the frame
    (date, reference, page numbers, enclosures) and the date format."""

    language: str
    kind: str
    subject: str
    recipient: tuple[str, ...]  # address lines, the name first
    date: dt.date
    reference: str
    body: tuple[Block, ...]
    letterhead: Letterhead
    signature: Signature | None = None
    enclosures: tuple[str, ...] = ()
    window: EnvelopeWindow = field(default_factory=EnvelopeWindow)
    # Mail abroad: the sender's country, which the return line above the address then ends with.
    sender_country: str = ""


@dataclass(frozen=True)
class Notice:
    """A printed document without an addressee (the privacy notice): letterhead, title, body."""

    language: str
    title: str
    date: dt.date
    body: tuple[Block, ...]
    letterhead: Letterhead
