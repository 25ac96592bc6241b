"""Customer CSV import: the plan reports everything before anything is written; the run writes
in batches, skips or updates people already in the register, never records a consent for
someone on the suppression list, and a cancel or a crash leaves the register as it was."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    BusinessRuleError,
    FileFormatError,
    L4DError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.imports.customers import (
    CustomerImportService,
    Duplicate,
    ImportCancelled,
    ImportPlan,
    recover_interrupted_imports,
)
from l4d_desktop.core.imports.plan import Register
from l4d_desktop.core.imports.rows import name_sort_key as _sort_key
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.text import sort_key
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import ADMIN_PASSWORD

FINNISH_HEADER = (
    "Asiakasnumero;Nimi;Sähköposti;Puhelin;Katuosoite;Postinumero;Postitoimipaikka;Maa;"
    "Yritys;Y-tunnus;Kieli;Markkinointilupa;Lisätiedot"
)
FINNISH_ROWS = [
    "A-100;Pirjo Pääkkönen;pirjo@esimerkki.fi;040 123 4567;Kauppakatu 1;40100;Jyväskylä;"
    "Suomi;Pääkkönen Oy;2989855-5;suomi;kyllä;Soita aamulla",
    ";Åke Öhman;ake.ohman@esimerkki.fi;+358 50 7654321;Rantatie 2;65100;Vaasa;Suomi;;;ruotsi;ei;",
    ";Äijä Mäkelä;aija@esimerkki.fi;0401112223;Myllytie 3;33100;Tampere;FI;;;fi;k;",
]
# Row 3 asks for Swedish, which the register does not offer: one problem, on that row.
FINNISH_FILE = "\r\n".join([FINNISH_HEADER, *FINNISH_ROWS]) + "\r\n"

ENGLISH_FILE = (
    "Name,Email,Phone,City,Marketing consent,Favourite colour\n"
    "Pirjo Pääkkönen,pirjo@esimerkki.fi,040 123 4567,Jyväskylä,yes,blue\n"
    '"Öhman, Åke",ake.ohman@esimerkki.fi,050 7654321,Vaasa,no,red\n'
)

TABLES = (
    "customers",
    "consent_events",
    "objections",
    "suppressions",
    "settings",
    "web_events",
    "requests",
)


def snapshot(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    with raw_db(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def customers(path: Path) -> list[dict[str, Any]]:
    with raw_db(path) as conn:
        conn.row_factory = lambda cur, row: {
            d[0]: v for d, v in zip(cur.description, row, strict=True)
        }
        return conn.execute("SELECT * FROM customers ORDER BY id").fetchall()


def by_name(path: Path) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in customers(path)}


def imports_rows(path: Path) -> list[tuple[Any, ...]]:
    with raw_db(path) as conn:
        return conn.execute(
            "SELECT status, imported, updated, rejected, duplicates FROM imports ORDER BY id"
        ).fetchall()


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\n".join(lines) + "\n").encode(encoding)


# -- reading and checking: the plan ---------------------------------------------------------------


def test_a_finnish_excel_file_is_planned_row_by_row(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, FINNISH_FILE.encode("cp1252"))
    assert plan.total_rows == 3
    assert [r.row for r in plan.rows] == [2, 4]
    assert plan.problems == (RowProblem(3, "language", "language_invalid"),)
    assert (plan.valid_count, plan.rejected_count, plan.new_count) == (2, 1, 2)
    assert plan.duplicates == () and plan.suppressed_rows == () and plan.ignored_columns == ()
    first = plan.rows[0]
    assert (first.customer_number, first.customer.phone, first.customer.country) == (
        "A-100",
        "+358401234567",
        "FI",
    )
    assert first.marketing_consent and plan.rows[1].marketing_consent
    assert plan.consent_count == 2
    assert "customer_number" not in plan.fields and "business_id" in plan.fields


def test_the_plan_writes_nothing(services: Services, admin: Actor) -> None:
    before = snapshot(services.db.path, (*TABLES, "imports", "audit_log"))
    services.imports.plan(admin, FINNISH_FILE.encode("utf-8"))
    assert snapshot(services.db.path, (*TABLES, "imports", "audit_log")) == before


@pytest.mark.parametrize(
    "data",
    [
        FINNISH_FILE.encode("utf-8"),
        FINNISH_FILE.encode("utf-8-sig"),
        FINNISH_FILE.encode("cp1252"),
        FINNISH_FILE.replace(";", ",").encode("utf-8"),
        FINNISH_FILE.replace(";", "\t").encode("utf-8-sig"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "comma", "tab"],
)
def test_encodings_and_delimiters_plan_alike(services: Services, admin: Actor, data: bytes) -> None:
    reference = services.imports.plan(admin, FINNISH_FILE.encode("utf-8"))
    assert services.imports.plan(admin, data) == reference


def test_english_headers_and_an_unknown_column(services: Services, admin: Actor) -> None:
    plan = services.imports.plan(admin, ENGLISH_FILE.encode("utf-8"))
    assert plan.ignored_columns == ("Favourite colour",)
    assert [r.customer.name for r in plan.rows] == ["Pirjo Pääkkönen", "Öhman, Åke"]
    assert plan.fields == ("name", "email", "phone", "city")


def test_every_problem_of_every_row_with_spreadsheet_row_numbers(
    services: Services, admin: Actor
) -> None:
    data = csv_bytes(
        "Asiakasnumero;Nimi;Sähköposti;Puhelin;Postinumero;Markkinointilupa",
        "1;Hyvä Rivi;hyva@esimerkki.fi;040 1234567;00100;ei",
        ";;eimikaan;12;ABC;ehkä",
        "",  # a blank line keeps its number
        "väärä numero;Toinen Hyvä;toinen@esimerkki.fi;;;",
        "2;" + "N" * 201 + ";;;;",
        "3;Liian;Vähän",
    )
    plan = services.imports.plan(admin, data)
    assert plan.problems == (
        RowProblem(3, "marketing_consent", "choice_invalid"),
        RowProblem(3, "name", "required"),
        RowProblem(3, "email", "email_invalid"),
        RowProblem(3, "phone", "phone_invalid"),
        RowProblem(3, "postal_code", "postal_code_fi"),
        RowProblem(5, "customer_number", "customer_number_invalid"),
        RowProblem(6, "name", "too_long"),
        RowProblem(7, "", "cell_count"),
    )
    assert plan.problems[6].params == {"max": 200}
    assert [r.row for r in plan.rows] == [2]
    assert (plan.total_rows, plan.rejected_count) == (5, 4)


def test_a_file_that_cannot_be_read_as_a_whole(services: Services, admin: Actor) -> None:
    with pytest.raises(FileFormatError) as info:
        services.imports.plan(admin, b"Email;Phone\nx@esimerkki.fi;040 1234567\n")
    assert (info.value.code, info.value.params) == ("column_missing", {"column": "name"})
    with pytest.raises(FileFormatError):
        services.imports.plan(admin, b"")


# -- writing ----------------------------------------------------------------------------------


def _progress_log() -> tuple[list[tuple[int, int]], Any]:
    seen: list[tuple[int, int]] = []
    return seen, lambda done, total: seen.append((done, total))


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


# -- duplicates -------------------------------------------------------------------------------


def test_a_later_row_repeating_an_earlier_one_is_a_problem(
    services: Services, admin: Actor
) -> None:
    data = csv_bytes(
        "Asiakasnumero;Nimi;Sähköposti",
        "7;Pirjo Pääkkönen;pirjo@esimerkki.fi",
        "8;Pirjo P.;PIRJO@Esimerkki.FI",
        "7;Toinen Pirjo;toinen@esimerkki.fi",
        "9;Kolmas;",
    )
    plan = services.imports.plan(admin, data)
    assert plan.problems == (
        RowProblem(3, "email", "duplicate_in_file"),
        RowProblem(4, "customer_number", "duplicate_in_file"),
    )
    assert [r.row for r in plan.rows] == [2, 5]


def test_people_already_in_the_register_are_reported_not_refused(
    services: Services, admin: Actor
) -> None:
    maija = add_customer(services, admin, "Maija Meikäläinen", email="Maija@Esimerkki.fi")
    kalle = add_customer(services, admin, "Kalle Könönen")
    data = csv_bytes(
        "Asiakasnumero;Nimi;Sähköposti",
        ";Maija M.;MAIJA@esimerkki.fi",
        f"{kalle.customer_number};Kalle K.;kalle@esimerkki.fi",
        f"{kalle.customer_number}X;Uusi Ihminen;uusi@esimerkki.fi",
    )
    plan = services.imports.plan(admin, data)
    assert plan.duplicates == (
        Duplicate(2, maija.id, "email"),
        Duplicate(3, kalle.id, "customer_number"),
    )
    assert (plan.valid_count, plan.duplicate_count, plan.new_count) == (3, 2, 1)
    assert plan.problems == ()
    # The email is Maija's and the number Kalle's: the row cannot be right.
    mixed = csv_bytes(
        "Asiakasnumero;Nimi;Sähköposti", f"{kalle.customer_number};Sekaisin;maija@esimerkki.fi"
    )
    plan = services.imports.plan(admin, mixed)
    assert plan.problems == (RowProblem(2, "customer_number", "customer_number_taken"),)
    assert plan.rows == ()


def _dup_file(number: str) -> bytes:
    return csv_bytes(
        "Asiakasnumero;Nimi;Sähköposti;Puhelin;Postitoimipaikka;Lisätiedot",
        ";Maija Meikäläinen-Uusi;MAIJA@example.fi;050 7654321;;Uusi muistiinpano",
        f"{number};Uusi Ihminen;uusi@esimerkki.fi;;Oulu;",
    )


def test_duplicates_are_skipped_by_default(services: Services, admin: Actor, customer: Any) -> None:
    before = by_name(services.db.path)["Maija Meikäläinen"]
    plan = services.imports.plan(admin, _dup_file("U-1"))
    result = services.imports.run(admin, plan, all_or_nothing=True)
    assert (result.imported, result.duplicates, result.skipped, result.updated) == (1, 1, 1, 0)
    assert by_name(services.db.path)["Maija Meikäläinen"] == before
    assert imports_rows(services.db.path) == [("done", 1, 0, 0, 1)]


def test_duplicates_are_updated_on_request(
    services: Services, admin: Actor, customer: Any, clock: FakeClock
) -> None:
    before = by_name(services.db.path)["Maija Meikäläinen"]
    clock.advance(hours=1)
    plan = services.imports.plan(admin, _dup_file("U-1"))
    result = services.imports.run(admin, plan, all_or_nothing=True, on_duplicate="update")
    assert (result.imported, result.duplicates, result.skipped, result.updated) == (1, 1, 0, 1)
    after = by_name(services.db.path)["Maija Meikäläinen-Uusi"]
    assert after["id"] == before["id"]
    # The file's fields are taken…
    assert (after["email"], after["phone"], after["notes"]) == (
        "MAIJA@example.fi",
        "+358507654321",
        "Uusi muistiinpano",
    )
    # … an empty cell keeps what the register has, and fields the file lacks stay.
    assert (after["city"], after["street"], after["company"]) == (
        before["city"],
        before["street"],
        before["company"],
    )
    assert after["customer_number"] == before["customer_number"]
    assert after["version"] == before["version"] + 1
    assert after["updated_at"] != before["updated_at"]
    assert after["sort_key"] == sort_key("Maija Meikäläinen-Uusi")
    assert [c.id for c in services.customers.search(admin, "050 765")] == [before["id"]]
    assert audit_rows(services.db.path)[-1]["detail"] == "imported=1,updated=1"
    assert imports_rows(services.db.path) == [("done", 1, 1, 0, 1)]


def test_an_update_takes_a_free_customer_number_from_the_file(
    services: Services, admin: Actor, customer: Any
) -> None:
    data = csv_bytes("Asiakasnumero;Nimi;Sähköposti", "M-7;Maija;maija@esimerkki.fi")
    plan = services.imports.plan(admin, data)
    services.imports.run(admin, plan, all_or_nothing=True, on_duplicate="update")
    assert by_name(services.db.path)["Maija"]["customer_number"] == "M-7"


def test_an_edit_open_during_the_import_meets_a_conflict(
    services: Services, admin: Actor, customer: Any
) -> None:
    plan = services.imports.plan(admin, _dup_file("U-1"))
    services.imports.run(admin, plan, all_or_nothing=True, on_duplicate="update")
    with pytest.raises(L4DError) as info:
        services.customers.update(
            admin, customer.id, customer.version, CustomerInput(name="Vanhalla versiolla")
        )
    assert info.value.code == "conflict"


def test_someone_erased_after_the_plan_is_not_brought_back(
    services: Services, admin: Actor, customer: Any
) -> None:
    plan = services.imports.plan(admin, _dup_file("U-1"))
    with raw_db(services.db.path) as conn:
        conn.execute("DELETE FROM customers WHERE id = ?", (customer.id,))
    result = services.imports.run(admin, plan, all_or_nothing=True, on_duplicate="update")
    assert (result.imported, result.updated, result.skipped) == (1, 0, 1)
    assert set(by_name(services.db.path)) == {"Uusi Ihminen"}


def test_a_person_added_after_the_plan_counts_as_a_duplicate(
    services: Services, admin: Actor
) -> None:
    plan = services.imports.plan(admin, ENGLISH_FILE.encode("utf-8"))
    add_customer(services, admin, "Pirjo Pääkkönen", email="Pirjo@esimerkki.fi")
    result = services.imports.run(admin, plan, all_or_nothing=True)
    assert (result.imported, result.duplicates, result.skipped) == (1, 1, 1)
    assert table_count(services.db.path, "customers") == 2


def test_a_number_from_the_file_that_names_someone_since_is_a_duplicate(
    services: Services, admin: Actor
) -> None:
    data = csv_bytes("Asiakasnumero;Nimi", "10001;Tiedoston Ihminen")
    plan = services.imports.plan(admin, data)
    assert plan.duplicates == ()
    add_customer(services, admin, "Käsin Lisätty")  # takes 10001 from the counter
    result = services.imports.run(admin, plan, all_or_nothing=True)
    assert (result.imported, result.duplicates, result.skipped) == (0, 1, 1)


def test_a_number_handed_out_while_the_import_runs_is_replaced(
    services: Services, admin: Actor
) -> None:
    services.imports.batch_size = 1
    data = csv_bytes("Asiakasnumero;Nimi", "A-1;Aaltonen Eka", "10001;Österberg Toka")
    plan = services.imports.plan(admin, data)

    def progress(done: int, total: int) -> None:
        if done == 1:  # between the batches, someone adds a customer by hand
            assert add_customer(services, admin, "Käsin Lisätty").customer_number == "10001"

    result = services.imports.run(admin, plan, all_or_nothing=True, progress=progress)
    assert result.imported == 2
    numbers = {c["name"]: c["customer_number"] for c in customers(services.db.path)}
    assert numbers == {"Aaltonen Eka": "A-1", "Käsin Lisätty": "10001", "Österberg Toka": "10002"}
    assert [c.name for c in services.customers.search(admin, "10002")] == ["Österberg Toka"]


def test_allocated_numbers_skip_the_files_own(services: Services, admin: Actor) -> None:
    data = csv_bytes("Asiakasnumero;Nimi", ";Ilman Numeroa", "10001;Numerollinen")
    result = services.imports.run(admin, services.imports.plan(admin, data), all_or_nothing=True)
    assert result.imported == 2
    numbers = {c["name"]: c["customer_number"] for c in customers(services.db.path)}
    assert numbers == {"Numerollinen": "10001", "Ilman Numeroa": "10002"}


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


# -- cancel and crash -------------------------------------------------------------------------


def _many(n: int, start: int = 0) -> bytes:
    lines = ["Nimi;Sähköposti;Puhelin;Markkinointilupa"]
    lines += [
        f"Asiakas {i:04d} Ääkkönen;asiakas{i}@esimerkki.fi;040 {1000000 + i};"
        + ("kyllä" if i % 2 else "ei")
        for i in range(start, start + n)
    ]
    return csv_bytes(*lines)


def test_rows_are_written_in_batches_with_progress(services: Services, admin: Actor) -> None:
    services.imports.batch_size = 4
    seen, progress = _progress_log()
    result = services.imports.run(
        admin, services.imports.plan(admin, _many(10)), all_or_nothing=True, progress=progress
    )
    assert result.imported == 10
    assert seen == [(4, 10), (8, 10), (10, 10), (10, 10)]
    assert table_count(services.db.path, "consent_events") == 5


def test_a_cancel_after_the_first_batch_leaves_the_register_as_it_was(
    services: Services, admin: Actor, customer: Any
) -> None:
    services.imports.batch_size = 3
    path = services.db.path
    plan = services.imports.plan(admin, _many(10) + b";;;\n")
    before = snapshot(path)
    audit_before = len(audit_rows(path))
    seen, progress = _progress_log()
    with pytest.raises(ImportCancelled) as info:
        services.imports.run(
            admin, plan, all_or_nothing=False, progress=progress, cancelled=lambda: bool(seen)
        )
    assert info.value.code == "import_cancelled"
    assert seen == [(3, 10)]
    # Customers, consents and the number counter are as they were; only the import's own
    # record and its audit entry tell that it ran.
    assert snapshot(path) == before
    assert imports_rows(path) == [("cancelled", 0, 0, 0, 0)]
    entries = audit_rows(path)[audit_before:]
    assert [(e["action"], e["outcome"]) for e in entries] == [("customer.import", "cancelled")]
    assert services.audit.verify().ok
    assert not list(path.parent.glob("*.lock"))


def test_a_customer_someone_started_working_on_survives_the_cancel(
    services: Services, admin: Actor
) -> None:
    services.imports.batch_size = 3
    plan = services.imports.plan(admin, _many(9))
    seen, progress = _progress_log()

    def register_a_request(done: int, total: int) -> None:
        progress(done, total)
        if done == 3:  # between batches, a handler registers a request for an imported person
            first = customers(services.db.path)[0]
            services.requests.register(
                admin, RequestInput("access", dt.date(2026, 11, 23), "email", first["id"])
            )

    with pytest.raises(ImportCancelled):
        services.imports.run(
            admin,
            plan,
            all_or_nothing=True,
            progress=register_a_request,
            cancelled=lambda: len(seen) == 1,
        )
    [kept] = customers(services.db.path)
    assert kept["name"] == "Asiakas 0000 Ääkkönen" and kept["import_id"] is None
    assert table_count(services.db.path, "requests") == 1


def test_a_failure_mid_import_removes_the_written_rows(services: Services, admin: Actor) -> None:
    services.imports.batch_size = 3
    before = snapshot(services.db.path)

    def progress(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.imports.run(
            admin, services.imports.plan(admin, _many(10)), all_or_nothing=True, progress=progress
        )
    assert snapshot(services.db.path) == before
    assert audit_rows(services.db.path)[-1]["outcome"] == "failed"


CRASHING_CHILD = """
import os, sys
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services

