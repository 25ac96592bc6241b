"""Commands for the register: customer add/list (the request commands: commands_requests)."""

from __future__ import annotations

from collections.abc import Iterator

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.output import write_table
from l4d_desktop.core.customers.fields import CustomerInput

# Lists leave the program as files: the services treat them as exports (data.export, audited)
# and stream them in batches, so memory stays bounded however big the register is.

CUSTOMER_COLUMNS = (
    "id",
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "language",
)


def customer_add(ctx: Context) -> int:
    a = ctx.args
    data = CustomerInput(
        name=a.name,
        email=a.email,
        phone=a.phone,
        street=a.street,
        postal_code=a.postal_code,
        city=a.city,
        country=a.country,
        company=a.company,
        language=a.lang,
    )
    record = ctx.services.customers.create(ctx.actor, data)
    print(record.id)
    return 0


def customer_list(ctx: Context) -> int:
    write_table(ctx.args.format, CUSTOMER_COLUMNS, _customer_rows(ctx))
    return 0


def _customer_rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    for c in ctx.services.customers.export(ctx.actor, ctx.args.search):
        yield tuple(getattr(c, column) for column in CUSTOMER_COLUMNS)
