"""Retention that runs: the rules the pääkäyttäjä keeps with the processing register, the purge
queue they fill, and runs that empty it one audited transaction per batch, journalled so that a
restored backup forgets again, and scrubbed from the file afterwards like an erasure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.errors import ConflictError, L4DError, ValidationError
from l4d_desktop.core.retention.apply import apply_batch
from l4d_desktop.core.retention.restore import (
    RestorePreview,
    RestoreReport,
    preview_restore,
    restore_backup,
)
from l4d_desktop.core.retention.rules import (
    DEFAULT_RULES,
    DEFAULTS_BY_CODE,
    MAX_PERIOD_MONTHS,
    RetentionRule,
    RuleCode,
)
from l4d_desktop.core.retention.selection import DueGroup, cutoff_of, due_group, due_keys
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import KIND_CUSTOMER, KIND_RULE, ErasureJournal
from l4d_desktop.core.store.models import RetentionRuleRow, RetentionRun
from l4d_desktop.core.store.scrub import ScrubOutcome, mark_scrub_pending, scrub_wal
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right

# Rows per transaction: small enough that a batch commits in well under a second.
BATCH_SIZE = 200
# Erasing an inactive customer touches every table: fewer per transaction.
CUSTOMER_BATCH_SIZE = 20

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RuleRunResult:
    rule: str
    run_id: int | None
    cutoff: dt.datetime
    items: int
    batches: int
    cancelled: bool


@dataclass(frozen=True)
class RetentionRunResult:
    rules: tuple[RuleRunResult, ...]
    scrub: ScrubOutcome | None

    @property
    def items(self) -> int:
        return sum(r.items for r in self.rules)

    @property
    def cancelled(self) -> bool:
        return any(r.cancelled for r in self.rules)


def load_rules(session: Session) -> list[RetentionRule]:
    rows = {r.code: r for r in session.scalars(select(RetentionRuleRow))}
    rules = []
    for d in DEFAULT_RULES:
        row = rows.get(d.code.value)
        rules.append(
            RetentionRule(
                code=d.code.value,
                period_months=row.period_months if row else d.period_months,
                counts_from=d.counts_from.value,
                outcome=d.outcome.value,
                register_purpose=d.register_purpose,
                period_editable=d.period_editable,
                confirmed=bool(row and row.confirmed),
                auto_run=bool(row and row.confirmed and row.auto_run),
                version=row.version if row else 0,
            )
        )
    return rules


class RetentionService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings
        self.journal = ErasureJournal(db.path)

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

    def run(
        self,
        actor: Actor,
        rule: str | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> RetentionRunResult:
        """Apply one rule (or all), batch by batch; each batch is one transaction with its
        audit entry and journal line, so a kill leaves whole batches only. Needs users.admin."""
        if rule is not None and rule not in DEFAULTS_BY_CODE:
            raise ValidationError("rule", "choice_invalid")
        codes = [rule] if rule else [d.code.value for d in DEFAULT_RULES]
        return self._run(actor, codes, progress, cancelled)

    def run_approved(self) -> RetentionRunResult:
        """The rules the pääkäyttäjä approved to run by themselves (at start and daily),
        audited under the user who approved each."""
        with self.db.read() as session:
            rows = {
                r.code: r.updated_by
                for r in session.scalars(select(RetentionRuleRow))
                if r.confirmed and r.auto_run and r.updated_by is not None
            }
        results: list[RuleRunResult] = []
        scrub: ScrubOutcome | None = None
        for code, user_id in rows.items():
            approver = Actor(user_id, "", "", "", frozenset())
            try:
                outcome = self._run(approver, [code], None, None)
            except L4DError:  # the approver lost the right or the account: the rule waits
                continue
            results.extend(outcome.rules)
            scrub = outcome.scrub or scrub
        return RetentionRunResult(tuple(results), scrub)

    def _run(
        self,
        actor: Actor,
        codes: list[str],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> RetentionRunResult:
        self._require(actor, Right.USERS_ADMIN, "retention.run")
        now = self.clock()
        with self.db.read() as session:
            rules = {r.code: r for r in load_rules(session)}
            total = sum(due_group(session, rules[c], now, office_today(now)).count for c in codes)
        done = 0
        results = []
        for code in codes:
            result = self._run_rule(actor, rules[code], now, done, total, progress, cancelled)
            done += result.items
            results.append(result)
            if result.cancelled:
                break
        removed = sum(r.items for r in results)
        scrub = scrub_wal(self.db) if removed else None
        return RetentionRunResult(tuple(results), scrub)

    def _run_rule(
        self,
        actor: Actor,
        rule: RetentionRule,
        now: dt.datetime,
        done: int,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> RuleRunResult:
        cutoff = cutoff_of(rule, now, office_today(now))
        size = CUSTOMER_BATCH_SIZE if rule.code == RuleCode.INACTIVE_CUSTOMERS else BATCH_SIZE
        run_id: int | None = None
        items = batches = 0
        stopped = False
        while True:
            if cancelled is not None and cancelled():
                stopped = True
                break
            seqs: list[int] = []
            with self._unit(actor, Right.USERS_ADMIN, "retention.run") as (session, user):
                keys = due_keys(session, rule.code, cutoff, now, size)
                if run_id is None:
                    if not keys:
                        break
                    run = RetentionRun(
                        rule=rule.code, cutoff=cutoff, started_at=now, actor_id=user.id
                    )
                    session.add(run)
                    session.flush()
                    run_id = run.id
                run_row = session.get(RetentionRun, run_id)
                assert run_row is not None
                if not keys:
                    run_row.status = "done"
                    run_row.finished_at = self.clock()
                    break
                seqs = self._journal(rule.code, keys, now, cutoff)
                n = apply_batch(session, rule.code, keys, now, voucher_rule(session, self.settings))
                run_row.items += n
                run_row.batches += 1
                if rule.code == RuleCode.INACTIVE_CUSTOMERS:
                    for key in keys:  # each erasure on the log, as a request's is
                        self.audit.append(
                            session, actor_id=user.id, action="customer.erase",
                            object_type="customer", object_id=int(key),
                            detail="retention:inactive_customers",
                        )  # fmt: skip
                self.audit.append(
                    session, actor_id=user.id, action="retention.purge",
                    object_type="retention_run", object_id=run_id, detail=f"{rule.code}:{n}",
                )  # fmt: skip
                mark_scrub_pending(self.db)  # removed once the checkpoint is complete
            self.journal.finish(seqs)
            items += n
            batches += 1
            if progress is not None:
                progress(done + items, max(total, done + items))
        if stopped and run_id is not None:
            with self.db.transaction() as session:
                run_row = session.get(RetentionRun, run_id)
                if run_row is not None:
                    run_row.status = "cancelled"
                    run_row.finished_at = self.clock()
        return RuleRunResult(rule.code, run_id, cutoff, items, batches, stopped)

    def preview_restore(self, actor: Actor, backup: Path) -> RestorePreview:
        """What restoring `backup` over this database would replay; changes nothing."""
        self._require(actor, Right.USERS_ADMIN, "db.restore_check")
        return preview_restore(backup, self.db.path)

    def restore(self, actor: Actor, backup: Path, target: Path | None = None) -> RestoreReport:
        """Restore `backup` over `target` (default: this database) with the erasures and purges
        since it replayed (core/retention/restore.py). Needs users.admin. When the target is
        this database, its connections are closed: the program must open it again."""
        self._require(actor, Right.USERS_ADMIN, "db.restore")
        target = Path(target) if target is not None else self.db.path
        same = target.expanduser().resolve() == self.db.path
        if same:
            self.db.dispose()
        return restore_backup(backup, target, self.clock, actor.user_id)

    def _journal(
        self, code: str, keys: list[object], now: dt.datetime, cutoff: dt.datetime
    ) -> list[int]:
        """Pending journal lines for a batch, written before it commits: inactive customers by
        their row id, other rules by their cut-off (applying it again removes only what was
        due)."""
        if code == RuleCode.INACTIVE_CUSTOMERS:
            return [self.journal.begin(KIND_CUSTOMER, str(k), now) for k in keys]
        return [self.journal.begin(KIND_RULE, code, now, cutoff)]


__all__ = ["RetentionRunResult", "RetentionService", "RuleRunResult", "load_rules"]
