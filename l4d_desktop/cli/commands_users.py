"""Commands for staff accounts: init, user add/list/unlock/(de|re)activate/reset/rights/passwd,
password change."""

from __future__ import annotations

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.output import write_table
from l4d_desktop.core.errors import NotFoundError
from l4d_desktop.core.security.auth import username_key
from l4d_desktop.core.security.users import UserInfo
from l4d_desktop.core.services import Services

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


def init(services: Services, admin: str, full_name: str, title: str, password: str) -> int:
    """The first administrator; the service refuses once any user exists."""
    actor = services.auth.create_first_admin(admin, full_name, password, title)
    print(actor.user_id)
    return 0


def user_add(ctx: Context) -> int:
    a = ctx.args
    initial = ctx.passwords.next(f"Initial password for {a.username}: ", confirm=True)
    info = ctx.services.users.create_user(
        ctx.actor, a.username, a.full_name, a.role, initial, title=a.title
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


def password_change(ctx: Context) -> int:
    """`password change` and `user passwd`: the current password is the login's (stdin line
    1), the new one comes next (line 2)."""
    new = ctx.passwords.next("New password: ", confirm=True)
    ctx.services.auth.change_password(ctx.actor, ctx.current_password, new)
    print("password changed")
    return 0


def _find(ctx: Context, username: str) -> UserInfo:
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