services = open_services(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
admin = services.auth.login("paakayttaja", sys.argv[2])
services.imports.batch_size = 4
plan = services.imports.plan(admin, sys.stdin.buffer.read())

def crash(done, total):
    if done >= 8:
        os._exit(9)  # the power goes: no cleanup, no finally

services.imports.run(admin, plan, all_or_nothing=True, progress=crash)
"""


def test_an_import_cut_short_by_a_crash_is_undone_when_the_register_opens(
    services: Services, admin: Actor, customer: Any
) -> None:
    path = services.db.path
    before = snapshot(path)
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(path), ADMIN_PASSWORD],
        input=_many(10),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert table_count(path, "customers") == 1 + 8  # two batches were committed
    assert imports_rows(path) == [("running", 0, 0, 0, 0)]

    assert recover_interrupted_imports(services.db, services.audit) == [1]
    assert snapshot(path, tuple(t for t in TABLES if t != "settings")) == {
        t: v for t, v in before.items() if t != "settings"
    }
    assert imports_rows(path) == [("cancelled", 0, 0, 0, 0)]
    last = audit_rows(path)[-1]
    assert (last["action"], last["object_id"], last["outcome"]) == (
        "customer.import",
        1,
        "interrupted",
    )
    assert recover_interrupted_imports(services.db, services.audit) == []


def test_an_import_running_elsewhere_is_left_alone(services: Services, admin: Actor) -> None:
    """A second window opening the register must not undo an import that is still going."""
    services.imports.batch_size = 2
    plan = services.imports.plan(admin, _many(6))
    halfway, go_on = threading.Event(), threading.Event()
    outcome: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if done == 2:
            halfway.set()
            go_on.wait(30)

    def work() -> None:
        outcome["result"] = services.imports.run(
            admin, plan, all_or_nothing=True, progress=progress
        )

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert halfway.wait(30)
        assert recover_interrupted_imports(services.db, services.audit) == []
        assert table_count(services.db.path, "customers") == 2
    finally:
        go_on.set()
        worker.join(30)
    assert outcome["result"].imported == 6
    assert imports_rows(services.db.path) == [("done", 6, 0, 0, 0)]


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
