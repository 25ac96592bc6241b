"""`backup DEST [--force] [--passphrase-file F | --ask-passphrase]`: a verified online backup of
the whole database, encrypted with the passphrase given (else as the backup setting says)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.passphrases import add_passphrase_options, passphrase_of
from l4d_desktop.cli.targets import add_force, output_file

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    backup_parser = commands.add_parser("backup", help="verified online backup of the database")
    backup_parser.add_argument("dest", metavar="DEST")
    add_force(backup_parser)
    add_passphrase_options(backup_parser, "encrypt the backup")
    backup_parser.set_defaults(run=backup)


def backup(ctx: Context) -> int:
    dest = output_file(ctx.args.dest, ctx.args.force)
    passphrase = passphrase_of(ctx, confirm=True)
    path = ctx.services.maintenance.backup(ctx.actor, Path(dest), passphrase)
    print(path)
    return 0
