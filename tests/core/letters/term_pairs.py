"""The catalogues' code tables as (Finnish, English) pairs, and the catalogue's lookups under
the names the letter-text tests use: the view through which those tests read the one catalogue
per language (l4d_desktop/core/letters/words)."""

from __future__ import annotations

from l4d_desktop.core.letters.words import catalogue

_FI, _EN = catalogue("fi"), catalogue("en")


class TermPairs(dict[str, tuple[str, str]]):
    """One code table: code → (its Finnish words, its English words), every code the Finnish
    catalogue has; an English entry missing is a KeyError here, not the code printed as itself."""

    def __init__(self, table: str) -> None:
        prefix = f"{table}."
        codes = [key.removeprefix(prefix) for key in _FI if key.startswith(prefix)]
        super().__init__({c: (_FI(prefix + c), _EN(prefix + c)) for c in codes})
        self.table = table


REQUEST_TYPES = TermPairs("request_type")
CHANNELS = TermPairs("channel")
IDENTITY_METHODS = TermPairs("identity_method")
REFUSAL_BASES = TermPairs("refusal_basis")
REFUSAL_BASIS_NAMES = TermPairs("refusal_basis_name")
OBJECTION_PURPOSES = TermPairs("objection_purpose")
OBJECTION_OUTCOMES = TermPairs("objection_outcome")
CUSTOMER_FIELDS = TermPairs("customer_field")
ERASURE_ITEM_KINDS = TermPairs("erasure_item")
ERASURE_REASONS = TermPairs("erasure_reason")
KEPT_FIELDS = TermPairs("kept_field")


def words(table: TermPairs, code: str | None, language: str) -> str:
    """The code in words in `language` (a language without a catalogue is refused)."""
    return catalogue(language).term(table.table, code)


def join_words(items: list[str], language: str) -> str:
    return catalogue(language).join(items)


def count_text(n: int, language: str, fi: tuple[str, str], en: tuple[str, str]) -> str:
    """The catalogue's count of the noun whose Finnish forms (one, many) are `fi` and English
    forms `en`."""
    nouns = {k.split(".")[1] for k in _FI if k.startswith("count.")}
    (noun,) = (
        noun
        for noun in nouns
        if (_FI.count(noun, 1), _FI.count(noun, 2), _EN.count(noun, 1), _EN.count(noun, 2))
        == (f"1 {fi[0]}", f"2 {fi[1]}", f"1 {en[0]}", f"2 {en[1]}")
    )
    return catalogue(language).count(noun, n)
