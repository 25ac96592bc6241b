"""A letter's PDF on screen: the pages one under another, as wide as the view.

`PdfBytes` is a QPdfDocument read from bytes in memory; QPdfDocument reads its device lazily, so
the QBuffer it reads lives exactly as long as the document (and nothing is written to disk).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.retranslate import Retranslating


class PdfUnreadable(Exception):
    """The bytes are not a PDF QtPdf can open (the QPdfDocument error's name is kept)."""

    def __init__(self, error: QPdfDocument.Error) -> None:
        super().__init__(error.name)
        self.error = error


class PdfBytes:
    """A PDF in memory opened as a QPdfDocument, together with the buffer the document reads.

    Usable in a worker thread (the print job renders there); `close()` lets go of both in the
    right order: the document first, then its buffer."""

    def __init__(self, pdf: bytes, parent: QObject | None = None) -> None:
        self.buffer = QBuffer(parent)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self.buffer)  # read at once from a buffer: no waiting for Ready
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            error = self.document.error()
            self.close()
            raise PdfUnreadable(error)

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        if self.document.parent() is not None:
            self.document.deleteLater()
            self.buffer.deleteLater()


class PdfPreview(Retranslating, QWidget):
    """The pages of one PDF, or a hint while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pdf_preview")
        self.pdf: PdfBytes | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.empty_label: QLabel = hint_label("pdf_preview_empty_label")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self._stack = QStackedLayout()
        self._stack.addWidget(empty)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty_label.setText(
            self.tr("Choose a letter and press Preview to see it here as it will be printed.")
        )
        self.view.setAccessibleName(self.tr("Letter preview"))

    @property
    def document(self) -> QPdfDocument | None:
        return self.pdf.document if self.pdf is not None else None

    @property
    def pages(self) -> int:
        return self.pdf.pages if self.pdf is not None else 0

    def show_pdf(self, pdf: bytes) -> int:
        """Show `pdf` from its first page; the number of pages. Raises PdfUnreadable (the
        previous document stays shown then)."""
        shown = PdfBytes(pdf, self)
        old = self.pdf
        self.pdf = shown
        self.view.setDocument(shown.document)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._stack.setCurrentWidget(self.view)
        if old is not None:
            old.close()
        return shown.pages

    def clear(self) -> None:
        old = self.pdf
        self.pdf = None
        self.view.setDocument(None)  # type: ignore[arg-type]
        self._stack.setCurrentIndex(0)
        if old is not None:
            old.close()
