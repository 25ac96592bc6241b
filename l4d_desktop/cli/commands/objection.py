"""`objection add|decide`: an objection to processing (GDPR Art. 21), what it ended, and the
handler's decision on one to processing other than direct marketing."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import day
from l4d_desktop.cli.parser import add_noun, json_input, positive_int
from l4d_desktop.core.vocabulary import Language

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import ObjectionPurpose

    actions = add_noun(commands, "objection", "objections to processing (Art. 21)")
    add = actions.add_parser("add", help="record an objection; prints what it ended")
    add.add_argument("--customer", type=positive_int, required=True, metavar="ID")
    add.add_argument("--purpose", required=True, choices=[p.value for p in ObjectionPurpose])
    add.add_argument("--received", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--reason", default="")
    json_input(add)
    add.set_defaults(run=objection_add)
    decide = actions.add_parser(
        "decide",
        help="decide objection ID: upheld (the processing stops) or compelling_grounds (it goes "
        "on; --reason required)",
    )
    decide.add_argument("id", type=positive_int, metavar="ID")
    decide.add_argument("--outcome", required=True, choices=("upheld", "compelling_grounds"))
    decide.add_argument(
        "--reason", default="", help="the compelling grounds, in the letter's language"
    )
    decide.add_argument(
        "--lang",
        choices=tuple(code.value for code in Language),
        help="the reasons' letter language (default: customer's)"
    )
    json_input(decide)
    decide.set_defaults(run=objection_decide)


def objection_add(ctx: Context) -> int:
    a = ctx.args
    outcome = ctx.services.objections.record(
        ctx.actor, a.customer, a.purpose, day(a.received, "received"), a.reason
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


def objection_decide(ctx: Context) -> int:
    a = ctx.args
    decision = ctx.services.objections.decide_objection(
        ctx.actor, a.id, a.outcome, a.reason or "", a.lang
    )
    o = decision.objection
    print(
        json.dumps(
            {
                "id": o.id,
                "purpose": o.purpose,
                "outcome": o.outcome,
                "decided_at": o.decided_at.isoformat() if o.decided_at else None,
                "consents_withdrawn": list(decision.consents_withdrawn),
            }
        )
    )
    return 0
