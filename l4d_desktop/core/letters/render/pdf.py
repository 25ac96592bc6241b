"""A4 PDF letters: letterhead, the address in a window envelope's window, page numbers.

Layout (millimetres from the top-left corner of the sheet):
- the letterhead on every page, above 40 mm;
- page 1: the address field of DIN 5008 form B (85 × 45 mm at 20 mm from the left and 45 mm
  from the top, moved by the printer's offsets), which fits C5 and DL window envelopes; the
  sender's return line in its top 17.7 mm and the recipient below; the date and reference to
  its right; the body from 98.5 mm; fold marks at 105 and 210 mm and a punch mark at 148.5 mm;
- every page: "page / pages" and the controller's identification in the footer.

Every text of the document is plain: it is escaped before reportlab sees it, so data never act
as markup. A character no embedded face can print stops the rendering before any output, and
the error names its code point. The output is byte-identical for the same input (reportlab's
invariant mode, fixed metadata).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    EnvelopeWindow,
    Facts,
    Heading,
    Letter,
    Letterhead,
    Notice,
    PageBreak,
    Table,
)
from l4d_desktop.core.letters.document import (
    Paragraph as TextParagraph,
)
from l4d_desktop.core.letters.render import fonts
from l4d_desktop.core.letters.render.text_fit import TextWidths, wrap, wrap_all
from l4d_desktop.core.letters.words.dates import date_text

PAGE_W, PAGE_H = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
BOTTOM = 22 * mm
FIRST_BODY_TOP = 98.5 * mm
LATER_BODY_TOP = 34 * mm
# DIN 5008 form B: the top 17.7 mm of the address field hold the return line.
RETURN_ZONE = 17.7 * mm
WINDOW_INSET = 5 * mm

_FRAME_WORDS = {
    "fi": {
        "date": "Päivämäärä",
        "reference": "Viite",
        "page": "Sivu",
        "enclosures": "Liitteet",
        "business_id": "Y-tunnus",
        "phone": "Puh.",
    },
    "en": {
        "date": "Date",
        "reference": "Reference",
        "page": "Page",
        "enclosures": "Enclosures",
        "business_id": "Business ID",
        "phone": "Tel.",
    },
}


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        bulletFontName=fonts.REGULAR,  # reportlab's default would reference Helvetica
        fontSize=10,
        leading=14,
        spaceAfter=6,
    )
    return {
        "body": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=fonts.BOLD),
        "italic": ParagraphStyle("italic", parent=base, fontName=fonts.ITALIC),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceAfter=10
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=8
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=fonts.BOLD, fontSize=8, leading=10, spaceAfter=0
        ),
        "fact_label": ParagraphStyle(
            "fact_label", parent=base, fontName=fonts.BOLD, fontSize=9, leading=12, spaceAfter=0
        ),
        "fact_value": ParagraphStyle(
            "fact_value", parent=base, fontSize=9, leading=12, spaceAfter=0
        ),
    }


def markup(text: str) -> str:
    """Plain text as Paragraph markup that means exactly that text."""
    return escape(text).replace("\n", "<br/>")


# ---------------------------------------------------------------------------------------------
# Blocks → flowables


class _Flow:
    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self.s = styles

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self.s[style])

    def blocks(self, blocks: Iterable[Block]) -> Iterator[Flowable]:
        for block in blocks:
            yield from self.block(block)

    def block(self, block: Block) -> Iterator[Flowable]:
        if isinstance(block, Heading):
            yield self.para(block.text, "h1" if block.level <= 1 else "h2")
        elif isinstance(block, TextParagraph):
            yield self.para(block.text, block.style if block.style in self.s else "body")
        elif isinstance(block, Bullets):
            for item in block.items:
                yield Paragraph(markup(item), self.s["bullet"], bulletText="•")
            yield Spacer(1, 4)
        elif isinstance(block, Facts):
            yield self.facts(block)
        elif isinstance(block, Table):
            yield from self.table(block)
        elif isinstance(block, PageBreak):
            yield RLPageBreak()

    def facts(self, block: Facts) -> Flowable:
        rows = [
            [Paragraph(markup(label), self.s["fact_label"]), self.para(value, "fact_value")]
            for label, value in block.rows
        ]
        table = LongTable(rows, colWidths=[0.34 * TEXT_W, 0.66 * TEXT_W], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    # Every table names the font: its default would reference Helvetica.
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def table(self, block: Table) -> Iterator[Flowable]:
        if not block.rows:
            if block.empty:
                yield self.para(block.empty, "italic")
            return
        n = len(block.header)
        weights = block.widths or (1.0,) * n
        total = sum(weights)
        widths = [TEXT_W * w / total for w in weights]
        header = [Paragraph(markup(h), self.s["cell_head"]) for h in block.header]
        measure = TextWidths(fonts.REGULAR, _CELL_FONT_SIZE)
        body = [_cells(row, widths, measure) for row in block.rows]
        table = LongTable([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_TABLE_STYLE)
        yield table
        yield Spacer(1, 6)


_CELL_FONT_SIZE = 8
_CELL_PAD = 3
_TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), _CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E7EB")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#5F6B7A")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C5CBD3")),
    ]
)


def _cells(row: tuple[str, ...], widths: list[float], measure: TextWidths) -> list[str]:
    """Table cells as plain strings (reportlab draws them literally, never as markup), broken
    into lines where a text is wider than its column."""
    out: list[str] = []
    for text, width in zip(row, widths, strict=False):
        room = width - 2 * _CELL_PAD
        parts = text.split("\n")
        if all(measure.text(part) <= room for part in parts):
            out.append(text)
            continue
        lines: list[str] = []
        for part in parts:
            lines.extend(wrap(part, room, measure))
        out.append("\n".join(lines))
    return out


# ---------------------------------------------------------------------------------------------
# Page furniture


def draw_letterhead(canvas: Canvas, head: Letterhead, language: str) -> None:
    words = _FRAME_WORDS[language]
    canvas.setFont(fonts.BOLD, 14)
    canvas.setFillColor(colors.HexColor("#1F2A37"))
    canvas.drawString(LEFT, PAGE_H - 18 * mm, head.name)
    lines = [
        f"{head.street}, {head.postal_code} {head.city}",
        ", ".join(
            p
            for p in (
                f"{words['phone']} {head.phone}" if head.phone else "",
                head.email,
                head.web,
            )
            if p
        ),
        f"{words['business_id']} {head.business_id}" if head.business_id else "",
    ]
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(colors.HexColor("#374151"))
    y = PAGE_H - 13 * mm
    for line in lines:
        if line:
            canvas.drawRightString(PAGE_W - RIGHT, y, line)
            y -= 3.4 * mm
    canvas.setStrokeColor(colors.HexColor("#9CA3AF"))
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, PAGE_H - 26 * mm, PAGE_W - RIGHT, PAGE_H - 26 * mm)
    canvas.setFillColor(colors.black)


def draw_fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(colors.HexColor("#9CA3AF"))
    canvas.setLineWidth(0.3)
    for top, length in ((105, 5), (210, 5), (148.5, 8)):
        y = PAGE_H - top * mm
        canvas.line(3 * mm, y, (3 + length) * mm, y)


def window_rect(window: EnvelopeWindow) -> tuple[float, float, float, float]:
    """The address field in PDF points: (x0, y0, x1, y1) with y from the bottom of the page."""
    x0 = window.x_mm * mm
    top = PAGE_H - window.y_mm * mm
    return x0, top - window.height_mm * mm, x0 + window.width_mm * mm, top


def _address(canvas: Canvas, letter: Letter) -> None:
    x0, y0, x1, y1 = window_rect(letter.window)
    room = (x1 - x0) - 2 * WINDOW_INSET
    head = letter.letterhead
    sender = f"{head.name}, {head.street}, {head.postal_code} {head.city}"
    size = 6.5
    while size > 4.5 and stringWidth(sender, fonts.REGULAR, size) > room:
        size -= 0.25
    canvas.setFont(fonts.REGULAR, size)
    canvas.setFillColor(colors.HexColor("#374151"))
    return_y = y1 - RETURN_ZONE + 3 * mm
    canvas.drawString(
        x0 + WINDOW_INSET, return_y, wrap(sender, room, TextWidths(fonts.REGULAR, size))[0]
    )
    canvas.setStrokeColor(colors.HexColor("#9CA3AF"))
    canvas.setLineWidth(0.3)
    canvas.line(x0 + WINDOW_INSET, return_y - 1.2 * mm, x1 - WINDOW_INSET, return_y - 1.2 * mm)
    canvas.setFillColor(colors.black)
    # The recipient: as many lines as the field holds, the font shrinking for a long address
    # rather than any line being cut off or leaving the window.
    zone_top = y1 - RETURN_ZONE
    zone_height = (y1 - y0) - RETURN_ZONE - 2 * mm
    size, leading = 10.0, 12.5
    while True:
        lines = wrap_all(letter.recipient, room, TextWidths(fonts.REGULAR, size))
        if len(lines) * leading <= zone_height or size <= 6:
            break
        size -= 0.5
        leading = size * 1.25
    y = zone_top - size - 1 * mm
    canvas.setFont(fonts.REGULAR, size)
    for line in lines:
        canvas.drawString(x0 + WINDOW_INSET, y, line)
        y -= leading


def _info_block(canvas: Canvas, letter: Letter) -> None:
    words = _FRAME_WORDS[letter.language]
    x = 125 * mm
    y = PAGE_H - 50 * mm
    for label, value in (
        (words["date"], date_text(letter.date, letter.language)),
        (words["reference"], letter.reference),
    ):
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#4B5563"))
        canvas.drawString(x, y, label)
        canvas.setFont(fonts.REGULAR, 10)
        canvas.setFillColor(colors.black)
        canvas.drawString(x, y - 4.5 * mm, value)
        y -= 11 * mm


def draw_footer(canvas: Canvas, head: Letterhead, language: str, page: int, pages: int) -> None:
    words = _FRAME_WORDS[language]
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(colors.HexColor("#4B5563"))
    y = 12 * mm
    ident = head.name + (
        f" · {words['business_id']} {head.business_id}" if head.business_id else ""
    )
    canvas.drawString(LEFT, y, ident)
    canvas.drawRightString(PAGE_W - RIGHT, y, f"{words['page']} {page} / {pages}")
    canvas.setFillColor(colors.black)


def _numbered_canvas(head: Letterhead, language: str, counter: list[int]) -> type[Canvas]:
    """A canvas that holds every page until the end, so each footer can say "page / pages"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counter.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, head, language, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# ---------------------------------------------------------------------------------------------
