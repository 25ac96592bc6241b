"""`request object|withdraw|recipients|notify|letters`: the steps an objection, a withdrawal and the Art.
19 checklist of a request take, so that their letters can be scripted from start to end. Each
prints JSON; free text (reasons) may come as JSON on stdin (`--json -`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from l4d_desktop.cli.dates import day, moment
from l4d_desktop.cli.output import json_tree
from l4d_desktop.cli.parser import json_input, positive_int

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.customers.objections import ObjectionOutcome


def add_actions(actions: SubParsers) -> None:
    """These actions among the `request` actions."""
    from l4d_desktop.core.vocabulary import Language, ObjectionPurpose

    obj = actions.add_parser(
        "object",
        help="record the objections objection request ID makes, one per --purpose, in effect "
        "from its receipt; prints what each ended",
    )
    obj.add_argument("id", type=positive_int, metavar="ID")
    obj.add_argument(
        "--purpose",
        action="append",
        required=True,
        choices=[p.value for p in ObjectionPurpose],
        help="repeat for each purpose the request objects to",
    )
    obj.add_argument("--reason", default="", help="the requester's reasons, if they gave any")
    json_input(obj)
    obj.set_defaults(run=request_object)

    withdraw = actions.add_parser(
        "withdraw",
        help="record the consents withdrawal request ID withdraws (default: as of its receipt); "
        "prints what relies on them alone",
    )
    withdraw.add_argument("id", type=positive_int, metavar="ID")
    withdraw.add_argument("--purpose", action="append", required=True, metavar="CODE")
    withdraw.add_argument("--at", metavar="TIME", help="ISO 8601 with offset (default: receipt)")
    withdraw.set_defaults(run=request_withdraw)

    recipients = actions.add_parser(
        "recipients", help="the Art. 19 checklist of request ID (who was told, when, or why not)"
    )
    recipients.add_argument("id", type=positive_int, metavar="ID")
    recipients.set_defaults(run=request_recipients)

    notify = actions.add_parser(
        "notify",
        help="mark a recipient of request ID told on DATE, or not told with the reason why",
    )
    notify.add_argument("id", type=positive_int, metavar="ID")
    notify.add_argument("--processor", type=positive_int, required=True, metavar="PROCESSOR_ID")
    told = notify.add_mutually_exclusive_group()
    told.add_argument("--on", metavar="YYYY-MM-DD", help="the day the recipient was told")
    told.add_argument(
        "--not-told",
        metavar="REASON",
        help="why telling it was impossible or would take disproportionate effort",
    )
    notify.add_argument(
        "--lang",
        choices=tuple(code.value for code in Language),
        help="the --not-told reason's letter language (default: customer's); marked again in "
        "another language, it is that language's version",
    )
    json_input(notify)
    notify.set_defaults(run=request_notify)

    letters = actions.add_parser(
        "letters",
        help="the letters that left for request ID (an erasure letter with its plan token, the "
        "day it promised and the day the erasure ran)",
    )
    letters.add_argument("id", type=positive_int, metavar="ID")
    letters.set_defaults(run=request_letters)


def _objection_json(outcome: ObjectionOutcome) -> dict[str, Any]:
    o = outcome.objection
    return {
        "id": o.id,
        "purpose": o.purpose,
        "effective_on": o.received_on.isoformat(),  # the receipt: the objection's effect
        "recorded_at": o.recorded_at.isoformat(),
        "outcome": o.outcome,
        "consents_withdrawn": list(outcome.consents_withdrawn),
        "suppressed": outcome.suppressed,
    }


def request_object(ctx: Context) -> int:
    a = ctx.args
    outcomes = ctx.services.request_actions.record_objections(
        ctx.actor, a.id, a.purpose, a.reason or ""
    )
    print(json.dumps([_objection_json(o) for o in outcomes], ensure_ascii=False))
    return 0


def request_withdraw(ctx: Context) -> int:
    a = ctx.args
    result = ctx.services.request_actions.withdraw_consents(
        ctx.actor, a.id, a.purpose, moment(a.at, "at")
    )
    print(json.dumps(json_tree(result), ensure_ascii=False))
    return 0


def request_recipients(ctx: Context) -> int:
    lines = ctx.services.recipient_notices.checklist(ctx.actor, ctx.args.id)
    print(json.dumps(json_tree(lines), ensure_ascii=False))
    return 0


def request_notify(ctx: Context) -> int:
    from l4d_desktop.core.errors import ValidationError

    a = ctx.args
    notices = ctx.services.recipient_notices
    if a.on:
        line = notices.mark_notified(ctx.actor, a.id, a.processor, day(a.on, "on"))
    elif a.not_told:
        line = notices.mark_disproportionate(ctx.actor, a.id, a.processor, a.not_told, a.lang)
    else:
        raise ValidationError("on", "required")
    print(json.dumps(json_tree(line), ensure_ascii=False))
    return 0


def request_letters(ctx: Context) -> int:
    letters = ctx.services.letters.archive(ctx.actor, ctx.args.id)
    print(json.dumps(json_tree(letters), ensure_ascii=False))
    return 0
