"""Invoices as billed, restriction kept out of exports and marketing lists, the whole profile,
and an old register upgraded to the register schema."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.invoices import parse_amount
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.services import Services
from tests.helpers.clock import TODAY, FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import ADMIN_PASSWORD

# -- invoices ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("125,50", 12550), ("125.5", 12550), ("1 250,00 €", 125000), ("-10", -1000), ("0", 0)],
)
def test_amounts_are_read_as_offices_type_them(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize("typed", ["", "12,345", "1e5", "abc", "12,3,4"])
def test_bad_amounts_name_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount(typed)
    assert info.value.field == "amount"


def test_invoices_keep_the_buyer_as_billed(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    inv = services.invoices.add(handler, customer.id, "2026-0042", dt.date(2026, 5, 4), "249,00")
    assert (inv.amount_cents, inv.paid, inv.buyer_name) == (24900, False, "Maija Meikäläinen")
    assert inv.billing_address == "Lean 4D Oy\nVanha kirkkokuja 19\n02520 Kirkkonummi"
    paid = services.invoices.set_paid(handler, inv.id, True)
    assert paid.paid
    with pytest.raises(ValidationError) as dup:
        services.invoices.add(handler, customer.id, "2026-0042", dt.date(2026, 5, 4), "1")
    assert dup.value.code == "invoice_number_taken"
    with pytest.raises(ValidationError) as future:
        services.invoices.add(handler, customer.id, "2026-0043", TODAY + dt.timedelta(1), "1")
    assert future.value.field == "invoice_date"
    assert [i.invoice_number for i in services.invoices.list_invoices(admin, customer.id)] == [
        "2026-0042"
    ]
    # Cutting the customer away (an erasure) keeps the voucher with its buyer.
    with raw_db(services.db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM customers WHERE id = ?", (customer.id,))
        assert conn.execute("SELECT customer_id, buyer_name FROM invoices").fetchall() == [
            (None, "Maija Meikäläinen")
        ]


# -- restriction, exports and marketing lists --------------------------------------------------


def test_a_restriction_keeps_the_person_out_of_exports_and_marketing(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    other = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    for c in (customer, other):
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    assert {r.id for r in services.customers.marketing_list(admin, "marketing_email")} == {
        customer.id,
        other.id,
    }
    restricted = services.customers.set_restriction(admin, customer.id, True)
    assert restricted.restricted and restricted.restricted_at is not None
    assert [r.id for r in services.customers.export(admin)] == [other.id]
    assert [r.id for r in services.customers.export_selected(admin, [customer.id, other.id])] == [
        other.id
    ]
    assert [r.id for r in services.customers.marketing_list(admin, "marketing_email")] == [other.id]
    # The person's own data are never limited by it.
    profile = services.profiles.profile(admin, customer.id, "request:7")
    assert profile.customer.restricted
    # Lifting it needs the day the person was told (Art. 18(3)).
    with pytest.raises(ValidationError) as untold:
        services.customers.set_restriction(admin, customer.id, False)
    assert (untold.value.field, untold.value.code) == ("person_told_on", "required")
    lifted = services.customers.set_restriction(admin, customer.id, False, person_told_on=TODAY)
    assert not lifted.restricted and lifted.restricted_at is None
    actions = [r["action"] for r in audit_rows(services.db.path)]
    assert "customer.restrict" in actions and "customer.unrestrict" in actions


def test_the_marketing_list_needs_consent_and_no_objection(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    never = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    withdrawn = add_customer(services, admin, "Toivo Aalto", email="toivo@example.fi")
    objected = add_customer(services, admin, "Aino Aalto", email="aino@example.fi")
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    services.consents.record(admin, withdrawn.id, "marketing_email", True, "web_form")
    services.consents.record(admin, withdrawn.id, "marketing_email", False, "email")
    services.consents.record(admin, objected.id, "analytics", True, "web_form")
    services.objections.record(admin, objected.id, "direct_marketing", TODAY)
    ids = [r.id for r in services.customers.marketing_list(admin, "marketing_email")]
    assert ids == [customer.id]
    assert never.id not in ids
    with pytest.raises(ValidationError):
        list(services.customers.marketing_list(admin, "astrology"))


# -- the whole profile -------------------------------------------------------------------------


def test_the_profile_holds_everything_and_lists_the_views_with_purposes(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    services.customers.view(admin, customer.id)
    clock.advance(days=1)
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    services.objections.record(admin, customer.id, "analytics", TODAY, "Ei kiitos.")
    services.invoices.add(admin, customer.id, "A-1", TODAY, "10")
    services.events.import_file(
        admin, b"email,time\nmaija@example.fi,2026-11-01T00:00:00Z\n", "e.csv"
    )
    profile = services.profiles.profile(admin, customer.id, "request:12")
    assert profile.customer.id == customer.id
    assert [e.purpose_code for e in profile.consent_history] == ["analytics"]
    assert [o.reason for o in profile.objections] == ["Ei kiitos."]
    assert [i.invoice_number for i in profile.invoices] == ["A-1"]
    assert len(profile.events) == 1
    assert [(v.at.date(), v.purpose) for v in profile.views] == [
        (dt.date(2026, 11, 24), "customer_service"),
        (dt.date(2026, 11, 25), "request:12"),
    ]
    with pytest.raises(ValidationError):
        services.profiles.profile(admin, customer.id, "Maija asked")


def test_readers_see_but_do_not_change(
    services: Services, admin: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    assert services.profiles.profile(reader, customer.id).customer.id == customer.id
    for call in (
        lambda: services.consents.record(reader, customer.id, "analytics", True, "email"),
        lambda: services.objections.record(reader, customer.id, "analytics", TODAY),
        lambda: services.invoices.add(reader, customer.id, "X-1", TODAY, "1"),
        lambda: services.events.import_file(reader, b"email,time\n", "e.csv"),
        lambda: services.customers.set_restriction(reader, customer.id, True),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_a_database_from_before_the_register_schema_is_upgraded(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Customers saved under schema 0001 get their sort key and keep their numbers."""
    from alembic import command

    from l4d_desktop.core.services import open_services
    from l4d_desktop.core.store import migrate
    from l4d_desktop.core.store.database import Database

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    cfg = migrate._config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    db.dispose()
    with raw_db(path) as conn:
        for i, name in enumerate(["Öhman Olli", "Aalto Aino"], start=1):
            conn.execute(
                "INSERT INTO customers (id, customer_number, name, email, phone, street, "
                "postal_code, city, country, company, language, search_text, created_at, "
                "updated_at, version) VALUES (?, ?, ?, '', '', '', '', '', 'FI', '', 'fi', ?, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
                (i, str(10000 + i), name, name.casefold()),
            )
    from l4d_desktop.core.security.passwords import PasswordHasher

    services = open_services(path, clock=clock, hasher=PasswordHasher(1, 8192, 1))
    try:
        services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD, "")
        admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
        assert [c.name for c in services.customers.search(admin)] == ["Aalto Aino", "Öhman Olli"]
        new = services.customers.create(admin, CustomerInput(name="Uusi Asiakas"))
        assert new.customer_number == "10003"
    finally:
        services.db.dispose()


def test_an_export_is_refused_before_anything_is_read(
    services: Services, admin: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    """The check runs when the export is asked for, not when its first row is read, so a
    caller never opens an output file for an export that is refused."""
    with pytest.raises(PermissionDenied):
        services.customers.export(reader)
    with pytest.raises(PermissionDenied):
        services.customers.marketing_list(reader, "marketing_email")
    rows = services.customers.export(admin)
    assert audit_rows(services.db.path)[-1]["action"] == "customer.export"
    assert [r.id for r in rows] == [customer.id]
