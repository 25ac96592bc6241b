"""The fast paths of email and phone validation give exactly what the libraries give.

Each reference below is the code as it was before the fast paths: email-validator for every
address, phonenumbers.parse() + is_valid_number() for every phone, format_number(NATIONAL) for
the search digits. The fast paths must agree on the value and on the error, for the shapes they
take (plain addresses, Finnish numbers written the usual ways) and for those they pass on.
"""

from __future__ import annotations

import itertools
import random
import re

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email

from l4d_desktop.core.customers import fields as customer_fields
from l4d_desktop.core.customers.fields import (
    NOTES_MAX,
    CleanCustomer,
    CustomerInput,
    clean_customer,
    clean_customer_values,
    clean_email,
    clean_phone,
    national_phone,
)
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text

Outcome = tuple[str, str]


def reference_email(value: str) -> str:
    email = clean_text(value, "email", max_length=254)
    if not email:
        return ""
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValidationError("email", "email_invalid") from None


def reference_phone(value: str, country: str = "FI") -> str:
    raw = clean_text(value, "phone", max_length=40)
    if not raw:
        return ""
    region = country if country in phonenumbers.SUPPORTED_REGIONS else "FI"
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "phone_invalid") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "phone_invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def reference_national(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "NumberParseException"
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def national_or_error(e164: str) -> str:
    try:
        return national_phone(e164)
    except phonenumbers.NumberParseException:
        return "NumberParseException"


def outcome(fn: object, *args: str) -> Outcome:
    try:
        return ("ok", fn(*args))  # type: ignore[operator]
    except ValidationError as exc:
        return ("error", f"{exc.field}:{exc.code}")


TRICKY_EMAILS = [
    "pirjo@esimerkki.fi",
    "Pirjo.Paakkonen@ESIMERKKI.FI",
    "pirjo@Esimerkki.Fi",
    "  pirjo@esimerkki.fi  ",
    "pirjo+tilaukset@esimerkki.fi",
    "o'brien@example.ie",
    "a!#$%&'*+/=?^_`{|}~-@example.com",
    "INFO@esimerkki.fi",  # RFC 2142 names are lower-cased by email-validator
    "Postmaster@esimerkki.fi",
    "support@esimerkki.fi",
    "pirjo@xn--mnchen-3ya.de",  # IDNA form of a Unicode domain
    "pirjo@münchen.de",
    "pääkkönen@esimerkki.fi",
    '"pirjo pääkkönen"@esimerkki.fi',
    "Pirjo <pirjo@esimerkki.fi>",
    "pirjo@[127.0.0.1]",
    "pirjo@127.0.0.1",
    "pirjo@esimerkki",
    "pirjo@localhost",
    "pirjo@esimerkki.test",
    "pirjo@esimerkki.invalid",
    "pirjo@esimerkki.local",
    "pirjo@example.com",
    "pirjo@esimerkki.fi.",
    "pirjo@.esimerkki.fi",
    "pirjo@esimerkki..fi",
    "pirjo@-esimerkki.fi",
    "pirjo@esimerkki-.fi",
    "pirjo@esimerkki.123",
    "pirjo@esimerkki.f",
    "pirjo@e.fi",
    "pirjo@esimerkki_oy.fi",
    ".pirjo@esimerkki.fi",
    "pirjo.@esimerkki.fi",
    "pir..jo@esimerkki.fi",
    "pirjo@@esimerkki.fi",
    "pirjo@esimerkki@fi",
    "@esimerkki.fi",
    "pirjo@",
    "pirjo",
    "pirjo esimerkki@esimerkki.fi",
    "pirjo@esimerkki fi",
    "pirjo\t@esimerkki.fi",
    "a" * 64 + "@esimerkki.fi",
    "a" * 65 + "@esimerkki.fi",  # over 64 before @: allowed unless strict
    "a@" + "b" * 63 + ".fi",
    "a@" + "b" * 64 + ".fi",  # label too long
    "a" * 240 + "@esimerkki.fi",  # 253 characters
    "a" * 241 + "@esimerkki.fi",  # 254
    "a" * 242 + "@esimerkki.fi",  # 255: refused by the length limit
    "a@" + ".".join(["b" * 60] * 4) + ".fi",  # domain over 253
    "a" * 100 + "@xn--mnchen-3ya.de",
    "",
    "   ",
]


