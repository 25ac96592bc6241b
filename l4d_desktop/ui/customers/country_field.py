"""The customer's country chosen by name: a list of every country in the interface language
(named as the letters name it), typing filters it by its name in the interface language, in
Finnish or in English, or by its code, and any name the import understands is understood
here; the form reads the ISO code."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from l4d_desktop.core.imports.country_names import country_code
from l4d_desktop.core.letters.words.countries import country_name
from l4d_desktop.ui.formats import ui_language

_CODE_AT_END = re.compile(r"\(([A-Za-z]{2})\)\s*$")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@cache
def _codes() -> tuple[str, ...]:
    import pycountry

    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


def code_of(text: str) -> str:
    """The ISO code `text` names ("Ruotsi (SE)", "Sweden", "sweden", "se"), or `text` itself
    stripped, for the register to refuse with its own message."""
    m = _CODE_AT_END.search(text)
    if m is not None:
        return m[1].upper()
    stripped = text.strip()
    if len(stripped) == 2 and stripped.upper() in _codes():
        return stripped.upper()
    return country_code(stripped) or stripped


class CountryField(QComboBox):
    """An editable list of "Name (CODE)"; `text()` and `setText()` speak ISO codes, as the
    two-letter field did that it replaces."""

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._fill("FI")

    def _fill(self, keep: str) -> None:
        language = ui_language()
        entries = sorted(
            ((country_name(code, language), code) for code in _codes()),
            key=lambda e: _folded(e[0]),
        )
        self.blockSignals(True)
        self.clear()
        for name, code in entries:
            self.addItem(f"{name} ({code})", code)
        self.blockSignals(False)
        # Typing finds a country by its name in the window's language, Finnish or English.
        names = {
            f"{country_name(code, lang)} ({code})"
            for code in _codes()
            for lang in {language, "fi", "en"}
        }
        self._suggestions.setStringList(sorted(names, key=_folded))
        self.setText(keep)

    def text(self) -> str:
        return code_of(self.currentText())

    def setText(self, code: str) -> None:
        index = self.findData(code.strip().upper())
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def setReadOnly(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The switcher sets the locale the names follow after the translators that send
            # this event: the names are said again once it has.
            QTimer.singleShot(0, self, lambda: self._fill(self.text()))
        super().changeEvent(event)


__all__ = ["CountryField", "code_of"]
