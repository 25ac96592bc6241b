"""`request add|list|show|identify|pause|resume|close|data`: the requests desk. The erase,
evidence (extension, restriction and rectification records), outcomes (objections, withdrawals,
recipients and letters sent), answer (an access answer's records) and export actions live in
the modules beside this one. Each change prints the request's id and new status."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l4d_desktop.cli.commands.request import answer as request_answer
from l4d_desktop.cli.commands.request import erase as request_erase
from l4d_desktop.cli.commands.request import evidence as request_evidence
from l4d_desktop.cli.commands.request import export as request_export
from l4d_desktop.cli.commands.request import outcomes as request_outcomes
from l4d_desktop.cli.output import json_value, write_table
from l4d_desktop.cli.parser import FORMATS, add_noun, json_input, positive_int
from l4d_desktop.core.vocabulary import Language

if TYPE_CHECKING:
    from collections.abc import Iterator

    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import Parser, SubParsers
    from l4d_desktop.core.requests.service import RequestDetail, RequestRecord

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


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import Channel, RequestType

    actions = add_noun(commands, "request", "data subject requests")
    add = actions.add_parser("add", help="register a request; prints its id")
    add.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    add.add_argument("--customer", type=positive_int, metavar="ID", help="may stay empty")
    add.add_argument("--received", metavar="YYYY-MM-DD", help="or --received-at")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    _add_intake_options(add)
    json_input(add)
    add.set_defaults(run=request_add)
    listing = actions.add_parser("list", help="requests by due date")
    listing.add_argument("--format", choices=FORMATS, default="json")
    listing.add_argument("--open", action="store_true", help="only requests still open")
    listing.add_argument("--status", metavar="STATUS", help="a status, or open")
    listing.add_argument("--type", choices=[t.value for t in RequestType])
    listing.add_argument("--handler", type=positive_int, metavar="USER_ID")
    listing.set_defaults(run=request_list)
    show = actions.add_parser("show", help="everything held on request ID, as JSON")
    show.add_argument("id", type=positive_int, metavar="ID")
    show.add_argument("--format", choices=("json",), default="json")
    show.set_defaults(run=request_show)
    _add_workflow_actions(actions)
    data = actions.add_parser(
        "data",
        help="write the person's data of access/portability request ID (JSON, CSV, readme) "
        "into a new folder in DIR; prints the files' paths",
    )
    data.add_argument("id", type=positive_int, metavar="ID")
    data.add_argument("dir", metavar="DIR", help="an existing folder")
    data.add_argument("--zip", action="store_true", help="one ZIP file instead of a folder")
    data.set_defaults(run=request_data)
    request_erase.add_action(actions)
    request_outcomes.add_actions(actions)
    request_answer.add_actions(actions)
    request_export.add_action(actions)
    request_evidence.add_actions(actions)


def _add_intake_options(add: Parser) -> None:
    add.add_argument(
        "--received-at", metavar="TIME", help="moment of receipt, ISO 8601 with offset"
    )
    add.add_argument("--text", default="", help="the requester's own words")
    add.add_argument("--requester-name", default="", metavar="NAME")
    add.add_argument("--requester-contact", default="", metavar="TEXT")
    add.add_argument("--handler", type=positive_int, metavar="USER_ID", help="assigned handler")


def _add_workflow_actions(actions: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import IdentityMethod, RefusalBasis

    identify = actions.add_parser(
        "identify", help="record how the requester was identified; starts the work"
    )
    identify.add_argument("id", type=positive_int, metavar="ID")
    identify.add_argument("--method", required=True, choices=[m.value for m in IdentityMethod])
    identify.add_argument(
        "--customer", type=positive_int, metavar="ID", help="default: the linked customer"
    )
    identify.add_argument("--note", default="")
    json_input(identify)
    identify.set_defaults(run=request_identify)

    pause = actions.add_parser("pause", help="wait for the requester; no date moves")
    pause.add_argument("id", type=positive_int, metavar="ID")
    pause.add_argument("--reason", required=True)
    pause.add_argument(
        "--lang",
        choices=tuple(code.value for code in Language),
        help="the reason's letter language (default: customer's); the access copy prints it",
    )
    pause.add_argument(
        "--pause-id",
        type=positive_int,
        metavar="N",
        help="the reason of recorded pause N in another language (--lang required)",
    )
    json_input(pause)
    pause.set_defaults(run=request_pause)
    resume = actions.add_parser("resume", help="end the wait for the requester")
    resume.add_argument("id", type=positive_int, metavar="ID")
    resume.add_argument("--reason", default="")
    json_input(resume)
    resume.set_defaults(run=request_resume)

    close = actions.add_parser("close", help="close request ID with its outcome")
    close.add_argument("id", type=positive_int, metavar="ID")
    close.add_argument("--outcome", required=True, choices=("completed", "refused", "withdrawn"))
    close.add_argument("--reason", default="", help="required for a refusal")
    close.add_argument(
        "--basis", choices=[b.value for b in RefusalBasis], help="required for a refusal"
    )
    close.add_argument(
        "--assessment", default="", help="written assessment (manifestly unfounded, excessive)"
    )
    close.add_argument(
        "--lang",
        choices=tuple(code.value for code in Language),
        help="the reasons' letter language (default: customer's)",
    )
    json_input(close)
    close.set_defaults(run=request_close)


def _column(r: RequestRecord, column: str) -> object:
    if column == "handler":
        return r.handler_name
    if column == "customer_number":
        return r.customer_number or None
    return getattr(r, column)


def request_add(ctx: Context) -> int:
    from l4d_desktop.core.requests.service import RequestInput

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
    write_table(ctx.args.format, REQUEST_COLUMNS, request_rows(ctx))
    return 0


def request_rows(ctx: Context) -> Iterator[tuple[object, ...]]:
    """The register's rows for the filters given (`--open`, `--status`, `--type`, `--handler`)."""
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


def request_pause(ctx: Context) -> int:
    a, service = ctx.args, ctx.services.requests
    if a.pause_id is not None:
        if a.lang is None:
            a.json_parser.error("--lang is required with --pause-id")
        return _done(service.put_pause_reason(ctx.actor, a.id, a.pause_id, a.reason, a.lang))
    return _done(service.pause(ctx.actor, a.id, a.reason, language=a.lang))


def request_resume(ctx: Context) -> int:
    return _done(ctx.services.requests.resume(ctx.actor, ctx.args.id, ctx.args.reason))


def request_close(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.requests.close(
        ctx.actor, a.id, a.outcome, a.reason, a.basis, a.assessment, language=a.lang
    )
    return _done(record)


def request_data(ctx: Context) -> int:
    """The person's machine-readable copy for an access or portability request, written into a
    new folder (or ZIP file) inside DIR. Prints the ZIP file's path, or the path of every file
    in the new folder, one a line."""
    a = ctx.args
    bundle = ctx.services.portability.write_bundle(ctx.actor, a.id, Path(a.dir), as_zip=a.zip)
    if bundle.as_zip:
        print(bundle.path)
    else:
        for name in bundle.files:
            print(bundle.path / name)
    return 0
