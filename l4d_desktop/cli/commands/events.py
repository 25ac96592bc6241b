"""`events import FILE`: technical data from the web site (a CSV or JSON export)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.output import reason
from l4d_desktop.cli.parser import add_noun

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.imports.tabular import RowProblem


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "events", "technical data from the web site")
    imports = actions.add_parser("import", help="a CSV or JSON export of the web site")
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--format", choices=("json", "text"), default="text")
    imports.set_defaults(run=events_import)


def _problem(p: RowProblem) -> dict[str, object]:
    return {"row": p.row, "field": p.field, "reason": reason(p)}


def events_import(ctx: Context) -> int:
    path = Path(ctx.args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    result = ctx.services.events.import_file(ctx.actor, data, path.name)
    rejected = sorted([*result.problems, *result.unmatched], key=lambda p: (p.row, p.field))
    rows = [_problem(p) for p in rejected]
    if ctx.args.format == "json":
        report = {
            "imported": result.imported,
            "rejected": result.rejected,
            "unmatched": len(result.unmatched),
            "rejected_rows": rows,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"imported: {result.imported}, rejected: {result.rejected}")
        for row in rows:
            print(f"row {row['row']}: {row['reason']}")
    return 0
