"""`customer merge KEEP_NUMBER DUPLICATE_NUMBER [--yes]`: the merge plan, or with --yes the merge."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from l4d_desktop.cli.output import json_tree

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.customers.merge import MergeResult
    from l4d_desktop.core.customers.merge_plan import MergePlan


def add_action(actions: SubParsers) -> None:
    """`merge` among the `customer` actions."""
    from l4d_desktop.core.customers.merge_plan import MERGED_FIELDS

    merge = actions.add_parser(
        "merge",
        help="two records of one person into one: shows the plan; with --yes merges "
        "(needs users.admin)",
    )
    merge.add_argument("keep", metavar="KEEP_NUMBER", help="customer number of the record kept")
    merge.add_argument(
        "duplicate", metavar="DUPLICATE_NUMBER", help="customer number of the duplicate"
    )
    merge.add_argument(
        "--from-duplicate",
        action="append",
        default=[],
        choices=MERGED_FIELDS,
        metavar="FIELD",
        help="take this field's value from the duplicate (repeatable; default: the kept "
        "record's value, or the duplicate's where the kept one is empty)",
    )
    merge.add_argument("--yes", action="store_true", help="merge as the plan shows")
    merge.set_defaults(run=customer_merge)


def _plan_json(plan: MergePlan, choices: dict[str, str]) -> dict[str, Any]:
    from l4d_desktop.core.errors import MESSAGES

    chosen = {**plan.proposed_choices(), **choices}
    return {
        "merged": False,
        "allowed": plan.allowed,
        "kept": _customer(json_tree(plan.kept)),
        "duplicate": _customer(json_tree(plan.duplicate)),
        "fields": [
            {
                "field": f.field,
                "kept": f.kept,
                "duplicate": f.duplicate,
                "differs": f.differs,
                "take": chosen[f.field],
            }
            for f in plan.fields
        ],
        "notes": plan.notes,
        "moved": dict(plan.moved),
        "conflicts": list(plan.conflicts),
        "refusals": [
            {
                "code": r.code,
                "customer_number": r.customer_number,
                "message": MESSAGES[r.code].format(number=r.customer_number),
            }
            for r in plan.refusals
        ],
    }


def _customer(data: dict[str, Any]) -> dict[str, Any]:
    data.pop("sort_key", None)  # an internal ordering key, not data about anyone
    return data


def _result_json(result: MergeResult) -> dict[str, Any]:
    return {
        "merged": True,
        "customer": _customer(json_tree(result.customer)),
        "duplicate_number": result.duplicate_number,
        "moved": dict(result.moved),
        "consents_withdrawn": list(result.consents_withdrawn),
        "suppressed": result.suppressed,
    }


def customer_merge(ctx: Context) -> int:
    from l4d_desktop.core.customers.merge_plan import DUPLICATE

    a = ctx.args
    choices = {field: DUPLICATE for field in a.from_duplicate}
    service = ctx.services.customer_merge
    plan = service.plan(ctx.actor, a.keep, a.duplicate)
    if a.yes:
        data = _result_json(
            service.merge(
                ctx.actor,
                a.keep,
                a.duplicate,
                kept_version=plan.kept.version,
                duplicate_version=plan.duplicate.version,
                choices=choices,
            )
        )
    else:
        data = _plan_json(plan, choices)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
