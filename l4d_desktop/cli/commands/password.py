"""`password change` (and `user passwd`, the same command): your own password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import add_noun

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "password", "your own password")
    actions.add_parser(
        "change", help="current password on stdin line 1 (or prompted), the new one on line 2"
    ).set_defaults(run=password_change)


def password_change(ctx: Context) -> int:
    """The current password is the login's (stdin line 1), the new one comes next (line 2).

    The one command a user who must change the password may run."""
    new = ctx.passwords.next("New password: ", confirm=True)
    ctx.services.auth.change_password(ctx.actor, ctx.current_password, new)
    print("password changed")
    return 0
