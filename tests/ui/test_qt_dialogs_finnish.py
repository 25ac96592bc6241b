"""Qt's own dialogs speak Finnish in the Finnish window: the file dialog's "Look in" and "Files
of type" and the print dialog's page set and double-sided printing, which Qt's own catalogue
lacks, come from i18n/qt_extra_fi.ts (compiled and in step with its source)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel, QWidget

REPO = Path(__file__).resolve().parents[2]
ENGLISH = {
    "&Look in:",
    "Files of &type:",
    "Page &Set:",
    "Double Sided Printing",
    "Long side binding",
    "Short side binding",
}


def texts(dialog: QWidget) -> set[str]:
    found = {label.text() for label in dialog.findChildren(QLabel)}
    found |= {box.title() for box in dialog.findChildren(QGroupBox)}
    found |= {button.text() for button in dialog.findChildren(QAbstractButton)}
    return found


def test_qt_dialogs_are_finnish(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    english[2].apply("fi", remember=False)
    try:
        files = QFileDialog(None, "Avaa")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        files.show()
        printer = QPrinter()
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        printing.show()
        shown = texts(files) | texts(printing)
        assert {"&Kansio:", "Tiedosto&tyyppi:"} <= shown
        assert {"Tulostettavat &sivut:", "Kaksipuolinen tulostus"} <= shown
        assert not shown & ENGLISH
    finally:
        english[2].apply("en", remember=False)
    again = QFileDialog(None, "Open")
    again.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(again)
    assert "Files of &type:" in texts(again), "English again after the switch back"


def test_the_compiled_catalogue_is_in_step(tmp_path: Path) -> None:
    lrelease = REPO / ".venv" / "bin" / "pyside6-lrelease"
    fresh = tmp_path / "qt_extra_fi.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(REPO / "i18n" / "qt_extra_fi.ts"), "-qm", str(fresh)],
        check=True,
    )
    assert fresh.read_bytes() == (REPO / "i18n" / "qt_extra_fi.qm").read_bytes()
