"""Phone numbers as the register keeps them: E.164, checked with phonenumbers' own rules.

Finnish numbers written the usual ways take a pre-compiled path that gives the library's own
answers (tests/core/test_customer_fields_cache.py holds both paths to the same results).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import phonenumbers

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text

COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)


def clean_phone(value: str, country: str = "FI") -> str:
    raw = clean_text(value, "phone", max_length=40)
    if not raw:
        return ""
    region = country if country in COUNTRIES else "FI"
    if region == "FI":
        nsn = _plain_finnish_number(raw)
        if nsn is not None:
            return _finnish_e164(nsn)
    return _parsed_phone(raw, region)


@lru_cache(maxsize=4096)
def _parsed_phone(raw: str, region: str) -> str:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "phone_invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "phone_invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# phonenumbers.parse() and is_valid_number() cost some 40 µs a number, most of it looking up the
# same compiled patterns again and again. A Finnish number written the usual ways — "040
# 1234567", "040-123 4567", "+358 40 1234567" — parses to the digits after the trunk 0 or the
# +358 (FI's international prefixes 00/99…, and a 0 after +358, are left to the full parser), and
# is then checked by `_NumberRules`: phonenumbers' own metadata and patterns, applied in the
# order is_valid_number() applies them. Only ASCII digits: `\d` would admit other scripts'.
# tests/core/test_customer_fields_cache.py compares both paths over every prefix and length.
_FI_PLAIN = re.compile(r"(?:\+358[ -]?|0)([1-9](?:[ -]?[0-9])*)")
_FI_SEPARATORS = str.maketrans("", "", " -")
_FIRST_GROUP = re.compile(r"(\\\d)")  # phonenumbers' _FIRST_GROUP_PATTERN


def _plain_finnish_number(raw: str) -> str | None:
    m = _FI_PLAIN.fullmatch(raw)
    return None if m is None else m[1].translate(_FI_SEPARATORS)


def _finnish_e164(nsn: str) -> str:
    if len(nsn) > _MAX_NSN or not _valid_national_number(358, nsn):
        raise ValidationError("phone", "phone_invalid")
    return f"+358{nsn}"


_Desc = tuple[frozenset[int], re.Pattern[str]]
_Format = tuple[re.Pattern[str] | None, re.Pattern[str], str, str | None]
_GROUP_REFERENCE = re.compile(r"\\([1-9])")


def _template_parts(rule: str, pattern: re.Pattern[str]) -> str | None:
    """A sub() template of literal text and \\1…\\9 only, as a str.format() template over the
    match's groups ({1}, {2}…); None for anything else (other escapes, missing groups, a
    pattern that can match nothing at all), which then goes through sub() itself."""
    pieces = _GROUP_REFERENCE.split(rule)
    literals, groups = pieces[0::2], [int(g) for g in pieces[1::2]]
    if any("\\" in t for t in literals) or any(g > pattern.groups for g in groups):
        return None
    if pattern.match("") is not None:
        return None
    out: list[str] = []
    for n, piece in enumerate(pieces):
        out.append(f"{{{piece}}}" if n % 2 else piece.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _desc(desc: Any) -> _Desc | None:
    if desc is None or not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)


def _matches(desc: _Desc, nsn: str) -> bool:
    lengths, pattern = desc
    return (not lengths or len(nsn) in lengths) and pattern.fullmatch(nsn) is not None


class _NumberRules:
    """One region's rules from phonenumbers' metadata, compiled once: validity as
    `_number_type_helper` decides it, the national format as `format_number` writes it."""

    def __init__(self, metadata: Any) -> None:
        self.leading = (
            None if metadata.leading_digits is None else re.compile(metadata.leading_digits)
        )
        self.general = _desc(metadata.general_desc)
        # A number is valid when it fits the general pattern and any one type's: the type
        # itself does not matter here, so the common ones are tried first.
        kinds = [metadata.fixed_line]
        if not metadata.same_mobile_and_fixed_line_pattern:
            kinds.insert(0, metadata.mobile)
        kinds += [
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
        ]
        self.kinds = tuple(d for d in map(_desc, kinds) if d is not None)
        self.formats: list[_Format] = []
        for f in metadata.number_format:
            rule = f.format
            if f.national_prefix_formatting_rule:
                rule = _FIRST_GROUP.sub(f.national_prefix_formatting_rule, rule, count=1)
            leading = re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None
            pattern = re.compile(f.pattern)
            self.formats.append((leading, pattern, rule, _template_parts(rule, pattern)))

    def valid(self, nsn: str) -> bool:
        return (
            self.general is not None
            and _matches(self.general, nsn)
            and any(_matches(kind, nsn) for kind in self.kinds)
        )

    def national(self, nsn: str) -> str:
        for leading, pattern, rule, parts in self.formats:
            if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
                if parts is not None:
                    # sub() replaces the first match; when that match is the whole number,
                    # it is the only one, and the template is filled in from its groups (an
                    # unmatched group gives "", as in sub()).
                    m = pattern.match(nsn)
                    if m is not None and m.end() == len(nsn):
                        return parts.format(nsn, *m.groups(""))
                return pattern.sub(rule, nsn)
        return nsn


@cache
def _rules(region: str) -> _NumberRules | None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    return None if metadata is None else _NumberRules(metadata)


@cache
def _main_rules(country_code: int) -> _NumberRules | None:
    return _rules(phonenumbers.region_code_for_country_code(country_code))


def _valid_national_number(country_code: int, nsn: str) -> bool:
    """is_valid_number(): the region the number belongs to (as region_code_for_number() picks
    it among those sharing the country code), then that region's rules."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) == 1:
        rules = _rules(regions[0])
        return rules is not None and rules.valid(nsn)
    for region in regions:
        rules = _rules(region)
        if rules is None:
            continue
        if rules.leading is not None:
            if rules.leading.match(nsn):
                return rules.valid(nsn)
        elif rules.valid(nsn):
            return True  # picked because it is valid there
    return False


_MAX_NSN = 17  # phonenumbers refuses longer national numbers while parsing


_NON_DIGIT = re.compile(r"\D")


def _stored_finnish(e164: str) -> str | None:
    """The national number of a stored Finnish number (+358, no leading zero, of a length
    parse() accepts): what parse() would find in it. Else None."""
    rest = e164[4:]
    if (
        e164.startswith("+358")
        and 2 <= len(rest) <= _MAX_NSN
        and rest.isascii()
        and rest.isdigit()
        and rest[0] != "0"
    ):
        return rest
    return None


def national_phone(e164: str) -> str:
    """040… form of a stored number, digits only, for searching as people type it."""
    if not e164:
        return ""
    nsn = _stored_finnish(e164)
    if nsn is not None:
        # format_number() formats every +358 number by the main region's rules (FI's).
        rules = _main_rules(358)
        if rules is not None:
            return _NON_DIGIT.sub("", rules.national(nsn))
    number = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _NON_DIGIT.sub("", national)


def display_phone(e164: str) -> str:
    """+358 40 1234567: the stored E.164 number grouped for reading."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
