"""CSV text as spreadsheets really export it: any of three encodings and three delimiters.

Row numbers are the ones the user sees in the spreadsheet (header = 1), so that a problem
reported for "row 14" can be found by scrolling to row 14, even when cells hold line breaks
or blank rows lie in between.

The encoding is chosen for the file from all of its text, never from one byte: a UTF-8 file
with one Windows-1252 byte stays UTF-8, and that byte's row is reported, not the whole file
turned into mojibake. Bytes invalid in the chosen encoding are kept as lone surrogates
(`surrogateescape`) until the row holding them is reported.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

from l4d_desktop.core.errors import FileFormatError

UTF8_BOM = b"\xef\xbb\xbf"
DELIMITERS = (";", "\t", ",")  # ties go to the first: Finnish Excel writes ";"
DEFAULT_DELIMITER = ";"
# What `surrogateescape` makes of a byte the chosen encoding cannot decode.
UNDECODABLE = re.compile("[\udc80-\udcff]")


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
    # Rows that could not be read: bytes invalid in the encoding, a quote never closed.
    problems: list[RowProblem] = dataclasses.field(default_factory=list)


def decode_bytes(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without a BOM), else Windows-1252.

    UTF-8 is chosen when the file decodes as UTF-8 or holds any non-ASCII UTF-8 sequence; its
    bytes invalid in UTF-8 come back as lone surrogates (see UNDECODABLE), for the reader to
    report by row. A file that is neither is refused whole.
    """
    bom = data.startswith(UTF8_BOM)
    if bom:
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
    text = data.decode("utf-8", "surrogateescape")
    if bom or _has_utf8_text(text):
        return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileFormatError("encoding_unknown") from None


def _has_utf8_text(text: str) -> bool:
    """Any non-ASCII character decoded as UTF-8: Windows-1252 text almost never forms one."""
    return any(ord(c) > 0x7F for c in UNDECODABLE.sub("", text))


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
    """Header and data rows of CSV text; wholly blank rows are skipped but keep their number.

    A row holding bytes invalid in the file's encoding is left out and listed in `problems`,
    and so is the row where a quote opens that is never closed (the rest of the file is
    inside it, so reading stops there).
    """
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    undecodable = UNDECODABLE.search(text) is not None
    header: list[str] | None = None
    header_number = 0
    rows: list[TableRow] = []
    problems: list[RowProblem] = []
    number = 0
    last_start = next_start = 1  # the physical lines the last row and the next one start on
    try:
        for record in reader:
            number += 1
            last_start, next_start = next_start, reader.line_num + 1
            # One joined string answers both questions for the whole row at C speed: is it
            # blank, and does any cell hold a carriage return to turn into "\n".
            joined = "".join(record)
            if not joined.strip():
                continue
            if undecodable and UNDECODABLE.search(joined):
                if header is None:
                    raise FileFormatError("header_encoding_invalid")
                problems.append(RowProblem(number, "", "encoding_invalid"))
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
    if number and _quote_unclosed(text, last_start, delimiter):
        if rows and rows[-1].number == number:
            rows.pop()
        problems.append(RowProblem(number, "", "quote_unclosed"))
    if header is None:
        raise FileFormatError("file_empty")
    return Table(
        header=header,
        rows=rows,
        delimiter=delimiter,
        header_number=header_number,
        problems=problems,
    )


def _quote_unclosed(text: str, first_line: int, delimiter: str) -> bool:
    """Whether the row starting on `first_line` runs to the end of the text inside a quote
    (the lenient reader takes the rest of the file as one cell; the strict one says so)."""
    tail = io.StringIO(text, newline="")
    for _ in range(first_line - 1):
        tail.readline()
    try:
        for _ in csv.reader(tail, delimiter=delimiter, strict=True):
            break
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _one_newline(cell: str) -> str:
    # Line breaks inside a quoted cell arrive as written (CRLF from Windows); callers see "\n".
    return cell.replace("\r\n", "\n").replace("\r", "\n")
