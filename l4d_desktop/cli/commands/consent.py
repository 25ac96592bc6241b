"""`consent give|withdraw`: consents per purpose, an append-only ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import moment
from l4d_desktop.cli.parser import add_noun, json_input, positive_int

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import ConsentMethod

    actions = add_noun(commands, "consent", "consents per purpose (an append-only ledger)")
    for name, text in (("give", "record a consent given"), ("withdraw", "record a withdrawal")):
        sub = actions.add_parser(name, help=f"{text}; prints the ledger entry's id")
        sub.add_argument("--customer", type=positive_int, required=True, metavar="ID")
        sub.add_argument("--purpose", required=True, metavar="CODE", help="e.g. marketing_email")
        sub.add_argument(
            "--method", required=True, choices=[m.value for m in ConsentMethod if m != "objection"]
        )
        sub.add_argument("--at", metavar="TIME", help="ISO 8601 with offset (default now)")
        json_input(sub)
        sub.set_defaults(run=consent_record)


def consent_record(ctx: Context) -> int:
    """Both actions: `give` records a consent, `withdraw` its withdrawal; prints the entry's id."""
    a = ctx.args
    entry = ctx.services.consents.record(
        ctx.actor,
        a.customer,
        a.purpose,
        given=a.action == "give",
        method=a.method,
        at=moment(a.at, "at"),
    )
    print(entry.id)
    return 0
