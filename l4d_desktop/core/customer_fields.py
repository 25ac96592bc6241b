"""Validation of a customer's identity and contact fields, each error naming its field."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text, fold
from l4d_desktop.core.vocabulary import Language

_FI_POSTAL = re.compile(r"\d{5}")
_COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)


@dataclass(frozen=True)
class CustomerInput:
    """What a user typed into the customer form; every field is raw text."""

    name: str
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FI"
    company: str = ""
    language: str = "fi"


@dataclass(frozen=True)
class CleanCustomer:
    name: str
    email: str
    phone: str  # E.164, or empty
    street: str
    postal_code: str
    city: str
    country: str
    company: str
    language: str


def clean_email(value: str) -> str:
    email = clean_text(value, "email", max_length=254)
    if not email:
        return ""
    try:
        # No DNS look-up: the office machine may be offline and deliverability is not our call.
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError("email", "email_invalid") from None


def clean_phone(value: str, country: str = "FI") -> str:
    raw = clean_text(value, "phone", max_length=40)
    if not raw:
        return ""
    region = country if country in _COUNTRIES else "FI"
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "phone_invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "phone_invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_phone(e164: str) -> str:
    """040… form of a stored number, digits only, for searching as people type it."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def display_phone(e164: str) -> str:
    """+358 40 1234567: the stored E.164 number grouped for reading."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def clean_customer(data: CustomerInput) -> CleanCustomer:
    """Validate every field; raise the first error with all of them in `.all_errors`."""
    errors: list[ValidationError] = []
    out: dict[str, str] = {}

    def take(field: str, fn: object) -> None:
        try:
            out[field] = fn()  # type: ignore[operator]
        except ValidationError as exc:
            errors.append(exc)
            out[field] = ""

    take("name", lambda: clean_text(data.name, "name", max_length=200, required=True))
    take("country", lambda: _clean_country(data.country))
    country = out["country"] or "FI"
    take("email", lambda: clean_email(data.email))
    take("phone", lambda: clean_phone(data.phone, country))
    take("street", lambda: clean_text(data.street, "street", max_length=200, multiline=True))
    take("postal_code", lambda: _clean_postal_code(data.postal_code, country))
    take("city", lambda: clean_text(data.city, "city", max_length=100))
    take("company", lambda: clean_text(data.company, "company", max_length=200))
    take("language", lambda: _clean_language(data.language))
    if errors:
        first = errors[0]
        first.all_errors = errors  # type: ignore[attr-defined]
        raise first
    return CleanCustomer(**out)


def _clean_country(value: str) -> str:
    code = clean_text(value, "country", max_length=2).upper() or "FI"
    if code not in _COUNTRIES:
        raise ValidationError("country", "country_invalid")
    return code


def _clean_postal_code(value: str, country: str) -> str:
    code = clean_text(value, "postal_code", max_length=20)
    if code and country == "FI" and not _FI_POSTAL.fullmatch(code):
        raise ValidationError("postal_code", "postal_code_fi")
    return code


def _clean_language(value: str) -> str:
    try:
        return Language((value or "fi").strip().lower()).value
    except ValueError:
        raise ValidationError("language", "language_invalid") from None


def search_text(c: CleanCustomer, customer_number: str | None) -> str:
    """The folded text the as-you-type search looks in."""
    parts = [c.name, c.email, c.phone, national_phone(c.phone), c.company, customer_number or ""]
    return fold("\n".join(p for p in parts if p))
