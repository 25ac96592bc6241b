"""Phone numbers shown as the person would write them: a Finnish number in the national
grouping ("040 123 4567", "09 123 4567"), a number of another country in the international one."""

from __future__ import annotations

import phonenumbers

# The last four digits of a subscriber number form a group; the ones before it groups of three.
_LAST_GROUP = 4


def _grouped_subscriber(digits: str) -> str:
    if len(digits) <= _LAST_GROUP + 2:  # "123 456", "12345": one or two short groups
        return digits if len(digits) <= _LAST_GROUP else f"{digits[:3]} {digits[3:]}"
    head, tail = digits[:-_LAST_GROUP], digits[-_LAST_GROUP:]
    groups = [head[i : i + 3] for i in range(0, len(head), 3)]
    return " ".join([*groups, tail])


def grouped_phone(e164: str, country: str = "FI") -> str:
    """The stored E.164 number for reading: in the national form when it belongs to `country`
    (the customer's, so that saving the shown text reads the same number back), else in the
    international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if phonenumbers.region_code_for_number(number) != "FI" or country != "FI":
        return international
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    area, _, rest = national.partition(" ")
    if not rest:
        return national
    return f"{area} {_grouped_subscriber(rest.replace(' ', ''))}"


__all__ = ["grouped_phone"]
