"""`consent give|withdraw|purge`: consents per purpose, an append-only ledger, and the erasure of
the data that relied only on a consent withdrawn (a plan first, then --yes --token)."""

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
    purge = actions.add_parser(
        "purge",
        help="print what relied only on the withdrawn consent(s) of customer ID (a plan and its "
        "token); with --yes --token, erase it (customers.erase)",
    )
    purge.add_argument("--customer", type=positive_int, required=True, metavar="ID")
    purge.add_argument("--purpose", action="append", required=True, metavar="CODE")
    purge.add_argument(
        "--request", type=positive_int, metavar="ID", help="the withdrawal request it answers"
    )
    purge.add_argument("--yes", action="store_true", help="erase what the plan lists")
    purge.add_argument("--token", metavar="TOKEN", help="the token the plan was printed with")
    purge.set_defaults(run=consent_purge)


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


def consent_purge(ctx: Context) -> int:
    """The plan as JSON; with --yes, the run of the plan printed with --token."""
    import json

    from l4d_desktop.cli.output import json_tree
    from l4d_desktop.core.errors import ValidationError

    a = ctx.args
    service = ctx.services.consent_purge
    if not a.yes:
        plan = service.plan(ctx.actor, a.customer, a.purpose)
        print(json.dumps(json_tree(plan) | {"empty": plan.empty}, ensure_ascii=False))
        return 0
    if not a.token:
        raise ValidationError("token", "required")
    result = service.run(ctx.actor, a.customer, a.purpose, a.token, a.request)
    print(json.dumps(json_tree(result), ensure_ascii=False))
    return 0
