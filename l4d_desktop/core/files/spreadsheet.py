"""The one way a list goes out to a spreadsheet: CSV in Excel's comma dialect, CSV for Finnish
Excel (;) or an Excel workbook, through the CSV and workbook writers beside this module."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from l4d_desktop.core.files.csv_export import DIALECTS, write_csv_file

# The formats by the names the command line's --dialect and the window's choice use: the two
# CSV dialects (a contract, see csv_export.DIALECTS) and the workbook.
WORKBOOK = "xlsx"
FORMATS = (*DIALECTS, WORKBOOK)


def format_of(path: Path, dialect: str | None = None) -> str:
    """The format a file is written in: a workbook when its name ends in .xlsx, else the CSV
    `dialect` (Excel's comma dialect when none is given)."""
    if path.suffix.casefold() == ".xlsx":
        return WORKBOOK
    return dialect or "excel"


def phones_as_dialled(file_format: str) -> bool:
    """Whether phone numbers are written as dialled (Finnish Excel's CSV) rather than E.164."""
    dialect = DIALECTS.get(file_format)
    return dialect is not None and dialect.phones_as_dialled


def write_spreadsheet(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    file_format: str,
    text_columns: Iterable[int] = (),
    replace: bool = True,
) -> int:
    """Write an owner-only file of `columns` and `rows` (streamed) in `file_format`, replacing an
    old file only once the new one is whole; return the row count. `text_columns` (indexes)
    are text cells in a workbook whatever they look like (postal codes, phones, numbers)."""
    if file_format == WORKBOOK:
        from l4d_desktop.core.files.workbook import write_xlsx_file  # openpyxl only when asked

        return write_xlsx_file(path, columns, rows, text_columns=text_columns, replace=replace)
    if file_format not in DIALECTS:
        raise ValueError(f"unknown spreadsheet format {file_format!r}")
    delimiter = DIALECTS[file_format].delimiter
    return write_csv_file(path, columns, rows, replace=replace, delimiter=delimiter)
