"""Saving and printing a letter: the PDF written and archived with its hash, the printer chosen
at 100 percent, pages rendered at the printer's resolution."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.preview import PdfBytes
from tests.helpers.gui import WAIT_MS, cells, click, column, finish
from tests.helpers.requests import open_request
from tests.ui.letters.letter_pages import make_page

A4_POINTS = (595.276, 841.89)


def pdf_printer(path: Path, resolution: int = 150) -> QPrinter:
    """A printer that writes a PDF file: what a print dialog would have handed back."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def ink_box(pdf: bytes, page: int = 0, dpi: int = 72) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of everything printed on a page, in pixels
    at `dpi`: the same for a letter and its print when nothing was scaled or moved."""
    doc = PdfBytes(pdf)
    try:
        size = letter_printing.page_pixels(doc.document.pagePointSize(page), dpi)
        image = letter_printing.render_band(doc, page, size, 0, size.height())
    finally:
        doc.close()
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).value() < 160:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


# -- save and print ------------------------------------------------------------------------


def test_save_writes_the_pdf_and_the_archive_lists_it_with_its_hash(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    tmp_path,
    monkeypatch,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    target = tmp_path / "out" / "kirje.pdf"
    target.parent.mkdir()
    asked: list[Path] = []

    def ask_save_path(_parent: object, _title: str, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(letter_printing, "ask_save_path", ask_save_path)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        click(qtbot, page.save_button)
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    assert answers == []
    ref = f"L4D-{request.record.id:05d}"
    assert asked[0].name == f"letter-{ref}-receipt-fi.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    [letter] = services.letters.archive(admin, request.record.id)
    assert (letter.kind, letter.language, letter.how) == ("receipt", "fi", "save")
    assert letter.sha256 == hashlib.sha256(data).hexdigest()
    assert len(PdfReader(io.BytesIO(data)).pages) == letter.pages
    model = page.archive_model
    assert model.rowCount() == 1
    row = cells(model, 0)
    assert row[1:] == [
        "Acknowledgement of receipt",
        "Finnish",
        str(letter.pages),
        "saved as PDF",
        "Jouni Ojala",
        letter.sha256[:12],
    ]
    assert row[0] == "24 Nov 2026 10:00"
    tooltip = model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"SHA-256: {letter.sha256}"
    assert page.selected_letter() == letter  # the new letter is selected
    assert page.status_label.text().startswith(f"Saved to {target}: Acknowledgement of receipt")
    assert page.archive_note.text().startswith("1 letter")  # plural from the catalogue


def test_a_file_that_cannot_be_written_says_so_and_nothing_is_archived(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    page.save_to(tmp_path / "no such folder" / "kirje.pdf")
    finish(qtbot, page.issue_job)
    [(kind, text)] = answers
    assert kind == "error"
    assert text.startswith(f"The file {tmp_path / 'no such folder' / 'kirje.pdf'} could not")
    assert "could not be written" in text and "Nothing was archived" in text
    assert services.letters.archive(admin, request.record.id) == ()
    assert page.status_label.text() == "Nothing was archived."


def test_print_goes_to_the_printer_chosen_at_100_percent_and_is_archived_as_printed(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    tmp_path,
    monkeypatch,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, resolution=150)
    names: list[str] = []

    def ask_printer(_parent: object, _title: str, name: str) -> QPrinter:
        names.append(name)
        return printer

    monkeypatch.setattr(letter_printing, "ask_printer", ask_printer)
    click(qtbot, page.print_button)
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    assert answers == []
    assert names == [f"letter-L4D-{request.record.id:05d}-receipt-fi.pdf"]
    [letter] = services.letters.archive(admin, request.record.id)
    assert letter.how == "print"
    assert column(page.archive_model, 4) == ["printed"]
    # Print to file: the archived letter itself, byte for byte (its text intact).
    issued = page.last_issued
    assert issued is not None and issued.problem is None and issued.report is not None
    assert issued.report.sent_as == "file"
    assert len(issued.report.pages) == letter.pages
    assert hashlib.sha256(out.read_bytes()).hexdigest() == letter.sha256


def test_rendered_pages_go_to_the_printer_at_100_percent(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Where the print system takes no PDF, the pages are rendered: at the printer's
    resolution, from the paper's corner, the ink where the letter has it."""
    request = open_request(services, admin, maija.id, "access")
    _letter, original = services.letters.issue(admin, request.record.id, "receipt", "fi", "save")
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, resolution=150)
    report = letter_printing.print_pages(original, printer)
    assert report.resolution == 150 and report.sent_as == "image"
    assert len(report.pages) == len(PdfReader(io.BytesIO(original)).pages)
    for printed in report.pages:
        width, height = printed.points
        assert printed.pixels == (round(width * 150 / 72), round(height * 150 / 72))
        assert printed.origin == (0, 0)
    # The printer was set to full page, no margins, the letter's own paper size.
    assert printer.fullPage()
    layout = printer.pageLayout()
    assert layout.margins().isNull()
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    paper = layout.fullRectPoints()
    assert (paper.width(), paper.height()) == (595, 842)
    # The file the printer wrote: the page not scaled, the ink where the letter has it.
    printed_pdf = out.read_bytes()
    assert printed_pdf.startswith(b"%PDF")
    box = PdfReader(io.BytesIO(printed_pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    expected, got = ink_box(original), ink_box(printed_pdf)
    assert all(abs(a - b) <= 2 for a, b in zip(expected, got, strict=True)), (expected, got)


def test_pages_are_rendered_at_the_printer_resolution_on_white(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    _letter, pdf = services.letters.issue(admin, request.record.id, "access", "fi", "save")
    printer = pdf_printer(tmp_path / "access.pdf", resolution=300)
    report = letter_printing.print_pages(pdf, printer)
    assert len(report.pages) == len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    for printed in report.pages:
        assert printed.pixels == (2480, 3508)  # A4 at 300 dpi: 100 %, not fitted
    # The painter's device is the paper itself: as many pixels as the rendered page.
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    assert abs(paper.width() - 2480) <= 1 and abs(paper.height() - 3508) <= 1
    assert printer.pageRect(QPrinter.Unit.DevicePixel) == paper
    assert letter_printing.page_pixels(QSizeF(*A4_POINTS), 600) == QSize(4961, 7016)
    # What the print dialog starts from: A4, full page, no margins, the letter's name.
    fresh = letter_printing.new_printer("kirje-L4D-00001-access-fi.pdf")
    assert fresh.fullPage() and fresh.pageLayout().margins().isNull()
    assert fresh.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert fresh.docName() == "kirje-L4D-00001-access-fi.pdf"
    # QPdfDocument renders transparent: the band is filled white first.
    doc = PdfBytes(pdf)
    try:
        band = letter_printing.render_band(doc, 0, QSize(620, 877), 0, 100)
    finally:
        doc.close()
    assert band.format() == QImage.Format.Format_RGB32
    assert band.pixelColor(1, 1) == QColor(255, 255, 255)
