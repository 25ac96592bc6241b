"""`request export FILE`: the request register as a file for spreadsheets (CSV, CSV for Finnish
Excel or an Excel workbook), with the columns and filters of `request list`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.parser import positive_int
from l4d_desktop.cli.targets import add_force, output_file
from l4d_desktop.core.files.csv_export import DEFAULT_DIALECT, DIALECTS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers

# Kept as text in a workbook: references that only look like numbers.
TEXT_COLUMNS = frozenset({"customer_number", "subject_ref"})


def add_action(actions: SubParsers) -> None:
    """`export` among the `request` actions."""
    from l4d_desktop.core.vocabulary import RequestType

    export = actions.add_parser(
        "export",
        help="the request register to a CSV file, or an Excel workbook when FILE ends in .xlsx; "
        "prints the count",
    )
    export.add_argument("file", metavar="FILE")
    add_force(export)
    export.add_argument(
        "--dialect",
        choices=tuple(DIALECTS),
        default=None,
        help=f"CSV layout (default {DEFAULT_DIALECT}): excel-fi is ;-separated for Finnish Excel",
    )
    export.add_argument("--open", action="store_true", help="only requests still open")
    export.add_argument("--status", metavar="STATUS", help="a status, or open")
    export.add_argument("--type", choices=[t.value for t in RequestType])
    export.add_argument("--handler", type=positive_int, metavar="USER_ID")
    export.set_defaults(run=request_export)


def request_export(ctx: Context) -> int:
    from l4d_desktop.cli.commands.request import REQUEST_COLUMNS, request_rows
    from l4d_desktop.core.files.spreadsheet import WORKBOOK, format_of, write_spreadsheet

    a = ctx.args
    path = output_file(a.file, a.force)
    file_format = format_of(path, a.dialect)
    if file_format == WORKBOOK and a.dialect is not None:
        raise CliError("--dialect applies to CSV files, not to a .xlsx workbook")
    rows: Iterator[tuple[object, ...]] = request_rows(ctx)
    text = [i for i, c in enumerate(REQUEST_COLUMNS) if c in TEXT_COLUMNS]
    try:
        count = write_spreadsheet(
            path, REQUEST_COLUMNS, rows, file_format=file_format, text_columns=text, replace=a.force
        )
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    print(count)
    return 0
