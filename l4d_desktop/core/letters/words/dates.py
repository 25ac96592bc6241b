"""Dates, times, amounts and country names as a letter in Finnish or English writes them.

Letters are written in the customer's language, not the user interface's, so these do not go
through Qt's translations.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache

from l4d_desktop.core.clock import OFFICE_ZONE

LANGUAGES = ("fi", "en")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"letter language must be fi or en, not {language!r}")
    return language


def date_text(day: dt.date, language: str) -> str:
    """24.11.2026 in Finnish, 24 November 2026 in English."""
    if language == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def datetime_text(at: dt.datetime, language: str) -> str:
    """A moment in the office's time: "24.11.2026 klo 14.05" / "24 November 2026, 14:05"."""
    local = at.astimezone(OFFICE_ZONE) if at.tzinfo else at
    if language == "fi":
        return f"{date_text(local.date(), 'fi')} klo {local.hour}.{local.minute:02d}"
    return f"{date_text(local.date(), 'en')}, {local.hour:02d}:{local.minute:02d}"


def money_text(cents: int, language: str) -> str:
    """1 234,50 € in Finnish (a no-break space groups thousands), €1,234.50 in English."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    if language == "fi":
        grouped = f"{whole:,}".replace(",", "\u00a0")
        return f"{sign}{grouped},{part:02d}\u00a0€"
    return f"{sign}€{whole:,}.{part:02d}"


@cache
def _country_names(language: str) -> gettext.NullTranslations:
    import pycountry

    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str, language: str) -> str:
    """The country's short name in the letter's language; the code itself if unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _country_names(language).gettext(name)
