"""CSV text as spreadsheets really export it: any of three encodings and three delimiters.

Row numbers are the ones the user sees in the spreadsheet (header = 1), so that a problem
reported for "row 14" can be found by scrolling to row 14, even when cells hold line breaks
or blank rows lie in between.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Mapping
from dataclasses import dataclass

from l4d_desktop.core.errors import FileFormatError

UTF8_BOM = b"\xef\xbb\xbf"
DELIMITERS = (";", "\t", ",")  # ties go to the first: Finnish Excel writes ";"
DEFAULT_DELIMITER = ";"


@dataclass(frozen=True)
class RowProblem:
    """One row of an imported file that cannot be taken as it is.

    `params` carries what the message needs beyond the field (e.g. a length limit); it never
    holds the offending value, and it takes no part in equality so a problem is its row, field
    and code.
    """

    row: int
    field: str
    code: str
    params: Mapping[str, int | str] = dataclasses.field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class TableRow:
    number: int
    cells: list[str]


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[TableRow]
    delimiter: str
    header_number: int = 1


def decode_bytes(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without a BOM), else Windows-1252."""
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    if not data.strip():
        raise FileFormatError("file_empty")
    # A NUL never occurs in spreadsheet text; it means a binary file (xlsx, UTF-16) was chosen,
    # which Windows-1252 would otherwise "decode" into garbage without complaint.
    if b"\x00" in data:
        raise FileFormatError("encoding_unknown")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileFormatError("encoding_unknown") from None


def detect_delimiter(text: str) -> str:
    """The delimiter used most often outside quotes on the header line."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    seen_content = False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif char in "\r\n":
            if seen_content:
                break
            continue  # blank lines before the header
        elif char in counts:
            counts[char] += 1
        if not char.isspace():
            seen_content = True
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else DEFAULT_DELIMITER


def read_table(text: str) -> Table:
    """Header and data rows of CSV text; wholly blank rows are skipped but keep their number."""
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    header_number = 0
    rows: list[TableRow] = []
    number = 0
    try:
        for record in reader:
            number += 1
            # One joined string answers both questions for the whole row at C speed: is it
            # blank, and does any cell hold a carriage return to turn into "\n".
            joined = "".join(record)
            if not joined.strip():
                continue
            cells = [_one_newline(cell) for cell in record] if "\r" in joined else record
            if header is None:
                header, header_number = cells, number
            else:
                rows.append(TableRow(number, cells))
    except csv.Error:
        # The csv module's messages are generic, but the row number is all the user needs.
        raise FileFormatError(
            "file_unreadable", reason=f"row {number + 1} is not valid CSV"
        ) from None
    if header is None:
        raise FileFormatError("file_empty")
    return Table(header=header, rows=rows, delimiter=delimiter, header_number=header_number)


def _one_newline(cell: str) -> str:
    # Line breaks inside a quoted cell arrive as written (CRLF from Windows); callers see "\n".
    return cell.replace("\r\n", "\n").replace("\r", "\n")
