"""Where a list for spreadsheets goes and in which of the three forms (CSV, CSV for Finnish
Excel, Excel workbook): asked once here for the customer lists and the request register."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.files.spreadsheet import WORKBOOK, format_of
from l4d_desktop.ui import file_names

# (format, filter text, suffix), in the order the save dialog offers them.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("excel", QT_TRANSLATE_NOOP("SpreadsheetFiles", "CSV files (*.csv)"), ".csv"),
    (
        "excel-fi",
        QT_TRANSLATE_NOOP("SpreadsheetFiles", "CSV for Finnish Excel, semicolons (*.csv)"),
        ".csv",
    ),
    (WORKBOOK, QT_TRANSLATE_NOOP("SpreadsheetFiles", "Excel workbooks (*.xlsx)"), ".xlsx"),
)


@dataclass(frozen=True)
class SpreadsheetTarget:
    path: Path
    file_format: str  # "excel", "excel-fi" or "xlsx" (core.files.spreadsheet.FORMATS)


def target_for(path: Path, file_format: str | None = None) -> SpreadsheetTarget:
    """The target of `path`: a name ending in .xlsx is a workbook whatever was chosen, and a
    workbook chosen for a .csv name is written as the CSV its name says."""
    if path.suffix.casefold() == ".xlsx" or file_format == WORKBOOK:
        return SpreadsheetTarget(path, format_of(path, "excel"))
    return SpreadsheetTarget(path, file_format or "excel")


def ask_target(
    parent: QWidget | None, purpose: str, title: str, suggested_stem: str
) -> SpreadsheetTarget | None:
    """The save dialog offering the three kinds; None when cancelled."""
    kinds = [
        (QCoreApplication.translate("SpreadsheetFiles", text), suffix)
        for _format, text, suffix in KINDS
    ]
    chosen = file_names.ask_save_file_as(parent, purpose, title, suggested_stem, kinds)
    if chosen is None:
        return None
    path, index = chosen
    return target_for(path, KINDS[index][0])
