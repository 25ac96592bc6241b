"""The calibration page of the letter settings: printed at 100 % or saved as PDF with the
envelope offsets typed (saved or not), in a worker thread, so that the pääkäyttäjä can measure
where the printer puts the address field before saving the offsets.

The part's words belong to the letter settings dialog ("LetterSettingsDialog" context).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui import feedback
from l4d_desktop.ui.formats import document_language
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.printing import PrintReport
from l4d_desktop.ui.operations import BackgroundJob, failure_text, is_busy, run_in_background
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.retranslate import Retranslating


def file_name() -> str:
    """The calibration page's file name as the save and print-to-file dialogs offer it, in the
    window's language."""
    return QCoreApplication.translate("LetterSettingsDialog", "calibration-page") + ".pdf"


def failure_message(exc: BaseException) -> str:
    if isinstance(exc, letter_printing.PrintFailed):
        return QCoreApplication.translate(
            "LetterSettingsDialog", "The printer {printer} did not accept the page."
        ).format(
            printer=exc.printer_name
            or QCoreApplication.translate("LetterSettingsDialog", "(no name)")
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "LetterSettingsDialog", "The file could not be written: {reason}."
        ).format(reason=exc.strerror or type(exc).__name__)
    return failure_text(exc)


class CalibrationPart(Retranslating, QWidget):
    """Print and Save buttons under the offsets (`x_spin`, `y_spin`), and what came of it."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        x_spin: QDoubleSpinBox,
        y_spin: QDoubleSpinBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="calibration_part")
        self._services, self._actor = services, actor
        self._spins = (x_spin, y_spin)
        self.can_calibrate = actor.can(Right.DATA_EXPORT)
        self._loaded = False
        self.job: BackgroundJob | None = None
        self.last_report: PrintReport | None = None
        self.last_saved_path: Path | None = None
        self.print_button = QPushButton(objectName="print_calibration_button")
        self.save_button = QPushButton(objectName="save_calibration_button")
        self.print_button.clicked.connect(self.print_calibration)
        self.save_button.clicked.connect(self.save_calibration)
        self.status_label = hint_label("calibration_status_label")
        self.status_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(
            QCoreApplication.translate("LetterSettingsDialog", "&Print calibration page…")
        )
        self.save_button.setText(
            QCoreApplication.translate("LetterSettingsDialog", "Sa&ve calibration page as PDF…")
        )

    @property
    def calibrating(self) -> bool:
        return is_busy(self.job)

    def set_ready(self, loaded: bool) -> None:
        """The settings have been read (or not): the page can be made once they are."""
        self._loaded = loaded
        ready = self.can_calibrate and loaded and not self.calibrating
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def offsets(self) -> tuple[float, float]:
        return (self._spins[0].value(), self._spins[1].value())

    def _may_start(self) -> bool:
        return self.can_calibrate and not self.calibrating

    def print_calibration(self) -> None:
        if self._may_start():
            title = QCoreApplication.translate("LetterSettingsDialog", "Print the calibration page")
            printer = letter_printing.ask_printer(self, title, file_name())
            if printer is not None:
                self.print_calibration_to(printer)

    def print_calibration_to(self, printer: QPrinter) -> None:
        """The calibration page with the offsets typed, printed at 100 % in a worker thread."""

        def deliver(pdf: bytes, job: BackgroundJob) -> PrintReport:
            return letter_printing.print_pdf(pdf, printer, job.cancelled)

        status = QCoreApplication.translate(
            "LetterSettingsDialog", "Printing the calibration page…"
        )
        self._calibrate(deliver, status)

    def save_calibration(self) -> None:
        if self._may_start():
            title = QCoreApplication.translate(
                "LetterSettingsDialog", "Save the calibration page as PDF"
            )
            path = letter_printing.ask_save_path(self, title, Path(file_name()))
            if path is not None:
                self.save_calibration_to(path)

    def save_calibration_to(self, path: Path) -> None:
        """The calibration page with the offsets typed, written to `path` in a worker thread."""

        def deliver(pdf: bytes, _job: BackgroundJob) -> Path:
            letter_printing.write_pdf(path, pdf)
            return path

        status = QCoreApplication.translate("LetterSettingsDialog", "Saving the calibration page…")
        self._calibrate(deliver, status)

    def _calibrate(self, deliver: Callable[[bytes, BackgroundJob], object], status: str) -> None:
        """Make the page with the offsets typed now and `deliver` it, in a worker thread."""
        if not self._may_start():
            return
        letters, actor, language = self._services.letters, self._actor, document_language()
        x, y = self.offsets()
        self.job = run_in_background(
            lambda job: deliver(letters.calibration(actor, language, x, y), job),
            self._calibrated,
            self._failed,
            owner=self,
        )
        self.status_label.setText(status)
        self.status_label.show()
        self.set_ready(self._loaded)

    def _calibrated(self, result: object) -> None:
        x, y = self.offsets()
        if isinstance(result, Path):
            self.last_saved_path = result
            text = QCoreApplication.translate("LetterSettingsDialog", "Saved to {path}.").format(
                path=str(result)
            )
        else:
            assert isinstance(result, PrintReport)
            self.last_report = result
            text = QCoreApplication.translate("LetterSettingsDialog", "Sent to the printer.")
        self.status_label.setText(
            text
            + " "
            + QCoreApplication.translate(
                "LetterSettingsDialog", "Offsets on the page: {x} mm right, {y} mm down."
            ).format(x=self._spins[0].textFromValue(x), y=self._spins[1].textFromValue(y))
        )
        self.set_ready(self._loaded)

    def _failed(self, exc: BaseException) -> None:
        self.status_label.hide()
        self.set_ready(self._loaded)
        feedback.show_error(
            self,
            QCoreApplication.translate("LetterSettingsDialog", "Calibration page"),
            failure_message(exc),
        )
