"""The language-change handler written once: a switch of language re-labels every open widget.

Use: put the mixin first and write one `retranslate()` that sets every text::

    class InvoiceDialog(Retranslating, QDialog):
        def __init__(self, ...) -> None:
            super().__init__(parent)
            ...
            self.retranslate()

        def retranslate(self) -> None:
            self.setWindowTitle(self.tr("Add invoice"))
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget subclass: Qt's LanguageChange event calls `self.retranslate()`."""

    def retranslate(self) -> None:
        """Set every text of the widget; a subclass sets its own and calls this first, so that
        the bases in between (a dialog's title, a page's table headers) set theirs."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
