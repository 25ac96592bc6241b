"""Excel workbooks out: text stays text (postal codes, phones, numbers), dates are dates, nothing runs."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet import _writer as sheet_writer

from l4d_desktop.core.files.private import replacing

TEXT_FORMAT = "@"  # a cell the spreadsheet keeps as text when it is edited
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"

# openpyxl writes each sheet to a temporary file before zipping it; by default that file lies in
# the system's temp folder, where personal data must not be left if the program dies half-way.
# While a workbook is saved the sheet goes beside the file being written (owner-only, as mkstemp
# makes it) and is removed by openpyxl once zipped. One save at a time swaps the hook.
_HOOK_LOCK = threading.Lock()


@contextmanager
def _sheets_written_in(folder: Path) -> Iterator[None]:
    made: list[str] = []

    def create_temporary_file(suffix: str = "") -> str:
        fd, name = tempfile.mkstemp(prefix=".sheet.", suffix=suffix + ".tmp", dir=folder)
        os.close(fd)
        made.append(name)
        sheet_writer.ALL_TEMP_FILES.append(name)  # openpyxl's cleanup expects it listed
        return name

    with _HOOK_LOCK:
        original = sheet_writer.create_temporary_file
        sheet_writer.create_temporary_file = create_temporary_file
        try:
            yield
        finally:
            sheet_writer.create_temporary_file = original
            for name in made:  # left behind when the rows failed before the save
                Path(name).unlink(missing_ok=True)
                if name in sheet_writer.ALL_TEMP_FILES:
                    sheet_writer.ALL_TEMP_FILES.remove(name)


def _cell(sheet: Any, value: object, as_text: bool) -> WriteOnlyCell:
    if value is None:
        return WriteOnlyCell(sheet, None)
    if isinstance(value, bool | int | float) and not as_text:
        return WriteOnlyCell(sheet, value)
    if isinstance(value, dt.datetime) and not as_text:
        # Workbooks hold no time zones: the local wall-clock time is what a reader expects.
        local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        cell = WriteOnlyCell(sheet, local)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date) and not as_text:
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    # XML cannot hold control characters; the register's cleaned text never has them.
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    cell.data_type = "s"  # "=…" stays the text it is, never a formula
    cell.number_format = TEXT_FORMAT
    return cell


def write_xlsx_file(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    text_columns: Iterable[int] = (),
    replace: bool = True,
) -> int:
    """Write an owner-only workbook of one sheet: the header, then `rows` (streamed, one row in
    memory at a time); cells of the `text_columns` (indexes) are text whatever they look like.
    The old file is replaced only once the whole workbook is written; return the row count."""
    as_text = frozenset(text_columns)
    path = Path(path)
    # The sheet's stream opens at the first row: the hook is in place from there to the save.
    with replacing(path, replace=replace) as temp, _sheets_written_in(temp.parent):
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.freeze_panes = "A2"
        try:
            sheet.append([_cell(sheet, c, True) for c in columns])
            count = 0
            for row in rows:
                sheet.append([_cell(sheet, v, i in as_text) for i, v in enumerate(row)])
                count += 1
        except BaseException:
            # A cancel or a failure half-way: end openpyxl's row writer while its file is still
            # there, or it writes into a closed file when it is collected later.
            with suppress(Exception):
                sheet.close()
            raise
        book.save(temp)
    return count
