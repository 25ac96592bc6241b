"""Runs one parsed command: opens the services, logs the user in, calls the command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from l4d_desktop.cli import (
    commands_customer_data,
    commands_erasure,
    commands_import,
    commands_letters,
    commands_maintenance,
    commands_notice,
    commands_processors,
    commands_register,
    commands_requests,
    commands_subject_data,
    commands_users,
)
from l4d_desktop.cli.context import Context
from l4d_desktop.cli.credentials import PasswordSource
from l4d_desktop.cli.errors import CliError, UsageError
from l4d_desktop.cli.parser import db_path_of
from l4d_desktop.core.errors import BusinessRuleError, PasswordChangeRequired
from l4d_desktop.core.services import Services, open_services

Command = Callable[[Context], int]

COMMANDS: dict[tuple[str, str], Command] = {
    ("user", "add"): commands_users.user_add,
    ("user", "list"): commands_users.user_list,
    ("user", "unlock"): commands_users.user_unlock,
    ("user", "deactivate"): commands_users.user_deactivate,
    ("user", "reactivate"): commands_users.user_reactivate,
    ("user", "reset"): commands_users.user_reset,
    ("user", "rights"): commands_users.user_rights,
    ("user", "passwd"): commands_users.password_change,
    ("password", "change"): commands_users.password_change,
    ("customer", "add"): commands_register.customer_add,
    ("customer", "list"): commands_register.customer_list,
    ("customer", "import"): commands_import.customer_import,
    ("customer", "show"): commands_customer_data.customer_show,
    ("customer", "export"): commands_customer_data.customer_export,
    ("consent", "give"): commands_customer_data.consent_record,
    ("consent", "withdraw"): commands_customer_data.consent_record,
    ("objection", "add"): commands_customer_data.objection_add,
    ("events", "import"): commands_customer_data.events_import,
    ("invoice", "add"): commands_customer_data.invoice_add,
    ("demo-data", ""): commands_customer_data.demo_data,
    ("request", "add"): commands_requests.request_add,
    ("request", "list"): commands_requests.request_list,
    ("request", "show"): commands_requests.request_show,
    ("request", "identify"): commands_requests.request_identify,
    ("request", "extend"): commands_requests.request_extend,
    ("request", "pause"): commands_requests.request_pause,
    ("request", "resume"): commands_requests.request_resume,
    ("request", "close"): commands_requests.request_close,
    ("request", "data"): commands_subject_data.request_data,
    ("request", "erase"): commands_erasure.request_erase,
    ("processor", "add"): commands_processors.processor_add,
    ("processor", "list"): commands_processors.processor_list,
    ("register", "notice"): commands_notice.register_notice,
    ("letter", "render"): commands_letters.letter_render,
    ("letter", "bundle"): commands_letters.letter_bundle,
    ("letter", "calibration"): commands_letters.letter_calibration,
    ("backup", ""): commands_maintenance.backup,
    ("audit", "verify"): commands_maintenance.audit_verify,
    ("audit", "checkpoint"): commands_maintenance.audit_checkpoint,
    ("audit", "export"): commands_maintenance.audit_export,
}


def run(args: argparse.Namespace) -> int:
    db_path = db_path_of(args)
    if args.command == "init":
        return _init(args, db_path)
    command = COMMANDS[(args.command, getattr(args, "action", None) or "")]
    if not args.user:
        raise UsageError(f"{args.command} needs --user NAME before the command")
    if not db_path.is_file():
        # A mistyped --db must not silently create an empty database.
        raise CliError(
            f"no database at {db_path.absolute()} (create one with: l4d --db PATH init …)"
        )
    passwords = PasswordSource(args.password_stdin)
    password = passwords.next(f"Password for {args.user}: ")
    services = _open(db_path)
    try:
        actor = services.auth.login(args.user, password)
        if actor.must_change_password and command is not commands_users.password_change:
            raise PasswordChangeRequired()
        return command(Context(services, actor, args, passwords, password))
    except PasswordChangeRequired as exc:
        raise CliError(
            f"{exc.message()} Change it with: l4d --user {args.user} --password-stdin"
            " password change (current password on stdin line 1, the new one on line 2)."
        ) from None
    finally:
        services.db.dispose()


def _init(args: argparse.Namespace, db_path: Path) -> int:
    services = _open(db_path)
    try:
        if services.auth.is_initialised():
            # Say so before asking for a password that could never be used.
            raise BusinessRuleError("already_initialised")
        passwords = PasswordSource(args.init_password_stdin or args.password_stdin)
        password = passwords.next(f"Password for {args.admin}: ", confirm=True)
        return commands_users.init(services, args.admin, args.full_name, args.title, password)
    finally:
        services.db.dispose()


def _open(db_path: Path) -> Services:
    try:
        return open_services(db_path)
    except DatabaseError:
        # sqlite's own words ("file is not a database") name no data; the path is the user's.
        raise CliError(
            f"the database {db_path.absolute()} cannot be opened: "
            "it is not an L4D database, or it is damaged"
        ) from None
