"""What letters say, by language: one catalogue per language (fi, sv, en) and the lookup that
picks the letter's (catalogue), codes in words, dates, amounts and country names."""

from l4d_desktop.core.letters.words.catalogue import (
    LANGUAGES,
    Words,
    capital,
    catalogue,
    check_language,
)
from l4d_desktop.core.letters.words.countries import country_name

__all__ = ["LANGUAGES", "Words", "capital", "catalogue", "check_language", "country_name"]
