"""A letter's words in its language: the catalogue chosen by the letter's language, and the ways
a language writes lists, counts, dates, times and amounts, all read from that catalogue.

Letters are written in the customer's language, not the user interface's, so the catalogues are
plain data rather than Qt translations. An entry is a sentence (or a phrase, a label, a format)
under a stable key; `{name}` placeholders are filled by the letter code. Adding a language is
adding its catalogue (a package like fi/, with the same keys and placeholders as the Finnish
one) and naming it in CATALOGUES below.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterator, KeysView, Mapping, Sequence
from functools import cache

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.letters.words import en, fi, sv

# Every language a letter can be written in, by its code; the first is the reference every
# other catalogue is checked against.
CATALOGUES: dict[str, Mapping[str, str]] = {
    "fi": fi.ENTRIES,
    "en": en.ENTRIES,
    "sv": sv.ENTRIES,
}
LANGUAGES: tuple[str, ...] = tuple(CATALOGUES)


class Words:
    """One language's catalogue, with the formatting that language's letters use."""

    def __init__(self, language: str, entries: Mapping[str, str]) -> None:
        self.language = language
        self._entries = entries

    def __call__(self, key: str, **values: object) -> str:
        """The entry, its placeholders filled from `values`."""
        return self._entries[key].format_map(values)

    def keys(self) -> KeysView[str]:
        return self._entries.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def placeholders(self, key: str) -> frozenset[str]:
        """The names of the entry's placeholders."""
        return frozenset(
            name for _, name, _, _ in string.Formatter().parse(self._entries[key]) if name
        )

    # -- codes in words ------------------------------------------------------------------------

    def has_term(self, table: str, code: str | None) -> bool:
        return code is not None and f"{table}.{code}" in self._entries

    def term(self, table: str, code: str | None) -> str:
        """A code of the program in words ("request_type", "access" → the entry
        request_type.access); the code itself when the catalogue lacks it, so that a code
        added later still prints as something a reader can report rather than as nothing."""
        if code is None:
            return ""
        return self._entries.get(f"{table}.{code}", code)

    # -- lists and counts ----------------------------------------------------------------------

    def join(self, items: Sequence[str]) -> str:
        """The phrases joined as a sentence lists them: "a, b ja c" / "a, b and c"."""
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return self("format.list", rest=", ".join(items[:-1]), last=items[-1])

    def count(self, noun: str, n: int) -> str:
        """A number with its noun: "1 pyyntö", "3 pyyntöä" / "1 request", "3 requests"."""
        return self(f"count.{noun}.{'one' if n == 1 else 'other'}", n=n)

    # -- numbers, dates and times --------------------------------------------------------------

    def number(self, n: int) -> str:
        """A whole number with its thousands grouped: "12 345" / "12,345"."""
        return f"{n:,}".replace(",", self("format.thousands"))

    def money(self, cents: int) -> str:
        """1 234,50 € in Finnish and Swedish (a no-break space groups thousands), €1,234.50 in
        English."""
        whole, part = divmod(abs(cents), 100)
        sign = "-" if cents < 0 else ""
        return self("format.money", sign=sign, whole=self.number(whole), cents=part)

    def date(self, day: dt.date) -> str:
        """24.11.2026 in Finnish, 24 November 2026 in English."""
        month = self(f"format.month.{day.month}")
        return self("format.date", day=day.day, month=month, year=day.year)

    def datetime(self, at: dt.datetime) -> str:
        """A moment in the office's time: "24.11.2026 klo 14.05" / "24 November 2026, 14:05"."""
        local = _office(at)
        return self(
            "format.datetime", date=self.date(local.date()), hour=local.hour, minute=local.minute
        )

    def office_date(self, at: dt.datetime) -> str:
        """The office's day of a moment."""
        return self.date(_office(at).date())

    def event_time(self, at: dt.datetime) -> str:
        """A compact, second-exact time in the office's zone: "3.1.2025 14.05.07" in Finnish,
        "2025-01-03 14:05:07" in English (the long English date would double the column)."""
        local = _office(at)
        # Called once a row of a table that may run to thousands: the template, formatted.
        return self._entries["format.event_time"].format(
            day=local.day,
            month=local.month,
            year=local.year,
            hour=local.hour,
            minute=local.minute,
            second=local.second,
        )


def _office(at: dt.datetime) -> dt.datetime:
    return at.astimezone(OFFICE_ZONE) if at.tzinfo else at


def check_language(language: str) -> str:
    if language not in CATALOGUES:
        raise ValueError(f"no letter catalogue for the language {language!r}")
    return language


@cache
def catalogue(language: str) -> Words:
    """The words of a letter in `language`; a language without a catalogue is refused."""
    return Words(check_language(language), CATALOGUES[language])


def capital(text: str) -> str:
    """The phrase with its first letter in upper case (the rest as written)."""
    return text[:1].upper() + text[1:]
