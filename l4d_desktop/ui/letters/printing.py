"""Letters onto paper and into files.

A letter goes into a window envelope, so it is printed at 100 %. Where the print system takes
PDF (CUPS, on Linux and macOS) the letter's own PDF is the job, with scaling off: a few tens of
kilobytes, its text intact. "Print to file" writes the letter's PDF itself. Elsewhere (Windows)
every page is rendered at the printer's resolution, at most MAX_DPI (page size in points ×
resolution / 72 pixels, never scaled to fit), on white (QPdfDocument renders a transparent
background), in grey unless colour is chosen, and drawn at the top-left corner of the paper with
the printer in full-page mode and zero margins, in bands of rows to bound the memory used.

A letter is printed whole: the print dialog offers no page range or odd/even page set, and a
range that reaches the printer another way is cleared, so the archive's "printed" is true.

`ask_printer` shows Qt's print dialog and `ask_save_path` asks for the file through the one
file-name place (ui/file_names.py, the folder remembered for letters); tests replace them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSize, QSizeF, QStandardPaths
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageRanges, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from l4d_desktop.build_info import system_program_environment
from l4d_desktop.core.files.private import write_private
from l4d_desktop.ui import file_names
from l4d_desktop.ui.letters.preview import PdfBytes

BAND_ROWS = 1024  # rows of one rendered band of a page
# Above 600 dpi a rendered page only grows the job (a 7-page letter was 51 MB at 1200 dpi):
# text on office paper looks the same, and the address stays where it is.
MAX_DPI = 600
# The CUPS print engine keeps its job options (QCUPSSupport's "page-ranges", "page-set", …) as a
# list of name, value pairs under this private engine property key (PPK_CupsOptions).
CUPS_OPTIONS_KEY = 0xFE00
PAGE_CHOOSING_OPTIONS = ("page-ranges", "page-set")
# The print dialog's widgets that choose part of the document (Qt's own object names).
PAGE_CHOOSING_WIDGETS = ("gbPrintRange", "pagesRadioButton", "pagesLineEdit", "pageSetCombo")
SPOOL_SECONDS = 60
PDF_PURPOSE = "letter_pdf"  # letters and calibration pages share the folder they are saved in


class PrintFailed(Exception):
    """The printer refused the job (`stage`: "start" or "page"); the printer's name is kept."""

    def __init__(self, stage: str, printer_name: str) -> None:
        super().__init__(stage)
        self.stage = stage
        self.printer_name = printer_name


class PrintCancelled(Exception):
    """The job was cancelled between pages; what was sent already may come out."""


@dataclass(frozen=True)
class PrintedPage:
    """How one page went to the printer: its size in points, the size of the image it was
    rendered to, and where on the paper that image was drawn (device pixels)."""

    index: int
    points: tuple[float, float]
    pixels: tuple[int, int]
    origin: tuple[int, int]


@dataclass(frozen=True)
class PrintReport:
    """What a print came to. `sent_as`: "pdf" (the letter's own PDF went to the print system),
    "file" (print to file: the PDF itself written) or "image" (pages rendered at `resolution`);
    `pages` are every page of the document, each sent once per copy."""

    resolution: int
    copies: int
    pages: tuple[PrintedPage, ...]
    sent_as: str = "image"


# -- the two dialogs -------------------------------------------------------------------------


def new_printer(document_name: str) -> QPrinter:
    """A printer, A4, full page, no margins, grey (a letter is black on white; the dialog's
    properties can still choose colour)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    set_full_page(printer, QSizeF(595.276, 841.89))
    return printer


def whole_document_dialog(printer: QPrinter, parent: QWidget | None, title: str) -> QPrintDialog:
    """The print dialog for `printer` with nothing that chooses part of the document: no page
    range, current page or selection, and neither CUPS's own page field nor its odd/even set
    (the dialog re-enables those when another printer is chosen, so they are hidden)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    for name in PAGE_CHOOSING_WIDGETS:
        for widget in dialog.findChildren(QWidget, name):
            widget.setEnabled(False)
            widget.hide()
        for label in dialog.findChildren(QWidget, name.removesuffix("Combo") + "Label"):
            label.hide()
    return dialog


