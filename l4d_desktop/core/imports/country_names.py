"""Country names in Finnish, Swedish and English → ISO 3166 alpha-2, for imported spreadsheets.

Every country pycountry knows, under its English names and their translations in pycountry's
own gettext catalogues (iso3166-1, fi and sv), plus the everyday names no catalogue gives
("Iso-Britannia", "USA", "Hollanti"). Built on first use, not at import: start-up does not pay.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from re import compile as _regex

__all__ = ["country_code", "name_key"]

_LANGUAGES = ("fi", "sv")

# Names people write that are neither pycountry's English names nor their fi/sv translations.
_EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "FI": ("Suomi", "Finland"),
    "SE": ("Ruotsi", "Sweden", "Sverige"),
    "NO": ("Norja", "Norway", "Norge"),
    "DK": ("Tanska", "Denmark", "Danmark"),
    "EE": ("Viro", "Eesti", "Estonia"),
    "DE": ("Saksa", "Germany", "Deutschland"),
    "GB": (
        "Iso-Britannia",
        "Britannia",
        "Yhdistynyt kuningaskunta",
        "United Kingdom",
        "Great Britain",
        "UK",
        "Storbritannien",
    ),
    "US": ("Yhdysvallat", "USA", "United States", "United States of America", "Förenta staterna"),
    "NL": ("Alankomaat", "Hollanti", "Netherlands", "The Netherlands", "Holland"),
    "RU": ("Venäjä", "Russia", "Ryssland"),
    "CZ": ("Tšekki", "Tsekki", "Czech Republic", "Tjeckien"),
    "KR": ("Etelä-Korea", "South Korea", "Sydkorea"),
    "KP": ("Pohjois-Korea", "North Korea", "Nordkorea"),
}

_IGNORED_IN_KEYS = _regex(r"[\s_.\-]+")


def name_key(text: str) -> str:
    """The form a name is compared in: no case, accents, spaces, hyphens, dots or underscores."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _IGNORED_IN_KEYS.sub("", letters)


def country_code(name: str) -> str | None:
    """The alpha-2 code a country name (or alpha-3 code) stands for; None if it names none."""
    return _country_index().get(name_key(name))


@cache
def _country_index() -> dict[str, str]:
    import gettext

    import pycountry

    catalogues = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for country in pycountry.countries:
        code = str(country.alpha_2)
        english = [
            str(n)
            for n in (getattr(country, a, None) for a in ("name", "official_name", "common_name"))
            if n
        ]
        names = [*english, *(c.gettext(n) for c in catalogues for n in english), country.alpha_3]
        for name in names:
            key = name_key(name)
            if index.setdefault(key, code) != code:
                ambiguous.add(key)  # a name two countries share decides neither
    for key in ambiguous:
        del index[key]
    # Alpha-2 codes are not keys: "ÅL" is no code, and folding it would make it Albania's.
    index.update((name_key(n), code) for code, names in _EVERYDAY_NAMES.items() for n in names)
    return index
