"""Administrators' operations on the database as a whole: backup, audit verification."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import Checkpoint, VerifyResult, write_checkpoint
from l4d_desktop.core.errors import StorageError, ValidationError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.backup import (
    automatic_backups,
    backup_database,
    backup_folder_for,
    backup_if_due,
    default_backup_folder,
)
from l4d_desktop.core.store.backup_crypt import BackupKey
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

# How many automatic backups (and days) may be kept: at least one, at most a year's.
KEEP_MIN, KEEP_MAX = 1, 365


@dataclass(frozen=True)
class BackupSettings:
    folder: str  # as set; empty: the program's own backup folder
    default_folder: Path
    keep: int  # backups kept, and days each is kept at most
    encrypted: bool  # a backup passphrase is set


class MaintenanceService(Service):
    settings = SettingsStore()

    def backup(self, actor: Actor, dest: Path, passphrase: str | None = None) -> Path:
        """Online backup, verified. A copy holds every password hash, the audit log and the
        restricted people, none of which a handler may read: it needs users.admin (and, as it
        takes everyone's data out of the program, data.export). Encrypted with `passphrase`
        when one is given, else under the backup key setting when backups are encrypted."""
        self._require(actor, (Right.USERS_ADMIN, Right.DATA_EXPORT), "db.backup")
        if passphrase is not None:
            key: BackupKey | None = BackupKey.create(passphrase)
        else:
            with self.db.read() as session:
                key = BackupKey.from_setting(self.settings.get(session, "backup_key"))
        path = backup_database(self.db, dest, key=key)
        detail = "encrypted" if key is not None else ""
        self.audit.append_separately(actor_id=actor.user_id, action="db.backup", detail=detail)
        return path

    def backups_encrypted(self, actor: Actor) -> bool:
        self._require(actor, Right.USERS_ADMIN, "db.backups")
        with self.db.read() as session:
            return bool(self.settings.get(session, "backup_key").strip())

    def backup_settings(self, actor: Actor) -> BackupSettings:
        self._require(actor, Right.USERS_ADMIN, "db.backups")
        with self.db.read() as session:
            return BackupSettings(
                folder=self.settings.get(session, "backup_folder"),
                default_folder=default_backup_folder(),
                keep=self.settings.get_int(session, "backup_keep"),
                encrypted=bool(self.settings.get(session, "backup_key").strip()),
            )

    def set_backup_settings(self, actor: Actor, folder: str, keep: int) -> BackupSettings:
        """Where automatic backups go (empty: the program's own folder) and how many are kept
        (also how many days each is kept, which the erasure letter prints)."""
        folder = folder.strip()
        if not KEEP_MIN <= keep <= KEEP_MAX:
            raise ValidationError("backup_keep", "backup_keep_invalid", min=KEEP_MIN, max=KEEP_MAX)
        if "\0" in folder or len(folder) > 1000:
            raise ValidationError("backup_folder", "control_chars")
        try:
            backup_folder_for(self.db.path, folder)
        except StorageError:
            raise ValidationError("backup_folder", "backup_folder_is_database") from None
        with self._unit(actor, Right.USERS_ADMIN, "settings.backup") as (session, user):
            self.settings.put(session, "backup_folder", folder)
            self.settings.put(session, "backup_keep", str(keep))
            self.audit.append(
                session, actor_id=user.id, action="settings.backup", detail=f"keep:{keep}"
            )
        return self.backup_settings(actor)

    def set_backup_passphrase(self, actor: Actor, passphrase: str | None) -> None:
        """Encrypt every backup from now on under `passphrase` (None: stop encrypting). Only a
        key it wraps is kept, never the passphrase: a backup made under it is read with it,
        also after it has been changed; the program makes automatic backups without it."""
        key = BackupKey.create(passphrase).to_setting() if passphrase is not None else ""
        with self._unit(actor, Right.USERS_ADMIN, "settings.backup_key") as (session, user):
            self.settings.put(session, "backup_key", key)
            self.audit.append(
                session, actor_id=user.id, action="settings.backup_key",
                detail="on" if key else "off",
            )  # fmt: skip

    def backup_if_due(self, actor: Actor) -> Path | None:
        """The automatic backup at start: made (in the background) when the last is older than
        a day, into the backup folder setting, keeping `backup_keep`; None when not due."""
        self._require(actor, (Right.USERS_ADMIN, Right.DATA_EXPORT), "db.backup")
        with self.db.read() as session:
            folder = backup_folder_for(self.db.path, self.settings.get(session, "backup_folder"))
            keep = self.settings.get_int(session, "backup_keep")
            key = BackupKey.from_setting(self.settings.get(session, "backup_key"))
        path = backup_if_due(self.db, folder, keep, self.clock(), key)
        if path is not None:
            detail = "auto,encrypted" if key is not None else "auto"
            self.audit.append_separately(actor_id=actor.user_id, action="db.backup", detail=detail)
        return path

    def last_backup(self, actor: Actor) -> dt.datetime | None:
        """When the newest automatic backup was made (the File menu shows it)."""
        self._require(actor, Right.USERS_ADMIN, "db.backups")
        with self.db.read() as session:
            folder = backup_folder_for(self.db.path, self.settings.get(session, "backup_folder"))
        found = automatic_backups(self.db.path, folder)
        return found[0][0] if found else None

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