def ask_printer(parent: QWidget, title: str, document_name: str) -> QPrinter | None:
    """The print dialog; the printer chosen, or None when cancelled. No page range is
    offered: a letter is printed whole."""
    printer = new_printer(document_name)
    dialog = whole_document_dialog(printer, parent, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_whole_document(printer: QPrinter) -> None:
    """Clear any part of the document chosen for `printer` (Qt's page range, and CUPS's
    page-ranges and page-set job options, which the print system would apply by itself)."""
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setPageRanges(QPageRanges())
    engine = printer.printEngine()
    key = QPrintEngine.PrintEnginePropertyKey(CUPS_OPTIONS_KEY)
    options = engine.property(key) if engine is not None else None
    if isinstance(options, list) and options:
        pairs = list(zip(options[::2], options[1::2], strict=False))
        kept = [x for n, v in pairs if n not in PAGE_CHOOSING_OPTIONS for x in (n, v)]
        if len(kept) != len(options):
            engine.setProperty(key, kept)


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The save dialog for a PDF file named `suggested` (its name; the folder is the one last
    used for a PDF, at first the documents folder); the path (with .pdf added when no suffix
    was typed), or None when cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return file_names.ask_save_file(
        parent,
        PDF_PURPOSE,
        title,
        suggested.name,
        QCoreApplication.translate("LetterPrinting", "PDF documents (*.pdf)"),
        suffix=".pdf",
        folder=Path(documents) if documents else None,
    )


# -- printing --------------------------------------------------------------------------------


def page_pixels(points: QSizeF, resolution: int) -> QSize:
    """The size of a page rendered at 100 % for a device of `resolution` dots per inch."""
    return QSize(round(points.width() * resolution / 72), round(points.height() * resolution / 72))


def set_full_page(printer: QPrinter, points: QSizeF) -> None:
    """Paper of the page's own size and orientation, zero margins, coordinates from the paper's
    corner: nothing left for the driver to shift or scale."""
    portrait = points.height() >= points.width()
    size = QSizeF(points) if portrait else QSizeF(points.height(), points.width())
    page_size = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    )
    printer.setFullPage(True)


