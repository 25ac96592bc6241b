"""`customer add|list|import|show|export|merge`: the customer register (import: customer_import,
merge: customer_merge)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from l4d_desktop.cli.commands import customer_import, customer_merge
from l4d_desktop.cli.output import json_tree, write_table
from l4d_desktop.cli.parser import FORMATS, add_noun, json_input, positive_int
from l4d_desktop.cli.spreadsheet_output import (
    add_spreadsheet_file,
    spreadsheet_target,
    write_spreadsheet_file,
)
from l4d_desktop.core.files.csv_export import (
    record_rows,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.customers.service import CustomerRecord

# Columns a spreadsheet must keep as text: "00560" is a postal code, not 560.
TEXT_COLUMNS = frozenset({"customer_number", "phone", "postal_code", "business_id"})

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
EXPORT_COLUMNS = (
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
)


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import Language

    actions = add_noun(commands, "customer", "the customer register")
    add = actions.add_parser("add", help="new customer; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--street", default="")
    add.add_argument("--postal-code", default="")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="FI", help="two-letter code (default FI)")
    add.add_argument("--company", default="")
    add.add_argument("--lang", default="fi", choices=[lang.value for lang in Language])
    json_input(add)
    add.set_defaults(run=customer_add)
    listing = actions.add_parser("list", help="customers by name")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--format", choices=FORMATS, default="json")
    json_input(listing)
    listing.set_defaults(run=customer_list)
    customer_import.add_action(actions)
    show = actions.add_parser("show", help="everything held about one customer, as JSON")
    show.add_argument("id", type=positive_int, metavar="ID")
    show.add_argument("--format", choices=("json",), default="json")
    show.add_argument(
        "--purpose",
        default="customer_service",
        metavar="CODE",
        help="why the record is opened, kept in the audit log (default customer_service)",
    )
    show.set_defaults(run=customer_show)
    export = actions.add_parser(
        "export",
        help="customers to a CSV file, or an Excel workbook when FILE ends in .xlsx "
        "(restricted people left out); prints the count",
    )
    add_spreadsheet_file(export, ", phones written as dialled")
    export.add_argument("--search", default="", metavar="TEXT")
    export.add_argument(
        "--marketing",
        metavar="PURPOSE",
        help="only people with a current consent for PURPOSE and no objection (marketing list)",
    )
    json_input(export)
    export.set_defaults(run=customer_export)
    customer_merge.add_action(actions)


def customer_add(ctx: Context) -> int:
    from l4d_desktop.core.customers.fields import CustomerInput

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


def customer_show(ctx: Context) -> int:
    profile = ctx.services.profiles.profile(ctx.actor, ctx.args.id, ctx.args.purpose)
    data = json_tree(profile)
    data["customer"].pop("sort_key", None)  # an internal ordering key, not data about anyone
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def customer_export(ctx: Context) -> int:
    from l4d_desktop.core.files.spreadsheet import phones_as_dialled

    a = ctx.args
    path, file_format = spreadsheet_target(a)
    records: Iterator[CustomerRecord]
    if a.marketing:
        records = ctx.services.customers.marketing_list(ctx.actor, a.marketing)
    else:
        records = ctx.services.customers.export(ctx.actor, a.search)
    rows = record_rows(records, EXPORT_COLUMNS, phones_as_dialled=phones_as_dialled(file_format))
    print(write_spreadsheet_file(a, path, file_format, EXPORT_COLUMNS, rows, TEXT_COLUMNS))
    return 0
