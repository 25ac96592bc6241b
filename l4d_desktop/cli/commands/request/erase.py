"""`request erase ID`: prints the erasure plan; with --yes runs it and prints what was done."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from l4d_desktop.cli.output import json_value
from l4d_desktop.cli.parser import positive_int
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import BusinessRuleError

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.erasure.records import (
        ErasurePlan,
        ErasureResult,
        PlanItem,
        ScrubOutcome,
    )

# The law behind each reason, as the command line prints it (the window has its own texts).
REASONS = {
    "erasure": "erased at the person's request (GDPR Art. 17(1))",
    "accounting_act": "Accounting Act (kirjanpitolaki 1336/1997) 2:10, GDPR Art. 17(3)(b)",
    "retention_ended": "its keeping time under the Accounting Act is over",
    "direct_marketing_objection": "objection to direct marketing (GDPR Art. 21(3)): hashes only",
    "accountability": "handling of the request (GDPR Art. 5(2)), without the person",
}
LETTER_NOTICE = (
    "not yet sent: write it first with `letter render --request ID --kind erasure`; "
    "afterwards the name and address are gone"
)
LETTER_OUTDATED = (
    "outdated: the data changed after it left, so it no longer describes this plan; write a "
    "new one with `letter render --request ID --kind erasure`"
)


def _letter_state(ready: bool, notice: str) -> str:
    if ready:
        return "sent"
    return LETTER_OUTDATED if notice == "erasure_letter_outdated" else LETTER_NOTICE


def add_action(actions: SubParsers) -> None:
    """`erase` among the `request` actions."""
    erase = actions.add_parser(
        "erase", help="print the erasure plan of request ID; with --yes, run it (customers.erase)"
    )
    erase.add_argument("id", type=positive_int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="run the plan")
    erase.add_argument("--token", metavar="TOKEN", help="run only the plan printed with TOKEN")
    erase.add_argument("--format", choices=("text", "json"), default="text")
    erase.set_defaults(run=request_erase)


def request_erase(ctx: Context) -> int:
    service = ctx.services.erasure
    request_id: int = ctx.args.id
    plan = service.plan(ctx.actor, request_id)
    if not ctx.args.yes:
        if ctx.args.format == "json":
            print(json.dumps(plan_json(plan), ensure_ascii=False, indent=2))
        else:
            print(plan_text(plan))
        return 0
    token = ctx.args.token or plan.token
    result = service.run(ctx.actor, request_id, token)
    if ctx.args.format == "json":
        print(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        print(result_text(result))
    scrub = result.scrub
    if scrub is not None and not scrub.ok:
        raise BusinessRuleError("erasure_scrub_failed", attempts=scrub.attempts)
    return 0


def _item_json(item: PlanItem) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "action": item.action,
        "reason": item.reason,
        "law": REASONS.get(item.reason, item.reason),
        "id": item.object_id,
        "count": item.count,
        "label": item.label,
        "kept_until": json_value(item.kept_until),
        "purge_on": json_value(item.purge_on),
        "fields_kept": list(item.fields_kept),
        "fields_removed": list(item.fields_removed),
    }


def plan_json(plan: ErasurePlan) -> dict[str, Any]:
    return {
        "request_id": plan.request_id,
        "customer_id": plan.customer_id,
        "customer_number": plan.customer_number,
        "customer_name": plan.customer_name,
        "made_on": plan.made_on.isoformat(),
        "token": plan.token,
        "letter_ready": plan.letter_ready,
        "letter_notice": plan.letter_notice,
        "items": [_item_json(i) for i in plan.items],
        "erase_by": json_value(plan.erase_by),
        "backup_days": plan.backup_days,
    }


def _scrub_json(scrub: ScrubOutcome | None) -> dict[str, Any] | None:
    if scrub is None:
        return None
    return {
        "ok": scrub.ok,
        "attempts": scrub.attempts,
        "busy": scrub.busy,
        "log_frames": scrub.log_frames,
        "checkpointed_frames": scrub.checkpointed_frames,
        "wal_bytes": scrub.wal_bytes,
    }


def result_json(result: ErasureResult) -> dict[str, Any]:
    return {
        "request_id": result.request_id,
        "subject_ref": result.subject_ref,
        "erased_at": result.erased_at.isoformat(),
        "deleted": {str(k): v for k, v in result.deleted.items()},
        "anonymised": {str(k): v for k, v in result.anonymised.items()},
        "kept": [_item_json(i) for i in result.kept],
        "checkpoint": _scrub_json(result.scrub),
        "letter_ready": result.letter_ready,
        "erase_by": json_value(result.erase_by),
    }


def _line(item: PlanItem) -> str:
    from l4d_desktop.core.erasure.records import ErasureAction

    what = str(item.kind)
    if item.object_id is not None and item.kind != "web_events":
        what += f" {item.object_id}"
    if item.count != 1 or item.kind in ("web_events", "suppression"):
        what += f" ×{item.count}"
    if item.label:
        what += f" [{item.label}]"
    law = REASONS.get(item.reason, item.reason)
    text = f"  {item.action:<10}{what:<44}{law}"
    if item.action == ErasureAction.KEEP and item.kept_until is not None:
        text += f"; kept until {item.kept_until.isoformat()} (law), purged on "
        text += f"{item.purge_on.isoformat() if item.purge_on else '-'}"
    if item.fields_removed:
        text += f"; removed: {', '.join(item.fields_removed)}"
    if item.action != ErasureAction.DELETE and item.fields_kept:
        text += f"; kept: {', '.join(item.fields_kept)}"
    return text


def plan_text(plan: ErasurePlan) -> str:
    from l4d_desktop.core.erasure.records import ErasureAction

    number = f", customer number {plan.customer_number}" if plan.customer_number else ""
    lines = [
        f"Erasure plan for request {plan.request_id}: customer {plan.customer_id}{number}, "
        f"{plan.customer_name}",
        f"Made on {plan.made_on.isoformat()}; plan token {plan.token}",
        f"Confirmation letter: {_letter_state(plan.letter_ready, plan.letter_notice)}",
        f"The letter says the data are erased by {json_value(plan.erase_by)}; backups keep "
        f"erased data for {plan.backup_days} days",
    ]
    for action in (ErasureAction.DELETE, ErasureAction.ANONYMISE, ErasureAction.KEEP):
        items = plan.by_action(action)
        if items:
            lines.append(f"{action} ({sum(i.count for i in items)}):")
            lines.extend(_line(i) for i in items)
    lines.append(f"Run it with: request erase {plan.request_id} --yes --token {plan.token}")
    return "\n".join(lines)


def result_text(result: ErasureResult) -> str:
    def counts(d: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in d.items() if v) or "nothing"

    lines = [
        f"Erased for request {result.request_id} at {result.erased_at.isoformat()}; "
        f"the person's requests now carry the reference {result.subject_ref}",
        f"deleted: {counts(result.deleted)}",
        f"anonymised: {counts(result.anonymised)}",
    ]
    for item in result.kept:
        lines.append(_line(item))
    scrub = result.scrub
    if scrub is not None:
        state = "done" if scrub.ok else f"NOT done (busy after {scrub.attempts} attempts)"
        lines.append(f"checkpoint of the database file and WAL: {state}")
    lines.append(f"Confirmation letter: {'sent' if result.letter_ready else LETTER_NOTICE}")
    if result.erase_by is not None:
        ran = office_today(result.erased_at)
        late = " — later than the letter promised" if ran > result.erase_by else ""
        lines.append(f"The letter promised erasure by {result.erase_by.isoformat()}{late}")
    return "\n".join(lines)
