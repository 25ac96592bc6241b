"""Dates and numbers as the interface language writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.letters.words import LANGUAGES as LETTER_LANGUAGES

# The interface languages that write dates 24.11.2026 (Swedish as written in Finland does too).
NUMERIC_DATES = ("fi", "sv")


def format_date(day: dt.date | None) -> str:
    """24.11.2026 in Finnish and Swedish, 24 Nov 2026 in English; empty for no date."""
    if day is None:
        return ""
    pattern = "d.M.yyyy" if ui_language() in NUMERIC_DATES else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def ui_language() -> str:
    """The interface language, fi, sv or en, as the language switcher set the default locale."""
    spoken = QLocale().language()
    if spoken == QLocale.Language.Finnish:
        return "fi"
    return "sv" if spoken == QLocale.Language.Swedish else "en"


def document_language() -> str:
    """The language of a document the program writes for the office itself (a calibration
    sheet, the yearly report): the interface's when letters can be written in it, else Finnish."""
    language = ui_language()
    return language if language in LETTER_LANGUAGES else "fi"


def format_datetime(moment: dt.datetime | None, seconds: bool = False) -> str:
    """A stored (UTC) moment in office time: 24.11.2026 10.15 / 24 Nov 2026 10:15."""
    if moment is None:
        return ""
    if moment.tzinfo is None:  # the register stores UTC
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(OFFICE_ZONE)
    if ui_language() in NUMERIC_DATES:
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
