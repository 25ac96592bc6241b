"""The window-envelope calibration page: the address field's frame where letters put it (the
saved or trial offsets applied), fold marks and millimetre rulers, with instructions in the
page's language, for checking a printer against an envelope."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from l4d_desktop.core.letters.document import EnvelopeWindow, Letterhead
from l4d_desktop.core.letters.render import fonts
from l4d_desktop.core.letters.render.page import (
    LEFT,
    PAGE_H,
    RETURN_ZONE,
    TEXT_W,
    draw_fold_marks,
    draw_footer,
    draw_letterhead,
    window_rect,
)
from l4d_desktop.core.letters.render.text_fit import TextWidths, wrap
from l4d_desktop.core.letters.words import Words, catalogue

# The instructions, one paragraph a step.
_STEPS = tuple(f"calibration.step.{n}" for n in range(1, 5))


def _mm_text(value: float, w: Words) -> str:
    return f"{value:+.1f}".replace(".", w("format.decimal_point"))


def render_calibration(window: EnvelopeWindow, head: Letterhead, language: str) -> bytes:
    """One page with the address field's frame where letters put it (offsets applied), fold
    marks and millimetre rulers, for checking a printer against an envelope."""
    fonts.register()
    w = catalogue(language)
    out = io.BytesIO()
    canvas = Canvas(
        out, pagesize=A4, invariant=1, initialFontName=fonts.REGULAR, pageCompression=None
    )
    canvas.setTitle(w("calibration.title"))
    canvas.setAuthor(head.name)
    canvas.setCreator("L4D Desktop")
    canvas.setProducer("L4D Desktop")
    draw_letterhead(canvas, head, language)
    draw_fold_marks(canvas)
    x0, y0, x1, y1 = window_rect(window)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.rect(x0, y0, x1 - x0, y1 - y0)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.line(x0, y1 - RETURN_ZONE, x1, y1 - RETURN_ZONE)
    canvas.setDash()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    canvas.line(cx - 5 * mm, cy, cx + 5 * mm, cy)
    canvas.line(cx, cy - 5 * mm, cx, cy + 5 * mm)
    canvas.setFont(fonts.REGULAR, 7)
    canvas.drawString(x0 + 2 * mm, y0 + 2 * mm, w("calibration.field"))
    # Rulers along the top and the left edge of the field, every millimetre.
    canvas.setLineWidth(0.2)
    for i in range(0, 86):
        tick = 3 * mm if i % 10 == 0 else (2 * mm if i % 5 == 0 else 1 * mm)
        canvas.line(x0 + i * mm, y1, x0 + i * mm, y1 + tick)
    for i in range(0, 46):
        tick = 3 * mm if i % 10 == 0 else (2 * mm if i % 5 == 0 else 1 * mm)
        canvas.line(x0, y1 - i * mm, x0 - tick, y1 - i * mm)
    canvas.setFont(fonts.REGULAR, 6)
    for i in range(0, 86, 10):
        canvas.drawCentredString(x0 + i * mm, y1 + 3.8 * mm, str(i))
    canvas.setFont(fonts.BOLD, 14)
    y = PAGE_H - 110 * mm
    canvas.drawString(LEFT, y, w("calibration.title"))
    canvas.setFont(fonts.REGULAR, 10)
    y -= 9 * mm
    for step in _STEPS:
        for line in wrap(w(step), TEXT_W, TextWidths(fonts.REGULAR, 10)):
            canvas.drawString(LEFT, y, line)
            y -= 5 * mm
        y -= 1.5 * mm
    y -= 3 * mm
    canvas.drawString(
        LEFT,
        y,
        w(
            "calibration.now",
            x=_mm_text(window.offset_x_mm, w),
            y=_mm_text(window.offset_y_mm, w),
        ),
    )
    draw_footer(canvas, head, language, 1, 1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
