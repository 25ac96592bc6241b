"""Commands for staff accounts: init, user add/list/unlock/(de|re)activate, password change."""

from __future__ import annotations

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.output import write_table
from l4d_desktop.core.auth import username_key
from l4d_desktop.core.errors import NotFoundError
from l4d_desktop.core.services import Services
from l4d_desktop.core.users import UserInfo

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


def password_change(ctx: Context) -> int:
    new = ctx.passwords.next("New password: ", confirm=True)
    ctx.services.auth.change_password(ctx.actor, ctx.current_password, new)
    print("password changed")
    return 0


def _set_active(ctx: Context, active: bool) -> int:
    key = username_key(ctx.args.username)
    users = ctx.services.users.list_users(ctx.actor)
    target = next((u for u in users if u.username == key), None)
    if target is None:
        raise NotFoundError("user")
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
