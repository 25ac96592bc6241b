"""`report annual --year YYYY --lang fi|en|sv --out FILE.pdf`: the yearly accountability pack, with
the request register CSV beside it (users.admin and audit.read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import add_noun
from l4d_desktop.cli.targets import add_force, output_file

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "report", "reports kept for accountability")
    annual = actions.add_parser(
        "annual", help="the yearly accountability pack (PDF) and the request register CSV"
    )
    annual.add_argument("--year", required=True, type=int, metavar="YYYY")
    annual.add_argument("--lang", required=True, choices=("fi", "en", "sv"))
    annual.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force(annual)
    annual.set_defaults(run=report_annual)


def report_annual(ctx: Context) -> int:
    from l4d_desktop.core.reports.service import register_csv_path

    out = output_file(ctx.args.out, ctx.args.force)
    output_file(str(register_csv_path(out)), ctx.args.force)
    pack = ctx.services.reports.annual(
        ctx.actor, ctx.args.year, ctx.args.lang, out, replace=ctx.args.force
    )
    print(pack.pdf)
    print(pack.csv)
    return 0
