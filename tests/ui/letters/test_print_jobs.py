"""Print jobs an office printer takes: a 7-page letter rendered at no more than 600 dpi in grey
is a job of a few megabytes made in seconds, the print-to-file PDF keeps the letter's text, a
CUPS job is the PDF itself, and no part of a letter can be chosen to be printed."""

from __future__ import annotations

import io
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters import printing as letter_printing
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import open_request

EVENTS = 30  # web events that make the access letter at least seven pages long


def seven_page_letter(services: Services, admin: Actor, maija: CustomerRecord) -> bytes:
    rows = [b"email;time;ip;referrer;page;link;banner;user_agent"]
    for n in range(EVENTS):
        rows.append(
            f"maija@example.fi;2026-10-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00+02:00;"
            f"192.0.2.{n % 250};https://haku.example/?q={n};/tuotteet/{n};/tilaa;syksy;"
            "Mozilla/5.0 (X11 Linux x86_64 rv:133.0) Gecko/20100101 Firefox/133.0".encode()
        )
    result = services.events.import_file(admin, b"\n".join(rows) + b"\n", "verkko.csv")
    assert result.imported == EVENTS
    request = open_request(services, admin, maija.id, "access")
    _letter, pdf = services.letters.issue(admin, request.record.id, "access", "fi", "save")
    return pdf


def file_printer(path: Path, resolution: int) -> QPrinter:
    """What the print dialog hands back, writing its job into a file (Qt's CUPS jobs are made
    by the same PDF engine): grey as a letter's printer starts, at `resolution`."""
    printer = letter_printing.new_printer(path.name)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def test_a_seven_page_letter_is_a_job_of_megabytes_at_600_dpi_in_seconds(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    pdf = seven_page_letter(services, admin, maija)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 7
    job = tmp_path / "job.pdf"
    printer = file_printer(job, 1200)  # a 1200 dpi office laser printer
    started = time.monotonic()
    report = letter_printing.print_pages(pdf, printer)
    seconds = time.monotonic() - started
    assert report.resolution == letter_printing.MAX_DPI == 600
    assert [p.pixels for p in report.pages] == [(4961, 7016)] * pages  # A4 at 600 dpi: 100 %
    assert len(PdfReader(job).pages) == pages
    size = job.stat().st_size
    assert size < 3_000_000 * pages, size  # 51 MB for seven pages at 1200 dpi in colour
    assert seconds < 2.5 * pages, seconds  # on shared cores; about 0.6 s a page on an idle one


def test_print_to_file_is_the_letter_itself_with_its_text(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    pdf = seven_page_letter(services, admin, maija)
    out = tmp_path / "tulostus.pdf"
    report = letter_printing.print_pdf(pdf, file_printer(out, 1200))
    assert report.sent_as == "file" and len(report.pages) == len(PdfReader(out).pages) >= 7
    assert out.read_bytes() == pdf
    assert "Maija Meikäläinen" in pdf_text(out.read_bytes())
    assert (out.stat().st_mode & 0o077) == 0  # owner-only: the letter holds personal data


def test_a_cups_job_is_the_pdf_itself_at_100_percent_named_by_the_document(
    english, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    command = letter_printing.lp_command(
        "/usr/bin/lp", "toimisto", "kirje-L4D-00042-access-fi.pdf",
        copies=2, sides="two-sided-long-edge", collate=True, grey=True,
    )  # fmt: skip
    assert command[:7] == [
        "/usr/bin/lp", "-d", "toimisto", "-t", "kirje-L4D-00042-access-fi.pdf", "-n", "2",
    ]  # fmt: skip
    options = command[8::2]
    assert options == [
        "print-scaling=none", "fit-to-page=false", "sides=two-sided-long-edge", "collate=true",
        "print-color-mode=monochrome",
    ]  # fmt: skip
    assert all(o == "-o" for o in command[7::2])
    # No file name on the command line: the PDF goes on standard input, no temporary file.
    assert not any(arg.endswith(".pdf") for arg in command if arg != command[4])
    # A print-to-file printer is never spooled: the file is written instead.
    printer = letter_printing.new_printer("kirje.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "kirje.pdf"))
    assert letter_printing.spool_command(printer) is None
    assert letter_printing.is_file_printer(printer)


def test_no_page_range_or_page_set_can_be_chosen_and_none_reaches_the_printer(
    english, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    printer = letter_printing.new_printer("kirje.pdf")
    dialog = letter_printing.whole_document_dialog(printer, None, "Print")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in (*letter_printing.PAGE_CHOOSING_WIDGETS, "pageSetLabel", "printRange"):
        for widget in dialog.findChildren(QWidget, name):
            assert not widget.isVisible(), name
    dialog.reject()
    # A range set on the printer some other way is cleared before printing: the whole letter.
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(1)
    printer.setPageRanges(ranges)
    letter_printing.print_whole_document(printer)
    assert printer.printRange() == QPrinter.PrintRange.AllPages
    assert printer.pageRanges().isEmpty()


def test_a_printer_that_keeps_a_higher_resolution_gets_the_page_scaled_up_whole(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    """A driver may refuse 600 dpi and stay at 1200 (Windows): the page is rendered at no more
    than MAX_DPI and each band drawn scaled, so the paper still gets the page at 100 %."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from l4d_desktop.ui.letters.preview import PdfBytes

    request = open_request(services, admin, maija.id, "access")
    _letter, pdf = services.letters.issue(admin, request.record.id, "receipt", "fi", "save")
    doc = PdfBytes(pdf)
    try:
        device = letter_printing.page_pixels(doc.document.pagePointSize(0), 144)
        paper = QImage(device, QImage.Format.Format_RGB32)
        paper.fill(QColor(255, 255, 255))
        painter = QPainter(paper)
        printed = letter_printing.draw_page(painter, doc, 0, 72, 144)
        painter.end()
        direct = letter_printing.render_band(doc, 0, device, 0, device.height())
    finally:
        doc.close()
    assert printed.pixels == (595, 842)  # rendered at 72 dpi, not at the device's 144

    def box(image: QImage) -> tuple[int, int, int, int]:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        xs, ys = [], []
        for y in range(0, gray.height(), 2):
            for x in range(0, gray.width(), 2):
                if gray.pixelColor(x, y).value() < 160:
                    xs.append(x)
                    ys.append(y)
        return min(xs), min(ys), max(xs), max(ys)

    expected, got = box(direct), box(paper)
    assert all(abs(a - b) <= 6 for a, b in zip(expected, got, strict=True)), (expected, got)
