"""Validation of a customer's identity and contact fields, each error naming its field."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.exceptions import ValidationError as ValidationError_
from stdnum.fi import ytunnus

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text, fold
from l4d_desktop.core.vocabulary import DataSource, Language

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
    business_id: str = ""
    source: str = "customer"
    source_name: str = ""
    notes: str = ""
    notes_third_party: bool = True


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
    business_id: str
    source: str
    source_name: str
    notes: str
    notes_third_party: bool


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
    take("business_id", lambda: clean_business_id(data.business_id))
    take("source", lambda: _clean_source(data.source))
    take("source_name", lambda: _clean_source_name(data.source_name, out["source"]))
    take("notes", lambda: clean_text(data.notes, "notes", max_length=NOTES_MAX, multiline=True))
    if errors:
        first = errors[0]
        first.all_errors = errors  # type: ignore[attr-defined]
        raise first
    return CleanCustomer(**out, notes_third_party=bool(data.notes_third_party))


NOTES_MAX = 5000
_CUSTOMER_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,19}")


def clean_business_id(value: str) -> str:
    """A Finnish y-tunnus in its printed form 1234567-8, check digit verified."""
    raw = clean_text(value, "business_id", max_length=20)
    if not raw:
        return ""
    try:
        return str(ytunnus.format(ytunnus.validate(raw)))
    except ValidationError_:
        raise ValidationError("business_id", "business_id_invalid") from None


def clean_customer_number(value: str) -> str:
    number = clean_text(value, "customer_number", max_length=20)
    if number and not _CUSTOMER_NUMBER.fullmatch(number):
        raise ValidationError("customer_number", "customer_number_invalid")
    return number


def _clean_source(value: str) -> str:
    try:
        return DataSource((value or "customer").strip()).value
    except ValueError:
        raise ValidationError("source", "choice_invalid") from None


def _clean_source_name(value: str, source: str) -> str:
    name = clean_text(value, "source_name", max_length=200)
    # Data from a registry or a third party are lawful only with the source named.
    if source in (DataSource.REGISTRY, DataSource.THIRD_PARTY) and not name:
        raise ValidationError("source_name", "required")
    return name if source != DataSource.CUSTOMER else ""


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
