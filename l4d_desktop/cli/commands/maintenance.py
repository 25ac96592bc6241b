"""`maintenance scrub`: the checkpoint after an erasure or purge, run again when a reader kept it
busy or the process ended before it (customers.erase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import add_noun
from l4d_desktop.core.errors import BusinessRuleError

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "maintenance", "upkeep of the database file")
    actions.add_parser(
        "scrub",
        help="clean the database file and its WAL of what an erasure or purge removed "
        "(customers.erase)",
    ).set_defaults(run=maintenance_scrub)


def maintenance_scrub(ctx: Context) -> int:
    outcome = ctx.services.erasure.scrub(ctx.actor)
    if not outcome.ok:
        raise BusinessRuleError("erasure_scrub_failed", attempts=outcome.attempts)
    print(f"checkpoint of the database file and WAL: done ({outcome.attempts} attempt(s))")
    return 0
