"""CSV for spreadsheets: UTF-8 with a BOM (for Excel), formula injection neutralised."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import phonenumbers

from l4d_desktop.core.files.private import replacing_text

BOM = "\ufeff"
# Excel and LibreOffice Calc start a formula (or a DDE call) at these characters.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file is laid out for the spreadsheet that will open it."""

    delimiter: str
    # Phones in the dialling form of the customer's country ("040 1234567", "00 46 8 123 456"),
    # which spreadsheets keep as text, instead of E.164 behind a formula-guarding apostrophe.
    phones_as_dialled: bool


# The names are the command line's `--dialect` choices (a contract): "excel" is the comma
# dialect of the English-locale Excel, "excel-fi" what Finnish Excel splits on a double-click.
DIALECTS: dict[str, CsvDialect] = {
    "excel": CsvDialect(",", phones_as_dialled=False),
    "excel-fi": CsvDialect(";", phones_as_dialled=True),
}
DEFAULT_DIALECT = "excel"


def dialled_phone(e164: str, country: str) -> str:
    """A stored phone number as someone in `country` dials it: the national form for a number
    of that country, else the country's international prefix ("00 46 8 …" from Finland).

    Every such form starts with a digit or "(" and holds a space or a hyphen, so no spreadsheet
    takes it for a number or a formula, and the import reads it back (in the row's country) to
    the same E.164. A number no form fits that way is returned as stored (then neutralised)."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    region = country if country in phonenumbers.SUPPORTED_REGIONS else "FI"
    text = phonenumbers.format_out_of_country_calling_number(number, region)
    if text.startswith(FORMULA_TRIGGERS) or not any(c in text for c in " -"):
        return e164
    return text


def record_rows(
    records: Iterable[object], fields: Sequence[str], *, phones_as_dialled: bool = False
) -> Iterator[list[object]]:
    """The `fields` of each record (customer-like: `phone` and `country`), the phone in its
    dialled form when asked; a generator, so a long list is never held whole."""
    phone = fields.index("phone") if phones_as_dialled and "phone" in fields else -1
    for record in records:
        row: list[object] = [getattr(record, f) for f in fields]
        if phone >= 0:
            row[phone] = dialled_phone(str(row[phone] or ""), str(getattr(record, "country", "")))
        yield row


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
    delimiter: str = ",",
) -> int:
    """Write a header and rows to `out` (opened with newline=""); return the number of rows.

    `rows` may be a generator: nothing is held in memory beyond one row.
    """
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter)
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
    delimiter: str = ",",
) -> int:
    """Write an owner-only CSV file (exports hold personal data), replacing any old one only once
    the whole file is written; return the number of rows."""
    with replacing_text(path, replace=replace) as out:
        return write_csv(out, columns, rows, delimiter=delimiter)
