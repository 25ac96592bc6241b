"""Validation of a customer's identity and contact fields, each error naming its field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass
from functools import lru_cache
from typing import Any

from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES, DOT_ATOM_TEXT
from stdnum.exceptions import ValidationError as ValidationError_
from stdnum.fi import ytunnus

from l4d_desktop.core.customers.phone_numbers import COUNTRIES as _COUNTRIES
from l4d_desktop.core.customers.phone_numbers import clean_phone, display_phone, national_phone
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text, fold
from l4d_desktop.core.vocabulary import DataSource, Language

_FI_POSTAL = re.compile(r"\d{5}")

__all__ = [  # the phone functions are part of the customer fields' face
    "EARLIEST_BUSINESS_DATE",
    "CleanCustomer",
    "CustomerInput",
    "check_business_date",
    "clean_business_id",
    "clean_customer",
    "clean_customer_number",
    "clean_customer_values",
    "clean_email",
    "clean_phone",
    "display_phone",
    "national_phone",
    "search_text",
]


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
    fast = _plain_email(email)
    if fast is not None:
        return fast
    try:
        # No DNS look-up: the office machine may be offline and deliverability is not our call.
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError("email", "email_invalid") from None


# An import checks thousands of addresses at a handful of domains. email-validator's domain
# check (IDNA, special-use names) dominates its cost, so for the common shape — a plain ASCII
# local part, an ASCII host name — the domain's verdict is cached and the rest is done exactly
# as `validate_email` does it: dot-atom syntax of the local part (its own regex), the domain
# from its normalised form, the three 254-octet length checks. Anything else (quoted or
# non-ASCII local parts, IDN or literal domains, the RFC 2142 names it lower-cases) takes the
# full path. tests/core/test_customer_fields_cache.py holds both paths to the same answers.
_ASCII_HOST = re.compile(r"[A-Za-z0-9.-]+")
_EMAIL_MAX_OCTETS = 254
_CASE_INSENSITIVE = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> tuple[str, str] | None:
    """(normalised, ASCII) form of a valid domain, None for an invalid one."""
    try:
        checked = validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.domain, checked.ascii_domain


def _octets(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def _plain_email(email: str) -> str | None:
    """The normalised address for the common shape, or None to use the full validation."""
    local, at, domain = email.partition("@")
    if (
        not at
        or not _ASCII_HOST.fullmatch(domain)
        or not DOT_ATOM_TEXT.match(local)
        or local.lower() in _CASE_INSENSITIVE
    ):
        return None
    checked = _email_domain(domain)
    if checked is None:
        raise ValidationError("email", "email_invalid")
    normalised_domain, ascii_domain = checked
    normalised = f"{local}@{normalised_domain}"
    if (
        len(email) > _EMAIL_MAX_OCTETS  # all ASCII here: a character is an octet
        or _octets(normalised) > _EMAIL_MAX_OCTETS
        or len(local) + 1 + len(ascii_domain) > _EMAIL_MAX_OCTETS
    ):
        raise ValidationError("email", "email_invalid")
    return normalised


def clean_customer(data: CustomerInput) -> CleanCustomer:
    """Validate every field; raise the first error with all of them in `.all_errors`."""
    try:
        # Most input is valid: checked straight through, no error bookkeeping (an import
        # checks 100 000 rows). The first error sends the input through the full pass.
        return _clean_valid_customer(**vars(data))
    except ValidationError:
        pass
    return _clean_customer_collecting(data)


_INPUT_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in dataclasses.fields(CustomerInput) if f.default is not MISSING
}


def clean_customer_values(values: Mapping[str, str]) -> CleanCustomer:
    """clean_customer() of the input these fields make, the others at their defaults.

    For an import: it checks 100 000 rows, and building a CustomerInput for each would cost
    as much as checking most of its fields.
    """
    fields = {**_INPUT_DEFAULTS, **values}
    try:
        return _clean_valid_customer(**fields)
    except ValidationError:
        pass
    return _clean_customer_collecting(CustomerInput(**fields))


def _clean_valid_customer(
    *,
    name: str,
    email: str,
    phone: str,
    street: str,
    postal_code: str,
    city: str,
    country: str,
    company: str,
    language: str,
    business_id: str,
    source: str,
    source_name: str,
    notes: str,
    notes_third_party: bool,
) -> CleanCustomer:
    """The same checks in the same order as `_clean_customer_collecting`; stops at an error."""
    country = _clean_country(country)
    source = _clean_source(source)
    return CleanCustomer(
        name=clean_text(name, "name", max_length=200, required=True),
        email=clean_email(email),
        phone=clean_phone(phone, country),
        street=clean_text(street, "street", max_length=200, multiline=True),
        postal_code=_clean_postal_code(postal_code, country),
        city=_clean_city(city),
        country=country,
        company=_clean_company(company),
        language=_clean_language(language),
        business_id=clean_business_id(business_id),
        source=source,
        source_name=_clean_source_name(source_name, source),
        notes=_clean_notes(notes),
        notes_third_party=bool(notes_third_party),
    )


def _clean_customer_collecting(data: CustomerInput) -> CleanCustomer:
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
    take("city", lambda: _clean_city(data.city))
    take("company", lambda: _clean_company(data.company))
    take("language", lambda: _clean_language(data.language))
    take("business_id", lambda: clean_business_id(data.business_id))
    take("source", lambda: _clean_source(data.source))
    take("source_name", lambda: _clean_source_name(data.source_name, out["source"]))
    take("notes", lambda: _clean_notes(data.notes))
    if errors:
        first = errors[0]
        first.all_errors = errors  # type: ignore[attr-defined]
        raise first
    return CleanCustomer(**out, notes_third_party=bool(data.notes_third_party))


NOTES_MAX = 5000
# The validators below see the same few values on row after row of an import (country,
# language, postal codes, cities, a company and its y-tunnus): their answers are cached. An error is raised
# afresh each time (lru_cache keeps no exceptions), so no error object is ever shared.
_CHOICE_CACHE = 4096
_CUSTOMER_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,19}")


# The company's records hold nothing older: an earlier date is a typing slip (0001-01-01), and
# dates near the calendar's ends overflow when a deadline or a time zone is added to them.
EARLIEST_BUSINESS_DATE = dt.date(1900, 1, 1)


def check_business_date(field: str, value: dt.date) -> dt.date:
    """`value`, refused (naming `field`) when it is before EARLIEST_BUSINESS_DATE.

    Every caller also refuses a date after today: those are dates something was received.
    """
    if value < EARLIEST_BUSINESS_DATE:
        raise ValidationError(field, "date_too_early", earliest=EARLIEST_BUSINESS_DATE.isoformat())
    return value


@lru_cache(maxsize=_CHOICE_CACHE)
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


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_city(value: str) -> str:
    return clean_text(value, "city", max_length=100)


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_company(value: str) -> str:
    return clean_text(value, "company", max_length=200)


@lru_cache(maxsize=256)  # mostly empty; a long one is seldom seen twice
def _clean_notes(value: str) -> str:
    return clean_text(value, "notes", max_length=NOTES_MAX, multiline=True)


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_source(value: str) -> str:
    try:
        return DataSource((value or "customer").strip()).value
    except ValueError:
        raise ValidationError("source", "choice_invalid") from None


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_source_name(value: str, source: str) -> str:
    name = clean_text(value, "source_name", max_length=200)
    # Data from a registry or a third party are lawful only with the source named.
    if source in (DataSource.REGISTRY, DataSource.THIRD_PARTY) and not name:
        raise ValidationError("source_name", "required")
    return name if source != DataSource.CUSTOMER else ""


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_country(value: str) -> str:
    code = clean_text(value, "country", max_length=2).upper() or "FI"
    if code not in _COUNTRIES:
        raise ValidationError("country", "country_invalid")
    return code


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_postal_code(value: str, country: str) -> str:
    code = clean_text(value, "postal_code", max_length=20)
    if code and country == "FI" and not _FI_POSTAL.fullmatch(code):
        raise ValidationError("postal_code", "postal_code_fi")
    return code


@lru_cache(maxsize=_CHOICE_CACHE)
def _clean_language(value: str) -> str:
    try:
        return Language((value or "fi").strip().lower()).value
    except ValueError:
        raise ValidationError("language", "language_invalid") from None


def search_text(c: CleanCustomer, customer_number: str | None) -> str:
    """The folded text the as-you-type search looks in (migration 0015 adds the postal code
    and city to rows written before they were searched)."""
    parts = [c.name, c.email, c.phone, national_phone(c.phone), c.company, customer_number or ""]
    parts += [c.postal_code, c.city]
    return fold("\n".join(p for p in parts if p))
