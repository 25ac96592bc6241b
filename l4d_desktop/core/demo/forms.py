"""Finnish word and number forms the demo needs: ASCII email names, y-tunnus check digits,
surnames in the genitive."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ASCII = {"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ð": "d", "ı": "i", "þ": "th"}


@lru_cache(maxsize=4096)
def ascii_slug(text: str, joiner: str = ".") -> str:
    """Lower-case ASCII for an email address: Pääkkönen → paakkonen, Łukasiewicz → lukasiewicz."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch):
            continue
        ch = _ASCII.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in " -":
            out.append(joiner if ch == " " else "-")
    return "".join(out).strip(".-")


def ytunnus_check_digit(seven: str) -> int | None:
    """The check digit of a y-tunnus body, or None where no check digit exists (remainder 1)."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = sum(int(d) * w for d, w in zip(seven, weights, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def genitive(surname: str) -> str | None:
    """Virtanen → Virtasen, Laine → Laineen, Pyykkö → Pyykön, Öhman → Öhmanin; None for the
    endings whose genitive needs more than these rules (Niemi → Niemen, Kärki → Kärjen)."""
    if surname.endswith("nen"):
        return surname[:-3] + "sen"
    last = surname[-1]
    if last == "i":
        return None
    if last == "e":
        return surname + "en"
    if last in "aouyäö":
        if surname[-3:-1] in ("kk", "pp", "tt"):  # a long consonant shortens: Särkkä → Särkän
            return surname[:-2] + last + "n"
        return surname + "n"
    if last.isalpha() and last.isascii():
        return surname + "in"
    return None
