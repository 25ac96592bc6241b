"""`processor add|list`: the recipients of the register's data (processors), for Art. 19."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.output import write_table
from l4d_desktop.cli.parser import FORMATS, add_noun

if TYPE_CHECKING:
    from collections.abc import Iterator

    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers

PROCESSOR_COLUMNS = (
    "id",
    "name",
    "role",
    "role_en",
    "role_sv",
    "country",
    "in_eea",
    "transfer",
    "transfer_detail",
    "contact",
    "active",
    "version",
)
TRANSFERS = ("adequacy", "dpf", "scc", "bcr", "derogation")


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(
        commands, "processor", "recipients of the register's data (processors), for Art. 19"
    )
    add = actions.add_parser("add", help="a new processor (users.admin); prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", default="", help="what it does for the controller")
    add.add_argument(
        "--role-en", default="", metavar="TEXT", help="the role in English, for English letters"
    )
    add.add_argument(
        "--role-sv", default="", metavar="TEXT", help="the role in Swedish, for Swedish letters"
    )
    add.add_argument("--country", default="FI", help="two-letter ISO code (default FI)")
    add.add_argument("--contact", default="", help="where a notice is sent")
    add.add_argument(
        "--transfer",
        default="",
        choices=TRANSFERS,
        help="outside the EEA (required there): adequacy decision, EU-US Data Privacy "
        "Framework, standard contractual clauses, binding corporate rules or an Art. 49 "
        "derogation",
    )
    add.add_argument(
        "--transfer-detail",
        default="",
        metavar="TEXT",
        help="the particulars: the clauses' module (scc) or the derogation relied on (required "
        "for both)",
    )
    add.set_defaults(run=processor_add)
    listing = actions.add_parser("list", help="every processor, active or not")
    listing.add_argument("--format", choices=FORMATS, default="json")
    listing.set_defaults(run=processor_list)


def processor_add(ctx: Context) -> int:
    from l4d_desktop.core.register.processors import ProcessorInput

    a = ctx.args
    data = ProcessorInput(
        name=a.name,
        role=a.role,
        role_en=a.role_en,
        role_sv=a.role_sv,
        country=a.country,
        contact=a.contact,
        transfer=a.transfer,
        transfer_detail=a.transfer_detail,
    )
    print(ctx.services.processors.add(ctx.actor, data).id)
    return 0


def processor_list(ctx: Context) -> int:
    write_table(ctx.args.format, PROCESSOR_COLUMNS, _rows(ctx))
    return 0


def _rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    for p in ctx.services.processors.list_processors(ctx.actor, include_inactive=True):
        yield tuple(getattr(p, column) for column in PROCESSOR_COLUMNS)
