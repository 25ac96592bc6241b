"""`invoice add`: a billing record of a customer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import day
from l4d_desktop.cli.parser import add_noun, json_input, positive_int

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "invoice", "billing records")
    add = actions.add_parser("add", help="record an invoice; prints its id")
    add.add_argument("--customer", type=positive_int, required=True, metavar="ID")
    add.add_argument("--number", required=True)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--amount", required=True, metavar="EUROS", help="e.g. 125,50")
    add.add_argument("--paid", action="store_true")
    json_input(add)
    add.set_defaults(run=invoice_add)


def invoice_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.invoices.add(
        ctx.actor, a.customer, a.number, day(a.date, "invoice_date"), a.amount, a.paid
    )
    print(record.id)
    return 0