@pytest.mark.parametrize("value", TRICKY_EMAILS)
def test_email_fast_path_agrees_on_tricky_addresses(value: str) -> None:
    assert outcome(clean_email, value) == outcome(reference_email, value)


def test_email_fast_path_agrees_on_random_addresses() -> None:
    rng = random.Random(1124)
    local_chars = "abcXYZ019.-_+'!#~"
    domain_chars = "abcxyz019.-"
    domains = ["esimerkki.fi", "EXAMPLE.com", "a.b", "xn--mnchen-3ya.de", "localhost"]
    for _ in range(3000):
        local = "".join(rng.choice(local_chars) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.5:
            domain = rng.choice(domains)
        else:
            domain = "".join(rng.choice(domain_chars) for _ in range(rng.randint(0, 14)))
        value = f"{local}@{domain}"
        assert outcome(clean_email, value) == outcome(reference_email, value), value


def test_the_domain_verdict_is_cached() -> None:
    customer_fields._email_domain.cache_clear()
    for n in range(50):
        clean_email(f"asiakas{n}@esimerkki.fi")
    info = customer_fields._email_domain.cache_info()
    assert (info.misses, info.hits) == (1, 49)


TRICKY_PHONES = [
    "040 1234567",
    "0401234567",
    "040-123 4567",
    "040 123 4567",
    "+358 40 1234567",
    "+35840 1234567",
    "+358-40-1234567",
    "+358 040 1234567",  # a trunk 0 after +358: the full parser drops it
    "+358 (0)40 1234567",
    "00358 40 1234567",
    "990 358 40 1234567",
    "358401234567",
    "0400 123456",
    "0457 1234567",
    "050 1234567",
    "09 1234567",
    "09 123 4567",
    "02 1234 567",
    "018 12345",  # Åland (AX shares +358)
    "018 123456",
    "0600 12345",
    "0800 12345",
    "0800 123456",
    "020 12345",
    "0100 100",
    "112",
    "0 40 1234567",
    "040  1234567",
    "040--1234567",
    "040 1234567 ",
    "040 123456789012",
    "040 1234567890123456",
    "04",
    "0",
    "+358",
    "+358 4",
    "+358 0",
    "040 ١٢٣٤٥٦٧",  # Arabic-Indic digits
    "(040) 1234567",
    "040/1234567",
    "040.1234567",
    "puh 040 1234567",
    "040 1234567 ext 12",
    "+46 70 123 45 67",
    "070 123 45 67",
]


@pytest.mark.parametrize("country", ["FI", "SE", "AX", "XX"])
@pytest.mark.parametrize("value", TRICKY_PHONES)
def test_phone_fast_path_agrees_on_tricky_numbers(value: str, country: str) -> None:
    assert outcome(clean_phone, value, country) == outcome(reference_phone, value, country)


def _national_numbers(rng: random.Random) -> list[str]:
    """Every prefix of up to three digits at every length 1–14, plus random four-digit ones."""
    numbers: list[str] = []
    prefixes = ["".join(p) for n in (1, 2, 3) for p in itertools.product("0123456789", repeat=n)]
    prefixes += [f"{rng.randint(1000, 9999)}" for _ in range(400)]
    for prefix in prefixes:
        if prefix.startswith("0"):
            continue
        for length in range(len(prefix), 15):
            numbers.append(
                prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
            )
    return numbers


def test_phone_fast_path_agrees_on_every_prefix_and_length() -> None:
    rng = random.Random(358)
    for nsn in _national_numbers(rng):
        for written in (
            f"0{nsn}",
            f"+358{nsn}",
            f"0{nsn[:2]} {nsn[2:]}",
            f"+358 {nsn[:2]}-{nsn[2:]}",
        ):
            written = written.strip()
            assert outcome(clean_phone, written) == outcome(reference_phone, written), written


def test_national_digits_agree_on_every_prefix_and_length() -> None:
    rng = random.Random(40)
    for nsn in [*_national_numbers(rng), "1" * 17, "1" * 18, "4" * 20]:
        e164 = f"+358{nsn}"
        assert national_or_error(e164) == reference_national(e164), e164
    for e164 in ("+46701234567", "+4915112345678", "+12025550123", "+3580401234567", "+358"):
        assert national_or_error(e164) == reference_national(e164), e164


def reference_customer(data: CustomerInput) -> CleanCustomer:
    """clean_customer as it was: every field through its validator (none cached), collecting
    every error, the first raised with all of them."""
    f = customer_fields
    errors: list[ValidationError] = []
    out: dict[str, str] = {}

    def take(field: str, fn: object) -> None:
        try:
            out[field] = fn()  # type: ignore[operator]
        except ValidationError as exc:
            errors.append(exc)
            out[field] = ""

    take("name", lambda: clean_text(data.name, "name", max_length=200, required=True))
    take("country", lambda: f._clean_country.__wrapped__(data.country))
    country = out["country"] or "FI"
    take("email", lambda: reference_email(data.email))
    take("phone", lambda: reference_phone(data.phone, country))
    take("street", lambda: clean_text(data.street, "street", max_length=200, multiline=True))
    take("postal_code", lambda: f._clean_postal_code.__wrapped__(data.postal_code, country))
    take("city", lambda: clean_text(data.city, "city", max_length=100))
    take("company", lambda: clean_text(data.company, "company", max_length=200))
    take("language", lambda: f._clean_language.__wrapped__(data.language))
    take("business_id", lambda: f.clean_business_id.__wrapped__(data.business_id))
    take("source", lambda: f._clean_source.__wrapped__(data.source))
    take("source_name", lambda: f._clean_source_name.__wrapped__(data.source_name, out["source"]))
    take("notes", lambda: clean_text(data.notes, "notes", max_length=NOTES_MAX, multiline=True))
    if errors:
        first = errors[0]
        first.all_errors = errors  # type: ignore[attr-defined]
        raise first
    return CleanCustomer(**out, notes_third_party=bool(data.notes_third_party))


def customer_outcome(fn: object, data: CustomerInput) -> object:
    try:
        return fn(data)  # type: ignore[operator]
    except ValidationError as exc:
        errors = getattr(exc, "all_errors", [exc])
        return [(e.field, e.code, e.params) for e in errors], (exc.field, exc.code)


CHOICES: dict[str, list[str]] = {
    "name": ["Pirjo Pääkkönen", "", "  ", "N" * 201, "Rivi\nkaksi", "Ma\u0308kela\u0308"],
    "email": ["pirjo@esimerkki.fi", "PIRJO@ESIMERKKI.FI", "ei-osoite", "", "info@esimerkki.fi"],
    "phone": ["040 123 4567", "+358 40 1234567", "12", "", "070 123 45 67", "0400 123456"],
    "street": ["Kauppakatu 1", "Rivi 1\r\nRivi 2", "", "S" * 201, "tab\there"],
    "postal_code": ["40100", "123", "", "SE-123 45", "00100 "],
    "city": ["Jyväskylä", "", "C" * 101, "Kaupunki\x07"],
    "country": ["FI", "fi", "SE", "", "XX", "Suomi", "AX"],
    "company": ["Pääkkönen Oy", "", "Y" * 201],
    "language": ["fi", "en", "EN", "", "sv"],
    "business_id": ["2989855-5", "29898555", "2989855-4", "", "ABC"],
    "source": ["customer", "registry", "third_party", "", "other"],
    "source_name": ["", "Väestörekisteri", "X" * 201],
    "notes": ["", "Soita aamulla", "N" * 5001, "rivi\nrivi"],
}


def test_clean_customer_agrees_with_the_uncached_original() -> None:
    rng = random.Random(2026)
    valid = 0
    for n in range(4000):
        # Half the inputs take each field's usual (mostly valid) values, half anything.
        pick = (lambda v: v[0]) if n % 2 else rng.choice
        values = {k: pick(v) if rng.random() < 0.9 else rng.choice(v) for k, v in CHOICES.items()}
        data = CustomerInput(**values, notes_third_party=rng.random() < 0.5)
        expected = customer_outcome(reference_customer, data)
        assert customer_outcome(clean_customer, data) == expected, values
        valid += isinstance(expected, CleanCustomer)
        # The import's form: only the columns a file has (a name column it always has), the
        # rest at the form's defaults.
        given = {k: v for k, v in values.items() if k == "name" or rng.random() < 0.8}
        partial = CustomerInput(**given)
        from_values = customer_outcome(lambda _, g=given: clean_customer_values(g), partial)
        assert from_values == customer_outcome(reference_customer, partial), given
    assert valid > 1000
