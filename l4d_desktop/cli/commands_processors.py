"""Commands for the recipients register: processor add/list."""

from __future__ import annotations

from collections.abc import Iterator

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.output import write_table
from l4d_desktop.core.register.processors import ProcessorInput

PROCESSOR_COLUMNS = ("id", "name", "role", "country", "in_eea", "contact", "active", "version")


def processor_add(ctx: Context) -> int:
    a = ctx.args
    data = ProcessorInput(name=a.name, role=a.role, country=a.country, contact=a.contact)
    print(ctx.services.processors.add(ctx.actor, data).id)
    return 0


def processor_list(ctx: Context) -> int:
    write_table(ctx.args.format, PROCESSOR_COLUMNS, _rows(ctx))
    return 0


def _rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    for p in ctx.services.processors.list_processors(ctx.actor, include_inactive=True):
        yield tuple(getattr(p, column) for column in PROCESSOR_COLUMNS)
