"""Administrators' operations on the database as a whole: backup, audit verification."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import Checkpoint, VerifyResult, write_checkpoint
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.backup import backup_database
from l4d_desktop.core.vocabulary import Right


class MaintenanceService(Service):
    def backup(self, actor: Actor, dest: Path) -> Path:
        """Online backup, verified. A copy holds every password hash, the audit log and the
        restricted people, none of which a handler may read: it needs users.admin (and, as it
        takes everyone's data out of the program, data.export)."""
        self._require(actor, (Right.USERS_ADMIN, Right.DATA_EXPORT), "db.backup")
        path = backup_database(self.db, dest)
        self.audit.append_separately(actor_id=actor.user_id, action="db.backup")
        return path

    def verify_audit(self, actor: Actor, checkpoint: Checkpoint | None = None) -> VerifyResult:
        self._require(actor, Right.AUDIT_READ, "audit.verify")
        result = self.audit.verify_anchored(checkpoint)
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="audit.verify",
            outcome="ok" if result.ok else "broken",
            object_id=result.first_broken_id,
        )
        return result

    def write_checkpoint(self, actor: Actor, path: Path) -> Checkpoint:
        self._require(actor, Right.AUDIT_READ, "audit.checkpoint")
        cp = self.audit.checkpoint()
        write_checkpoint(cp, path)
        self.audit.append_separately(
            actor_id=actor.user_id, action="audit.checkpoint", object_id=cp.head_id
        )
        return cp
