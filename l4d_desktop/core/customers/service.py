"""The customer register: create, edit with version checks, audited views, as-you-type search,
exports. The customer records and row steps it shares with other services are re-exported
from customers.records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, select, tuple_

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.customers.fields import (
    CustomerInput,
    clean_customer,
)
from l4d_desktop.core.customers.listing import CustomerOrder, ordered
from l4d_desktop.core.customers.records import (
    EDITABLE_FIELDS,
    RECORD_COLUMNS,
    CustomerRecord,
    allocate_numbers,
    apply_clean,
    check_told_on,
    check_view_purpose,
    marketable,
    number_taken,
    record_of,
    record_of_row,
    restriction_detail,
    set_restricted,
    update_customer,
    viewed_customer,
)
from l4d_desktop.core.customers.search import (
    MATCH_SET_MAX,
    IndexRow,
    RecentMatches,
    index_row,
    search_filter,
    search_terms,
)
from l4d_desktop.core.customers.search_pages import COMMON, at_head, probe
from l4d_desktop.core.customers.search_pages import first_page as first_page_of
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ConsentPurpose, Customer
from l4d_desktop.core.vocabulary import Right

EXPORT_BATCH = 500


class CustomerService(Service):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        super().__init__(db, audit, clock)
        self._recent = RecentMatches(db)

    def create(self, actor: Actor, data: CustomerInput) -> CustomerRecord:
        clean = clean_customer(data)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "customer.create") as (session, user):
            now = self.clock()
            customer = Customer(created_at=now, updated_at=now)
            customer.customer_number = allocate_numbers(session, 1)[0]
            apply_clean(customer, clean)
            session.add(customer)
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.create",
                object_type="customer",
                object_id=customer.id,
            )
            return record_of(customer)

    def update(
        self, actor: Actor, customer_id: int, expected_version: int, data: CustomerInput
    ) -> CustomerRecord:
        """Save an edit made on the version the dialog loaded; a newer row raises ConflictError.

        A restricted person's data are only stored (Art. 18): they are corrected only through
        the rectification request that handles the case, not edited here."""
        clean = clean_customer(data)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "customer.update") as (session, user):
            held = session.get(Customer, customer_id)
            if held is not None and held.restricted:
                raise BusinessRuleError("customer_restricted")
            customer, _ = update_customer(
                session, customer_id, expected_version, clean, self.clock()
            )
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.update",
                object_type="customer",
                object_id=customer.id,
            )
            return record_of(customer)

    def set_restriction(
        self,
        actor: Actor,
        customer_id: int,
        restricted: bool,
        expected_version: int | None = None,
        person_told_on: dt.date | None = None,
    ) -> CustomerRecord:
        """Set or lift the Art. 18 restriction flag. Lifting needs the day the person was told
        of it (Art. 18(3)); the day is kept in the audit entry."""
        if not restricted:
            check_told_on(person_told_on, self.clock())
        with self._unit(actor, Right.CUSTOMERS_EDIT, "customer.restrict") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            if expected_version is not None and customer.version != expected_version:
                raise ConflictError()
            if set_restricted(customer, restricted, self.clock()):
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="customer.restrict" if restricted else "customer.unrestrict",
                    object_type="customer",
                    object_id=customer.id,
                    detail=restriction_detail(restricted, person_told_on),
                )
            return record_of(customer)

    def lift_restriction(
        self,
        actor: Actor,
        customer_id: int,
        expected_version: int | None,
        person_told_on: dt.date,
    ) -> CustomerRecord:
        """Lift the Art. 18 restriction; refused unless the person was told (on that day)."""
        return self.set_restriction(
            actor, customer_id, False, expected_version, person_told_on=person_told_on
        )

    def view(
        self, actor: Actor, customer_id: int, purpose: str = "customer_service"
    ) -> CustomerRecord:
        """Open one customer's record; the view and its purpose code are audited."""
        check_view_purpose(purpose)
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.view") as (session, user):
            return record_of(viewed_customer(session, self.audit, user.id, customer_id, purpose))

    def search(
        self,
        actor: Actor,
        query: str = "",
        offset: int = 0,
        limit: int = 200,
        after: CustomerRecord | None = None,
        order: CustomerOrder | None = None,
    ) -> list[CustomerRecord]:
        """A page of customers matching every term of `query`, in Finnish alphabetical order
        or in `order` (a column, rising or falling).

        Give `after` (the last record of the previous page) to page by key: the query then walks
        the search index from that point instead of counting past every earlier row.
        """
        if order is not None and not order.is_default:
            return self._search_ordered(actor, query, offset, limit, after, order)
        first_page = after is None and not offset
        before = self._recent.version() if first_page else None
        terms = tuple(search_terms(query))
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            version = self._recent.stable(before, session) if first_page else None
            known = self._recent.get(terms, version)
            if known is not None and known.rows is not None:
                page = [r[1] for r in known.rows[:limit]]
            else:
                cond = search_filter(query)
                found: tuple[IndexRow, ...] | None = None
                if cond is not None and first_page and limit <= MATCH_SET_MAX:
                    key = (terms, version)
                    found = first_page_of(self.db, session, self._recent, key, query, limit,
                                          MATCH_SET_MAX)  # fmt: skip
                if found is None:
                    stmt = select(Customer.sort_key, Customer.id, Customer.search_text).order_by(
                        Customer.sort_key, Customer.id
                    )
                    if cond is not None:
                        stmt = stmt.where(cond)
                    if after is not None:
                        stmt = stmt.where(
                            tuple_(Customer.sort_key, Customer.id)
                            > tuple_(after.sort_key, after.id)
                        )
                    elif offset:
                        stmt = stmt.offset(offset)
                    found = tuple(index_row(r) for r in session.execute(stmt.limit(limit)))
                    if version is not None and len(found) < limit:  # every match is here
                        self._recent.put(terms, version, len(found), found)
                page = [r[1] for r in found[:limit]]
            if not page:
                return []
            # The covering index finds the page; the full rows are read for those ids only, as
            # plain rows: a page of mapped objects costs more than the query that finds it.
            rows = session.execute(select(*RECORD_COLUMNS).where(Customer.id.in_(page)))
            by_id = {r.id: record_of_row(r) for r in rows}
            return [by_id[i] for i in page]

    def _search_ordered(
        self,
        actor: Actor,
        query: str,
        offset: int,
        limit: int,
        after: CustomerRecord | None,
        order: CustomerOrder,
    ) -> list[CustomerRecord]:
        """A page in another order than the search index's (the match cache knows only that)."""
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            stmt = ordered(select(*RECORD_COLUMNS), order, after)
            cond = search_filter(query)
            if cond is not None:
                stmt = stmt.where(cond)
            if after is None and offset:
                stmt = stmt.offset(offset)
            return [record_of_row(r) for r in session.execute(stmt.limit(limit))]

    def export(self, actor: Actor, query: str = "") -> Iterator[CustomerRecord]:
        """Every matching customer, for a file outside the program: needs `data.export` as well
        as `customers.view`, is audited, reads one consistent snapshot in batches, and leaves out
        people whose processing is restricted (Art. 18)."""
        self._require(actor, Right.CUSTOMERS_VIEW, "customer.export")
        self._require(actor, Right.DATA_EXPORT, "customer.export")
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="customer.export",
            object_type="customer",
            detail="search" if query.strip() else "all",
        )
        stmt = (
            select(Customer)
            .where(Customer.restricted.is_(False))
            .order_by(Customer.sort_key, Customer.id)
        )
        cond = search_filter(query)
        if cond is not None:
            stmt = stmt.where(cond)
        return self._stream(stmt)

    def _stream(self, stmt: Select[Customer]) -> Iterator[CustomerRecord]:
        """Rows of one snapshot in batches. The callers check rights and audit before they
        return this generator, so a refusal comes before any file is opened."""
        with self.db.read() as session:
            for customer in session.scalars(stmt.execution_options(yield_per=EXPORT_BATCH)):
                yield record_of(customer)

    def export_selected(self, actor: Actor, ids: list[int]) -> list[CustomerRecord]:
        """The chosen rows, for a file: as `export`, restricted people left out."""
        self._require(actor, Right.CUSTOMERS_VIEW, "customer.export")
        self._require(actor, Right.DATA_EXPORT, "customer.export")
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="customer.export",
            object_type="customer",
            detail="selection",
        )
        out: list[CustomerRecord] = []
        with self.db.read() as session:
            for start in range(0, len(ids), EXPORT_BATCH):
                chunk = ids[start : start + EXPORT_BATCH]
                stmt = select(Customer).where(
                    Customer.id.in_(chunk), Customer.restricted.is_(False)
                )
                out.extend(record_of(c) for c in session.scalars(stmt))
        out.sort(key=lambda r: (r.sort_key, r.id))
        return out

    def marketing_list(self, actor: Actor, purpose_code: str) -> Iterator[CustomerRecord]:
        """People who may be contacted for `purpose_code` today: a current consent for it, no
        objection to direct marketing and no restriction. Audited as an export."""
        self._require(actor, Right.CUSTOMERS_VIEW, "customer.marketing_list")
        self._require(actor, Right.DATA_EXPORT, "customer.marketing_list")
        with self.db.read() as session:
            purpose_id = session.scalar(
                select(ConsentPurpose.id).where(ConsentPurpose.code == purpose_code)
            )
        if purpose_id is None:
            raise ValidationError("purpose", "purpose_unknown")
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="customer.marketing_list",
            object_type="consent_purpose",
            object_id=purpose_id,
        )
        stmt = (
            select(Customer).where(marketable(purpose_id)).order_by(Customer.sort_key, Customer.id)
        )
        return self._stream(stmt)

    def count(self, actor: Actor, query: str = "", *, at_most: int | None = None) -> int:
        """How many customers match `query`. With `at_most`, a count past it stops early and
        answers at_most + 1 ("more than at_most"): a broad search is not counted to the end."""
        if at_most is not None and at_most < 0:
            raise ValueError("at_most must not be negative")
        before = self._recent.version()
        terms = tuple(search_terms(query))
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            version = self._recent.stable(before, session)
            known = self._recent.get(terms, version)
            if known is not None and (
                known.exact or (at_most is not None and at_most < known.count)
            ):
                return capped(known.count, at_most)
            cond = search_filter(query)
            if cond is None:
                return int(session.scalar(count_of(select(Customer.id), at_most)) or 0)
            head = 0
            if at_most is not None and at_most <= MATCH_SET_MAX:
                head = at_head(self.db, session, query, at_most)
            if at_most is not None and head > at_most:  # "more than", from the head of the list
                if version is not None:
                    self._recent.put(terms, version, at_most + 1, None, exact=False)
                return at_most + 1
            # The matches themselves while they are few: the next keystroke looks among them.
            key = (terms, version)
            found = probe(self.db, session, self._recent, key, cond, MATCH_SET_MAX,
                          common=head >= COMMON)  # fmt: skip
            rows: tuple[IndexRow, ...] | None = None
            if len(found) <= MATCH_SET_MAX:
                count, rows = len(found), found
            elif at_most is not None and at_most < len(found):
                count = at_most + 1
            else:  # too many to keep: count them (up to the cap)
                count = int(session.scalar(count_of(select(Customer.id).where(cond), at_most)) or 0)
            exact = at_most is None or count <= at_most
            if version is not None and exact:
                self._recent.put(terms, version, count, rows)
            return capped(count, at_most)


__all__ = [
    "EDITABLE_FIELDS",
    "CustomerRecord",
    "CustomerService",
    "allocate_numbers",
    "apply_clean",
    "check_told_on",
    "marketable",
    "number_taken",
    "record_of",
    "restriction_detail",
    "search_filter",
    "set_restricted",
    "update_customer",
]


def count_of(matches: Select[Any], at_most: int | None) -> Select[int]:
    """A count of `matches`; with a cap it reads at most at_most + 1 of them."""
    if at_most is not None:
        matches = matches.limit(at_most + 1)
    return select(func.count()).select_from(matches.subquery())


def capped(count: int, at_most: int | None) -> int:
    return count if at_most is None else min(count, at_most + 1)
