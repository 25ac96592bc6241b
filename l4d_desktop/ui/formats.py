"""Dates and numbers as the interface language writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from l4d_desktop.core.clock import OFFICE_ZONE


def format_date(day: dt.date | None) -> str:
    """24.11.2026 in Finnish, 24 Nov 2026 in English; empty for no date."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = "d.M.yyyy" if locale.language() == QLocale.Language.Finnish else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def ui_language() -> str:
    """The interface language, fi or en, as the language switcher set the default locale."""
    return "fi" if QLocale().language() == QLocale.Language.Finnish else "en"


def format_datetime(moment: dt.datetime | None, seconds: bool = False) -> str:
    """A stored (UTC) moment in office time: 24.11.2026 10.15 / 24 Nov 2026 10:15."""
    if moment is None:
        return ""
    if moment.tzinfo is None:  # the register stores UTC
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(OFFICE_ZONE)
    finnish = QLocale().language() == QLocale.Language.Finnish
    if finnish:
        pattern = "d.M.yyyy H.mm.ss" if seconds else "d.M.yyyy H.mm"
    else:
        pattern = "d MMM yyyy HH:mm:ss" if seconds else "d MMM yyyy HH:mm"
    return QLocale().toString(
        QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute, local.second),
        ),
        pattern,
    )


def format_money(cents: int) -> str:
    """Euros as the interface language writes them: 1 250,50 € / €1,250.50."""
    return QLocale().toCurrencyString(cents / 100, "€", 2)