# Documents


def _texts_of_blocks(blocks: Iterable[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Heading | TextParagraph):
            yield block.text
        elif isinstance(block, Bullets):
            yield from block.items
        elif isinstance(block, Facts):
            for label, value in block.rows:
                yield label
                yield value
        elif isinstance(block, Table):
            yield from block.header
            yield block.empty
            for row in block.rows:
                yield from row


def _texts_of_head(head: Letterhead) -> Iterator[str]:
    yield from (
        head.name,
        head.street,
        head.postal_code,
        head.city,
        head.country,
        head.business_id,
        head.phone,
        head.email,
        head.web,
    )


def letter_texts(letter: Letter) -> Iterator[str]:
    """Every text the letter prints."""
    yield letter.subject
    yield letter.reference
    yield from letter.recipient
    yield from letter.enclosures
    yield from _texts_of_head(letter.letterhead)
    if letter.signature is not None:
        s = letter.signature
        yield from (s.closing, s.name, s.title, s.organisation)
    yield from _texts_of_blocks(letter.body)


def notice_texts(notice: Notice) -> Iterator[str]:
    yield notice.title
    yield from _texts_of_head(notice.letterhead)
    yield from _texts_of_blocks(notice.body)


def check_printable(texts: Iterable[str]) -> None:
    """Refuse, before any output, a text with a character no embedded face can print."""
    missing = fonts.unprintable(texts)
    if missing:
        raise BusinessRuleError("letter_unprintable", chars=fonts.code_points(missing))


def _doc(out: io.BytesIO, title: str, author: str, subject: str, language: str) -> BaseDocTemplate:
    return BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="L4D Desktop",
        producer="L4D Desktop",
        keywords="",
        lang=language,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )


