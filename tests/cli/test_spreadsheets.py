"""Customer lists as offices open them: Excel workbooks, CSV for Finnish Excel, and the round
trip export → spreadsheet → import losing or changing nothing (issue 17, points 1–3)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer

COMPARED = ("name", "email", "phone", "street", "postal_code", "city", "country", "company")


@pytest.fixture
def people(services: Services, admin: Actor) -> list[CustomerRecord]:
    """Cells spreadsheets love to change: a leading-zero postal code, phones of three countries,
    text that looks like a formula or a number."""
    return [
        add_customer(
            services,
            admin,
            "Maija Meikäläinen",
            email="maija@example.fi",
            phone="040 123 4567",
            street="Mannerheimintie 1",
            postal_code="00560",
            city="Helsinki",
        ),
        add_customer(
            services,
            admin,
            '=HYPERLINK("http://x")',
            email="kaava@example.fi",
            phone="+46 8 123 456 78",
            street="-1 Storgatan",
            postal_code="11122",
            city="Stockholm",
            country="SE",
        ),
        add_customer(
            services,
            admin,
            "Anna Andersson",
            email="anna@example.se",
            phone="+358 9 123 4567",
            postal_code="02100",
            city="Espoo",
            company="+Oy Yritys Ab",
        ),
    ]


def _export(as_admin: Cli, path: Path, *extra: str) -> None:
    result = as_admin("customer", "export", str(path), *extra)
    assert result.code == 0, result.err
    assert result.out.strip() == "3"


def _assert_reads_back_unchanged(
    services: Services, admin: Actor, path: Path, people: list[CustomerRecord]
) -> None:
    """The import's plan of the file: every row valid, every value as the register holds it."""
    plan = services.imports.plan(admin, path.read_bytes())
    assert plan.problems == ()
    assert plan.rejected_count == 0
    assert len(plan.rows) == len(people)
    by_email = {row.customer.email: row for row in plan.rows}
    for person in people:
        row = by_email[person.email]
        assert row.customer_number == person.customer_number
        for field in COMPARED:
            assert getattr(row.customer, field) == getattr(person, field), field


def test_export_to_xlsx_writes_a_workbook_of_text_cells_and_no_formulas(
    as_admin: Cli, people: list[CustomerRecord], tmp_path: Path
) -> None:
    out = tmp_path / "asiakkaat.xlsx"
    _export(as_admin, out)
    assert (out.stat().st_mode & 0o777) == 0o600
    # No sheet left behind beside it (nor in the system's temp folder: see core.files.workbook).
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["asiakkaat.xlsx"]
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["customer_number", "name", "email", "phone"]
    column = {name: i for i, name in enumerate(header)}
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 3
    by_email = {row[column["email"]].value: row for row in rows}
    maija = by_email["maija@example.fi"]
    for field, expected in (
        ("postal_code", "00560"),
        ("phone", "+358401234567"),
        ("customer_number", people[0].customer_number),
    ):
        cell = maija[column[field]]
        assert cell.value == expected
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    formula_like = by_email["kaava@example.fi"][column["name"]]
    assert formula_like.value == '=HYPERLINK("http://x")'
    assert formula_like.data_type == "s"  # stored as text: the workbook runs nothing
    assert by_email["anna@example.se"][column["company"]].data_type == "s"


def test_xlsx_export_imports_back_unchanged(
    as_admin: Cli, services: Services, admin: Actor, people: list[CustomerRecord], tmp_path: Path
) -> None:
    out = tmp_path / "asiakkaat.xlsx"
    _export(as_admin, out)
    _assert_reads_back_unchanged(services, admin, out, people)
    result = as_admin("customer", "import", str(out), "--format", "json")
    assert result.code == 0, result.err
    assert '"duplicates": 3' in result.out
    assert '"rejected": 0' in result.out


