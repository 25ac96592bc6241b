"""`request export FILE`: the request register as a file for spreadsheets (CSV, CSV for Finnish
Excel or an Excel workbook), with the columns and filters of `request list`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import positive_int
from l4d_desktop.cli.spreadsheet_output import (
    add_spreadsheet_file,
    spreadsheet_target,
    write_spreadsheet_file,
)

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
    add_spreadsheet_file(export)
    export.add_argument("--open", action="store_true", help="only requests still open")
    export.add_argument("--status", metavar="STATUS", help="a status, or open")
    export.add_argument("--type", choices=[t.value for t in RequestType])
    export.add_argument("--handler", type=positive_int, metavar="USER_ID")
    export.set_defaults(run=request_export)


def request_export(ctx: Context) -> int:
    from l4d_desktop.cli.commands.request import REQUEST_COLUMNS, request_rows

    a = ctx.args
    path, file_format = spreadsheet_target(a)
    rows: Iterator[tuple[object, ...]] = request_rows(ctx)
    print(write_spreadsheet_file(a, path, file_format, REQUEST_COLUMNS, rows, TEXT_COLUMNS))
    return 0
