"""`customer import FILE`: check the whole file, write it (or refuse), print what happened."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.output import reason
from l4d_desktop.core.errors import BusinessRuleError

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.imports.customers import ImportPlan, ImportResult

# The JSON report's keys are a contract for scripts that read it.
REPORT_KEYS = (
    "imported",
    "updated",
    "duplicates",
    "skipped",
    "rejected",
    "suppressed",
    "rejected_rows",
    "ignored_columns",
)


def add_action(actions: SubParsers) -> None:
    """`import` among the `customer` actions."""
    from l4d_desktop.core.vocabulary import DuplicatePolicy

    imports = actions.add_parser("import", help="customers from a CSV file or an Excel workbook (.xlsx); prints the report")
    imports.add_argument("file", metavar="FILE")
    imports.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing if any row has an error"
    )
    imports.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="a row naming a customer already in the register (by email or number)",
    )
    imports.add_argument("--format", choices=("json", "text"), default="text")
    imports.set_defaults(run=customer_import)


def report(result: ImportResult) -> dict[str, object]:
    return {
        "imported": result.imported,
        "updated": result.updated,
        "duplicates": result.duplicates,
        "skipped": result.skipped,
        "rejected": result.rejected,
        "suppressed": result.suppressed,
        "rejected_rows": [
            {"row": p.row, "field": p.field, "reason": reason(p)} for p in result.problems
        ],
        "ignored_columns": list(result.ignored_columns),
    }


def _refused(plan: ImportPlan) -> ImportResult:
    """What an all-or-nothing import that found errors did: nothing."""
    from l4d_desktop.core.imports.customers import ImportResult

    return ImportResult(
        imported=0,
        updated=0,
        duplicates=plan.duplicate_count,
        skipped=plan.duplicate_count,
        rejected=plan.rejected_count,
        suppressed=0,
        import_id=0,
        problems=plan.problems,
        ignored_columns=plan.ignored_columns,
    )


def customer_import(ctx: Context) -> int:
    path = Path(ctx.args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or type(exc).__name__}") from None
    imports = ctx.services.imports
    plan = imports.plan(ctx.actor, data)
    try:
        result = imports.run(
            ctx.actor,
            plan,
            all_or_nothing=ctx.args.all_or_nothing,
            on_duplicate=ctx.args.on_duplicate,
        )
    except BusinessRuleError as exc:
        if exc.code != "import_has_errors":
            raise
        # The rows to fix go to stdout as usual; the refusal itself is the error line.
        _print(ctx.args.format, _refused(plan), plan)
        raise
    _print(ctx.args.format, result, plan)
    return 0


def _print(fmt: str, result: ImportResult, plan: ImportPlan) -> None:
    if fmt == "json":
        print(json.dumps(report(result), ensure_ascii=False, indent=2))
        return
    print(f"Rows in the file: {plan.total_rows}")
    print(f"Imported: {result.imported} new, {result.updated} updated")
    print(f"Already in the register: {result.duplicates} ({result.skipped} left as they were)")
    print(f"Rejected: {result.rejected}")
    if plan.suppressed_rows:
        rows = ", ".join(str(r) for r in plan.suppressed_rows)
        print(
            f"On the suppression list, imported without marketing consent: "
            f"{result.suppressed} (rows {rows})"
        )
    if plan.ignored_columns:
        print(f"Columns ignored: {', '.join(plan.ignored_columns)}")
    for p in result.problems:
        print(f"  row {p.row}: {reason(p)}")
