"""`objection add`: an objection to processing (GDPR Art. 21) and what it ended."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import day
from l4d_desktop.cli.parser import add_noun, json_input, positive_int

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
