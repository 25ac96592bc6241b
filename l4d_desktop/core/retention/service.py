"""Retention that runs: the rules the pääkäyttäjä keeps with the processing register, the purge
queue they fill, the runs that empty it (retention/runs.py), and restore (retention/restore.py)."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.errors import ConflictError, ValidationError
from l4d_desktop.core.files.temp import temp_root_for
from l4d_desktop.core.retention.restore import (
    RestorePreview,
    RestoreReport,
    preview_restore,
    restore_backup,
)
from l4d_desktop.core.retention.rules import DEFAULTS_BY_CODE, MAX_PERIOD_MONTHS, RetentionRule
from l4d_desktop.core.retention.runs import (
    BATCH_SIZE,
    CUSTOMER_BATCH_SIZE,
    RetentionRunResult,
    RetentionRuns,
    RuleRunResult,
    load_rules,
)
from l4d_desktop.core.retention.selection import DueGroup, due_group
from l4d_desktop.core.store.backup_crypt import opened_backup
from l4d_desktop.core.store.models import RetentionRuleRow
from l4d_desktop.core.vocabulary import Right


class RetentionService(RetentionRuns):
    def rules(self, actor: Actor) -> list[RetentionRule]:
        """Every rule as it applies now; anyone who may view requests may read them (letters
        and the notice print them)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "retention.rules", write=False) as (s, _):
            return load_rules(s)

    def set_rule(
        self,
        actor: Actor,
        code: str,
        *,
        period_months: int,
        confirmed: bool,
        auto_run: bool,
        version: int,
    ) -> RetentionRule:
        """The pääkäyttäjä's decision on one rule; running by itself needs it confirmed."""
        default = DEFAULTS_BY_CODE.get(code)
        if default is None:
            raise ValidationError("rule", "choice_invalid")
        if not default.period_editable:
            period_months = default.period_months
        elif not 1 <= period_months <= MAX_PERIOD_MONTHS:
            raise ValidationError(
                "period_months", "retention_period_invalid", max=MAX_PERIOD_MONTHS
            )
        if auto_run and not confirmed:
            raise ValidationError("auto_run", "retention_auto_unconfirmed")
        with self._unit(actor, Right.USERS_ADMIN, "retention.rule") as (session, user):
            row = session.get(RetentionRuleRow, code)
            if (row.version if row else 0) != version:
                raise ConflictError()
            now = self.clock()
            if row is None:
                row = RetentionRuleRow(code=code, updated_at=now)
                session.add(row)
            row.period_months = period_months
            row.confirmed = confirmed
            row.auto_run = auto_run
            row.updated_at = now
            row.updated_by = user.id
            session.flush()
            detail = f"{code}:{period_months}m:{'confirmed' if confirmed else 'proposed'}"
            detail += ":auto" if auto_run else ""
            self.audit.append(
                session, actor_id=user.id, action="retention.rule", object_type="retention_rule",
                detail=detail,
            )  # fmt: skip
            return next(r for r in load_rules(session) if r.code == code)

    def due(self, actor: Actor) -> list[DueGroup]:
        """The purge queue: per rule, how many items are due now and the oldest one."""
        with self._unit(actor, Right.USERS_ADMIN, "retention.due", write=False) as (s, _):
            now = self.clock()
            return [due_group(s, r, now, office_today(now)) for r in load_rules(s)]

    def preview_restore(
        self, actor: Actor, backup: Path, passphrase: str | None = None
    ) -> RestorePreview:
        """What restoring `backup` over this database would replay; changes nothing. An
        encrypted backup needs its `passphrase`."""
        self._require(actor, Right.USERS_ADMIN, "db.restore_check")
        with opened_backup(Path(backup), passphrase, temp_root_for(self.db.path)) as plain:
            return preview_restore(plain, self.db.path)

    def restore(
        self,
        actor: Actor,
        backup: Path,
        target: Path | None = None,
        passphrase: str | None = None,
    ) -> RestoreReport:
        """Restore `backup` over `target` (default: this database) with the erasures and purges
        since it replayed (core/retention/restore.py). Needs users.admin, and the passphrase of
        an encrypted backup. When the target is this database, its connections are closed: the
        program must open it again."""
        self._require(actor, Right.USERS_ADMIN, "db.restore")
        target = Path(target) if target is not None else self.db.path
        with opened_backup(Path(backup), passphrase, temp_root_for(target)) as plain:
            if target.expanduser().resolve() == self.db.path:
                self.db.dispose()
            return restore_backup(plain, target, self.clock, actor.user_id)


__all__ = [
    "BATCH_SIZE",
    "CUSTOMER_BATCH_SIZE",
    "RetentionRunResult",
    "RetentionService",
    "RuleRunResult",
    "load_rules",
]
