"""`processor add|edit|list`: the recipients of the register's data (processors), for Art. 19."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from l4d_desktop.cli.output import write_table
from l4d_desktop.cli.parser import FORMATS, add_noun

if TYPE_CHECKING:
    from argparse import ArgumentParser
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


def _processor_options(parser: ArgumentParser, editing: bool) -> None:
    """The fields of `add`, and of `edit`, where an option left out keeps what is saved."""

    def default(value: str) -> str | None:
        return None if editing else value

    parser.add_argument("--name", required=not editing, default=None)
    parser.add_argument("--role", default=default(""), help="what it does for the controller")
    parser.add_argument(
        "--role-en",
        default=default(""),
        metavar="TEXT",
        help="the role in English, for English letters",
    )
    parser.add_argument(
        "--role-sv",
        default=default(""),
        metavar="TEXT",
        help="the role in Swedish, for Swedish letters",
    )
    parser.add_argument("--country", default=default("FI"), help="two-letter ISO code (default FI)")
    parser.add_argument("--contact", default=default(""), help="where a notice is sent")
    parser.add_argument(
        "--transfer",
        default=default(""),
        choices=(*TRANSFERS, "") if editing else TRANSFERS,
        help="outside the EEA (required there): adequacy decision, EU-US Data Privacy "
        "Framework, standard contractual clauses, binding corporate rules or an Art. 49 "
        "derogation",
    )
    parser.add_argument(
        "--transfer-detail",
        default=default(""),
        metavar="TEXT",
        help="the particulars: the clauses' module (scc) or the derogation relied on (required "
        "for both)",
    )


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(
        commands, "processor", "recipients of the register's data (processors), for Art. 19"
    )
    add = actions.add_parser("add", help="a new processor (users.admin); prints its id")
    _processor_options(add, editing=False)
    add.set_defaults(run=processor_add)
    edit = actions.add_parser(
        "edit",
        help="change a processor (users.admin), e.g. write its role in Swedish; options left "
        "out keep what is saved; prints its id",
    )
    edit.add_argument("id", type=int, metavar="ID")
    _processor_options(edit, editing=True)
    edit.set_defaults(run=processor_edit)
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


def processor_edit(ctx: Context) -> int:
    """The saved processor with the options given put in; refused as `add` refuses, and as a
    conflict if it changed in between."""
    a = ctx.args
    service = ctx.services.processors
    saved = service.get(ctx.actor, a.id)
    given = {
        field: getattr(a, field)
        for field in (
            "name", "role", "role_en", "role_sv", "country", "contact", "transfer",
            "transfer_detail",
        )
        if getattr(a, field) is not None
    }  # fmt: skip
    data = replace(saved.as_input(), **given)
    print(service.update(ctx.actor, saved.id, saved.version, data).id)
    return 0


def processor_list(ctx: Context) -> int:
    write_table(ctx.args.format, PROCESSOR_COLUMNS, _rows(ctx))
    return 0


def _rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    for p in ctx.services.processors.list_processors(ctx.actor, include_inactive=True):
        yield tuple(getattr(p, column) for column in PROCESSOR_COLUMNS)
