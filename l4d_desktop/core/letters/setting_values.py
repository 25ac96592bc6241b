"""The letter settings checked as the customer register checks the same kinds of value: a letter
prints them as the controller's own details, so a wrong one would be evidence against it."""

from __future__ import annotations

import re
from collections.abc import Callable

from l4d_desktop.core.customers.fields import clean_business_id, clean_email
from l4d_desktop.core.customers.phone_numbers import clean_phone
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.register.processors import clean_country

_FI_POSTAL = re.compile(r"[0-9]{5}")
# A web address as a letter prints it: a host name with a dot, an optional path; no spaces.
_WEB = re.compile(r"(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/[^\s]*)?")
_EMAILS = frozenset({"controller_email", "privacy_contact_email"})
_PHONES = frozenset({"controller_phone", "privacy_contact_phone", "authority_phone"})
_WEBS = frozenset({"controller_web", "authority_web"})


def _as(key: str, check: Callable[[str], str], value: str) -> str:
    """`check(value)`, its refusal naming the setting `key` instead of the customer field."""
    try:
        return check(value)
    except ValidationError as exc:
        params = {k: v for k, v in exc.params.items() if k != "field"}
        raise ValidationError(key, exc.code, **params) from None


def checked_setting(key: str, value: str, country: str) -> str:
    """`value` (already cleaned text) as saved, or a ValidationError naming `key`. `country` is
    the controller's country code being saved, which decides the postal code's form."""
    if not value:
        return value
    if key == "controller_country":
        return _as(key, clean_country, value)
    if key == "controller_postal_code":
        if country.strip().upper() in ("", "FI") and not _FI_POSTAL.fullmatch(value):
            raise ValidationError(key, "postal_code_fi")
        return value
    if key == "controller_business_id":
        return _as(key, clean_business_id, value)
    if key in _EMAILS:
        return _as(key, clean_email, value)
    if key in _PHONES:
        # Checked as the register checks a phone; kept as typed, since it is printed as typed.
        _as(key, clean_phone, value)
        return value
    if key in _WEBS and not _WEB.fullmatch(value):
        raise ValidationError(key, "web_invalid")
    return value
