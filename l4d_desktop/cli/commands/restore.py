"""`restore BACKUP --to PATH [--yes] [--passphrase-file F | --ask-passphrase]`: a backup brought
back, with every erasure and purge made since it replayed before anyone can log in
(users.admin); an encrypted backup needs its passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.passphrases import add_passphrase_options, passphrase_of

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    restore = commands.add_parser(
        "restore",
        help="restore a backup to PATH, replaying the erasures and purges made since "
        "(users.admin); without --yes only checks it",
    )
    restore.add_argument("backup", metavar="BACKUP")
    restore.add_argument("--to", required=True, metavar="PATH", help="the database to replace")
    restore.add_argument("--yes", action="store_true", help="replace PATH")
    add_passphrase_options(restore, "an encrypted backup")
    restore.set_defaults(run=restore_command)


def restore_command(ctx: Context) -> int:
    from l4d_desktop.core.files.temp import temp_root_for
    from l4d_desktop.core.retention.restore import preview_restore
    from l4d_desktop.core.store.backup_crypt import opened_backup

    backup, target = Path(ctx.args.backup), Path(ctx.args.to)
    passphrase = passphrase_of(ctx)
    if not ctx.args.yes:
        ctx.services.retention.rules(ctx.actor)  # logged in and allowed to look
        with opened_backup(backup, passphrase, temp_root_for(target)) as plain:
            p = preview_restore(plain, target)
        when = p.backup_time.isoformat() if p.backup_time else "-"
        print(f"backup of {when}: sound")
        print(f"would replay {p.erasures} erasure(s) and {p.purges} purge rule(s)")
        print(f"would replay {p.consent_purges} purge(s) after a withdrawn consent")
        print("Nothing was changed: add --yes to restore.")
        return 0
    report = ctx.services.retention.restore(ctx.actor, backup, target, passphrase)
    print(f"restored {report.target}")
    print(f"replayed {report.erasures_replayed} erasure(s), {report.purges_replayed} purge rule(s)"
          f" removing {report.rows_removed} row(s)")  # fmt: skip
    print(f"replayed {report.consent_purges_replayed} purge(s) after a withdrawn consent")
    return 0
