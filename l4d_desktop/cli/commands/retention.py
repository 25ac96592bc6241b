"""`retention due|run|rules|set`: the purge queue the retention rules fill, and running it
(users.admin)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from l4d_desktop.cli.output import json_value, write_table
from l4d_desktop.cli.parser import add_noun, count

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers

RULE_COLUMNS = (
    "code", "period_months", "counts_from", "outcome", "register_purpose", "confirmed",
    "auto_run", "version",
)  # fmt: skip
RULES = (
    "web_events", "withdrawn_consents", "inactive_customers", "closed_requests",
    "kept_invoices", "login_attempts",
)  # fmt: skip


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "retention", "retention rules and the purge queue they fill")
    due = actions.add_parser("due", help="what has fallen due, per rule (users.admin)")
    due.add_argument("--format", choices=("text", "json"), default="text")
    due.set_defaults(run=retention_due)
    run = actions.add_parser(
        "run", help="delete or minimise what has fallen due (users.admin); needs --yes"
    )
    run.add_argument("--rule", choices=RULES, help="only this rule (default: every rule)")
    run.add_argument("--yes", action="store_true", help="run it; without, only say what is due")
    run.add_argument("--format", choices=("text", "json"), default="text")
    run.set_defaults(run=retention_run)
    rules = actions.add_parser("rules", help="every rule with its period and state")
    rules.add_argument("--format", choices=("json", "csv"), default="json")
    rules.set_defaults(run=retention_rules)
    set_rule = actions.add_parser(
        "set", help="set a rule's period, confirm it, let it run by itself (users.admin)"
    )
    set_rule.add_argument("rule", choices=RULES)
    set_rule.add_argument("--months", type=count, help="the period in months")
    set_rule.add_argument("--confirm", action="store_true", help="confirm the period")
    set_rule.add_argument("--auto", action="store_true", help="run by itself, at start and daily")
    set_rule.set_defaults(run=retention_set)


def retention_due(ctx: Context) -> int:
    groups = ctx.services.retention.due(ctx.actor)
    if ctx.args.format == "json":
        rows = [
            {
                "rule": g.rule,
                "count": g.count,
                "oldest": json_value(g.oldest),
                "cutoff": json_value(g.cutoff),
            }
            for g in groups
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for g in groups:
        oldest = g.oldest.date().isoformat() if g.oldest else "-"
        print(f"{g.rule}\t{g.count}\toldest {oldest}")
    return 0


def retention_run(ctx: Context) -> int:
    if not ctx.args.yes:
        print("Nothing was run: add --yes to delete or minimise what `retention due` lists.")
        return retention_due(ctx)
    result = ctx.services.retention.run(ctx.actor, ctx.args.rule)
    if ctx.args.format == "json":
        out = {
            "rules": [
                {"rule": r.rule, "items": r.items, "batches": r.batches, "run_id": r.run_id}
                for r in result.rules
            ],
            "items": result.items,
            "scrubbed": None if result.scrub is None else result.scrub.ok,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in result.rules:
            print(f"{r.rule}\t{r.items}")
    if result.scrub is not None and not result.scrub.ok:
        print("the database file could not yet be checkpointed: run `maintenance scrub`",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


def retention_rules(ctx: Context) -> int:
    rules = ctx.services.retention.rules(ctx.actor)
    write_table(
        ctx.args.format, RULE_COLUMNS, [[getattr(r, c) for c in RULE_COLUMNS] for r in rules]
    )
    return 0


def retention_set(ctx: Context) -> int:
    a = ctx.args
    current = next(r for r in ctx.services.retention.rules(ctx.actor) if r.code == a.rule)
    rule = ctx.services.retention.set_rule(
        ctx.actor,
        a.rule,
        period_months=a.months if a.months is not None else current.period_months,
        confirmed=a.confirm or a.auto,
        auto_run=a.auto,
        version=current.version,
    )
    print(f"{rule.code}\t{rule.period_months}\t{'confirmed' if rule.confirmed else 'proposed'}")
    return 0
