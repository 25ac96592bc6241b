"""The one spreadsheet writer: the form follows the name and the dialect, each form reads back
as written, and a workbook stopped half-way leaves nothing behind."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from l4d_desktop.core.files.spreadsheet import (
    FORMATS,
    format_of,
    phones_as_dialled,
    write_spreadsheet,
)

COLUMNS = ("customer_number", "name", "postal_code", "since")
ROWS = [("00042", "=1+1 Aino", "00560", dt.date(2026, 11, 24)), ("10001", "Eino", "02400", None)]


def test_the_form_follows_the_name_and_the_dialect(tmp_path: Path) -> None:
    assert FORMATS == ("excel", "excel-fi", "xlsx")
    assert format_of(tmp_path / "a.XLSX", "excel-fi") == "xlsx"
    assert format_of(tmp_path / "a.csv") == "excel"
    assert format_of(tmp_path / "a.csv", "excel-fi") == "excel-fi"
    assert phones_as_dialled("excel-fi") and not phones_as_dialled("excel")
    assert not phones_as_dialled("xlsx")


def test_each_form_reads_back_as_written(tmp_path: Path) -> None:
    book = tmp_path / "a.xlsx"
    assert write_spreadsheet(book, COLUMNS, ROWS, file_format="xlsx", text_columns=[0, 2]) == 2
    sheet = openpyxl.load_workbook(book).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert rows[1][:3] == ("00042", "=1+1 Aino", "00560")
    assert sheet["B2"].data_type == "s"  # text, never a formula
    assert sheet["D2"].is_date and sheet["D2"].value.date() == dt.date(2026, 11, 24)
    semicolons = tmp_path / "a.csv"
    write_spreadsheet(semicolons, COLUMNS, ROWS, file_format="excel-fi")
    text = semicolons.read_bytes().decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert parsed[1] == ["00042", "'=1+1 Aino", "00560", "2026-11-24"]
    with pytest.raises(ValueError, match="unknown spreadsheet format"):
        write_spreadsheet(tmp_path / "b.csv", COLUMNS, ROWS, file_format="lotus")
    assert not (tmp_path / "b.csv").exists()


def test_a_workbook_stopped_half_way_leaves_no_file_and_no_sheet_behind(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def rows() -> Iterator[tuple[object, ...]]:
        yield ROWS[0]
        raise Stop

    target = tmp_path / "kesken.xlsx"
    with pytest.raises(Stop):
        write_spreadsheet(target, COLUMNS, rows(), file_format="xlsx")
    gc.collect()  # openpyxl's row writer, if left open, would now write into a closed file
    assert list(tmp_path.iterdir()) == []
