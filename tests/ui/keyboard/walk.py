"""One walk over dialogs for their mnemonic letters: each dialog is shown as the program shows
it, its clashes are noted under a name, and the classes it opened are kept, so that a test can
say which dialog classes it walked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from tests.helpers.gui import WAIT_MS
from tests.helpers.mnemonics import clashes


class DialogWalk:
    """The clashes found (name -> letter -> texts) and the dialog classes walked."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.found: dict[str, dict[str, list[str]]] = {}
        self.opened: set[type[QDialog]] = set()

    def check(self, name: str, dialog: QWidget | None, *, close: bool = True) -> None:
        """`dialog` shown (the program has usually opened it already), its letters read."""
        assert isinstance(dialog, QDialog), f"{name}: no dialog opened"
        if dialog.parent() is None:  # a dialog with a parent goes with it
            self.qtbot.addWidget(dialog)
        if not dialog.isVisible():
            dialog.show()
        self.qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        self.qtbot.waitExposed(dialog)
        self.opened.add(type(dialog))
        if problems := clashes(dialog, disabled=True):
            self.found[name] = problems
        if close:
            dialog.reject()
