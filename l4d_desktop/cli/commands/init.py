"""`init`: the first administrator of an empty database (the one command without a login)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import json_input

if TYPE_CHECKING:
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.services import Services


def add_parser(commands: SubParsers) -> None:
    init = commands.add_parser("init", help="create the first administrator on an empty database")
    init.add_argument("--admin", required=True, metavar="NAME", help="username")
    init.add_argument("--full-name", required=True)
    init.add_argument("--title", default="", help="title in letter signatures")
    # Its own dest: a sub-parser's default would overwrite the global option's value.
    init.add_argument("--password-stdin", dest="init_password_stdin", action="store_true")
    json_input(init)


def init(services: Services, admin: str, full_name: str, title: str, password: str) -> int:
    """The first administrator; the service refuses once any user exists."""
    actor = services.auth.create_first_admin(admin, full_name, password, title)
    print(actor.user_id)
    return 0
