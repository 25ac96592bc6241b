"""`consent give|withdraw|purge|purposes|purpose-add|purpose-edit`: consents per purpose, an
append-only ledger, the erasure of the data that relied only on a consent withdrawn (a plan
first, then --yes --token), and the purposes with their names in Finnish, English and Swedish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.dates import moment
from l4d_desktop.cli.parser import add_noun, json_input, positive_int

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.customers.consents import PurposeRecord


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import ConsentMethod

    actions = add_noun(commands, "consent", "consents per purpose (an append-only ledger)")
    for name, text in (("give", "record a consent given"), ("withdraw", "record a withdrawal")):
        sub = actions.add_parser(name, help=f"{text}; prints the ledger entry's id")
        sub.add_argument("--customer", type=positive_int, required=True, metavar="ID")
        sub.add_argument("--purpose", required=True, metavar="CODE", help="e.g. marketing_email")
        sub.add_argument(
            "--method", required=True, choices=[m.value for m in ConsentMethod if m != "objection"]
        )
        sub.add_argument("--at", metavar="TIME", help="ISO 8601 with offset (default now)")
        json_input(sub)
        sub.set_defaults(run=consent_record)
    purge = actions.add_parser(
        "purge",
        help="print what relied only on the withdrawn consent(s) of customer ID (a plan and its "
        "token); with --yes --token, erase it (customers.erase)",
    )
    purge.add_argument("--customer", type=positive_int, required=True, metavar="ID")
    purge.add_argument("--purpose", action="append", required=True, metavar="CODE")
    purge.add_argument(
        "--request", type=positive_int, metavar="ID", help="the withdrawal request it answers"
    )
    purge.add_argument("--yes", action="store_true", help="erase what the plan lists")
    purge.add_argument("--token", metavar="TOKEN", help="the token the plan was printed with")
    purge.set_defaults(run=consent_purge)
    _add_purpose_parsers(actions)


def _add_purpose_parsers(actions: SubParsers) -> None:
    listing = actions.add_parser("purposes", help="every consent purpose with its names")
    listing.add_argument("--json", action="store_true", help="as a JSON array")
    listing.set_defaults(run=consent_purposes)
    add = actions.add_parser(
        "purpose-add", help="a purpose of your own (users.admin); prints it as JSON"
    )
    add.add_argument("code", metavar="CODE", help="2–40 of a-z, 0-9 and _; never changes")
    add.add_argument("--name-fi", required=True)
    add.add_argument("--name-en", required=True)
    add.add_argument("--name-sv", default="", help="what Swedish letters call it")
    add.add_argument(
        "--direct-marketing",
        action="store_true",
        help="an objection to direct marketing ends this consent",
    )
    add.set_defaults(run=consent_purpose_add)
    edit = actions.add_parser(
        "purpose-edit",
        help="rename purpose CODE, a built-in one too; a name left out is kept (users.admin)",
    )
    edit.add_argument("code", metavar="CODE")
    edit.add_argument("--name-fi")
    edit.add_argument("--name-en")
    edit.add_argument("--name-sv")
    edit.set_defaults(run=consent_purpose_edit)


def consent_record(ctx: Context) -> int:
    """Both actions: `give` records a consent, `withdraw` its withdrawal; prints the entry's id."""
    a = ctx.args
    entry = ctx.services.consents.record(
        ctx.actor,
        a.customer,
        a.purpose,
        given=a.action == "give",
        method=a.method,
        at=moment(a.at, "at"),
    )
    print(entry.id)
    return 0


def consent_purge(ctx: Context) -> int:
    """The plan as JSON; with --yes, the run of the plan printed with --token."""
    import json

    from l4d_desktop.cli.output import json_tree
    from l4d_desktop.core.errors import ValidationError

    a = ctx.args
    service = ctx.services.consent_purge
    if not a.yes:
        plan = service.plan(ctx.actor, a.customer, a.purpose)
        print(json.dumps(json_tree(plan) | {"empty": plan.empty}, ensure_ascii=False))
        return 0
    if not a.token:
        raise ValidationError("token", "required")
    result = service.run(ctx.actor, a.customer, a.purpose, a.token, a.request)
    print(json.dumps(json_tree(result), ensure_ascii=False))
    return 0


PURPOSE_KEYS = ("code", "name_fi", "name_en", "name_sv", "direct_marketing", "builtin", "active")


def _purpose_json(purpose: PurposeRecord) -> dict[str, object]:
    return {key: getattr(purpose, key) for key in PURPOSE_KEYS}


def consent_purposes(ctx: Context) -> int:
    """One line a purpose (code, then its names in fi, en, sv, tab-separated), or JSON."""
    import json

    purposes = ctx.services.consents.purposes(ctx.actor, include_inactive=True)
    if ctx.args.json:
        print(json.dumps([_purpose_json(p) for p in purposes], ensure_ascii=False))
        return 0
    for p in purposes:
        print("\t".join((p.code, p.name_fi, p.name_en, p.name_sv)))
    return 0


def consent_purpose_add(ctx: Context) -> int:
    import json

    a = ctx.args
    made = ctx.services.consents.add_purpose(
        ctx.actor, a.code, a.name_fi, a.name_en, a.direct_marketing, name_sv=a.name_sv
    )
    print(json.dumps(_purpose_json(made), ensure_ascii=False))
    return 0


def consent_purpose_edit(ctx: Context) -> int:
    """The names given replace those just read; refused if they changed in between."""
    import json

    from l4d_desktop.core.errors import ValidationError

    a = ctx.args
    purposes = ctx.services.consents.purposes(ctx.actor, include_inactive=True)
    seen = next((p for p in purposes if p.code == a.code), None)
    if seen is None:
        raise ValidationError("code", "purpose_unknown")
    edited = ctx.services.consents.edit_purpose(
        ctx.actor,
        seen.code,
        seen.name_fi if a.name_fi is None else a.name_fi,
        seen.name_en if a.name_en is None else a.name_en,
        seen.name_sv if a.name_sv is None else a.name_sv,
        seen,
    )
    print(json.dumps(_purpose_json(edited), ensure_ascii=False))
    return 0
