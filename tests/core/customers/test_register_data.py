"""The kinds of data the privacy notice names, first part: y-tunnus and source, consents as a
ledger, objections with the suppression list."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.services import Services
from tests.helpers.clock import TODAY, FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db, table_count


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
