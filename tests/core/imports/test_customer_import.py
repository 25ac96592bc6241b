"""Writing a customer import: valid rows imported and the others reported, all or nothing, the
suppression list honoured, and the rights and records around it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    BusinessRuleError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.imports.customers import (
    CustomerImportService,
    ImportPlan,
)
from l4d_desktop.core.imports.plan import Register
from l4d_desktop.core.imports.rows import name_sort_key as _sort_key
from l4d_desktop.core.services import Services
from l4d_desktop.core.text import sort_key
from tests.core.imports.customer_import_files import (
    ENGLISH_FILE,
    FINNISH_FILE,
    TABLES,
    _progress_log,
    by_name,
    csv_bytes,
    imports_rows,
    snapshot,
)
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count


def test_valid_rows_are_imported_and_the_others_reported(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    plan = services.imports.plan(admin, FINNISH_FILE.encode("cp1252"))
    seen, progress = _progress_log()
    result = services.imports.run(admin, plan, all_or_nothing=False, progress=progress)
    assert (result.imported, result.updated, result.duplicates, result.skipped) == (2, 0, 0, 0)
    assert (result.rejected, result.suppressed) == (1, 0)
    assert result.problems == plan.problems
    assert seen[-1] == (2, 2)
    people = by_name(services.db.path)
    pirjo, aija = people["Pirjo Pääkkönen"], people["Äijä Mäkelä"]
    assert pirjo["customer_number"] == "A-100"
    assert aija["customer_number"] == "10001"  # allocated, and the counter moved on
    assert (pirjo["phone"], pirjo["business_id"], pirjo["notes"]) == (
        "+358401234567",
        "2989855-5",
        "Soita aamulla",
    )
    assert pirjo["import_id"] == aija["import_id"] == result.import_id
    assert pirjo["sort_key"] == sort_key("Pirjo Pääkkönen")
    # Imported people are found like the ones typed in.
    assert [c.name for c in services.customers.search(admin, "040 123")] == ["Pirjo Pääkkönen"]
    assert [c.name for c in services.customers.search(admin, "äijä")] == ["Äijä Mäkelä"]
    record = services.customers.view(admin, pirjo["id"])
    assert record.created_at == clock.now and record.version == 1
    # Consent recorded for both, by the import, against the notice version.
    with raw_db(services.db.path) as conn:
        events = conn.execute(
            "SELECT e.customer_id, p.code, e.given, e.method, e.notice_version, e.recorded_by "
            "FROM consent_events e JOIN consent_purposes p ON p.id = e.purpose_id ORDER BY 1"
        ).fetchall()
    assert events == [
        (pirjo["id"], "marketing_email", 1, "import", "1", admin.user_id),
        (aija["id"], "marketing_email", 1, "import", "1", admin.user_id),
    ]
    assert imports_rows(services.db.path) == [("done", 2, 0, 1, 0)]
    last = [e for e in audit_rows(services.db.path) if e["action"] == "customer.import"][-1]
    assert (last["action"], last["object_type"], last["object_id"], last["detail"]) == (
        "customer.import",
        "import",
        result.import_id,
        "imported=2,updated=0",
    )
    assert services.audit.verify().ok
    # A new customer typed in afterwards gets the next number.
    assert services.customers.create(admin, CustomerInput(name="Uusi")).customer_number == "10002"


def test_imported_rows_are_stored_as_the_register_stores_typed_ones(
    services: Services, admin: Actor
) -> None:
    typed = add_customer(services, admin, "Käsin Lisätty", email="kasin@esimerkki.fi")
    data = csv_bytes("Nimi;Sähköposti;Markkinointilupa", "Tuotu Ihminen;tuotu@esimerkki.fi;kyllä")
    services.imports.run(admin, services.imports.plan(admin, data), all_or_nothing=True)
    services.consents.record(admin, typed.id, "marketing_email", True, "email")
    stored = by_name(services.db.path)
    columns = ("created_at", "updated_at", "restricted", "restricted_at", "notes_third_party")
    assert [stored["Tuotu Ihminen"][c] for c in columns] == [
        stored["Käsin Lisätty"][c] for c in columns
    ]
    with raw_db(services.db.path) as conn:
        events = conn.execute("SELECT given, at, recorded_at FROM consent_events").fetchall()
    assert events[0] == events[1]


def test_all_or_nothing_refuses_a_file_with_errors_and_writes_nothing(
    services: Services, admin: Actor
) -> None:
    plan = services.imports.plan(admin, FINNISH_FILE.encode("utf-8"))
    before = snapshot(services.db.path, (*TABLES, "imports", "audit_log"))
    with pytest.raises(BusinessRuleError) as info:
        services.imports.run(admin, plan, all_or_nothing=True)
    assert (info.value.code, info.value.params) == ("import_has_errors", {"count": 1})
    assert info.value.message() == "Nothing was imported: 1 rows have errors."
    assert snapshot(services.db.path, (*TABLES, "imports", "audit_log")) == before


def test_all_or_nothing_imports_a_clean_file(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, ENGLISH_FILE.encode("utf-8"))
    result = services.imports.run(admin, plan, all_or_nothing=True)
    assert (result.imported, result.rejected) == (2, 0)


def test_an_unknown_duplicate_policy_is_refused(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, ENGLISH_FILE.encode("utf-8"))
    with pytest.raises(ValidationError) as info:
        services.imports.run(admin, plan, all_or_nothing=False, on_duplicate="merge")
    assert (info.value.field, info.value.code) == ("on_duplicate", "choice_invalid")
    assert table_count(services.db.path, "imports") == 0


# -- the suppression list ---------------------------------------------------------------------


def test_a_person_who_objected_is_imported_without_marketing_consent(
    services: Services, admin: Actor, customer: Any
) -> None:
    services.objections.record(admin, customer.id, "direct_marketing", dt.date(2026, 11, 20))
    # Maija later changed her address book entry; the objection stays with her email.
    services.customers.update(
        admin,
        customer.id,
        services.customers.view(admin, customer.id).version,
        CustomerInput(name="Maija Meikäläinen", email="maija.uusi@esimerkki.fi"),
    )
    data = csv_bytes(
        "Nimi;Sähköposti;Puhelin;Markkinointilupa",
        "Maija M.;MAIJA@EXAMPLE.FI;;kyllä",
        "Puhelin Sama;toinen@esimerkki.fi;+358 40 123 4567;kyllä",
        "Saa Markkinoida;saa@esimerkki.fi;;kyllä",
    )
    plan = services.imports.plan(admin, data)
    assert plan.suppressed_rows == (2, 3)
    assert plan.duplicates == ()
    assert plan.consent_count == 1
    result = services.imports.run(admin, plan, all_or_nothing=True)
    assert (result.imported, result.suppressed) == (3, 2)
    with raw_db(services.db.path) as conn:
        consented = conn.execute(
            "SELECT c.name FROM consent_events e JOIN customers c ON c.id = e.customer_id "
            "WHERE e.method = 'import'"
        ).fetchall()
    assert consented == [("Saa Markkinoida",)]


def test_an_objection_recorded_while_the_import_runs_is_honoured(
    services: Services, admin: Actor, customer: Any
) -> None:
    data = csv_bytes("Nimi;Sähköposti;Markkinointilupa", "Maija Toinen;MAIJA@example.fi;kyllä")
    plan = services.imports.plan(admin, data)
    assert plan.suppressed_rows == () and plan.duplicates
    services.objections.record(admin, customer.id, "direct_marketing", dt.date(2026, 11, 20))
    with raw_db(services.db.path) as conn:  # erased, the suppression entry stays
        conn.execute("DELETE FROM customers WHERE id = ?", (customer.id,))
    result = services.imports.run(admin, plan, all_or_nothing=True, on_duplicate="update")
    assert (result.imported, result.updated) == (0, 0)
    fresh = services.imports.plan(admin, data)
    assert fresh.suppressed_rows == (2,) and fresh.duplicates == ()
    result = services.imports.run(admin, fresh, all_or_nothing=True)
    assert (result.imported, result.suppressed) == (1, 1)
    assert table_count(services.db.path, "consent_events") == 0


def test_the_first_entry_made_while_the_import_runs_is_matched(
    services: Services, admin: Actor, customer: Any
) -> None:
    # The register as the import loaded it: no entry yet, so no key either. The objection
    # makes the key; the batch's refresh must hash with it, not with the bare salt.
    with services.db.read() as session:
        register = Register.load(session)
    assert not register.is_suppressed("maija@example.fi", "")
    services.objections.record(admin, customer.id, "direct_marketing", dt.date(2026, 11, 20))
    with services.db.read() as session:
        register.refresh_suppressions(session)
    assert register.is_suppressed("MAIJA@example.fi", "")
    assert not register.is_suppressed("toinen@esimerkki.fi", "")


# -- rights and records -----------------------------------------------------------------------


def test_a_reader_may_not_import_and_the_refusal_is_recorded(
    services: Services, admin: Actor, reader: Actor
) -> None:
    path = services.db.path
    before = snapshot(path, (*TABLES, "imports"))
    for attempt in (
        lambda: services.imports.plan(reader, b"not even a csv file \x00"),
        lambda: services.imports.run(reader, ImportPlan(), all_or_nothing=False),
        lambda: services.imports.run(
            reader, services.imports.plan(admin, FINNISH_FILE.encode()), all_or_nothing=True
        ),
    ):
        entries = len(audit_rows(path))
        with pytest.raises(PermissionDenied) as info:
            attempt()
        assert info.value.right == "customers.edit"
        new = audit_rows(path)[entries:]
        assert [(e["actor_id"], e["action"], e["outcome"], e["detail"]) for e in new] == [
            (reader.user_id, "customer.import", "denied", "customers.edit")
        ]
    assert snapshot(path, (*TABLES, "imports")) == before


def test_the_audit_log_holds_counts_not_people(services: Services, admin: Actor) -> None:
    services.imports.run(
        admin, services.imports.plan(admin, FINNISH_FILE.encode()), all_or_nothing=False
    )
    text = " ".join(str(v) for row in audit_rows(services.db.path) for v in row.values())
    for personal in ("Pirjo", "pirjo@", "Pääkkönen", "4012345", "A-100", "Jyväskylä"):
        assert personal not in text


def test_the_word_cached_sort_key_is_sort_key() -> None:
    names = [
        "Pirjo Pääkkönen",
        "  Åke   Öhman ",
        "Ääkkönen-Öljynen Åsa",
        "Straße Ǆemal",
        "ﬁnn ﬂow",
        "Ma\u0308kela\u0308 Ba\u030a",  # typed decomposed
        "a \u0308b",  # a combining mark just after a space
        "Zoë Ørsted Ångström Ærø Łukasz Đorđe Müller",
        "x" * 199 + " ß",
        "ß" * 150 + " " + "ß" * 150,
        "",
        " ",
    ]
    for name in names:
        assert _sort_key(name) == sort_key(name), name


def test_the_service_is_built_with_the_others(services: Services) -> None:
    assert isinstance(services.imports, CustomerImportService)
