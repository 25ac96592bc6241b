"""`demo-data`: fill the register with realistic made-up customers, for trying the program."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from l4d_desktop.cli.output import json_tree
from l4d_desktop.cli.parser import count

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    demo = commands.add_parser(
        "demo-data", help="fill the register with realistic made-up customers (users.admin)"
    )
    demo.add_argument("--customers", type=count, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=demo_data)


def demo_data(ctx: Context) -> int:
    summary = ctx.services.demo.fill(ctx.actor, ctx.args.customers, seed=ctx.args.seed)
    print(json.dumps(json_tree(summary), ensure_ascii=False))
    return 0
