"""`user add|edit|list|unlock|deactivate|reactivate|reset|rights|passwd`: staff accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.commands.password import password_change
from l4d_desktop.cli.output import write_table
from l4d_desktop.cli.parser import FORMATS, add_noun, json_arguments, json_input
from l4d_desktop.core.errors import NotFoundError

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.security.users import UserInfo

USER_COLUMNS = (
    "id",
    "username",
    "full_name",
    "title",
    "role",
    "rights",
    "active",
    "must_change_password",
    "locked_until",
)


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import Right, Role

    actions = add_noun(commands, "user", "staff accounts (needs users.admin)")
    add = actions.add_parser("add", help="new account; its initial password is stdin line 2")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--full-name", required=True)
    add.add_argument("--title", default="", help="the title Finnish letters sign with")
    add.add_argument("--title-en", default="", help="the title English letters sign with")
    add.add_argument("--title-sv", default="", help="the title Swedish letters sign with")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    json_input(add)
    # The initial password (stdin line 2) comes before the JSON: user_add reads it itself.
    add.set_defaults(run=user_add, json_after_passwords=True)
    edit = actions.add_parser("edit", help="change NAME's account; an option left out is kept")
    edit.add_argument("username", metavar="NAME")
    edit.add_argument("--full-name")
    edit.add_argument("--title", help="the title Finnish letters sign with")
    edit.add_argument("--title-en", help="the title English letters sign with")
    edit.add_argument("--title-sv", help="the title Swedish letters sign with")
    edit.add_argument("--role", choices=[r.value for r in Role])
    edit.set_defaults(run=user_edit)
    listing = actions.add_parser("list", help="all accounts")
    listing.add_argument("--format", choices=FORMATS, default="json")
    listing.set_defaults(run=user_list)
    for name, text, handler in (
        ("unlock", "clear failed logins and the lock of NAME", user_unlock),
        ("deactivate", "stop NAME from logging in (accounts are never deleted)", user_deactivate),
        ("reactivate", "let NAME log in again", user_reactivate),
        (
            "reset",
            "print a one-time password for NAME (valid 72 hours, changed at login)",
            user_reset,
        ),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("username", metavar="NAME")
        sub.set_defaults(run=handler)
    rights = actions.add_parser("rights", help="grant or revoke NAME's rights; prints them")
    rights.add_argument("username", metavar="NAME")
    right_ids = [r.value for r in Right]
    rights.add_argument("--grant", action="append", choices=right_ids, metavar="RIGHT")
    rights.add_argument("--revoke", action="append", choices=right_ids, metavar="RIGHT")
    rights.set_defaults(run=user_rights)
    actions.add_parser(
        "passwd", help="your own password: current on stdin line 1 (or prompted), new on line 2"
    ).set_defaults(run=password_change)


def user_add(ctx: Context) -> int:
    a = ctx.args
    initial = ctx.passwords.next(f"Initial password for {a.username}: ", confirm=True)
    json_arguments(a, ctx.passwords.rest_as_json)
    info = ctx.services.users.create_user(
        ctx.actor,
        a.username,
        a.full_name,
        a.role,
        initial,
        title=a.title,
        title_en=a.title_en,
        title_sv=a.title_sv,
    )
    print(info.id)
    return 0


def user_edit(ctx: Context) -> int:
    """Change what is given, keep the rest, against the version just read; prints the id."""
    a = ctx.args
    target = _find(ctx, a.username)
    info = ctx.services.users.update_user(
        ctx.actor,
        target.id,
        target.version,
        full_name=target.full_name if a.full_name is None else a.full_name,
        title=target.title if a.title is None else a.title,
        role=target.role if a.role is None else a.role,
        title_en=a.title_en,
        title_sv=a.title_sv,
    )
    print(info.id)
    return 0


def user_list(ctx: Context) -> int:
    users = ctx.services.users.list_users(ctx.actor)
    write_table(ctx.args.format, USER_COLUMNS, (_row(u) for u in users))
    return 0


def user_unlock(ctx: Context) -> int:
    name = ctx.args.username
    if ctx.services.users.unlock(ctx.actor, name):
        print(f"unlocked: {name}")
    else:
        print(f"not locked: {name}")
    return 0


def user_deactivate(ctx: Context) -> int:
    return _set_active(ctx, False)


def user_reactivate(ctx: Context) -> int:
    return _set_active(ctx, True)


def user_reset(ctx: Context) -> int:
    """Print the one-time password the program made, once; the user sets a new one at login."""
    target = _find(ctx, ctx.args.username)
    otp = ctx.services.users.reset_password(ctx.actor, target.id, target.version)
    print(otp.password)
    return 0


def user_rights(ctx: Context) -> int:
    """Grant and revoke per-user rights, then print the effective rights, one a line."""
    target = _find(ctx, ctx.args.username)
    info = target
    for right in ctx.args.grant or ():
        info = ctx.services.users.set_right(ctx.actor, target.id, right, True)
    for right in ctx.args.revoke or ():
        info = ctx.services.users.set_right(ctx.actor, target.id, right, False)
    for right in sorted(info.rights):
        print(right)
    return 0


def _find(ctx: Context, username: str) -> UserInfo:
    from l4d_desktop.core.security.login_attempts import username_key

    key = username_key(username)
    users = ctx.services.users.list_users(ctx.actor)
    target = next((u for u in users if u.username == key), None)
    if target is None:
        raise NotFoundError("user")
    return target


def _set_active(ctx: Context, active: bool) -> int:
    target = _find(ctx, ctx.args.username)
    info = ctx.services.users.set_active(ctx.actor, target.id, active, target.version)
    print(f"{'reactivated' if active else 'deactivated'}: {info.username}")
    return 0


def _row(u: UserInfo) -> tuple[object, ...]:
    return (
        u.id,
        u.username,
        u.full_name,
        u.title,
        u.role,
        sorted(u.rights),
        u.active,
        u.must_change_password,
        u.locked_until,
    )
