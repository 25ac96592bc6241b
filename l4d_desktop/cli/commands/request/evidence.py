"""`request extend|restrict|announce-lift|lift|already-correct|decline-change|text`: the records
the extension, restriction, lift-notice and rectification letters state, and each letter
language's texts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import json_input, positive_int
from l4d_desktop.core.vocabulary import Language

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import Parser, SubParsers

LANGS = tuple(code.value for code in Language)


def _lang(parser: Parser, required: bool = False) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGS,
        required=required,
        help="the letter language the text is written in"
        + ("" if required else " (default: the customer's)"),
    )


def add_actions(actions: SubParsers) -> None:
    from l4d_desktop.core.requests.grounds import DeclineGround, LiftReason, RestrictionGround
    from l4d_desktop.core.requests.statements import Topic
    from l4d_desktop.core.vocabulary import Channel

    extend = actions.add_parser(
        "extend",
        help="Art. 12(3) extension with its grounds and reasons; the extension letter is the "
        "notice unless an earlier one is given (--notice-date and --notice-channel)",
    )
    extend.add_argument("id", type=positive_int, metavar="ID")
    extend.add_argument(
        "--ground",
        required=True,
        metavar="GROUND",
        help="complexity, number_of_requests, or both separated by a comma",
    )
    extend.add_argument("--reason", required=True, help="the reasons, at least a sentence")
    extend.add_argument(
        "--lang", choices=LANGS, help="the reasons' letter language (default: customer's)"
    )
    extend.add_argument(
        "--notice-date", metavar="YYYY-MM-DD", help="an earlier notice: the day it was given"
    )
    extend.add_argument(
        "--notice-channel",
        choices=[c.value for c in Channel],
        help="an earlier notice: how it was given",
    )
    json_input(extend)
    extend.set_defaults(run=request_extend)

    restrict = actions.add_parser(
        "restrict", help="restrict the person's data under restriction request ID (Art. 18)"
    )
    restrict.add_argument("id", type=positive_int, metavar="ID")
    restrict.add_argument(
        "--ground",
        required=True,
        choices=[g.value for g in RestrictionGround],
        help="Art. 18(1) point: a accuracy contested, b unlawful but kept, c legal claims, "
        "d objection pending",
    )
    restrict.set_defaults(run=request_restrict)

    notice = actions.add_parser(
        "announce-lift", help="Art. 18(3): the day the restriction will be lifted and why"
    )
    notice.add_argument("id", type=positive_int, metavar="ID")
    notice.add_argument("--lift-date", required=True, metavar="YYYY-MM-DD", help="a working day")
    notice.add_argument(
        "--lift-reason", required=True, choices=[r.value for r in LiftReason], metavar="REASON"
    )
    notice.add_argument("--reason", required=True, help="the real reason, at least a sentence")
    _lang(notice)
    json_input(notice)
    notice.set_defaults(run=request_announce_lift)

    lift = actions.add_parser(
        "lift", help="lift the restriction on or after the announced day, once the notice left"
    )
    lift.add_argument("id", type=positive_int, metavar="ID")
    lift.set_defaults(run=request_lift)

    correct = actions.add_parser(
        "already-correct", help="rectification request ID: the data were already correct"
    )
    correct.add_argument("id", type=positive_int, metavar="ID")
    correct.add_argument("--statement", required=True, help="what was checked, a sentence")
    _lang(correct)
    json_input(correct)
    correct.set_defaults(run=request_already_correct)

    decline = actions.add_parser(
        "decline-change", help="rectification request ID: a requested change not made"
    )
    decline.add_argument("id", type=positive_int, metavar="ID")
    decline.add_argument("--ground", required=True, choices=[g.value for g in DeclineGround])
    decline.add_argument("--reason", required=True, help="which change and why, a sentence")
    _lang(decline)
    json_input(decline)
    decline.set_defaults(run=request_decline_change)

    text = actions.add_parser(
        "text", help="a recorded reason or statement in another letter language"
    )
    text.add_argument("id", type=positive_int, metavar="ID")
    text.add_argument("--topic", required=True, choices=[t.value for t in Topic])
    _lang(text, required=True)
    text.add_argument("--text", required=True)
    json_input(text)
    text.set_defaults(run=request_text)


def request_extend(ctx: Context) -> int:
    from l4d_desktop.core.clock import office_today
    from l4d_desktop.core.requests.extension import promise_passed

    a = ctx.args
    record = ctx.services.requests.extend(
        ctx.actor,
        a.id,
        a.notice_date,
        a.reason,
        grounds=a.ground.split(","),
        notice_channel=a.notice_channel,
        language=a.lang,
    )
    print(f"{record.id} {record.status} due {record.due.isoformat()}")
    told_on = record.extension_notice_on or office_today(ctx.services.requests.clock())
    if promise_passed(record.promised_due, told_on):
        assert record.promised_due is not None
        print(
            f"warning: the days the privacy notice promises ran out on "
            f"{record.promised_due.isoformat()}; the letter says so",
            file=sys.stderr,
        )
    return 0


def request_restrict(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.request_evidence.restrict(ctx.actor, a.id, a.ground)
    print(f"{a.id} restricted ground {record.ground}")
    return 0


def request_announce_lift(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.request_evidence.announce_lift(
        ctx.actor, a.id, a.lift_date, a.lift_reason, a.reason, a.lang
    )
    assert record.lift_on is not None
    print(f"{a.id} lift {record.lift_on.isoformat()} {record.lift_reason}")
    return 0


def request_lift(ctx: Context) -> int:
    ctx.services.request_evidence.lift(ctx.actor, ctx.args.id)
    print(f"{ctx.args.id} lifted")
    return 0


def request_already_correct(ctx: Context) -> int:
    a = ctx.args
    ctx.services.request_evidence.record_already_correct(ctx.actor, a.id, a.statement, a.lang)
    print(f"{a.id} already_correct")
    return 0


def request_decline_change(ctx: Context) -> int:
    a = ctx.args
    ctx.services.request_evidence.decline_change(ctx.actor, a.id, a.ground, a.reason, a.lang)
    print(f"{a.id} change_declined {a.ground}")
    return 0


def request_text(ctx: Context) -> int:
    a = ctx.args
    record = ctx.services.request_evidence.put_text(ctx.actor, a.id, a.topic, a.lang, a.text)
    print(f"{a.id} {record.topic} {record.language}")
    return 0
