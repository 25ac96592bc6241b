"""The envelope window's address block: a postal address only, since whatever stands there is
what the post reads; an email address or a telephone number given as the contact never does.
Without a postal address the block says how the letter reaches the person instead."""

from __future__ import annotations

import re

from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.vocabulary import Channel

# A line of digits, spaces and + - ( ) / . with at least six digits: a telephone number.
_PHONE = re.compile(r"^[+\d\s()/.-]*$")


def is_postal_line(line: str) -> bool:
    """Whether a contact line can be part of a postal address (not an email or a phone)."""
    if "@" in line:
        return False
    return not (_PHONE.match(line) and sum(ch.isdigit() for ch in line) >= 6)


def delivery_line(language: str, contacts: tuple[str, ...], channel: str) -> str:
    """How a letter without a postal address reaches the person, in the letter's language."""
    w = catalogue(language)
    if any("@" in c for c in contacts):
        return w("address.by_email")
    if channel == Channel.IN_PERSON.value:
        return w("address.in_person")
    return w("address.as_agreed")


def address_block(
    name: str, postal: tuple[str, ...], contacts: tuple[str, ...], channel: str, language: str
) -> tuple[str, ...]:
    """The name and the postal lines; with no postal line, the name and how it is delivered."""
    lines = tuple(x.strip() for x in postal if x.strip() and is_postal_line(x.strip()))
    if not lines:
        lines = (delivery_line(language, contacts, channel),)
    return tuple(x for x in (name.strip(), *lines) if x)


__all__ = ["address_block", "delivery_line", "is_postal_line"]
