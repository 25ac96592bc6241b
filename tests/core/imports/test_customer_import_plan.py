"""Reading and checking a customer file: the plan, row by row, written nowhere."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import (
    FileFormatError,
)
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.services import Services
from tests.core.imports.customer_import_files import (
    ENGLISH_FILE,
    FINNISH_FILE,
    TABLES,
    csv_bytes,
    snapshot,
)

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
