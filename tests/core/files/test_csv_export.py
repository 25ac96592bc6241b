"""The CSV writer for spreadsheets: BOM, CRLF, formula injection neutralised, text intact."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.files.csv_export import cell, write_csv, write_csv_file


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+358401234567",
        "-2+3",
        "@SUM(A1)",
        "\tpiilossa",
        "\r=1",
        "\n=1",
        "=cmd|'/C calc'!A0",
    ],
)
def test_a_cell_that_could_start_a_formula_gets_an_apostrophe(text: str) -> None:
    assert cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Äijä Öhman", "a=b", "1+1", "'jo suojattu", "", " =välilyönti"])
def test_other_text_is_left_alone(text: str) -> None:
    assert cell(text) == text


def test_values_that_are_not_text() -> None:
    assert cell(None) == ""
    assert cell(-3) == "-3"  # a number is not a formula
    assert cell(2.5) == "2.5"
    assert cell(True) == "true"
    assert cell(dt.date(2026, 2, 14)) == "2026-02-14"


def test_write_csv_starts_with_a_bom_ends_rows_with_crlf_and_counts_rows() -> None:
    out = io.StringIO(newline="")
    rows = ((i, name) for i, name in enumerate(["Äijä", "=1+1", "rivi 1\nrivi 2"], 1))
    assert write_csv(out, ["id", "name"], rows) == 3
    text = out.getvalue()
    assert text.startswith("\ufeffid,name\r\n")
    assert text.endswith("\r\n")
    back = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert back == [["id", "name"], ["1", "Äijä"], ["2", "'=1+1"], ["3", "rivi 1\nrivi 2"]]


def test_write_csv_without_bom() -> None:
    out = io.StringIO(newline="")
    write_csv(out, ["a"], [], bom=False)
    assert out.getvalue() == "a\r\n"


def test_write_csv_file_is_utf8_with_bom_and_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "vienti.csv"
    path.write_text("old")
    path.chmod(0o644)
    assert write_csv_file(path, ["nimi"], [["Åsa Nyström"]]) == 1
    assert path.read_bytes() == "\ufeffnimi\r\nÅsa Nyström\r\n".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
