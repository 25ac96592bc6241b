"""`backup DEST [--force] [--passphrase-file F | --ask-passphrase]`: a verified online backup of
the whole database, encrypted with the passphrase given (else as the backup setting says); and
`backup-settings [--folder F] [--keep N] [--passphrase-file F | --ask-passphrase |
--no-encryption]`, the automatic backups' folder, count and encryption (users.admin)."""

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

    settings = commands.add_parser(
        "backup-settings",
        help="show or change the automatic backups' folder, how many (days) are kept and "
        "whether they are encrypted (users.admin)",
    )
    settings.add_argument("--folder", metavar="F", help="the backup folder ('' for the default)")
    settings.add_argument("--keep", type=int, metavar="N", help="backups kept, and days each")
    group = add_passphrase_options(settings, "encrypt every backup from now on")
    group.add_argument("--no-encryption", action="store_true", help="stop encrypting backups")
    settings.set_defaults(run=backup_settings)


def backup(ctx: Context) -> int:
    dest = output_file(ctx.args.dest, ctx.args.force)
    passphrase = passphrase_of(ctx, confirm=True)
    path = ctx.services.maintenance.backup(ctx.actor, Path(dest), passphrase)
    print(path)
    return 0


def backup_settings(ctx: Context) -> int:
    maintenance, args = ctx.services.maintenance, ctx.args
    current = maintenance.backup_settings(ctx.actor)
    if args.folder is not None or args.keep is not None:
        folder = args.folder if args.folder is not None else current.folder
        keep = args.keep if args.keep is not None else current.keep
        current = maintenance.set_backup_settings(ctx.actor, folder, keep)
    passphrase = passphrase_of(ctx, confirm=True)
    if passphrase is not None or args.no_encryption:
        maintenance.set_backup_passphrase(ctx.actor, passphrase)
        current = maintenance.backup_settings(ctx.actor)
    print(f"folder: {current.folder or current.default_folder}")
    print(f"kept: {current.keep} (days)")
    print(f"encrypted: {'yes' if current.encrypted else 'no'}")
    return 0
