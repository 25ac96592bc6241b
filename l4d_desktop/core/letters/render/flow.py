"""A document's blocks as reportlab flowables: the paragraph styles, headings, bullets, facts
and tables whose header repeats on every page, every text escaped so that data never act as
markup and table cells broken to their column's width."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak

from l4d_desktop.core.letters.document import Block, Bullets, Facts, Heading, PageBreak, Table
from l4d_desktop.core.letters.document import Paragraph as TextParagraph
from l4d_desktop.core.letters.render import fonts
from l4d_desktop.core.letters.render.page import TEXT_W
from l4d_desktop.core.letters.render.text_fit import TextWidths, wrap


def styles() -> dict[str, ParagraphStyle]:
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
        "h1": _heading("h1", base, size=12, leading=15, before=10, after=4),
        "h2": _heading("h2", base, size=10.5, leading=14, before=6, after=3),
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


def _heading(
    name: str, base: ParagraphStyle, size: float, leading: float, before: float, after: float
) -> ParagraphStyle:
    """A bold heading style that stays on the page of what follows it."""
    return ParagraphStyle(
        name,
        parent=base,
        fontName=fonts.BOLD,
        fontSize=size,
        leading=leading,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=1,
    )


def markup(text: str) -> str:
    """Plain text as Paragraph markup that means exactly that text."""
    return escape(text).replace("\n", "<br/>")


class Flow:
    """Turns blocks into flowables in the given styles."""

    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self.s = styles

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self.s[style])

    def blocks(self, blocks: Iterable[Block]) -> Iterator[Flowable]:
        listed = list(blocks)
        for block, following in zip(listed, [*listed[1:], None], strict=True):
            if isinstance(block, TextParagraph) and isinstance(following, Bullets):
                # A list's lead-in ("we informed these recipients:") never ends a page alone.
                yield self.para_kept(block.text, block.style if block.style in self.s else "body")
            else:
                yield from self.block(block)

    def para_kept(self, text: str, style: str) -> Paragraph:
        """A paragraph that stays on the page of what follows it."""
        base = self.s[style]
        return Paragraph(markup(text), ParagraphStyle(f"{base.name}-kept", base, keepWithNext=1))

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
