"""Retention runs: what has fallen due removed or minimised one audited transaction per batch,
each batch with its erasure journal line, so that a kill leaves whole batches only and a restored
backup forgets again; the database scrubbed afterwards like after an erasure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.core.retention.apply import apply_batch
from l4d_desktop.core.retention.rules import (
    DEFAULT_RULES,
    DEFAULTS_BY_CODE,
    RetentionRule,
    RuleCode,
)
from l4d_desktop.core.retention.selection import cutoff_of, due_group, due_keys
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import KIND_CUSTOMER, KIND_RULE
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


class RetentionRuns(Service):
    """The runs' half of RetentionService."""

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings
        self.journal = db.erasure_journal()

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

    def _journal(
        self, code: str, keys: list[object], now: dt.datetime, cutoff: dt.datetime
    ) -> list[int]:
        """Pending journal lines for a batch, written before it commits: inactive customers by
        their row id, other rules by their cut-off (applying it again removes only what was
        due)."""
        if code == RuleCode.INACTIVE_CUSTOMERS:
            return [self.journal.begin(KIND_CUSTOMER, str(k), now) for k in keys]
        return [self.journal.begin(KIND_RULE, code, now, cutoff)]


__all__ = [
    "BATCH_SIZE",
    "CUSTOMER_BATCH_SIZE",
    "RetentionRunResult",
    "RetentionRuns",
    "RuleRunResult",
    "load_rules",
]
