"""The customer register: field validation with codes, normalisation, version checks, search."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.core.text import sort_key
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db

GOOD = CustomerInput(
    name="Maija Meikäläinen",
    email="maija@example.fi",
    phone="040 123 4567",
    street="Vanha kirkkokuja 19",
    postal_code="02520",
    city="Kirkkonummi",
    country="FI",
    company="Lean 4D Oy",
    language="fi",
)


def invalid(services: Services, actor: Actor, **changes: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        services.customers.create(actor, replace(GOOD, **changes))
    return info.value


# -- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"email": "ei-sahkoposti"}, "email", "email_invalid"),
        ({"email": "maija@"}, "email", "email_invalid"),
        ({"email": "maija@@example.fi"}, "email", "email_invalid"),
        ({"phone": "123"}, "phone", "phone_invalid"),
        ({"phone": "puhelin"}, "phone", "phone_invalid"),
        ({"phone": "040 123 4567 8901 2345"}, "phone", "phone_invalid"),
        ({"postal_code": "2520"}, "postal_code", "postal_code_fi"),
        ({"postal_code": "025200"}, "postal_code", "postal_code_fi"),
        ({"postal_code": "FI-02520"}, "postal_code", "postal_code_fi"),
        ({"postal_code": "0252O"}, "postal_code", "postal_code_fi"),  # letter O
        ({"country": "XX"}, "country", "country_invalid"),
        ({"country": "Suomi"}, "country", "too_long"),
        ({"language": "de"}, "language", "language_invalid"),
        ({"language": "suomi"}, "language", "language_invalid"),
        ({"name": "Maija\x00 Meikäläinen"}, "name", "control_chars"),
        ({"city": "Kirkko\x00nummi"}, "city", "control_chars"),
        ({"company": "Lean\x074D"}, "company", "control_chars"),  # BEL
        ({"name": "Maija\x1bMeikäläinen"}, "name", "control_chars"),  # ESC
        ({"name": "Maija\x85Meikäläinen"}, "name", "control_chars"),  # C1 NEL
        ({"name": "Maija\nMeikäläinen"}, "name", "control_chars"),  # single-line field
        ({"city": "Kirkko\nnummi"}, "city", "control_chars"),
        ({"company": "Lean\r4D"}, "company", "control_chars"),
        ({"street": "Katu 1\x00"}, "street", "control_chars"),
        ({"street": "Katu 1\tA"}, "street", "control_chars"),
        ({"street": "Katu 1\rA 2"}, "street", "control_chars"),  # a lone CR is not a line feed
    ],
)
def test_each_bad_field_is_named_with_its_code(
    services: Services, admin: Actor, changes: dict[str, str], field: str, code: str
) -> None:
    error = invalid(services, admin, **changes)
    assert (error.field, error.code) == (field, code)
    assert field in str(error)  # the message names the field for the command line
    assert services.customers.count(admin) == 0


def test_every_bad_field_is_reported_at_once(services: Services, admin: Actor) -> None:
    error = invalid(services, admin, name="", email="x", postal_code="1")
    fields = [e.field for e in error.all_errors]  # type: ignore[attr-defined]
    assert fields == ["name", "email", "postal_code"]


def test_a_line_feed_is_allowed_in_the_street(services: Services, admin: Actor) -> None:
    c = services.customers.create(admin, replace(GOOD, street="Vanha kirkkokuja 19\r\nA 2"))
    assert c.street == "Vanha kirkkokuja 19\nA 2"


def test_postal_codes_outside_finland_are_free(services: Services, admin: Actor) -> None:
    c = services.customers.create(
        admin,
        replace(GOOD, country="SE", postal_code="113 51", phone="+46 70 123 45 67"),
    )
    assert (c.country, c.postal_code, c.phone) == ("SE", "113 51", "+46701234567")


def test_the_country_code_is_upper_cased_and_defaults_to_finland(
    services: Services, admin: Actor
) -> None:
    assert services.customers.create(admin, replace(GOOD, country="fi")).country == "FI"
    assert services.customers.create(admin, replace(GOOD, country="")).country == "FI"


def test_a_national_phone_number_is_read_in_the_customers_country(
    services: Services, admin: Actor
) -> None:
    c = services.customers.create(
        admin, replace(GOOD, country="SE", postal_code="11351", phone="070 123 45 67")
    )
    assert c.phone == "+46701234567"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("040 123 4567", "+358401234567"),
        ("0401234567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("(09) 123 4567", "+35891234567"),
        ("", ""),
    ],
)
def test_phone_is_stored_as_e164(services: Services, admin: Actor, typed: str, stored: str) -> None:
    assert services.customers.create(admin, replace(GOOD, phone=typed)).phone == stored


def test_text_is_stored_nfc_and_trimmed(services: Services, admin: Actor) -> None:
    nfd_name = unicodedata.normalize("NFD", "  Pääkkönen Åsa  ")
    c = services.customers.create(
        admin, replace(GOOD, name=nfd_name, city=unicodedata.normalize("NFD", "Hämeenlinna"))
    )
    assert c.name == "Pääkkönen Åsa"
    assert unicodedata.is_normalized("NFC", c.name)
    assert c.city == "Hämeenlinna" and unicodedata.is_normalized("NFC", c.city)
    with raw_db(services.db.path) as conn:
        stored = conn.execute("SELECT name, city FROM customers WHERE id = ?", (c.id,)).fetchone()
    assert stored == ("Pääkkönen Åsa", "Hämeenlinna")


def test_language_is_fi_or_en_and_defaults_to_fi(services: Services, admin: Actor) -> None:
    assert services.customers.create(admin, replace(GOOD, language="EN")).language == "en"
    assert services.customers.create(admin, replace(GOOD, language="")).language == "fi"


def test_the_email_domain_is_normalised(services: Services, admin: Actor) -> None:
    c = services.customers.create(admin, replace(GOOD, email="Maija@Example.FI"))
    assert c.email == "Maija@example.fi"


def test_a_new_customer_gets_a_customer_number(services: Services, admin: Actor) -> None:
    a = services.customers.create(admin, GOOD)
    b = services.customers.create(admin, replace(GOOD, name="Toinen"))
    assert a.customer_number and b.customer_number
    assert a.customer_number != b.customer_number
    assert a.customer_number.isdigit()


# -- editing and optimistic locking ----------------------------------------------------------------


def test_an_edit_with_the_loaded_version_is_saved(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    loaded = services.customers.view(admin, customer.id)
    saved = services.customers.update(
        admin, loaded.id, loaded.version, replace(GOOD, city="Espoo", postal_code="02100")
    )
    assert (saved.city, saved.postal_code) == ("Espoo", "02100")
    assert saved.version > loaded.version
    assert saved.customer_number == loaded.customer_number
    assert services.customers.view(admin, customer.id) == saved


def test_an_edit_of_a_stale_version_is_refused_and_changes_nothing(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    # Two people open the same customer.
    mine = services.customers.view(admin, customer.id)
    theirs = services.customers.view(handler, customer.id)
    saved = services.customers.update(
        handler, theirs.id, theirs.version, replace(GOOD, city="Espoo")
    )

    with pytest.raises(ConflictError) as info:
        services.customers.update(admin, mine.id, mine.version, replace(GOOD, city="Vantaa"))
    assert info.value.code == "conflict"
    assert "another user" in str(info.value)
    now = services.customers.view(admin, customer.id)
    assert now == saved
    assert now.city == "Espoo"


def test_a_missing_customer_is_not_found(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFoundError):
        services.customers.view(admin, 12345)
    with pytest.raises(NotFoundError):
        services.customers.update(admin, 12345, 1, GOOD)


def test_an_invalid_edit_leaves_the_row_as_it_was(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    with pytest.raises(ValidationError):
        services.customers.update(admin, customer.id, customer.version, replace(GOOD, email="x"))
    assert services.customers.view(admin, customer.id).version == customer.version


# -- search --------------------------------------------------------------------------------------


@pytest.fixture
def register(services: Services, admin: Actor) -> dict[str, CustomerRecord]:
    people = {
        "paakkonen": ("Pääkkönen Tiina", "tiina@esimerkki.fi", "040 123 4567", "Tiinan Tili Oy"),
        "aija": ("äijä Åke", "ake@example.com", "050 765 4321", ""),
        "virtanen": ("Matti Virtanen", "matti.virtanen@example.com", "", "Lean 4D Oy"),
        "percent": ("Sata % Oy", "", "", ""),
        "underscore": ("a_b Yhtiö", "", "", ""),
        "axb": ("axb Yhtiö", "", "", ""),
    }
    return {
        key: add_customer(services, admin, name, email=email, phone=phone, company=company)
        for key, (name, email, phone, company) in people.items()
    }


def found(services: Services, actor: Actor, query: str) -> set[str]:
    return {c.name for c in services.customers.search(actor, query)}


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("pääkkönen", {"Pääkkönen Tiina"}),
        ("PÄÄKKÖNEN", {"Pääkkönen Tiina"}),
        ("ÄIJÄ", {"äijä Åke"}),
        ("åke", {"äijä Åke"}),
        (unicodedata.normalize("NFD", "Pääkkönen"), {"Pääkkönen Tiina"}),
        ("tiina@esimerkki", {"Pääkkönen Tiina"}),
        ("MATTI.VIRTANEN@EXAMPLE.COM", {"Matti Virtanen"}),
        ("lean 4d", {"Matti Virtanen"}),
        ("tili oy", {"Pääkkönen Tiina"}),
        ("virtanen matti", {"Matti Virtanen"}),  # every term, in any order
        ("+358401234567", {"Pääkkönen Tiina"}),
        ("040 123", {"Pääkkönen Tiina"}),
        ("0401234567", {"Pääkkönen Tiina"}),
        ("040-123-45", {"Pääkkönen Tiina"}),
        ("050 765", {"äijä Åke"}),
        ("%", {"Sata % Oy"}),
        ("a_b", {"a_b Yhtiö"}),
        ("_", {"a_b Yhtiö"}),
        ("nobody", set()),
    ],
)
def test_search(
    services: Services,
    admin: Actor,
    register: dict[str, CustomerRecord],
    query: str,
    names: set[str],
) -> None:
    assert found(services, admin, query) == names
    assert services.customers.count(admin, query) == len(names)


def test_search_by_customer_number(
    services: Services, admin: Actor, register: dict[str, CustomerRecord]
) -> None:
    virtanen = register["virtanen"]
    assert found(services, admin, virtanen.customer_number) == {"Matti Virtanen"}


def test_an_empty_query_lists_everyone_by_name(
    services: Services, admin: Actor, register: dict[str, CustomerRecord]
) -> None:
    names = [c.name for c in services.customers.search(admin, "  ")]
    assert len(names) == 6
    # Finnish order: case and accents do not decide, å ä ö come after z.
    assert names == sorted(names, key=sort_key)
    assert names[-1] == "äijä Åke"
    assert services.customers.count(admin) == 6


def test_search_pages_with_offset_and_limit(services: Services, admin: Actor) -> None:
    for i in range(25):
        add_customer(services, admin, f"Asiakas {i:02d}")
    first = services.customers.search(admin, "asiakas", offset=0, limit=10)
    second = services.customers.search(admin, "asiakas", offset=10, limit=10)
    third = services.customers.search(admin, "asiakas", offset=20, limit=10)
    assert [c.name for c in first] == [f"Asiakas {i:02d}" for i in range(10)]
    assert [c.name for c in second] == [f"Asiakas {i:02d}" for i in range(10, 20)]
    assert [c.name for c in third] == [f"Asiakas {i:02d}" for i in range(20, 25)]
    assert services.customers.count(admin, "asiakas") == 25


def test_key_set_pages_follow_the_finnish_order_without_gaps(
    services: Services, admin: Actor
) -> None:
    names = ["Öhman", "Åberg", "Aalto", "Zetterberg", "Äijälä", "Šimonen", "Saari", "Ülkü"]
    for name in names * 3:  # equal names: the id breaks the tie, nothing is skipped
        add_customer(services, admin, name)
    pages: list[list[str]] = []
    last = None
    while True:
        page = services.customers.search(admin, "", limit=5, after=last)
        if not page:
            break
        pages.append([c.name for c in page])
        last = page[-1]
    flat = [n for page in pages for n in page]
    assert len(flat) == 24 and len(pages) == 5
    expected = ["Aalto", "Saari", "Šimonen", "Ülkü", "Zetterberg", "Åberg", "Äijälä", "Öhman"]
    assert flat == [n for n in expected for _ in range(3)]


def test_search_follows_an_edit(
    services: Services, admin: Actor, register: dict[str, CustomerRecord]
) -> None:
    c = register["virtanen"]
    services.customers.update(admin, c.id, c.version, CustomerInput(name="Matti Järvinen"))
    assert found(services, admin, "virtanen") == set()
    assert found(services, admin, "järvinen") == {"Matti Järvinen"}


def test_a_restricted_customer_is_corrected_only_through_the_rectification_request(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    """Art. 18: restricted data are only stored; the case's own rectification may correct."""
    import datetime as dt

    from l4d_desktop.core.errors import BusinessRuleError
    from l4d_desktop.core.requests.service import RequestInput

    restricted = services.customers.set_restriction(admin, customer.id, True)
    edit = CustomerInput(**{**restricted.as_input().__dict__, "city": "Espoo"})
    with pytest.raises(BusinessRuleError) as refused:
        services.customers.update(admin, customer.id, restricted.version, edit)
    assert refused.value.code == "customer_restricted"
    assert services.customers.view(admin, customer.id).city == customer.city

    r = services.requests.register(
        admin, RequestInput("rectification", dt.date(2026, 11, 20), "email", customer.id)
    )
    services.requests.identify(admin, r.id, None, "email_on_file")
    services.request_actions.rectify(admin, r.id, restricted.version, edit)
    corrected = services.customers.view(admin, customer.id)
    assert (corrected.city, corrected.restricted) == ("Espoo", True)