def _later_frame() -> Frame:
    return Frame(
        LEFT,
        BOTTOM,
        TEXT_W,
        PAGE_H - LATER_BODY_TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )


def render_letter_pages(letter: Letter) -> Rendered:
    """The letter as PDF bytes, and how many pages it has."""
    fonts.register()
    check_printable(letter_texts(letter))
    styles = _styles()
    flow = _Flow(styles)
    head, language = letter.letterhead, letter.language

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)
        draw_fold_marks(canvas)
        _address(canvas, letter)
        _info_block(canvas, letter)

    def later_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)

    first_frame = Frame(
        LEFT,
        BOTTOM,
        TEXT_W,
        PAGE_H - FIRST_BODY_TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    out = io.BytesIO()
    doc = _doc(out, letter.subject, head.name, letter.reference, language)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first_frame], onPage=first_page),
            PageTemplate(id="later", frames=[_later_frame()], onPage=later_page),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later"), flow.para(letter.subject, "subject")]
    story.extend(flow.blocks(letter.body))
    if letter.signature is not None:
        s = letter.signature
        story.append(
            KeepTogether(
                [
                    Spacer(1, 6),
                    flow.para(s.closing),
                    Spacer(1, 12 * mm),
                    Paragraph(
                        "<br/>".join(markup(t) for t in (s.name, s.title, s.organisation) if t),
                        styles["body"],
                    ),
                ]
            )
        )
    if letter.enclosures:
        words = _FRAME_WORDS[language]
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4),
                    flow.para(words["enclosures"], "bold"),
                    *(flow.para(e, "small") for e in letter.enclosures),
                ]
            )
        )
    counter: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(head, language, counter))
    return Rendered(out.getvalue(), counter[-1] if counter else 0)


def render_letter(letter: Letter) -> bytes:
    return render_letter_pages(letter).pdf


def render_notice_pages(notice: Notice) -> Rendered:
    """A document without an addressee (the privacy notice): letterhead, title, date, body."""
    fonts.register()
    check_printable(notice_texts(notice))
    styles = _styles()
    flow = _Flow(styles)
    head, language = notice.letterhead, notice.language

    def page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)

    out = io.BytesIO()
    doc = _doc(out, notice.title, head.name, notice.title, language)
    doc.addPageTemplates([PageTemplate(id="later", frames=[_later_frame()], onPage=page)])
    story: list[Flowable] = [
        flow.para(notice.title, "title"),
        flow.para(date_text(notice.date, language), "small"),
        Spacer(1, 4),
        *flow.blocks(notice.body),
    ]
    counter: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(head, language, counter))
    return Rendered(out.getvalue(), counter[-1] if counter else 0)


def render_notice(notice: Notice) -> bytes:
    return render_notice_pages(notice).pdf
