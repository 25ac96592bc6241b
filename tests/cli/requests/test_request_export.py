"""`request export FILE`: the request register for spreadsheets, as the customer lists are (issue
17, points 1–2): an Excel workbook with dates as dates and references as text, CSV for Finnish
Excel, and the filters of `request list`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from l4d_desktop.cli.commands.request import REQUEST_COLUMNS
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.requests import register_request


def _register(services: Services, admin: Actor) -> tuple[int, int]:
    maija = add_customer(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    first = register_request(services, admin, maija.id, "access").id
    second = register_request(services, admin, None, "erasure", identified=False).id
    return first, second


def test_a_workbook_holds_the_register_with_dates_as_dates_and_references_as_text(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    first, second = _register(services, admin)
    listed = json.loads(as_admin("request", "list", "--format", "json").out)
    out = tmp_path / "pyynnot.xlsx"
    result = as_admin("request", "export", str(out))
    assert result.code == 0, result.err
    assert result.out == "2\n"
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == REQUEST_COLUMNS
    assert [r[0] for r in rows[1:]] == [row["id"] for row in listed]  # by due date, as listed
    column = {name: i for i, name in enumerate(REQUEST_COLUMNS)}
    line = 2 + [r[0] for r in rows[1:]].index(first)
    received = sheet.cell(row=line, column=1 + column["received"])
    assert received.is_date  # a date cell the spreadsheet can sort and count with
    assert received.value.date() == services.requests.detail(admin, first).record.received
    number = sheet.cell(row=line, column=1 + column["customer_number"])
    assert number.data_type == "s" and number.value == "10001"  # text, never the number 10001
    other = 2 + [r[0] for r in rows[1:]].index(second)
    assert sheet.cell(row=other, column=1 + column["customer_number"]).value is None
    assert (out.stat().st_mode & 0o077) == 0  # owner-only: the register names people


def test_csv_for_finnish_excel_and_the_filters_of_the_list(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    first, _second = _register(services, admin)
    out = tmp_path / "pyynnot.csv"
    result = as_admin("request", "export", str(out), "--dialect", "excel-fi", "--type", "access")
    assert result.code == 0, result.err
    assert result.out == "1\n"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(REQUEST_COLUMNS)
    assert [r[0] for r in rows[1:]] == [str(first)]
    assert rows[1][REQUEST_COLUMNS.index("type")] == "access"


def test_a_dialect_is_refused_for_a_workbook_and_nothing_is_written(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    _register(services, admin)
    out = tmp_path / "pyynnot.xlsx"
    result = as_admin("request", "export", str(out), "--dialect", "excel-fi")
    assert result.code != 0
    assert result.error_line == "error: --dialect applies to CSV files, not to a .xlsx workbook"
    assert not out.exists()
