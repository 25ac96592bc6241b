"""Country names as a letter in a given language writes them (ISO 3166 via pycountry)."""

from __future__ import annotations

import gettext
from functools import cache


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