def render_band(pdf: PdfBytes, page: int, full: QSize, top: int, rows: int) -> QImage:
    """Rows `top`…`top + rows` of the page rendered at `full` size, on white."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    options.setScaledClipRect(QRect(0, top, full.width(), rows))
    rendered = pdf.document.render(page, QSize(full.width(), rows), options)
    band = QImage(full.width(), rows, QImage.Format.Format_RGB32)
    band.fill(QColor(255, 255, 255))
    painter = QPainter(band)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return band


def draw_page(
    painter: QPainter, pdf: PdfBytes, page: int, resolution: int, device: int | None = None
) -> PrintedPage:
    """One page at 100 % from the paper's top-left corner, band by band, rendered at
    `resolution` and drawn onto a device of `device` dots per inch (the same by default; a
    printer that keeps a higher resolution gets each band scaled up, never the page)."""
    points = pdf.document.pagePointSize(page)
    full = page_pixels(points, resolution)
    on_device = page_pixels(points, device or resolution)
    scale = on_device.height() / full.height()
    top = 0
    while top < full.height():
        rows = min(BAND_ROWS, full.height() - top)
        band = render_band(pdf, page, full, top, rows)
        if on_device == full:
            painter.drawImage(0, top, band)
        else:  # rounded edges of consecutive bands meet: no gap, no overlap
            y0, y1 = round(top * scale), round((top + rows) * scale)
            painter.drawImage(QRect(0, y0, on_device.width(), y1 - y0), band)
        top += rows
    return PrintedPage(
        index=page,
        points=(points.width(), points.height()),
        pixels=(full.width(), full.height()),
        origin=(0, 0),
    )


def print_pdf(
    pdf_bytes: bytes, printer: QPrinter, cancelled: Callable[[], bool] | None = None
) -> PrintReport:
    """Print every page of `pdf_bytes` at 100 % (see the module's words): into the file of a
    print-to-file printer, as the PDF itself to a CUPS printer, else as rendered pages. Runs in
    a worker thread as well (Qt paints onto a QPrinter outside the GUI thread)."""
    print_whole_document(printer)
    if is_file_printer(printer):
        return write_printed_file(pdf_bytes, printer)
    command = spool_command(printer)
    if command is not None:
        return spool_pdf(pdf_bytes, printer, command)
    return print_pages(pdf_bytes, printer, cancelled)


def is_file_printer(printer: QPrinter) -> bool:
    """True when the dialog's "Print to file (PDF)" was chosen."""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def _whole_pages(pdf_bytes: bytes) -> tuple[PrintedPage, ...]:
    pdf = PdfBytes(pdf_bytes)
    try:
        pages = []
        for page in range(pdf.pages):
            points = pdf.document.pagePointSize(page)
            pages.append(PrintedPage(page, (points.width(), points.height()), (0, 0), (0, 0)))
        return tuple(pages)
    finally:
        pdf.close()


def write_printed_file(pdf_bytes: bytes, printer: QPrinter) -> PrintReport:
    """Print to file: the letter's PDF itself (its text searchable, nothing rasterised), written
    owner-only and whole or not at all; the print dialog asked before an old file is replaced."""
    write_private(Path(printer.outputFileName()), pdf_bytes)
    return PrintReport(resolution=0, copies=1, pages=_whole_pages(pdf_bytes), sent_as="file")


def spool_command(printer: QPrinter) -> list[str] | None:
    """The `lp` command that sends a PDF on its standard input to the CUPS printer chosen;
    None where there is no CUPS (Windows), no `lp` or no printer (print to file)."""
    if sys.platform == "win32" or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    lp = shutil.which("lp")
    if lp is None or not printer.printerName():
        return None
    sides = {
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        QPrinter.DuplexMode.DuplexNone: "one-sided",
    }.get(printer.duplex())
    return lp_command(
        lp,
        printer.printerName(),
        printer.docName(),
        copies=printer.copyCount(),
        sides=sides,
        collate=printer.collateCopies(),
        grey=printer.colorMode() == QPrinter.ColorMode.GrayScale,
    )


def lp_command(
    lp: str, printer_name: str, title: str, *, copies: int, sides: str | None, collate: bool,
    grey: bool,
) -> list[str]:  # fmt: skip
    """`lp` printing its standard input whole at 100 % with the dialog's choices. The job is
    named by the document name (kirje-L4D-00042-access-fi.pdf), never by the person."""
    command = [lp, "-d", printer_name, "-t", title or "L4D Desktop", "-n", str(max(1, copies))]
    command += ["-o", "print-scaling=none", "-o", "fit-to-page=false"]
    if sides is not None:
        command += ["-o", f"sides={sides}"]
    if copies > 1 and collate:
        command += ["-o", "collate=true"]
    if grey:
        command += ["-o", "print-color-mode=monochrome"]
    return command


def spool_pdf(pdf_bytes: bytes, printer: QPrinter, command: list[str]) -> PrintReport:
    """Hand the PDF to CUPS through `lp` on its standard input (no temporary file)."""
    try:
        done = subprocess.run(
            command,
            input=pdf_bytes,
            capture_output=True,
            timeout=SPOOL_SECONDS,
            env=system_program_environment(),
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        raise PrintFailed("start", printer.printerName()) from None
    if done.returncode != 0:
        raise PrintFailed("start", printer.printerName())
    copies = max(1, printer.copyCount())
    return PrintReport(resolution=0, copies=copies, pages=_whole_pages(pdf_bytes), sent_as="pdf")


def print_pages(
    pdf_bytes: bytes, printer: QPrinter, cancelled: Callable[[], bool] | None = None
) -> PrintReport:
    """Render and paint every page of `pdf_bytes` onto `printer` at 100 %, at the printer's
    resolution but no more than MAX_DPI. The copies asked for in the print dialog are left to
    the printer when it makes them itself."""
    pdf = PdfBytes(pdf_bytes)
    try:
        set_full_page(printer, pdf.document.pagePointSize(0))
        if printer.resolution() > MAX_DPI:
            printer.setResolution(MAX_DPI)  # where the driver takes it (PDF, CUPS)
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        device = printer.resolution()  # a driver may keep its own (Windows)
        resolution = min(device, MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed("start", printer.printerName())
        pages: list[PrintedPage] = []
        try:
            first = True
            for _copy in range(copies):
                for page in range(pdf.pages):
                    if cancelled is not None and cancelled():
                        printer.abort()
                        raise PrintCancelled()
                    if not first and not printer.newPage():
                        raise PrintFailed("page", printer.printerName())
                    first = False
                    printed = draw_page(painter, pdf, page, resolution, device)
                    if _copy == 0:
                        pages.append(printed)
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintFailed("page", printer.printerName())
        return PrintReport(resolution=resolution, copies=copies, pages=tuple(pages))
    finally:
        pdf.close()


# -- saving ----------------------------------------------------------------------------------


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write the file whole or not at all, owner-only (an OSError says why it failed)."""
    write_private(path, pdf)
