"""Demo data: realistic Finnish customers, with consents, web events and invoices.

For trying the program and for the benchmarks. Every value stored is one the register itself
would store for the same input: the generator builds values only from tables whose entries are
checked against the register's own cleaning (`clean_text`, `clean_email`, `clean_phone`,
`clean_business_id`) the first time they are used, in forms those functions return unchanged
(E.164 phone numbers, lower-case ASCII email addresses, y-tunnus as 1234567-8, five-digit postal
codes). A sample of the generated customers (the first few hundred and then every
`VERIFY_EVERY`-th) is also run through `clean_customer` and `search_text` in full, and a
mismatch stops the fill before its batch is written. Search text and sort key are made by the
same functions `apply_clean` uses.

Rows are written with Core `insert()` executemany in batches, each batch in its own
transaction (so that other users never wait long), and the whole fill is recorded as one
`demo.fill` audit entry holding counts and ids only (a fill killed half-way gets its entry at
the next start: see demo.progress). Email addresses are on reserved example
domains, so that no message sent from a demo register can reach anyone.

The same seed on the same register at the same clock gives the same data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.invoices import billing_address
from l4d_desktop.core.customers.records import allocate_numbers
from l4d_desktop.core.demo.checks import check_tables, verify_person
from l4d_desktop.core.demo.generator import Generator, Person
from l4d_desktop.core.demo.progress import KIND as PROGRESS_KIND
from l4d_desktop.core.demo.progress import close_fill, counts_detail, record_batch
from l4d_desktop.core.demo.tables import PURPOSE_SHARE
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.counters import DEMO_INVOICE_NUMBER, free_numbers
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.import_lock import ImportLock, start_import
from l4d_desktop.core.store.models import ConsentEvent, ConsentPurpose, Customer, Invoice, WebEvent
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import fold
from l4d_desktop.core.vocabulary import Right

BATCH = 5000
MAX_CUSTOMERS = 1_000_000
VERIFY_FIRST = 300
VERIFY_EVERY = 97
_INVOICE_DIGITS = 7


@dataclass(frozen=True)
class DemoSummary:
    """What a fill added: counts, and the range of the new customers' ids."""

    customers: int
    consent_events: int
    web_events: int
    invoices: int
    first_customer_id: int | None
    last_customer_id: int | None


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _first(ids: list[int]) -> int | None:
    return ids[0] if ids else None


def _invoice_numbers(session: Session, count: int) -> list[str]:
    """Seven-digit numbers from the demo's own counter, passing over any typed in already."""
    if not count:
        return []
    numbers = free_numbers(session, DEMO_INVOICE_NUMBER, count, Invoice.invoice_number)
    if len(numbers[-1]) > _INVOICE_DIGITS:
        raise RuntimeError("demo invoice numbers exhausted")
    return numbers


