"""The kinds of data the privacy notice names: y-tunnus and source, consents as a ledger,
objections with the suppression list, web events, invoices, restriction, the full profile."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.invoices import parse_amount
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.web_events import recover_interrupted_event_imports
from l4d_desktop.core.errors import (
    BusinessRuleError,
    L4DError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import ADMIN_PASSWORD

TODAY = dt.date(2026, 11, 24)


def fields_of(exc: ValidationError) -> set[str]:
    return {e.field for e in getattr(exc, "all_errors", [exc])}


# -- identity extras --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2989855-5", "2989855-5"), ("29898555", "2989855-5"), (" 2989855 5 ", "2989855-5")],
)
def test_a_business_id_is_checked_and_stored_in_its_printed_form(
    services: Services, admin: Actor, typed: str, stored: str
) -> None:
    c = add_customer(services, admin, "Jouni Ojala", company="Lean 4D Oy", business_id=typed)
    assert c.business_id == stored


@pytest.mark.parametrize("typed", ["2989855-4", "1234", "ABCDEFG-1"])
def test_a_wrong_business_id_names_its_field(services: Services, admin: Actor, typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        add_customer(services, admin, "Jouni Ojala", business_id=typed)
    assert fields_of(info.value) == {"business_id"}
    assert info.value.code == "business_id_invalid"


def test_data_from_a_registry_must_name_it(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        add_customer(services, admin, "Aino Aalto", source="registry")
    assert fields_of(info.value) == {"source_name"}
    c = add_customer(
        services, admin, "Aino Aalto", source="registry", source_name="Väestötietojärjestelmä"
    )
    assert (c.source, c.source_name) == ("registry", "Väestötietojärjestelmä")
    # Given by the customer: no source name is kept even if one was typed.
    d = add_customer(services, admin, "Eino Aalto", source="customer", source_name="x")
    assert (d.source, d.source_name) == ("customer", "")
    with pytest.raises(ValidationError) as bad:
        add_customer(services, admin, "Eino Aalto", source="rumour")
    assert fields_of(bad.value) == {"source"}


def test_notes_are_kept_and_marked_as_possibly_about_others(
    services: Services, admin: Actor
) -> None:
    c = add_customer(services, admin, "Aino Aalto", notes="Soitti 3.11.\nPuoliso hoitaa asiat.")
    assert c.notes == "Soitti 3.11.\nPuoliso hoitaa asiat."
    assert c.notes_third_party is True
    edited = services.customers.update(
        admin, c.id, c.version, replace(c.as_input(), notes_third_party=False)
    )
    assert edited.notes_third_party is False


def test_customer_numbers_are_unique_and_never_reused(services: Services, admin: Actor) -> None:
    first = add_customer(services, admin, "Aino Aalto")
    second = add_customer(services, admin, "Eino Aalto")
    assert (first.customer_number, second.customer_number) == ("10001", "10002")
    with raw_db(services.db.path) as conn:
        conn.execute("DELETE FROM customers WHERE id = ?", (second.id,))
    third = add_customer(services, admin, "Toivo Aalto")
    assert third.customer_number == "10003"
    with raw_db(services.db.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE customers SET customer_number = '10001' WHERE id = ?", (third.id,))


# -- consents ----------------------------------------------------------------------------------


def test_the_privacy_notice_purposes_are_built_in(services: Services, admin: Actor) -> None:
    purposes = {p.code: p for p in services.consents.purposes(admin)}
    assert set(purposes) == {"marketing_email", "marketing_sms", "ad_targeting", "analytics"}
    assert purposes["ad_targeting"].direct_marketing
    assert not purposes["analytics"].direct_marketing
    assert purposes["marketing_email"].name("fi") == "Markkinointiviestit sähköpostilla"


def test_the_consent_ledger_keeps_every_change_and_derives_the_state(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    given_at = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    services.consents.record(handler, customer.id, "marketing_email", True, "web_form", given_at)
    clock.advance(hours=1)
    services.consents.record(handler, customer.id, "marketing_email", False, "email")
    clock.advance(hours=1)
    services.consents.record(admin, customer.id, "marketing_email", True, "phone")

    history = services.consents.history(admin, customer.id)
    assert [(e.given, e.method) for e in history] == [
        (True, "phone"),
        (False, "email"),
        (True, "web_form"),
    ]
    assert history[-1].at == given_at
    assert history[0].recorded_by == "Jouni Ojala"
    assert len({e.recorded_by for e in history}) == 2
    assert all(e.notice_version == "1" for e in history)
    state = {s.purpose.code: s for s in services.consents.current(admin, customer.id)}
    assert state["marketing_email"].given is True
    assert state["marketing_email"].method == "phone"
    assert state["marketing_sms"].given is None  # never asked

    # The same state twice is refused: the ledger records changes.
    with pytest.raises(ValidationError) as info:
        services.consents.record(admin, customer.id, "marketing_email", True, "phone")
    assert info.value.code == "consent_unchanged"


def test_the_ledger_cannot_be_edited_even_with_sql(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    with raw_db(services.db.path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE consent_events SET given = 0")
        assert conn.execute("SELECT given FROM consent_events").fetchall() == [(1,)]


def test_a_consent_in_the_future_or_with_an_unknown_method_is_refused(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    with pytest.raises(ValidationError) as future:
        services.consents.record(
            admin, customer.id, "analytics", True, "email", clock() + dt.timedelta(days=1)
        )
    assert future.value.field == "at"
    with pytest.raises(ValidationError) as method:
        services.consents.record(admin, customer.id, "analytics", True, "telepathy")
    assert method.value.field == "method"
    with pytest.raises(ValidationError) as purpose:
        services.consents.record(admin, customer.id, "astrology", True, "email")
    assert purpose.value.field == "purpose"


def test_the_admin_adds_purposes_and_a_handler_cannot(
    services: Services, admin: Actor, handler: Actor
) -> None:
    added = services.consents.add_purpose(
        admin, "newsletter", "Uutiskirje", "Newsletter", direct_marketing=True
    )
    assert not added.builtin
    assert "newsletter" in {p.code for p in services.consents.purposes(handler)}
    with pytest.raises(PermissionDenied):
        services.consents.add_purpose(handler, "survey", "Kysely", "Survey", False)
    with pytest.raises(ValidationError) as dup:
        services.consents.add_purpose(admin, "newsletter", "x", "y", False)
    assert dup.value.code == "purpose_exists"
    with pytest.raises(ValidationError) as bad:
        services.consents.add_purpose(admin, "Uutis Kirje", "x", "y", False)
    assert bad.value.code == "purpose_code_invalid"


# -- objections and the suppression list -------------------------------------------------------


def test_an_objection_to_direct_marketing_ends_marketing_and_outlives_the_person(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    for purpose in ("marketing_email", "ad_targeting", "analytics"):
        services.consents.record(admin, customer.id, purpose, True, "web_form")
    outcome = services.objections.record(
        admin, customer.id, "direct_marketing", TODAY, reason="Ei mainoksia."
    )
    assert set(outcome.consents_withdrawn) == {"marketing_email", "ad_targeting"}
    assert outcome.suppressed
    state = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert state == {
        "marketing_email": False,
        "marketing_sms": None,
        "ad_targeting": False,
        "analytics": True,  # not direct marketing: untouched
    }
    assert [o.purpose for o in services.objections.list_objections(admin, customer.id)] == [
        "direct_marketing"
    ]
    # Marketing consent can no longer be recorded for the person…
    with pytest.raises(BusinessRuleError) as info:
        services.consents.record(admin, customer.id, "marketing_sms", True, "phone")
    assert info.value.code == "marketing_suppressed"

    # …and the list holds only salted hashes, which survive the person's deletion.
    path = services.db.path
    with raw_db(path) as conn:
        rows = conn.execute("SELECT kind, digest FROM suppressions ORDER BY kind").fetchall()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM customers WHERE id = ?", (customer.id,))
        assert conn.execute("SELECT count(*) FROM suppressions").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM objections").fetchone()[0] == 0
    assert [k for k, _ in rows] == ["email", "phone"]
    assert all(len(d) == 64 and "maija" not in d for _, d in rows)
    # A new record with the same address in other letters is recognised.
    again = add_customer(services, admin, "M. Meikäläinen", email="MAIJA@example.fi")
    with pytest.raises(BusinessRuleError):
        services.consents.record(admin, again.id, "marketing_email", True, "web_form")


def test_other_objections_are_recorded_with_reason_and_no_suppression(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    outcome = services.objections.record(
        admin, customer.id, "analytics", dt.date(2026, 11, 20), "En halua profilointia."
    )
    assert outcome.consents_withdrawn == ()
    assert not outcome.suppressed
    assert outcome.objection.reason == "En halua profilointia."
    assert table_count(services.db.path, "suppressions") == 0
    with pytest.raises(ValidationError):
        services.objections.record(admin, customer.id, "analytics", TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        services.objections.record(admin, customer.id, "everything", TODAY)


# -- web events ---------------------------------------------------------------------------------


def test_web_events_are_linked_by_email_or_number_and_unmatched_rows_reported(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    other = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    data = (
        "email;customer_number;time;ip;referrer;page;link;banner;user_agent\n"
        "MAIJA@example.fi;;2026-11-01T10:00:00+02:00;192.0.2.7;https://haku.example/;/hinnasto;"
        "/tilaa;syksy-banneri;Firefox\n"
        f";{other.customer_number};2026-11-02T08:00:00Z;2001:db8:0:0::1;;/;;;Safari\n"
        "tuntematon@example.fi;;2026-11-03T08:00:00Z;;;/;;;\n"
        "maija@example.fi;;eilen;;;/;;;\n"
    ).encode()
    result = services.events.import_file(admin, data, "verkko.csv")
    assert result.imported == 2
    assert [(p.row, p.field, p.code) for p in result.unmatched] == [
        (4, "email", "customer_unmatched")
    ]
    assert [(p.row, p.field, p.code) for p in result.problems] == [(5, "time", "time_invalid")]
    assert result.rejected == 2
    events = services.events.list_events(admin, customer.id)
    assert [(e.at, e.ip, e.page, e.banner) for e in events] == [
        (dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC), "192.0.2.7", "/hinnasto", "syksy-banneri")
    ]
    assert services.events.list_events(admin, other.id)[0].ip == "2001:db8::1"
    assert services.events.count(admin, other.id) == 1
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["detail"]) == ("events.import", "imported=2,rejected=2")


def test_an_email_two_customers_share_links_no_event(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    add_customer(services, admin, "Matti Meikäläinen", email="Maija@example.fi")
    result = services.events.import_file(
        admin, b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\n", "e.csv"
    )
    assert result.imported == 0
    assert [(p.row, p.code) for p in result.unmatched] == [(2, "customer_ambiguous")]


def test_a_cancelled_event_import_leaves_nothing(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import l4d_desktop.core.customers.web_events as web_events

    monkeypatch.setattr(web_events, "BATCH", 2)
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))
    data = ("email,time\n" + rows).encode()
    calls = iter([False, True])
    with pytest.raises(L4DError) as info:
        services.events.import_file(admin, data, "e.csv", cancelled=lambda: next(calls))
    assert info.value.code == "import_cancelled"
    assert table_count(services.db.path, "web_events") == 0
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT status FROM imports").fetchall() == [("cancelled",)]


def test_a_failed_event_import_leaves_nothing_and_says_so(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import l4d_desktop.core.customers.web_events as web_events

    monkeypatch.setattr(web_events, "BATCH", 2)
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))

    def progress(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.events.import_file(
            admin, ("email,time\n" + rows).encode(), "e.csv", progress=progress
        )
    assert table_count(services.db.path, "web_events") == 0
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT status FROM imports").fetchall() == [("cancelled",)]
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["outcome"]) == ("events.import", "failed")
    assert not list(services.db.path.parent.glob("*.lock"))


CRASHING_EVENT_IMPORT = """
import os, sys
import l4d_desktop.core.customers.web_events as web_events
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services

