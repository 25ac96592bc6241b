"""A country as a window shows it: the register stores the ISO code, people read the name in
the interface language (as the letters name it)."""

from __future__ import annotations

from l4d_desktop.core.letters.words.countries import country_name
from l4d_desktop.ui.formats import ui_language


def country_text(code: str) -> str:
    """The country's name in the window's language ("Ruotsi", "Sverige", "Sweden"); the code
    itself for one no catalogue knows, "" for none."""
    code = code.strip()
    return country_name(code, ui_language()) if code else ""


__all__ = ["country_text"]
