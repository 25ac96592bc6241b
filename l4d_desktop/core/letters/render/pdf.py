"""A4 PDF letters and notices: the document around the pages' furniture (page.py) and the
body's flowables (flow.py), with page numbers counted at the end.

Every text of the document is plain: it is escaped before reportlab sees it, so data never act
as markup. A character no embedded face can print stops the rendering before any output, and
the error names its code point. The output is byte-identical for the same input (reportlab's
invariant mode, fixed metadata).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    Facts,
    Heading,
    Letter,
    Letterhead,
    Notice,
    Table,
)
from l4d_desktop.core.letters.document import Paragraph as TextParagraph
from l4d_desktop.core.letters.render import fonts
from l4d_desktop.core.letters.render.flow import Flow, markup, styles
from l4d_desktop.core.letters.render.page import (
    BOTTOM,
    FIRST_BODY_TOP,
    LATER_BODY_TOP,
    LEFT,
    PAGE_H,
    RIGHT,
    TEXT_W,
    draw_address,
    draw_fold_marks,
    draw_info_block,
    draw_letterhead,
    numbered_canvas,
)
from l4d_desktop.core.letters.words import catalogue


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


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


def _body_frame(top: float, name: str) -> Frame:
    """Where the body runs on a page: the text width, from `top` down to the footer."""
    return Frame(
        LEFT,
        BOTTOM,
        TEXT_W,
        PAGE_H - top - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def render_letter_pages(letter: Letter) -> Rendered:
    """The letter as PDF bytes, and how many pages it has."""
    fonts.register()
    check_printable(letter_texts(letter))
    paragraph_styles = styles()
    flow = Flow(paragraph_styles)
    head, language = letter.letterhead, letter.language

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)
        draw_fold_marks(canvas)
        draw_address(canvas, letter)
        draw_info_block(canvas, letter)

    def later_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)

    out = io.BytesIO()
    doc = _doc(out, letter.subject, head.name, letter.reference, language)
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[_body_frame(FIRST_BODY_TOP, "first")], onPage=first_page
            ),
            PageTemplate(
                id="later", frames=[_body_frame(LATER_BODY_TOP, "later")], onPage=later_page
            ),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later"), flow.para(letter.subject, "subject")]
    story.extend(flow.blocks(letter.body))
    if letter.signature is not None:
        s = letter.signature
        # The closing takes the body's last flowable with it to a new page, so that it never
        # stands alone there: a page holding only a signature could be put under any text.
        tail: list[Flowable] = []
        while len(story) > 2 and not (tail and not isinstance(tail[0], Spacer)):
            tail.insert(0, story.pop())
        story.append(
            KeepTogether(
                [
                    *tail,
                    Spacer(1, 6),
                    flow.para(s.closing),
                    Spacer(1, 12 * mm),
                    Paragraph(
                        "<br/>".join(markup(t) for t in (s.name, s.title, s.organisation) if t),
                        paragraph_styles["body"],
                    ),
                ]
            )
        )
    if letter.enclosures:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4),
                    flow.para(catalogue(language)("frame.enclosures"), "bold"),
                    *(flow.para(e, "small") for e in letter.enclosures),
                ]
            )
        )
    counter: list[int] = []
    doc.build(story, canvasmaker=numbered_canvas(head, language, counter))
    return Rendered(out.getvalue(), counter[-1] if counter else 0)


def render_letter(letter: Letter) -> bytes:
    return render_letter_pages(letter).pdf


def render_notice_pages(notice: Notice) -> Rendered:
    """A document without an addressee (the privacy notice): letterhead, title, date, body."""
    fonts.register()
    check_printable(notice_texts(notice))
    flow = Flow(styles())
    head, language = notice.letterhead, notice.language

    def page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, language)

    out = io.BytesIO()
    doc = _doc(out, notice.title, head.name, notice.title, language)
    doc.addPageTemplates(
        [PageTemplate(id="later", frames=[_body_frame(LATER_BODY_TOP, "later")], onPage=page)]
    )
    story: list[Flowable] = [
        flow.para(notice.title, "title"),
        flow.para(catalogue(language).date(notice.date), "small"),
        Spacer(1, 4),
        *flow.blocks(notice.body),
    ]
    counter: list[int] = []
    doc.build(story, canvasmaker=numbered_canvas(head, language, counter))
    return Rendered(out.getvalue(), counter[-1] if counter else 0)


def render_notice(notice: Notice) -> bytes:
    return render_notice_pages(notice).pdf
