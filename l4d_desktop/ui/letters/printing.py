"""Letters onto paper and into files.

A letter goes into a window envelope, so it is printed at 100 %: every page is rendered at the
printer's own resolution (page size in points × resolution / 72 pixels, never scaled to fit),
on white (QPdfDocument renders a transparent background), and drawn at the top-left corner of
the paper with the printer in full-page mode and zero margins. A page is rendered in bands of
rows, so that a 1200 dpi printer does not need half a gigabyte for one A4 image.

`ask_printer` shows Qt's print dialog and `ask_save_path` asks for the file through the one
file-name place (ui/file_names.py, the folder remembered for letters); tests replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSize, QSizeF, QStandardPaths
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from l4d_desktop.core.files.private import write_private
from l4d_desktop.ui import file_names
from l4d_desktop.ui.letters.preview import PdfBytes

BAND_ROWS = 1024  # rows of one rendered band of a page
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
    resolution: int
    copies: int
    pages: tuple[PrintedPage, ...]


# -- the two dialogs -------------------------------------------------------------------------


def new_printer(document_name: str) -> QPrinter:
    """A printer at its full resolution, A4, full page, no margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    set_full_page(printer, QSizeF(595.276, 841.89))
    return printer


def ask_printer(parent: QWidget, title: str, document_name: str) -> QPrinter | None:
    """The print dialog; the printer chosen, or None when cancelled. The page range is not
    offered: a letter is printed whole."""
    printer = new_printer(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


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


def draw_page(painter: QPainter, pdf: PdfBytes, page: int, resolution: int) -> PrintedPage:
    """One page at 100 % from the paper's top-left corner, band by band."""
    points = pdf.document.pagePointSize(page)
    full = page_pixels(points, resolution)
    top = 0
    while top < full.height():
        rows = min(BAND_ROWS, full.height() - top)
        painter.drawImage(0, top, render_band(pdf, page, full, top, rows))
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
    """Print every page of `pdf_bytes` at 100 % (see the module's words). Runs in a worker
    thread as well (Qt paints onto a QPrinter outside the GUI thread). The copies asked for in
    the print dialog are left to the printer when it makes them itself."""
    pdf = PdfBytes(pdf_bytes)
    try:
        set_full_page(printer, pdf.document.pagePointSize(0))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        resolution = printer.resolution()
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
                    printed = draw_page(painter, pdf, page, resolution)
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
