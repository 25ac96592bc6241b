"""Runs one parsed command: opens the services, logs the user in, calls the command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from l4d_desktop.cli.commands.init import init
from l4d_desktop.cli.commands.password import password_change
from l4d_desktop.cli.context import Context
from l4d_desktop.cli.credentials import PasswordSource
from l4d_desktop.cli.errors import CliError, UsageError
from l4d_desktop.cli.parser import check_required, db_path_of, json_arguments
from l4d_desktop.cli.server_password import with_server_password
from l4d_desktop.core.errors import BusinessRuleError, PasswordChangeRequired
from l4d_desktop.core.services import Services, open_services

# Every action's parser names its handler (`set_defaults(run=…)` in cli/commands/<noun>.py).
Command = Callable[[Context], int]


def run(args: argparse.Namespace) -> int:
    without_login = getattr(args, "run_without_login", None)
    if without_login is not None:  # `db …`: works on servers, not in a register
        return int(without_login(args))
    db_path = db_path_of(args)
    if args.command == "init":
        return _init(args, db_path)
    command: Command = args.run
    if getattr(args, "json", None) is None:
        check_required(args)  # before asking for a password that could not be used
    if not args.user:
        raise UsageError(f"{args.command} needs --user NAME before the command")
    if isinstance(db_path, Path) and not db_path.is_file():
        # A mistyped --db must not silently create an empty database.
        raise CliError(
            f"no database at {db_path.absolute()} (create one with: l4d --db PATH init …)"
        )
    passwords = PasswordSource(args.password_stdin)
    password = passwords.next(f"Password for {args.user}: ")
    services = _open(db_path)
    try:
        actor = services.auth.login(args.user, password)
        if actor.must_change_password and command is not password_change:
            raise PasswordChangeRequired()
        if not getattr(args, "json_after_passwords", False):
            json_arguments(args, passwords.rest_as_json)  # else the command reads it itself
        return command(Context(services, actor, args, passwords, password))
    except PasswordChangeRequired as exc:
        raise CliError(
            f"{exc.message()} Change it with: l4d --user {args.user} --password-stdin"
            " password change (current password on stdin line 1, the new one on line 2)."
        ) from None
    finally:
        services.db.dispose()


def _init(args: argparse.Namespace, db_path: Path | str) -> int:
    if args.json is None:
        check_required(args)
    services = _open(db_path)
    try:
        if services.auth.is_initialised():
            # Say so before asking for a password that could never be used.
            raise BusinessRuleError("already_initialised")
        passwords = PasswordSource(args.init_password_stdin or args.password_stdin)
        password = passwords.next(
            f"Password for {args.admin or 'the administrator'}: ", confirm=True
        )
        json_arguments(args, passwords.rest_as_json)
        return init(services, args.admin, args.full_name, args.title, password)
    finally:
        services.db.dispose()


def _open(db_path: Path | str) -> Services:
    try:
        return _open_asking_for_a_server_password(db_path)
    except DatabaseError:
        # sqlite's own words ("file is not a database") name no data; the path is the user's.
        shown = db_path.absolute() if isinstance(db_path, Path) else db_path
        raise CliError(
            f"the database {shown} cannot be opened: "
            "it is not an L4D database, or it is damaged"
        ) from None


def _open_asking_for_a_server_password(db_path: Path | str) -> Services:
    """A server's password comes from the keyring, else libpq's ~/.pgpass, else a terminal is
    asked for it once (never an argument: the process list would show it)."""
    if isinstance(db_path, Path):
        return open_services(db_path)
    return with_server_password(db_path, lambda password: open_services(db_path, password=password))
