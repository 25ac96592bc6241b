"""`backup DEST`: a verified online backup of the whole database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    backup_parser = commands.add_parser("backup", help="verified online backup of the database")
    backup_parser.add_argument("dest", metavar="DEST")
    backup_parser.set_defaults(run=backup)


def backup(ctx: Context) -> int:
    path = ctx.services.maintenance.backup(ctx.actor, Path(ctx.args.dest))
    print(path)
    return 0
