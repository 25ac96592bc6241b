"""`restore BACKUP --to PATH [--yes] [--passphrase-file F | --ask-passphrase]`: a backup brought
back, with every erasure and purge made since it replayed before anyone can log in
(users.admin); an encrypted backup needs its passphrase. `restore DUMP --to postgresql://…`
restores a server's dump into an empty database with the server administrator's rights (the
register may be the one lost), replaying the erasure journal in the register's keep database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l4d_desktop.cli.passphrases import add_passphrase_options, passphrase_of

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers
    from l4d_desktop.core.retention.restore import RestorePreview, RestoreReport
    from l4d_desktop.core.store.address import ServerAddress


def add_parser(commands: SubParsers) -> None:
    restore = commands.add_parser(
        "restore",
        help="restore a backup to PATH, replaying the erasures and purges made since "
        "(users.admin); without --yes only checks it",
    )
    restore.add_argument("backup", metavar="BACKUP")
    restore.add_argument(
        "--to",
        required=True,
        metavar="PATH",
        action=_Target,
        help="the database to replace, or an empty database on a server "
        "(postgresql://ADMIN@HOST[:PORT]/DB; no login to the register needed)",
    )
    restore.add_argument(
        "--journal-of",
        metavar="postgresql://…",
        help="on a server: the register whose erasures are replayed, when the dump is restored "
        "under another database name (default: the --to database)",
    )
    restore.add_argument("--yes", action="store_true", help="replace PATH")
    add_passphrase_options(restore, "an encrypted backup")
    restore.set_defaults(run=restore_command)


class _Target(argparse.Action):
    """A server's address as --to: the restore runs with the server's rights, not a login."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from l4d_desktop.core.store.address import is_address

        setattr(namespace, self.dest, values)
        if is_address(str(values)):
            namespace.run_without_login = restore_on_server


def restore_on_server(args: argparse.Namespace) -> int:
    from l4d_desktop.cli.errors import CliError
    from l4d_desktop.cli.server_password import with_server_password
    from l4d_desktop.core.clock import system_clock
    from l4d_desktop.core.retention.server_restore import (
        preview_server_restore,
        restore_to_server,
    )
    from l4d_desktop.core.store.address import is_address, parse_address
    from l4d_desktop.core.store.migrate import default_local_folder

    if getattr(args, "passphrase_file", None) or getattr(args, "ask_passphrase", False):
        raise CliError("a server's dump is restored as pg_dump wrote it: no passphrase")
    address = parse_address(args.to)
    journal_of = address
    if args.journal_of is not None:
        if not is_address(args.journal_of):
            raise CliError(f"--journal-of: not a server address: {args.journal_of[:80]}")
        journal_of = parse_address(args.journal_of)
    folder = default_local_folder()
    dump = Path(args.backup)
    password = with_server_password(args.to, lambda given: _reached(address, folder, given))
    if not args.yes:
        preview = preview_server_restore(dump, folder, journal_of, password=password)
        _print_preview(preview, "dump")
        print("Nothing was changed: add --yes to restore into an empty database.")
        return 0
    report = restore_to_server(
        dump, address, system_clock, folder, password=password, journal_of=journal_of
    )
    print(f"restored into {address.server}")
    _print_replayed(report)
    return 0


def _reached(address: ServerAddress, folder: Path, password: str | None) -> str | None:
    """`password` once the server has taken it (ServerPasswordRefused otherwise)."""
    from l4d_desktop.core.store.postgres import ServerDatabase

    ServerDatabase(address, folder, password=password).dispose()
    return password


def restore_command(ctx: Context) -> int:
    from l4d_desktop.cli.errors import CliError
    from l4d_desktop.core.files.temp import temp_root_for
    from l4d_desktop.core.retention.restore import preview_restore
    from l4d_desktop.core.store.backup_crypt import opened_backup

    if ctx.args.journal_of is not None:
        raise CliError("--journal-of: only with a server's address as --to")
    backup, target = Path(ctx.args.backup), Path(ctx.args.to)
    passphrase = passphrase_of(ctx)
    if not ctx.args.yes:
        ctx.services.retention.rules(ctx.actor)  # logged in and allowed to look
        with opened_backup(backup, passphrase, temp_root_for(target)) as plain:
            _print_preview(preview_restore(plain, target), "backup")
        print("Nothing was changed: add --yes to restore.")
        return 0
    report = ctx.services.retention.restore(ctx.actor, backup, target, passphrase)
    print(f"restored {report.target}")
    _print_replayed(report)
    return 0


def _print_preview(p: RestorePreview, what: str) -> None:
    when = p.backup_time.isoformat() if p.backup_time else "-"
    print(f"{what} of {when}: sound")
    print(f"would replay {p.erasures} erasure(s) and {p.purges} purge rule(s)")
    print(f"would replay {p.consent_purges} purge(s) after a withdrawn consent")


def _print_replayed(report: RestoreReport) -> None:
    print(f"replayed {report.erasures_replayed} erasure(s), {report.purges_replayed} purge rule(s)"
          f" removing {report.rows_removed} row(s)")  # fmt: skip
    print(f"replayed {report.consent_purges_replayed} purge(s) after a withdrawn consent")
