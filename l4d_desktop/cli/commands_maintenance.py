"""Commands on the database as a whole: backup, audit verify, checkpoint and export."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.cli.context import Context
from l4d_desktop.core.audit.log import Checkpoint


def backup(ctx: Context) -> int:
    path = ctx.services.maintenance.backup(ctx.actor, Path(ctx.args.dest))
    print(path)
    return 0


def audit_verify(ctx: Context) -> int:
    """Exit 0 when the chain (and the checkpoint, if given) holds, 1 when it is broken."""
    checkpoint = Checkpoint.from_file(Path(ctx.args.checkpoint)) if ctx.args.checkpoint else None
    result = ctx.services.maintenance.verify_audit(ctx.actor, checkpoint)
    if result.ok:
        against = f", matches checkpoint at entry {checkpoint.head_id}" if checkpoint else ""
        print(f"audit log OK: {result.count} entries, head {result.head_hash}{against}")
        return 0
    print(f"audit log BROKEN at entry {result.first_broken_id}: {result.reason}")
    return 1


def audit_checkpoint(ctx: Context) -> int:
    path = Path(ctx.args.file)
    cp = ctx.services.maintenance.write_checkpoint(ctx.actor, path)
    print(f"checkpoint written to {path}: entry {cp.head_id}, head {cp.head_hash}")
    return 0


def audit_export(ctx: Context) -> int:
    """The whole log, oldest first, as CSV (needs audit.read and data.export)."""
    path = Path(ctx.args.file)
    count = ctx.services.audit_viewer.export_csv(ctx.actor, path)
    print(f"{count} audit entries written to {path}")
    return 0
