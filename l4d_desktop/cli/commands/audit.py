"""`audit verify|checkpoint|export`: the hash-chained audit log checked, anchored or exported."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.parser import add_noun
from l4d_desktop.cli.targets import add_force, output_file

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    actions = add_noun(commands, "audit", "verify the audit chain or export its head")
    verify = actions.add_parser("verify", help="check the hash chain (and a checkpoint)")
    verify.add_argument("--checkpoint", metavar="FILE")
    verify.set_defaults(run=audit_verify)
    checkpoint = actions.add_parser("checkpoint", help="write the chain's head to FILE")
    checkpoint.add_argument("file", metavar="FILE")
    add_force(checkpoint)
    checkpoint.set_defaults(run=audit_checkpoint)
    export = actions.add_parser("export", help="the log as CSV (audit.read and data.export)")
    export.add_argument("file", metavar="FILE")
    add_force(export)
    export.set_defaults(run=audit_export)


def audit_verify(ctx: Context) -> int:
    """Exit 0 when the chain (and the checkpoint, if given) holds, 1 when it is broken."""
    from l4d_desktop.core.audit.log import Checkpoint

    checkpoint = Checkpoint.from_file(Path(ctx.args.checkpoint)) if ctx.args.checkpoint else None
    result = ctx.services.maintenance.verify_audit(ctx.actor, checkpoint)
    if result.ok:
        against = f", matches checkpoint at entry {checkpoint.head_id}" if checkpoint else ""
        print(f"audit log OK: {result.count} entries, head {result.head_hash}{against}")
        return 0
    print(f"audit log BROKEN at entry {result.first_broken_id}: {result.reason}")
    return 1


def audit_checkpoint(ctx: Context) -> int:
    path = output_file(ctx.args.file, ctx.args.force)
    cp = ctx.services.maintenance.write_checkpoint(ctx.actor, path)
    print(f"checkpoint written to {path}: entry {cp.head_id}, head {cp.head_hash}")
    return 0


def audit_export(ctx: Context) -> int:
    """The whole log, oldest first, as CSV (needs audit.read and data.export)."""
    path = output_file(ctx.args.file, ctx.args.force)
    count = ctx.services.audit_viewer.export_csv(ctx.actor, path)
    print(f"{count} audit entries written to {path}")
    return 0
