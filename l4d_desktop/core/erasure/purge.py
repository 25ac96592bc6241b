"""The purge queue: vouchers kept for the Accounting Act after their customer was erased, and
their deletion once the keeping time is over (a person approves it in the window)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.erasure.records import PurgeItem, PurgeResult
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.erasure_journal import KIND_RULE
from l4d_desktop.core.store.models import Invoice
from l4d_desktop.core.store.scrub import SCRUB_ATTEMPTS, mark_scrub_pending, scrub_wal
from l4d_desktop.core.vocabulary import KeepReason, Right


class KeptVoucherPurge(Service):
    """The kept vouchers' half of ErasureService."""

    # How long the checkpoint after an erasure or purge waits for other readers, in attempts.
    scrub_attempts: int = SCRUB_ATTEMPTS

    def purge_queue(self, actor: Actor, today: dt.date | None = None) -> list[PurgeItem]:
        """Every voucher kept after an erasure, the first to be purged first; `due` marks those
        whose keeping time is over on `today` (default: the office's today)."""
        with self._unit(actor, Right.CUSTOMERS_ERASE, "erasure.purge_queue", write=False) as (
            session,
            _,
        ):
            day = today or office_today(self.clock())
            rows = session.scalars(
                select(Invoice)
                .where(Invoice.kept_until.is_not(None))
                .order_by(Invoice.kept_until, Invoice.id)
            )
            return [purge_item(i, day) for i in rows]

    def purge_due(self, actor: Actor, today: dt.date | None = None) -> PurgeResult:
        """Delete the kept vouchers whose keeping time ended before `today` (a person approves
        it in the window), each deletion audited, then checkpoint the database."""
        real_today = office_today(self.clock())
        day = today or real_today
        if day > real_today:
            raise ValidationError("today", "date_in_future")
        with self._unit(actor, Right.CUSTOMERS_ERASE, "erasure.purge") as (session, user):
            ids = list(
                session.scalars(
                    select(Invoice.id)
                    .where(Invoice.kept_until.is_not(None), Invoice.kept_until < day)
                    .order_by(Invoice.kept_until, Invoice.id)
                )
            )
            if ids:
                session.execute(
                    delete(Invoice).where(Invoice.id.in_(ids)),
                    execution_options={"synchronize_session": False},
                )
            for invoice_id in ids:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="invoice.purge",
                    object_type="invoice",
                    object_id=invoice_id,
                    detail=KeepReason.ACCOUNTING_ACT.value,
                )
            journal, seqs = self.db.erasure_journal(), []
            if ids:
                mark_scrub_pending(self.db)  # removed once the checkpoint is complete
                # A restore applies the same cut-off again (core/store/erasure_journal).
                cutoff = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
                seqs.append(journal.begin(KIND_RULE, "kept_invoices", self.clock(), cutoff))
        journal.finish(seqs)
        if not ids:
            return PurgeResult((), None)
        return PurgeResult(tuple(ids), scrub_wal(self.db, attempts=self.scrub_attempts))


def purge_item(invoice: Invoice, today: dt.date) -> PurgeItem:
    assert invoice.kept_until is not None
    return PurgeItem(
        invoice_id=invoice.id,
        invoice_number=invoice.invoice_number,
        invoice_date=invoice.invoice_date,
        amount_cents=invoice.amount_cents,
        keep_reason=invoice.keep_reason or KeepReason.ACCOUNTING_ACT.value,
        kept_until=invoice.kept_until,
        purge_on=invoice.kept_until + dt.timedelta(days=1),
        due=invoice.kept_until < today,
    )


__all__ = ["KeptVoucherPurge", "purge_item"]