class DemoDataService(Service):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        super().__init__(db, audit, clock)
        self.settings = SettingsStore()

    def fill(
        self,
        actor: Actor,
        customers: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
        *,
        batch_size: int = BATCH,
    ) -> DemoSummary:
        """Add `customers` made-up customers with consents, web events and invoices.

        Needs `users.admin`. Batches of `batch_size` customers commit one by one, so that other
        users never wait long; `progress(done, total)` is called after each. The fill is audited
        once, as `demo.fill` with the counts, in the transaction of its last batch.
        """
        if not 0 <= customers <= MAX_CUSTOMERS:
            raise ValueError(f"customers must be between 0 and {MAX_CUSTOMERS}")
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        check_tables()
        with self._unit(actor, Right.USERS_ADMIN, "demo.fill", write=False) as (session, _):
            purposes = {
                code: pid
                for code, pid in session.execute(
                    select(ConsentPurpose.code, ConsentPurpose.id).where(
                        ConsentPurpose.code.in_(PURPOSE_SHARE), ConsentPurpose.active.is_(True)
                    )
                )
            }
            emails = {fold(e) for e in session.scalars(select(Customer.email)) if e}
            phones = {p for p in session.scalars(select(Customer.phone)) if p}
        gen = Generator(seed, self.clock(), purposes, emails, phones)
        done = {"customers": 0, "consents": 0, "events": 0, "invoices": 0}  # committed
        first_id: int | None = None
        last_id: int | None = None
        job_id: int | None = None  # the fill's `imports` row: see demo.progress
        lock: ImportLock | None = None
        audited = False
        try:
            while True:
                people = [
                    gen.person() for _ in range(min(batch_size, customers - done["customers"]))
                ]
                batch = {
                    "customers": len(people),
                    "consents": sum(len(p.consents) for p in people),
                    "events": sum(len(p.events) for p in people),
                    "invoices": sum(len(p.invoices) for p in people),
                }
                final = done["customers"] + len(people) >= customers
                with self._unit(actor, Right.USERS_ADMIN, "demo.fill") as (session, user):
                    if job_id is None and not final:
                        job_id, lock = start_import(
                            self.db, session, PROGRESS_KIND, user.id, self.clock()
                        )
                    ids = self._write_batch(session, user.id, people, done["customers"], gen)
                    counts = {k: done[k] + batch[k] for k in done}
                    first = first_id if first_id is not None else _first(ids)
                    if final:
                        self.audit.append(
                            session,
                            actor_id=user.id,
                            action="demo.fill",
                            object_type="customer",
                            object_id=first,
                            detail=counts_detail(counts),
                        )
                        if job_id is not None:
                            close_fill(session, job_id, "done", self.clock())
                    elif job_id is not None:
                        record_batch(session, job_id, first, counts)
                audited = final
                done = counts
                if ids:
                    first_id = ids[0] if first_id is None else first_id
                    last_id = ids[-1]
                if progress is not None:
                    progress(done["customers"], customers)
                if final:
                    break
        except BaseException:  # Ctrl+C on the command line too
            if done["customers"] and not audited:
                # Batches already committed stay; the log says how many there are. Should this
                # fail too, the next start audits the fill from its recorded counts.
                self._audit_failed(actor, job_id, first_id, done)
            raise
        finally:
            if lock is not None:
                lock.release()
        return DemoSummary(
            customers=done["customers"],
            consent_events=done["consents"],
            web_events=done["events"],
            invoices=done["invoices"],
            first_customer_id=first_id,
            last_customer_id=last_id,
        )

    def _audit_failed(
        self, actor: Actor, job_id: int | None, first_id: int | None, done: dict[str, int]
    ) -> None:
        with self.db.transaction() as session:
            self.audit.append(
                session,
                actor_id=actor.user_id,
                action="demo.fill",
                object_type="customer",
                object_id=first_id,
                outcome="failed",
                detail=counts_detail(done),
            )
            if job_id is not None:
                close_fill(session, job_id, "cancelled", self.clock())

    def _write_batch(
        self,
        session: Session,
        user_id: int,
        people: Sequence[Person],
        offset: int,
        gen: Generator,
    ) -> list[int]:
        if not people:
            return []
        numbers = allocate_numbers(session, len(people))
        notice_version = self.settings.get(session, "notice_version")
        rows: list[dict[str, Any]] = []
        for i, (person, number) in enumerate(zip(people, numbers, strict=True)):
            v = person.values
            # search_text() with the national number worked out without parsing it again.
            parts = [v.name, v.email, v.phone, person.national_phone, v.company, number]
            parts += [v.postal_code, v.city]
            text = fold("\n".join(p for p in parts if p))
            if offset + i < VERIFY_FIRST or (offset + i) % VERIFY_EVERY == 0:
                verify_person(person, number, text)
            rows.append(
                {
                    "customer_number": number,
                    "name": v.name,
                    "email": v.email,
                    "phone": v.phone,
                    "street": v.street,
                    "postal_code": v.postal_code,
                    "city": v.city,
                    "country": v.country,
                    "company": v.company,
                    "business_id": v.business_id,
                    "language": v.language,
                    "source": v.source,
                    "source_name": v.source_name,
                    "notes": v.notes,
                    "notes_third_party": v.notes_third_party,
                    "restricted": False,
                    "restricted_at": None,
                    "search_text": text,
                    "sort_key": gen.sort_key(v.name),
                    "import_id": None,
                    "created_at": person.created_at,
                    "updated_at": person.updated_at,
                    "version": 1,
                }
            )
        customers = _table(Customer)
        # The ids the database gave, in the rows' order.
        ids = list(
            session.scalars(
                insert(customers).returning(customers.c.id, sort_by_parameter_order=True), rows
            )
        )
        invoice_numbers = iter(_invoice_numbers(session, sum(len(p.invoices) for p in people)))
        consents: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        invoices: list[dict[str, Any]] = []
        for person, cid in zip(people, ids, strict=True):
            v = person.values
            for c in person.consents:
                consents.append(
                    {
                        **c,
                        "customer_id": cid,
                        "notice_version": notice_version,
                        "recorded_by": user_id,
                        "request_id": None,
                    }
                )
            for e in person.events:
                events.append({**e, "customer_id": cid, "import_id": None})
            if person.invoices:
                address = billing_address(
                    Customer(
                        company=v.company,
                        street=v.street,
                        postal_code=v.postal_code,
                        city=v.city,
                        country=v.country,
                    )
                )
                for inv in person.invoices:
                    invoices.append(
                        {
                            **inv,
                            "customer_id": cid,
                            "invoice_number": next(invoice_numbers),
                            "buyer_name": v.name,
                            "billing_address": address,
                            "created_by": user_id,
                        }
                    )
        if consents:
            session.execute(insert(_table(ConsentEvent)), consents)
        if events:
            session.execute(insert(_table(WebEvent)), events)
        if invoices:
            session.execute(insert(_table(Invoice)), invoices)
        return ids


__all__ = [
    "BATCH",
    "DemoDataService",
    "DemoSummary",
]
