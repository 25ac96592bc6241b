"""`db setup ADDRESS` and `db copy --from FILE --to ADDRESS`: putting a register on a server.

Neither logs in to the register: setup works with the server's administrator, copy with the
server's owner or application role (their password from the keyring, ~/.pgpass or one question
at a terminal, as for the register's commands).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.credentials import PasswordSource
from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.server_password import with_server_password

if TYPE_CHECKING:
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    db = commands.add_parser("db", help="put a register on a PostgreSQL server")
    actions = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup", help="create the schema, an owner role and the workstations' application role"
    )
    setup.add_argument("address", metavar="postgresql://ADMIN@HOST[:PORT]/DB")
    setup.add_argument("--owner-role", metavar="NAME", help="default: DB_owner")
    setup.add_argument("--app-role", metavar="NAME", help="default: DB_app")
    setup.add_argument(
        "--app-password-stdin",
        action="store_true",
        help="set the application role's password from the first line of stdin",
    )
    setup.set_defaults(run_without_login=db_setup)
    copy = actions.add_parser("copy", help="copy a register file onto an empty server database")
    copy.add_argument("--from", dest="source", required=True, metavar="PATH")
    copy.add_argument("--to", dest="target", required=True, metavar="postgresql://USER@HOST/DB")
    copy.set_defaults(run_without_login=db_copy)


def _server(value: str) -> str:
    from l4d_desktop.core.store.address import is_address, parse_address

    if not is_address(value):
        raise CliError(f"not a server address: {value[:80]} (postgresql://USER@HOST/DB)")
    return str(parse_address(value))


def db_setup(args: argparse.Namespace) -> int:
    from l4d_desktop.core.store.address import parse_address
    from l4d_desktop.core.store.migrate import default_local_folder
    from l4d_desktop.core.store.postgres import ServerDatabase
    from l4d_desktop.core.store.server_setup import (
        ServerRoles,
        application_address,
        setup_server,
    )

    address = parse_address(_server(args.address))
    defaults = ServerRoles.for_database(address.database)
    roles = ServerRoles(
        owner=args.owner_role or defaults.owner, application=args.app_role or defaults.application
    )
    password = None
    if args.app_password_stdin:
        password = PasswordSource(True).next("")
    db = with_server_password(
        str(address),
        lambda server_password: ServerDatabase(
            address, default_local_folder(), password=server_password
        ),
    )
    try:
        setup_server(db, roles, password)
    finally:
        db.dispose()
    print(application_address(address, roles))
    return 0


def db_copy(args: argparse.Namespace) -> int:
    import datetime as dt

    from l4d_desktop.core.audit.chain import verify_chain
    from l4d_desktop.core.store.migrate import open_database
    from l4d_desktop.core.store.postgres import ServerDatabase
    from l4d_desktop.core.store.server_copy import copy_register

    source_path = Path(args.source).expanduser()
    if not source_path.is_file():
        raise CliError(f"no database at {source_path.absolute()}")
    now = dt.datetime.now(dt.UTC)
    source = open_database(source_path, now)
    try:
        address = _server(args.target)
        target = with_server_password(
            address, lambda password: open_database(address, now, password=password)
        )
        assert isinstance(target, ServerDatabase)
        try:
            outcome = copy_register(source, target)
            with target.read() as session:
                chain = verify_chain(session)
        finally:
            target.dispose()
    finally:
        source.dispose()
    for (name, count), (_, copied) in zip(
        outcome.source_counts, outcome.target_counts, strict=True
    ):
        print(f"{name}\t{count}\t{copied}")
    if not outcome.equal:
        raise CliError("the copy's row counts differ from the file's")
    if not chain.ok:
        raise CliError(f"the copied audit log does not verify ({chain.reason})")
    print(f"audit chain verified: {chain.count} entries")
    return 0
