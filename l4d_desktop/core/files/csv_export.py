"""CSV for spreadsheets: UTF-8 with a BOM (for Excel), formula injection neutralised."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from l4d_desktop.core.files.private import replacing_text

BOM = "\ufeff"
# Excel and LibreOffice Calc start a formula (or a DDE call) at these characters.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(value: object) -> str:
    """The text of one cell. Numbers stay numbers; text that could start a formula gets a `'`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # a negative number is a number, not a formula
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def write_csv(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = True,
) -> int:
    """Write a header and rows to `out` (opened with newline=""); return the number of rows.

    `rows` may be a generator: nothing is held in memory beyond one row.
    """
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([cell(c) for c in columns])
    count = 0
    for row in rows:
        writer.writerow([cell(v) for v in row])
        count += 1
    return count


def write_csv_file(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    replace: bool = True,
) -> int:
    """Write an owner-only CSV file (exports hold personal data), replacing any old one only once
    the whole file is written; return the number of rows."""
    with replacing_text(path, replace=replace) as out:
        return write_csv(out, columns, rows)
