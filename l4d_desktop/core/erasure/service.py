"""Erasure (Art. 17): a plan shown before anything happens, then one transaction, then a
checkpoint that leaves no byte of the person in the database file or its WAL.

What happens to each kind of data (LEGAL.md "Erasure", PRODUCT.md "Erasure and retention"):

- the customer row, its consent events, objections and web events: deleted;
- an objection to direct marketing survives only as the hashed suppression entries of the email
  and phone (no name, no address), so that a later import cannot market to the person again;
- invoices: kept for the Accounting Act with the buyer's name and billing address (a voucher
  must show them), unlinked from the customer, with the day they are kept until; an invoice
  whose keeping time has already ended is deleted;
- the person's requests keep type, dates and outcome under a pseudonymous reference; their
  free text is emptied (what the requester wrote, name and contact given, the identity note,
  the reasons and assessment, the reasons of pauses and Art. 19 lines); a rectification's
  record keeps the names of the fields only, as it always does.

The plan is made in erasure/plan.py, carried out in erasure/run.py, and the checkpoint after it
is the store's (store/scrub.py); the vouchers kept are purged later from erasure/purge.py.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import update
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.suppression import has_legacy_entries, rekey_legacy_entries
from l4d_desktop.core.erasure.plan import backup_keep_days, build_plan, load_erasable
from l4d_desktop.core.erasure.purge import KeptVoucherPurge
from l4d_desktop.core.erasure.records import ERASURE_LETTER_KIND, ErasurePlan, ErasureResult
from l4d_desktop.core.erasure.retention import voucher_rule
from l4d_desktop.core.erasure.run import carry_out, new_subject_ref
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied
from l4d_desktop.core.requests.desk import audit_request
from l4d_desktop.core.security.access import rights_of
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.erasure_journal import KIND_CUSTOMER
from l4d_desktop.core.store.models import ArchivedLetterRow, Customer, DataSubjectRequest, User
from l4d_desktop.core.store.scrub import (
    ScrubOutcome,
    mark_scrub_pending,
    scrub_pending,
    scrub_wal,
)
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Right


class ErasureService(KeptVoucherPurge):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings
        # What the start found owed by an earlier run: None when nothing was.
        self.start_scrub = self._finish_interrupted()

    def _finish_interrupted(self) -> ScrubOutcome | None:
        """At start: key a suppression list of the older, unkeyed form, and complete the
        checkpoint of an erasure or purge whose process ended between its commit and the
        checkpoint (or whose checkpoint was kept busy)."""
        with self.db.read() as session:
            legacy = has_legacy_entries(session)
        if legacy:
            with self.db.transaction() as session:
                rekey_legacy_entries(session)
        if not scrub_pending(self.db):
            return None
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts)
        logging.getLogger(__name__).info(
            "checkpoint owed by an earlier erasure: %s", "done" if outcome.ok else "still busy"
        )
        return outcome

    @contextmanager
    def _erase_unit(self, actor: Actor, operation: str) -> Iterator[tuple[Session, User]]:
        """A write unit that needs customers.erase and requests.handle: one transaction
        checks both, and a missing second right is refused and audited under its own name."""
        try:
            with self._unit(actor, Right.CUSTOMERS_ERASE, operation) as (session, user):
                if str(Right.REQUESTS_HANDLE) not in rights_of(session, user):
                    raise _MissingRight()
                yield session, user
        except _MissingRight:
            self.audit.append_separately(
                actor_id=actor.user_id,
                action=operation,
                outcome="denied",
                detail=str(Right.REQUESTS_HANDLE),
            )
            raise PermissionDenied(str(Right.REQUESTS_HANDLE)) from None

    def plan(self, actor: Actor, request_id: int) -> ErasurePlan:
        """What run() would do, item by item; audited as a view of the person's data. Needs
        customers.erase and requests.handle, as run() does."""
        with self._erase_unit(actor, "erasure.plan") as (session, user):
            request, customer = load_erasable(session, request_id)
            today = office_today(self.clock())
            plan = self._plan(session, request, customer, today)
            detail = f"customer:{customer.id}"
            audit_request(self.audit, session, user.id, "erasure.plan", request.id, detail)
            return plan

    def run(self, actor: Actor, request_id: int, token: str) -> ErasureResult:
        """Carry out the plan whose `token` the user confirmed, in one transaction, then
        checkpoint the database so that no byte of the person is left in its files.

        The result's `scrub.ok` is False when other programs kept the WAL busy through every
        attempt: the erasure is saved, and scrub() finishes the checkpoint later."""
        with self._erase_unit(actor, "erasure.run") as (session, user):
            request, customer = load_erasable(session, request_id)
            now = self.clock()
            today = office_today(now)
            plan = self._plan(session, request, customer, today)
            if plan.token != token:
                raise BusinessRuleError("erasure_plan_changed", request=request.id)
            if not plan.letter_ready:
                # No letter yet, or the latest describes other data: a new one must leave.
                raise BusinessRuleError(plan.letter_notice, request=request.id)
            ref = new_subject_ref()
            deleted, anonymised = carry_out(session, plan, customer, ref, now)
            # The archive keeps, beside the letter, the day its erasure actually ran.
            session.execute(
                update(ArchivedLetterRow)
                .where(
                    ArchivedLetterRow.request_id == request.id,
                    ArchivedLetterRow.kind == ERASURE_LETTER_KIND,
                    ArchivedLetterRow.plan_token == plan.token,
                )
                .values(erasure_ran_on=today),
                execution_options={"synchronize_session": False},
            )
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.erase",
                object_type="customer",
                object_id=plan.customer_id,
                detail=f"request:{request.id}",
            )
            detail = f"kept:{len(plan.kept)}"
            audit_request(self.audit, session, user.id, "request.erase", request.id, detail)
            mark_scrub_pending(self.db)  # removed once the checkpoint is complete
            # So that a restored backup forgets the person again (core/store/erasure_journal).
            journal = self.db.erasure_journal()
            seq = journal.begin(KIND_CUSTOMER, str(plan.customer_id), now)
        journal.finish([seq])
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts)
        return ErasureResult(
            request_id=plan.request_id,
            subject_ref=ref,
            erased_at=now,
            deleted=deleted,
            anonymised=anonymised,
            kept=plan.kept,
            scrub=outcome,
            letter_ready=True,
            erase_by=plan.erase_by,
        )

    def _plan(
        self, session: Session, request: DataSubjectRequest, customer: Customer, today: dt.date
    ) -> ErasurePlan:
        rule = voucher_rule(session, self.settings)
        days = backup_keep_days(session, self.settings)
        return build_plan(session, request, customer, rule, today, days)

    def scrub(self, actor: Actor) -> ScrubOutcome:
        """Checkpoint the database again, for an erasure whose checkpoint was kept busy."""
        self._require(actor, Right.CUSTOMERS_ERASE, "erasure.scrub")
        outcome = scrub_wal(self.db, attempts=self.scrub_attempts)
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="erasure.scrub",
            outcome="ok" if outcome.ok else "busy",
        )
        return outcome


class _MissingRight(Exception):
    pass


__all__ = ["ErasureService"]
