"""Dates and numbers as the interface language writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def format_date(day: dt.date | None) -> str:
    """24.11.2026 in Finnish, 24 Nov 2026 in English; empty for no date."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = "d.M.yyyy" if locale.language() == QLocale.Language.Finnish else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
