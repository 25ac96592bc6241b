"""`backup DEST [--force]`: a verified online backup of the whole database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.targets import add_force, output_file

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    backup_parser = commands.add_parser("backup", help="verified online backup of the database")
    backup_parser.add_argument("dest", metavar="DEST")
    add_force(backup_parser)
    backup_parser.set_defaults(run=backup)


def backup(ctx: Context) -> int:
    dest = output_file(ctx.args.dest, ctx.args.force)
    path = ctx.services.maintenance.backup(ctx.actor, Path(dest))
    print(path)
    return 0
