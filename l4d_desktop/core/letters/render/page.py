"""The furniture of a letter's pages, drawn on the canvas: letterhead, fold marks, the address
in a window envelope's window, the date and reference beside it, and the footer.

Layout (millimetres from the top-left corner of the sheet):
- the letterhead on every page, above 40 mm;
- page 1: the address field of DIN 5008 form B (85 × 45 mm at 20 mm from the left and 45 mm
  from the top, moved by the printer's offsets), which fits C5 and DL window envelopes; the
  sender's return line in its top 17.7 mm and the recipient below; the date and reference to
  its right; the body from 98.5 mm; fold marks at 105 and 210 mm and a punch mark at 148.5 mm;
- every page: "page / pages" and the controller's identification in the footer.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from l4d_desktop.core.letters.document import EnvelopeWindow, Letter, Letterhead
from l4d_desktop.core.letters.render import fonts
from l4d_desktop.core.letters.render.text_fit import TextWidths, wrap, wrap_all
from l4d_desktop.core.letters.words import catalogue

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


def draw_letterhead(canvas: Canvas, head: Letterhead, language: str) -> None:
    w = catalogue(language)
    canvas.setFont(fonts.BOLD, 14)
    canvas.setFillColor(colors.HexColor("#1F2A37"))
    canvas.drawString(LEFT, PAGE_H - 18 * mm, head.name)
    lines = [
        f"{head.street}, {head.postal_code} {head.city}",
        ", ".join(
            p
            for p in (
                w("frame.phone", phone=head.phone) if head.phone else "",
                head.email,
                head.web,
            )
            if p
        ),
        w("frame.business_id", business_id=head.business_id) if head.business_id else "",
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


def draw_address(canvas: Canvas, letter: Letter) -> None:
    x0, y0, x1, y1 = window_rect(letter.window)
    room = (x1 - x0) - 2 * WINDOW_INSET
    head = letter.letterhead
    sender = f"{head.name}, {head.street}, {head.postal_code} {head.city}"
    if letter.sender_country:  # a letter returned from abroad must find its way back
        sender = f"{sender}, {letter.sender_country}"
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


def draw_info_block(canvas: Canvas, letter: Letter) -> None:
    w = catalogue(letter.language)
    x = 125 * mm
    y = PAGE_H - 50 * mm
    for label, value in (
        (w("frame.date"), w.date(letter.date)),
        (w("frame.reference"), letter.reference),
    ):
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#4B5563"))
        canvas.drawString(x, y, label)
        canvas.setFont(fonts.REGULAR, 10)
        canvas.setFillColor(colors.black)
        canvas.drawString(x, y - 4.5 * mm, value)
        y -= 11 * mm


def draw_footer(canvas: Canvas, head: Letterhead, language: str, page: int, pages: int) -> None:
    w = catalogue(language)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(colors.HexColor("#4B5563"))
    y = 12 * mm
    ident = head.name + (
        f" · {w('frame.business_id', business_id=head.business_id)}" if head.business_id else ""
    )
    canvas.drawString(LEFT, y, ident)
    canvas.drawRightString(PAGE_W - RIGHT, y, w("frame.page", page=page, pages=pages))
    canvas.setFillColor(colors.black)


def numbered_canvas(head: Letterhead, language: str, counter: list[int]) -> type[Canvas]:
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
