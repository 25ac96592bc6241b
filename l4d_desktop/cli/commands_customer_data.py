"""Commands for what the register holds about a person: show, export, consents, objections,
web events, invoices, and demo data for trying the program."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from l4d_desktop.cli.commands_import import reason
from l4d_desktop.cli.context import Context
from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.output import json_value
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.files.csv_export import write_csv_file
from l4d_desktop.core.imports.tabular import RowProblem

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


def _plain(value: Any) -> Any:
    """A frozen record tree as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return json_value(value)


def customer_show(ctx: Context) -> int:
    profile = ctx.services.profiles.profile(ctx.actor, ctx.args.id, ctx.args.purpose)
    data = _plain(profile)
    data["customer"].pop("sort_key", None)  # an internal ordering key, not data about anyone
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def customer_export(ctx: Context) -> int:
    a = ctx.args
    path = Path(a.file)
    records: Iterator[CustomerRecord]
    if a.marketing:
        records = ctx.services.customers.marketing_list(ctx.actor, a.marketing)
    else:
        records = ctx.services.customers.export(ctx.actor, a.search)
    rows = (tuple(getattr(r, c) for c in EXPORT_COLUMNS) for r in records)
    try:
        count = write_csv_file(path, EXPORT_COLUMNS, rows)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    print(count)
    return 0


def _when(text: str | None, field: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "time_invalid") from None
    if value.tzinfo is None:
        raise ValidationError(field, "time_invalid")
    return value


def _date(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "date_invalid") from None


def consent_record(ctx: Context) -> int:
    a = ctx.args
    entry = ctx.services.consents.record(
        ctx.actor,
        a.customer,
        a.purpose,
        given=a.action == "give",
        method=a.method,
        at=_when(a.at, "at"),
    )
    print(entry.id)
    return 0


def objection_add(ctx: Context) -> int:
    a = ctx.args
    outcome = ctx.services.objections.record(
        ctx.actor, a.customer, a.purpose, _date(a.received, "received"), a.reason
    )
    print(
        json.dumps(
            {
                "id": outcome.objection.id,
                "consents_withdrawn": list(outcome.consents_withdrawn),
                "suppressed": outcome.suppressed,
            }
        )
    )
    return 0


def _problem(p: RowProblem) -> dict[str, object]:
    return {"row": p.row, "field": p.field, "reason": reason(p)}


def events_import(ctx: Context) -> int:
    path = Path(ctx.args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    result = ctx.services.events.import_file(ctx.actor, data, path.name)
    rejected = sorted([*result.problems, *result.unmatched], key=lambda p: (p.row, p.field))
    rows = [_problem(p) for p in rejected]
    if ctx.args.format == "json":
        report = {
            "imported": result.imported,
            "rejected": result.rejected,
            "unmatched": len(result.unmatched),
            "rejected_rows": rows,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"imported: {result.imported}, rejected: {result.rejected}")
        for row in rows:
            print(f"row {row['row']}: {row['reason']}")
    return 0


def invoice_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.invoices.add(
        ctx.actor, a.customer, a.number, _date(a.date, "invoice_date"), a.amount, a.paid
    )
    print(record.id)
    return 0


def demo_data(ctx: Context) -> int:
    summary = ctx.services.demo.fill(ctx.actor, ctx.args.customers, seed=ctx.args.seed)
    print(json.dumps(_plain(summary), ensure_ascii=False))
    return 0
