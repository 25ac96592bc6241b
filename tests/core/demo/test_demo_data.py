"""Demo data: what the register itself would store, linked data present, deterministic, admin-only."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from stdnum.fi import ytunnus

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput, clean_customer, search_text
from l4d_desktop.core.demo.forms import ascii_slug, genitive, ytunnus_check_digit
from l4d_desktop.core.demo.service import DemoSummary
from l4d_desktop.core.demo.tables import MOBILE_PREFIXES
from l4d_desktop.core.errors import PermissionDenied
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.text import sort_key
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import ADMIN_PASSWORD

N = 300
FIELDS = (
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "language",
    "business_id",
    "source",
    "source_name",
    "notes",
    "notes_third_party",
)


def customers(path: Path) -> list[dict[str, Any]]:
    columns = ("id", "customer_number", *FIELDS, "search_text", "sort_key", "created_at")
    with raw_db(path) as conn:
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM customers ORDER BY id")
        return [dict(zip(columns, row, strict=True)) for row in rows]


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("customers", "consent_events", "web_events", "invoices", "settings")
    with raw_db(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


@pytest.fixture
def filled(services: Services, admin: Actor) -> DemoSummary:
    return services.demo.fill(admin, N, seed=7, batch_size=120)


def test_every_stored_customer_is_what_the_register_would_store(
    services: Services, filled: DemoSummary
) -> None:
    rows = customers(services.db.path)
    assert len(rows) == N
    for row in rows:
        stored = {f: row[f] for f in FIELDS}
        stored["notes_third_party"] = bool(stored["notes_third_party"])
        clean = clean_customer(CustomerInput(**stored))
        assert {f: getattr(clean, f) for f in FIELDS} == stored
        # Search text and sort key as apply_clean() makes them.
        assert row["search_text"] == search_text(clean, row["customer_number"])
        assert row["sort_key"] == sort_key(clean.name)


def test_fields_look_finnish_and_are_valid(services: Services, filled: DemoSummary) -> None:
    rows = customers(services.db.path)
    names = " ".join(r["name"] for r in rows)
    assert {"å", "ä", "ö"} <= set(names.casefold())
    # People from elsewhere write their names with their own letters.
    assert re.search(r"[^\x00-\x7fåäöÅÄÖ ]", names)
    emails = [r["email"] for r in rows if r["email"]]
    assert len(emails) == len(set(emails)) > N * 0.9
    assert all(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.(com|net|org)", e) for e in emails)
    phones = [r["phone"] for r in rows if r["phone"]]
    assert len(phones) == len(set(phones)) > N * 0.7
    for phone in phones:
        number = phonenumbers.parse(phone, None)
        assert phonenumbers.is_valid_number(number)
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        assert phone[4:6] in MOBILE_PREFIXES and len(phone) == 13
    assert all(re.fullmatch(r"\d{5}", r["postal_code"]) for r in rows)
    assert {r["city"] for r in rows} >= {"Helsinki", "Espoo", "Tampere"}
    companies = [r for r in rows if r["company"]]
    assert N * 0.08 < len(companies) < N * 0.3
    for r in companies:
        assert (
            ytunnus.is_valid(r["business_id"])
            and ytunnus.format(r["business_id"]) == r["business_id"]
        )
    assert {r["language"] for r in rows} == {"fi", "en"}
    assert sum(r["language"] == "fi" for r in rows) > N * 0.75
    sources = {r["source"] for r in rows}
    assert "customer" in sources and "registry" in sources
    assert all(r["source_name"] for r in rows if r["source"] != "customer")
    assert all(r["country"] == "FI" for r in rows)


def test_consents_events_and_invoices_are_linked_and_plausible(
    services: Services, filled: DemoSummary, clock: FakeClock
) -> None:
    path = services.db.path
    now = clock().strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLite holds it
    assert filled.customers == N
    assert filled.consent_events == table_count(path, "consent_events") > 0
    assert filled.web_events == table_count(path, "web_events") > 0
    assert filled.invoices == table_count(path, "invoices") > 0
    with raw_db(path) as conn:
        purposes = {
            code
            for (code,) in conn.execute(
                "SELECT DISTINCT p.code FROM consent_events e "
                "JOIN consent_purposes p ON p.id = e.purpose_id"
            )
        }
        assert purposes == {"marketing_email", "marketing_sms", "ad_targeting", "analytics"}
        ledger = conn.execute(
            "SELECT e.customer_id, e.purpose_id, e.given, e.at, e.recorded_at, c.created_at "
            "FROM consent_events e JOIN customers c ON c.id = e.customer_id ORDER BY e.id"
        ).fetchall()
        state: dict[tuple[int, int], bool] = {}
        withdrawn = 0
        for customer_id, purpose_id, given, at, recorded_at, created_at in ledger:
            assert created_at <= at <= recorded_at <= now
            # The ledger alternates: given first, a withdrawal only of a consent given.
            assert state.get((customer_id, purpose_id), False) != bool(given)
            state[(customer_id, purpose_id)] = bool(given)
            withdrawn += not given
        assert withdrawn > 0
        events = conn.execute(
            "SELECT ip, page, referrer, user_agent, at FROM web_events"
        ).fetchall()
        versions = set()
        for ip, page, _referrer, agent, at in events:
            address = ipaddress.ip_address(ip)
            assert address.compressed == ip and address.is_global
            versions.add(address.version)
            assert page.startswith("https://") and agent.startswith("Mozilla/5.0")
            assert at <= now
        assert versions == {4, 6}
        invoices = conn.execute(
            "SELECT i.invoice_number, i.amount_cents, i.paid, i.buyer_name, c.name, "
            "i.invoice_date, i.created_at FROM invoices i JOIN customers c ON c.id = i.customer_id"
        ).fetchall()
        numbers = [i[0] for i in invoices]
        assert len(numbers) == len(set(numbers))
        assert {i[2] for i in invoices} == {0, 1}
        assert all(i[1] > 0 and i[3] == i[4] for i in invoices)
        assert all(i[5] <= dt.date(2026, 11, 24).isoformat() for i in invoices)


def test_the_fill_is_audited_once_with_counts_only(
    services: Services, admin: Actor, filled: DemoSummary
) -> None:
    entries = [e for e in audit_rows(services.db.path) if e["action"] == "demo.fill"]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry["actor_id"], entry["outcome"]) == (admin.user_id, "ok")
    assert entry["object_id"] == filled.first_customer_id == 1
    assert re.fullmatch(r"[a-z_]+=\d+(,[a-z_]+=\d+)*", entry["detail"])
    assert f"customers={N}" in entry["detail"]
    assert services.audit.verify().ok


def test_the_same_seed_gives_the_same_data(tmp_path: Path, fast_hasher: PasswordHasher) -> None:
    def build(name: str, seed: int) -> dict[str, list[tuple[Any, ...]]]:
        svc = open_services(tmp_path / name / "l4d.sqlite3", clock=FakeClock(), hasher=fast_hasher)
        try:
            svc.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD, "")
            actor = svc.auth.login("paakayttaja", ADMIN_PASSWORD)
            svc.demo.fill(actor, 150, seed=seed, batch_size=40)
            out = dump(svc.db.path)
        finally:
            svc.db.dispose()
        # The suppression salt is random per register, and so are the password hashes.
        out["settings"] = [r for r in out["settings"] if r[0] != "suppression_salt"]
        return out

    first = build("a", 3)
    assert first == build("b", 3)
    assert first["customers"] != build("c", 4)["customers"]


def test_a_second_fill_adds_to_the_first(services: Services, admin: Actor) -> None:
    one = services.demo.fill(admin, 100, seed=1)
    two = services.demo.fill(admin, 100, seed=1)
    assert (one.first_customer_id, one.last_customer_id) == (1, 100)
    assert (two.first_customer_id, two.last_customer_id) == (101, 200)
    rows = customers(services.db.path)
    numbers = [r["customer_number"] for r in rows]
    assert numbers == [str(10001 + i) for i in range(200)]
    emails = [r["email"] for r in rows if r["email"]]
    assert len(emails) == len(set(emails))
    with raw_db(services.db.path) as conn:
        ((count, distinct),) = conn.execute(
            "SELECT count(*), count(DISTINCT invoice_number) FROM invoices"
        ).fetchall()
    assert count == distinct == one.invoices + two.invoices
    # The register's own numbering carries on after them.
    created = services.customers.create(admin, CustomerInput(name="Uusi Asiakas"))
    assert created.customer_number == "10201"


def test_progress_is_reported_per_batch(services: Services, admin: Actor) -> None:
    seen: list[tuple[int, int]] = []
    services.demo.fill(
        admin, 250, progress=lambda done, total: seen.append((done, total)), batch_size=100
    )
    assert seen == [(100, 250), (200, 250), (250, 250)]


def test_demo_customers_are_found_by_the_search(services: Services, admin: Actor) -> None:
    services.demo.fill(admin, 200, seed=2)
    rows = customers(services.db.path)
    target = next(r for r in rows if "ä" in r["name"] and r["phone"])
    surname = target["name"].split()[-1]
    found = services.customers.search(admin, surname.upper())
    assert target["id"] in {c.id for c in found}
    typed = "0" + target["phone"][4:6] + " " + target["phone"][6:9]
    assert target["id"] in {c.id for c in services.customers.search(admin, typed)}


@pytest.mark.parametrize("role", ["handler", "reader"])
def test_only_an_administrator_may_fill(
    services: Services, role: str, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(role)
    before = dump(services.db.path)
    with pytest.raises(PermissionDenied) as info:
        services.demo.fill(actor, 10)
    assert info.value.right == "users.admin"
    assert dump(services.db.path) == before
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["outcome"]) == (
        actor.user_id,
        "demo.fill",
        "denied",
    )


def test_a_negative_count_is_refused(services: Services, admin: Actor) -> None:
    with pytest.raises(ValueError):
        services.demo.fill(admin, -1)


def test_the_y_tunnus_check_digit_agrees_with_stdnum() -> None:
    for body in range(1_000_000, 1_004_000):
        digits = f"{body:07d}"
        check = ytunnus_check_digit(digits)
        if check is None:
            assert not ytunnus.is_valid(f"{digits}-0")
        else:
            assert ytunnus.is_valid(f"{digits}-{check}")
    assert ytunnus_check_digit("2989855") == 5  # Lean 4D Oy


def test_helpers_for_names() -> None:
    assert ascii_slug("Šárka") == "sarka"
    assert ascii_slug("Łukasiewicz-Öhman") == "lukasiewicz-ohman"
    assert ascii_slug("O'Connor") == "oconnor"
    assert ascii_slug("Ana Lucía") == "ana.lucia"
    assert ascii_slug("Pääkkönen") == "paakkonen"
    assert genitive("Hämäläinen") == "Hämäläisen"
    assert genitive("Pyykkö") == "Pyykön"
    assert genitive("Niemi") is None


def test_a_fill_stopped_half_way_keeps_its_batches_and_says_so(
    services: Services, admin: Actor
) -> None:
    def stop_after_first(done: int, total: int) -> None:
        if done == 50:
            raise KeyboardInterrupt  # e.g. Ctrl+C on the command line

    with pytest.raises(KeyboardInterrupt):
        services.demo.fill(admin, 120, progress=stop_after_first, batch_size=50)
    assert table_count(services.db.path, "customers") == 50
    entries = [e for e in audit_rows(services.db.path) if e["action"] == "demo.fill"]
    assert [(e["outcome"], e["detail"].split(",")[0]) for e in entries] == [
        ("failed", "customers=50")
    ]
    assert services.audit.verify().ok
