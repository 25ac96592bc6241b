"""Taking a customer import back: its rows removed and the customer-number counter put back.
An import a crash left running is undone when the register is next opened."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.customers.records import allocate_numbers
from l4d_desktop.core.demo.progress import audit_interrupted_fills
from l4d_desktop.core.store import counters
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.import_lock import undo_interrupted
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, Invoice

KIND = "customers"
ACTION = "customer.import"


@dataclass
class NumberCounter:
    """The customer-number counter before the import moved it, and where it left it."""

    before: int | None = None
    after: int | None = None

    def allocate(self, session: Session, count: int, reserved: set[str]) -> list[str]:
        """`count` fresh numbers that none of the file's own (not yet written) numbers use."""
        if self.before is None:
            self.before = counters.peek(session, counters.CUSTOMER_NUMBER)
        out: list[str] = []
        while len(out) < count:
            out += [n for n in allocate_numbers(session, count - len(out)) if n not in reserved]
        self.after = counters.peek(session, counters.CUSTOMER_NUMBER)
        return out

    def restore(self, session: Session) -> None:
        """Put the counter back, unless someone has taken numbers after the import did."""
        if self.before is not None and self.after is not None:
            counters.rewind(session, counters.CUSTOMER_NUMBER, self.after, self.before)


def remove_rows(session: Session, import_id: int) -> None:
    """Delete the import's customers; their consent events go with them (ON DELETE CASCADE).

    Someone may already have registered a request or an invoice for a customer while the
    import ran: that customer stays, as an ordinary one (a request must keep its person).
    """
    in_use = (
        select(DataSubjectRequest.customer_id)
        .where(DataSubjectRequest.customer_id.is_not(None))
        .union(select(Invoice.customer_id).where(Invoice.customer_id.is_not(None)))
    )
    session.execute(
        update(Customer)
        .where(Customer.import_id == import_id, Customer.id.in_(in_use))
        .values(import_id=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Customer)
        .where(Customer.import_id == import_id)
        .execution_options(synchronize_session=False)
    )


def recover_interrupted_imports(db: Database, audit: AuditLog) -> list[int]:
    """Undo customer imports a crash left running (see import_lock); returns their ids.

    Demo fills, the other bulk writer of customers, are settled here too: a killed one keeps
    its committed batches, and gets the audit entry it never wrote (see demo.progress)."""
    undone = undo_interrupted(db, audit, KIND, ACTION, remove_rows)
    audit_interrupted_fills(db, audit)
    return undone
