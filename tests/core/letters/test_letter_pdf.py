"""The letter layout read back from real PDFs: fonts, the envelope window, escaping, pages."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.document import (
    Bullets,
    EnvelopeWindow,
    Facts,
    Heading,
    Letter,
    Letterhead,
    Notice,
    Paragraph,
    Signature,
    Table,
)
from l4d_desktop.core.letters.render.calibration import render_calibration
from l4d_desktop.core.letters.render.page import FIRST_BODY_TOP, window_rect
from l4d_desktop.core.letters.render.pdf import render_letter, render_letter_pages, render_notice

HEAD = Letterhead(
    name="Lean 4D Oy",
    street="Vanha kirkkokuja 19",
    postal_code="02520",
    city="Lapinkylä, Kirkkonummi",
    country="Suomi",
    business_id="2989855-5",
    phone="+358 40 071 7454",
    email="jouni@lean4d.fi",
)
HOSTILE = "Šárka <b>Łukasiewicz</b>-Öhman <a href='https://x.example'>klik</a> <img src='/etc/passwd'/> & <"


def letter(
    *,
    recipient: tuple[str, ...] = (HOSTILE, "Mannerheimintie 1 A 2", "00100 Helsinki"),
    rows: int = 5,
    window: EnvelopeWindow | None = None,
    language: str = "fi",
    body_extra: tuple[Any, ...] = (),
) -> Letter:
    return Letter(
        language=language,
        kind="access",
        subject="Vastaus tietopyyntöösi",
        recipient=recipient,
        date=dt.date(2026, 11, 24),
        reference="L4D-00042",
        body=(
            Paragraph(f"Hyvä {HOSTILE},"),
            Heading("Tietosi"),
            Facts((("Nimi", HOSTILE), ("Sähköposti", "sarka@example.fi"))),
            Paragraph("Lihavoitu kappale", "bold"),
            Table(
                ("Aika", "Sivu", "IP-osoite"),
                tuple(
                    (f"1.1.2026 10.{i % 60:02d}", f"/sivu/{i}", "192.0.2.1") for i in range(rows)
                ),
            ),
            Table(("Tyhjä",), (), empty="Ei tietoja."),
            Bullets(("Oikeus oikaisuun", "Oikeus poistoon")),
            *body_extra,
        ),
        letterhead=HEAD,
        signature=Signature(
            "Ystävällisin terveisin", "Jouni Ojala", "toimitusjohtaja", "Lean 4D Oy"
        ),
        enclosures=("tiedot-data.json",),
        window=window or EnvelopeWindow(),
    )


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def fonts_of(pdf: PdfReader) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for page in pdf.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def positioned_text(page: Any) -> list[tuple[str, float, float, str, float]]:
    """(text, x, y, font, size) of every piece of text drawn on the page."""
    out: list[tuple[str, float, float, str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont")) if font else ""
            out.append((text.strip(), x, y, name, float(size) * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return out


def test_every_font_is_embedded_and_bold_is_the_bold_face() -> None:
    pdf = reader(render_letter(letter()))
    found = fonts_of(pdf)
    assert found, "no fonts"
    for name, font in found.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    names = " ".join(found)
    assert "NotoSans-Regular" in names and "NotoSans-Bold" in names
    assert "Helvetica" not in names
    drawn = positioned_text(pdf.pages[0])
    bold = [font for t, _x, _y, font, _size in drawn if "Lihavoitu" in t]
    assert bold and all("Bold" in font for font in bold), "bold text must use the bold face"


def test_a_hostile_name_prints_literally() -> None:
    pdf = reader(render_letter(letter()))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "Šárka <b>Łukasiewicz</b>-Öhman" in text
    assert "<a href='https://x.example'>klik</a>" in text
    assert "<img src='/etc/passwd'/> & <" in text
    for page in pdf.pages:
        assert "/Annots" not in page, "data must never become a link"


@pytest.mark.parametrize("offsets", [(0.0, 0.0), (4.5, -3.0)])
def test_the_address_lies_inside_the_window(offsets: tuple[float, float]) -> None:
    window = EnvelopeWindow(offset_x_mm=offsets[0], offset_y_mm=offsets[1])
    long_street = "Pitkänimisen taloyhtiön asuntokatu 123 B 45, porras C, kerros 7, huoneisto 89"
    recipient = (HOSTILE, long_street, "00100 Helsinki", "RUOTSI")
    pdf = reader(render_letter(letter(recipient=recipient, window=window)))
    x0, y0, x1, y1 = window_rect(window)
    drawn = positioned_text(pdf.pages[0])
    above_body = A4[1] - FIRST_BODY_TOP  # the body (which repeats the name) starts lower
    address = [
        d
        for d in drawn
        if d[0].startswith(("Šárka", "Pitkänimisen", "00100", "RUOTSI")) and d[2] > above_body
    ]
    assert len(address) >= 4
    for text, x, y, _font, size in address:
        assert x0 <= x <= x1 and y0 <= y <= y1, f"{text!r} at {x:.1f},{y:.1f} outside the window"
        # ... and it ends inside the window too.
        assert x + stringWidth(text, "L4DSans", size) <= x1, f"{text!r} runs out of the window"
    text = pdf.pages[0].extract_text()
    assert "huoneisto 89" in text, "a long line wraps, it is not cut off"


def test_output_is_byte_identical_for_the_same_input() -> None:
    assert render_letter(letter()) == render_letter(letter())
    assert render_calibration(EnvelopeWindow(), HEAD, "en") == render_calibration(
        EnvelopeWindow(), HEAD, "en"
    )


def test_a_character_no_font_has_is_refused_before_printing() -> None:
    with pytest.raises(BusinessRuleError) as caught:
        render_letter(letter(recipient=("王小明", "Katu 1", "00100 Helsinki")))
    assert caught.value.code == "letter_unprintable"
    assert caught.value.params["chars"] == "U+5C0F, U+660E, U+738B"


def test_latin_extended_names_print() -> None:
    names = "Šárka Łukasiewicz-Öhman, Zoë Čapek, Győző Ódor, Ørjan Ærø, Ðorđe Đukić, Ştefan Ţepeş"
    pdf = reader(render_letter(letter(recipient=(names, "Katu 1", "00100 Helsinki"))))
    flat = "".join(p.extract_text() for p in pdf.pages).replace("\n", " ")
    for name in names.split(", "):
        assert name in flat


def test_long_tables_repeat_their_header_and_pages_are_numbered() -> None:
    rendered = render_letter_pages(letter(rows=400))
    pdf = reader(rendered.pdf)
    assert rendered.pages == len(pdf.pages) >= 3
    for number, page in enumerate(pdf.pages, start=1):
        text = page.extract_text()
        assert f"Sivu {number} / {rendered.pages}" in text
        if number < rendered.pages:
            assert "IP-osoite" in text, f"no table header on page {number}"
    assert "Ei tietoja." in "".join(p.extract_text() for p in pdf.pages)


def test_english_frame_words_and_date() -> None:
    pdf = reader(render_letter(letter(language="en")))
    text = pdf.pages[0].extract_text()
    assert "24 November 2026" in text and "Reference" in text and "Page 1 /" in text
    fi = reader(render_letter(letter())).pages[0].extract_text()
    assert "24.11.2026" in fi and "Viite" in fi


def test_notice_and_calibration_embed_their_fonts() -> None:
    notice = Notice(
        language="fi",
        title="Tietosuojaseloste",
        date=dt.date(2026, 11, 24),
        body=(Heading("Rekisterinpitäjä"), Paragraph("Lean 4D Oy")),
        letterhead=HEAD,
    )
    for data in (render_notice(notice), render_calibration(EnvelopeWindow(), HEAD, "fi")):
        pdf = reader(data)
        for name, font in fonts_of(pdf).items():
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_the_calibration_page_draws_the_window_where_letters_put_it() -> None:
    window = EnvelopeWindow(offset_x_mm=2.0, offset_y_mm=-1.5)
    pdf = reader(render_calibration(window, HEAD, "fi"))
    x0, y0, x1, y1 = window_rect(window)
    drawn = positioned_text(pdf.pages[0])
    label = [d for d in drawn if d[0].startswith("Osoitealue")]
    assert label and x0 <= label[0][1] <= x1 and y0 <= label[0][2] <= y1
    assert "+2,0 mm" in pdf.pages[0].extract_text() and "-1,5 mm" in pdf.pages[0].extract_text()


def test_cells_wrap_at_spaces_and_cut_words_wider_than_the_column() -> None:
    from l4d_desktop.core.letters.render import fonts
    from l4d_desktop.core.letters.render.flow import _CELL_FONT_SIZE, _cells
    from l4d_desktop.core.letters.render.text_fit import TextWidths

    fonts.register()
    measure = TextWidths(fonts.REGULAR, _CELL_FONT_SIZE)
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    url = "https://www.example.fi/" + "pitka-polku/" * 8
    words = "Palveluiden tuottaminen, tarjoaminen ja kehittäminen"
    short = "1.1.2026"
    widths = [60.0, 80.0, 70.0, 200.0]
    out = _cells((digest, url, words, short), widths, measure)
    assert out[3] == short  # fits: untouched
    for text, cell, width in zip((digest, url, words), out[:3], widths[:3], strict=True):
        lines = cell.split("\n")
        assert len(lines) > 1
        for line in lines:
            assert stringWidth(line, fonts.REGULAR, _CELL_FONT_SIZE) <= width - 6 + 0.01
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert out[2].split("\n")[0].endswith(("tuottaminen,", "Palveluiden"))
