"""Qt's own dialogs speak Swedish in the Swedish window: the file dialog's "Look in" and "Files of
type" and the print dialog's page set and double-sided printing come from Qt's own Swedish
catalogue (qtbase_sv), which has them, unlike the Finnish one."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_qt_dialogs_finnish import ENGLISH, texts


def test_qt_dialogs_are_swedish(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    english[2].apply("sv", remember=False)
    try:
        files = QFileDialog(None, "Öppna")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        files.show()
        printer = QPrinter()  # kept: the dialog does not own it
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        printing.show()
        shown = texts(files) | texts(printing)
        assert {"&Titta i:", "Filer av &typ:", "Avbryt"} <= shown
        assert {"Sidupps&ättning:", "Dubbelsidig utskrift", "Långsidesbindning"} <= shown
        assert not shown & ENGLISH
    finally:
        english[2].apply("en", remember=False)
    again = QFileDialog(None, "Open")
    again.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(again)
    assert "Files of &type:" in texts(again), "English again after the switch back"
