"""Excel workbooks in: the first sheet as the same table a CSV file gives, cells as their text."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence

from l4d_desktop.core.errors import FileFormatError
from l4d_desktop.core.imports.tabular import Table, TableRow

# Every .xlsx is a zip archive; a CSV file never starts with these bytes.
ZIP_MAGIC = b"PK\x03\x04"


def is_workbook(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def cell_text(value: object) -> str:
    """A cell as the text the import validates: a whole number without ".0", a date as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _trimmed(cells: Sequence[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return list(cells[:end])


def read_workbook(data: bytes) -> Table:
    """Header and data rows of the workbook's first sheet, numbered as the sheet numbers them;
    wholly blank rows are skipped. Formulas give their last computed value, never run."""
    from openpyxl import load_workbook  # imported here: CSV imports never pay for it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise FileFormatError("file_unreadable", reason="not a readable Excel workbook") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise FileFormatError("file_empty")
        header: list[str] | None = None
        header_number = 0
        width = 0
        rows: list[TableRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = _trimmed([cell_text(v) for v in values])
            if not cells:
                continue
            if header is None:
                header, header_number, width = cells, number, len(cells)
                continue
            # Sheets end rows at their last filled cell; a CSV row has every column.
            rows.append(TableRow(number, cells + [""] * (width - len(cells))))
    finally:
        book.close()
    if header is None:
        raise FileFormatError("file_empty")
    return Table(header=header, rows=rows, delimiter="", header_number=header_number)
