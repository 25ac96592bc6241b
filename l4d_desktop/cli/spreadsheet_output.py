"""The file an export command writes for spreadsheets: FILE and --force (targets), --dialect for
CSV, the form the name asks for, and the writing through core.files.spreadsheet."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.targets import add_force, output_file
from l4d_desktop.core.files.csv_export import DEFAULT_DIALECT, DIALECTS


def add_spreadsheet_file(parser: argparse.ArgumentParser, dialect_help: str = "") -> None:
    """FILE, --force and --dialect (excel|excel-fi: a contract, see csv_export.DIALECTS)."""
    parser.add_argument("file", metavar="FILE")
    add_force(parser)
    parser.add_argument(
        "--dialect",
        choices=tuple(DIALECTS),
        default=None,
        help=f"CSV layout (default {DEFAULT_DIALECT}): excel-fi is ;-separated for Finnish Excel"
        + dialect_help,
    )


def spreadsheet_target(args: argparse.Namespace) -> tuple[Path, str]:
    """The path to write (refused early when it may not be written) and its form."""
    from l4d_desktop.core.files.spreadsheet import WORKBOOK, format_of

    path = output_file(args.file, args.force)
    file_format = format_of(path, args.dialect)
    if file_format == WORKBOOK and args.dialect is not None:
        raise CliError("--dialect applies to CSV files, not to a .xlsx workbook")
    return path, file_format


def write_spreadsheet_file(
    args: argparse.Namespace,
    path: Path,
    file_format: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    text_columns: Iterable[str],
) -> int:
    """Write the file; the count of rows written. `text_columns` (names) are text cells."""
    from l4d_desktop.core.files.spreadsheet import write_spreadsheet

    as_text = frozenset(text_columns)
    text = [i for i, c in enumerate(columns) if c in as_text]
    try:
        return write_spreadsheet(
            path, columns, rows, file_format=file_format, text_columns=text, replace=args.force
        )
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
