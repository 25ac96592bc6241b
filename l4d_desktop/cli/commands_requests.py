"""Commands for the requests desk: add, list (the register's record keeping), show, identify,
extend, pause, resume and close. Each change prints the request's id and new status."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import Any

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.output import json_value, write_table
from l4d_desktop.core.requests.service import RequestDetail, RequestInput, RequestRecord

# The first eleven are the columns the list always had; scripts may rely on them.
REQUEST_COLUMNS = (
    "id",
    "type",
    "status",
    "customer_id",
    "received",
    "channel",
    "statutory_due",
    "promised_due",
    "due",
    "days_left",
    "urgency",
    "received_at",
    "customer_number",
    "subject_ref",
    "extended_due",
    "extension_notice_on",
    "identity_method",
    "identified_at",
    "paused",
    "handler_id",
    "handler",
    "closed_at",
    "outcome",
    "refusal_basis",
    "repeat_of",
)


def _column(r: RequestRecord, column: str) -> object:
    if column == "handler":
        return r.handler_name
    if column == "customer_number":
        return r.customer_number or None
    return getattr(r, column)


def request_add(ctx: Context) -> int:
    a = ctx.args
    data = RequestInput(
        type=a.type,
        received=a.received,
        channel=a.channel,
        customer_id=a.customer,
        received_at=a.received_at,
        requester_text=a.text,
        requester_name=a.requester_name,
        requester_contact=a.requester_contact,
        handler_id=a.handler,
    )
    record = ctx.services.requests.register(ctx.actor, data)
    print(record.id)
    return 0


def request_list(ctx: Context) -> int:
    write_table(ctx.args.format, REQUEST_COLUMNS, _request_rows(ctx))
    return 0


def _request_rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    a = ctx.args
    records = ctx.services.requests.export(
        ctx.actor, open_only=a.open, status=a.status, type=a.type, handler_id=a.handler
    )
    for r in records:
        yield tuple(_column(r, column) for column in REQUEST_COLUMNS)


def detail_json(detail: RequestDetail) -> dict[str, Any]:
    """The detail as one flat JSON object: the list record's fields, then the rest."""
    record = detail.record
    data: dict[str, Any] = {f.name: json_value(getattr(record, f.name)) for f in _fields(record)}
    data["outcome"] = record.outcome
    for f in _fields(detail):
        if f.name == "record":
            continue
        value = getattr(detail, f.name)
        if f.name == "pauses":
            data["pauses"] = [
                {p.name: json_value(getattr(pause, p.name)) for p in _fields(pause)}
                for pause in value
            ]
        else:
            data[f.name] = json_value(value)
    return data


def _fields(obj: Any) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(obj)


def request_show(ctx: Context) -> int:
    detail = ctx.services.requests.detail(ctx.actor, ctx.args.id)
    json.dump(detail_json(detail), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _done(record: RequestRecord) -> int:
    print(f"{record.id} {record.status}")
    return 0


def request_identify(ctx: Context) -> int:
    a = ctx.args
    return _done(ctx.services.requests.identify(ctx.actor, a.id, a.customer, a.method, a.note))


def request_extend(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.requests.extend(ctx.actor, a.id, a.notice_date, a.reason)
    print(f"{record.id} {record.status} due {record.due.isoformat()}")
    return 0


def request_pause(ctx: Context) -> int:
    return _done(ctx.services.requests.pause(ctx.actor, ctx.args.id, ctx.args.reason))


def request_resume(ctx: Context) -> int:
    return _done(ctx.services.requests.resume(ctx.actor, ctx.args.id, ctx.args.reason))


def request_close(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.requests.close(
        ctx.actor, a.id, a.outcome, a.reason, a.basis, a.assessment
    )
    return _done(record)