def test_import_reads_a_workbook_made_elsewhere(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nimi", "Sähköposti", "Postinumero", "Puhelin", None])
    sheet.append(["Eino Aalto", "eino@example.fi", 2100, 401234567.0])  # numbers, as Excel does
    sheet.append([None])
    sheet.append(["Liisa Laine", "liisa@example.fi", "00100", "040 765 4321"])
    path = tmp_path / "tuonti.xlsx"
    book.save(path)
    result = as_admin("customer", "import", str(path), "--format", "json")
    assert result.code == 0, result.err
    assert '"imported": 1' in result.out
    assert '"rejected": 1' in result.out
    # The numbers-as-cells row is named by its sheet row; the blank row keeps its number.
    assert '"row": 2' in result.out
    names = [c.name for c in services.customers.export(admin, "")]
    assert names == ["Liisa Laine"]


def test_a_broken_workbook_is_one_error_line(as_admin: Cli, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "rikki.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip archive")
    result = as_admin("customer", "import", str(path))
    assert result.code == 1
    assert "Excel workbook" in result.error_line


def test_excel_fi_dialect_is_semicolons_with_a_bom_and_phones_as_dialled(
    as_admin: Cli, services: Services, admin: Actor, people: list[CustomerRecord], tmp_path: Path
) -> None:
    out = tmp_path / "asiakkaat.csv"
    _export(as_admin, out, "--dialect", "excel-fi")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["customer_number", "name", "email"]
    phones = {r[header.index("email")]: r[header.index("phone")] for r in rows[1:]}
    assert phones == {
        "maija@example.fi": "040 1234567",
        "kaava@example.fi": "08-123 456 78",  # dialled in Sweden, where she lives
        "anna@example.se": "09 1234567",
    }
    assert not any(p.startswith(("'", "+", "=")) for p in phones.values())
    names = [r[header.index("name")] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in names  # formulas still neutralised
    _assert_reads_back_unchanged(services, admin, out, people)


def test_the_default_dialect_is_unchanged_and_dialect_is_for_csv_only(
    as_admin: Cli, people: list[CustomerRecord], tmp_path: Path
) -> None:
    out = tmp_path / "asiakkaat.csv"
    _export(as_admin, out)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("customer_number,name,email,phone")
    assert "'+358401234567" in text
    refused = as_admin("customer", "export", str(tmp_path / "x.xlsx"), "--dialect", "excel-fi")
    assert refused.code != 0
    assert not (tmp_path / "x.xlsx").exists()


def test_marketing_list_to_xlsx(
    as_admin: Cli, services: Services, admin: Actor, people: list[CustomerRecord], tmp_path: Path
) -> None:
    services.consents.record(admin, people[0].id, "marketing_email", True, "web_form")
    out = tmp_path / "markkinointi.xlsx"
    result = as_admin("customer", "export", str(out), "--marketing", "marketing_email")
    assert result.out.strip() == "1"
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[2]][2] == "maija@example.fi"
    unknown = as_admin("customer", "export", str(tmp_path / "m2.xlsx"), "--marketing", "astrology")
    assert unknown.code == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["markkinointi.xlsx"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(
    ("name", "extra", "convert_to"),
    [
        ("asiakkaat.xlsx", (), "xlsx"),
        # 44 = ";", 34 = '"', 76 = UTF-8: how Finnish Excel users' files are saved.
        ("asiakkaat.csv", ("--dialect", "excel-fi"), 'csv:"Text - txt - csv (StarCalc)":59,34,76'),
    ],
)
def test_round_trip_through_libreoffice_loses_and_changes_nothing(
    as_admin: Cli,
    services: Services,
    admin: Actor,
    people: list[CustomerRecord],
    tmp_path: Path,
    name: str,
    extra: tuple[str, ...],
    convert_to: str,
) -> None:
    out = tmp_path / name
    _export(as_admin, out, *extra)
    saved = tmp_path / "saved"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=Text - txt - csv (StarCalc):59,34,76,1" if name.endswith(".csv") else "",
            "--convert-to",
            convert_to,
            "--outdir",
            str(saved),
            str(out),
        ],
        check=True,
        timeout=180,
        capture_output=True,
    )
    _assert_reads_back_unchanged(services, admin, saved / name, people)
