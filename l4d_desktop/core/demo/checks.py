"""What keeps demo data in the register's own form: the tables checked once, and a sample of
generated customers run through the register's cleaning in full."""

from __future__ import annotations

from l4d_desktop.core.customers.fields import (
    CustomerInput,
    clean_business_id,
    clean_customer,
    clean_email,
    clean_phone,
    search_text,
)
from l4d_desktop.core.demo.generator import Person
from l4d_desktop.core.demo.tables import (
    CITIES,
    CITY_GENITIVES,
    COMPANY_FORMS,
    COMPANY_TRADES,
    FI_FEMALE,
    FI_MALE,
    FI_SURNAMES,
    FOREIGN_GROUPS,
    FOREIGN_PAIRS,
    MOBILE_PREFIXES,
    NOTES_EN,
    NOTES_FI,
    PERSONAL_DOMAINS,
    REGISTRIES,
    STREETS_ANYWHERE,
    STREETS_BY_CITY,
    SV_CITIES,
    SV_FIRST,
    SV_SURNAMES,
    THIRD_PARTIES,
)
from l4d_desktop.core.text import clean_text

_checked = False


def check_tables() -> None:
    """Every table entry is text the register stores unchanged (NFC, trimmed, no controls)."""
    global _checked
    if _checked:
        return
    texts: list[str] = [
        *FI_FEMALE, *FI_MALE, *FI_SURNAMES, *SV_FIRST, *SV_SURNAMES,
        *(n for fs, ls in FOREIGN_GROUPS for n in fs + ls),
        *(n for pair in FOREIGN_PAIRS for n in pair), *SV_CITIES,
        *(city for city, _, _ in CITIES), *STREETS_ANYWHERE, *COMPANY_TRADES, *COMPANY_FORMS,
        *CITY_GENITIVES.values(), *REGISTRIES, *THIRD_PARTIES, *(n for n, _ in NOTES_FI + NOTES_EN),
        *(s for streets in STREETS_BY_CITY.values() for s in streets),
    ]  # fmt: skip
    for text in texts:
        if clean_text(text, "demo", max_length=200, multiline=True) != text or " " * 2 in text:
            raise RuntimeError(f"demo table entry is not in stored form: {text!r}")
    for _, _, codes in CITIES:
        if not all(len(c) == 5 and c.isdigit() for c in codes):
            raise RuntimeError("demo postal code is not five digits")
    for prefix in MOBILE_PREFIXES:
        for number in (f"+358{prefix}0000000", f"+358{prefix}9999999"):
            if clean_phone(number) != number:
                raise RuntimeError(f"demo phone range not valid: {prefix}")
    for domain in PERSONAL_DOMAINS:
        address = f"a.b-c_1@{domain}"
        if clean_email(address) != address:
            raise RuntimeError(f"demo email domain not in stored form: {domain}")
    _checked = True


def verify_person(person: Person, customer_number: str, text: str) -> None:
    """Run one generated customer through the register's own cleaning; it must not change."""
    v = person.values
    data = CustomerInput(
        name=v.name,
        email=v.email,
        phone=v.phone,
        street=v.street,
        postal_code=v.postal_code,
        city=v.city,
        country=v.country,
        company=v.company,
        language=v.language,
        business_id=v.business_id,
        source=v.source,
        source_name=v.source_name,
        notes=v.notes,
        notes_third_party=v.notes_third_party,
    )
    cleaned = clean_customer(data)
    if v.business_id and clean_business_id(v.business_id) != v.business_id:
        raise RuntimeError("demo y-tunnus is not in stored form")
    if cleaned != v or search_text(cleaned, customer_number) != text:
        raise RuntimeError("demo customer is not in the form the register stores")