services = open_services(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
admin = services.auth.login("paakayttaja", sys.argv[2])
web_events.BATCH = 2

def crash(done, total):
    if done >= 4:
        os._exit(9)  # the power goes: no cleanup, no finally

services.events.import_file(admin, sys.stdin.buffer.read(), "e.csv", progress=crash)
"""


def test_an_event_import_cut_short_by_a_crash_is_undone_when_the_register_opens(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    path = services.db.path
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_EVENT_IMPORT, str(path), ADMIN_PASSWORD],
        input=("email,time\n" + rows).encode(),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert table_count(path, "web_events") == 4  # two batches were committed
    # The next start of the program (any window, the command line) finds and undoes it.
    reopened = open_services(path, clock=FakeClock(dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)))
    try:
        assert table_count(path, "web_events") == 0
        with raw_db(path) as conn:
            assert conn.execute("SELECT kind, status FROM imports").fetchall() == [
                ("events", "cancelled")
            ]
        entry = audit_rows(path)[-1]
        assert (entry["action"], entry["outcome"]) == ("events.import", "interrupted")
        assert recover_interrupted_event_imports(reopened.db, reopened.audit) == []
    finally:
        reopened.db.dispose()


def test_json_events_and_paging_newest_first(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    events = [
        {"customer_number": customer.customer_number, "time": f"2026-10-{d:02d}T12:00:00Z"}
        for d in range(1, 31)
    ]
    result = services.events.import_file(admin, json.dumps(events).encode(), "export.json")
    assert result.imported == 30
    first = services.events.list_events(admin, customer.id, 0, 10)
    second = services.events.list_events(admin, customer.id, 10, 10)
    assert first[0].at.day == 30 and second[0].at.day == 20


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
