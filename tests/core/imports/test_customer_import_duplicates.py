"""Duplicates in a customer import: within the file, already in the register, skipped or updated,
and people or numbers that appear while the import runs."""

from __future__ import annotations

from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    L4DError,
)
from l4d_desktop.core.imports.customers import (
    Duplicate,
)
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.services import Services
from l4d_desktop.core.text import sort_key
from tests.core.imports.customer_import_files import (
    ENGLISH_FILE,
    by_name,
    csv_bytes,
    customers,
    imports_rows,
)
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count

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
