"""The customer register: create, edit with version checks, audited views, as-you-type search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, exists, func, select, tuple_
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.customers.fields import (
    CleanCustomer,
    CustomerInput,
    clean_customer,
    search_text,
)
from l4d_desktop.core.customers.search import (
    MATCH_SET_MAX,
    IndexRow,
    RecentMatches,
    index_row,
    search_filter,
    search_terms,
)
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.counters import CUSTOMER_NUMBER, free_numbers
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ConsentEvent, ConsentPurpose, Customer, Objection
from l4d_desktop.core.text import sort_key
from l4d_desktop.core.vocabulary import ObjectionPurpose, Right

# A view's purpose goes into the audit log, which holds codes only, never text someone typed.
_PURPOSE_CODE = re.compile(r"[a-z0-9_.:-]{1,80}")
EXPORT_BATCH = 500


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    customer_number: str
    name: str
    email: str
    phone: str
    street: str
    postal_code: str
    city: str
    country: str
    company: str
    language: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    business_id: str = ""
    source: str = "customer"
    source_name: str = ""
    notes: str = ""
    notes_third_party: bool = True
    restricted: bool = False
    restricted_at: dt.datetime | None = None
    # Where the record stands in the list's order; the next page starts after it.
    sort_key: str = ""

    def as_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name,
            email=self.email,
            phone=self.phone,
            street=self.street,
            postal_code=self.postal_code,
            city=self.city,
            country=self.country,
            company=self.company,
            language=self.language,
            business_id=self.business_id,
            source=self.source,
            source_name=self.source_name,
            notes=self.notes,
            notes_third_party=self.notes_third_party,
        )


def record_of(c: Customer) -> CustomerRecord:
    return CustomerRecord(
        id=c.id,
        customer_number=c.customer_number or "",
        name=c.name,
        email=c.email,
        phone=c.phone,
        street=c.street,
        postal_code=c.postal_code,
        city=c.city,
        country=c.country,
        company=c.company,
        language=c.language,
        created_at=c.created_at,
        updated_at=c.updated_at,
        version=c.version,
        business_id=c.business_id,
        source=c.source,
        source_name=c.source_name,
        notes=c.notes,
        notes_third_party=c.notes_third_party,
        restricted=c.restricted,
        restricted_at=c.restricted_at,
        sort_key=c.sort_key,
    )


# The columns a CustomerRecord is made of, read as plain rows (types still applied).
_RECORD_FIELDS = tuple(f.name for f in fields(CustomerRecord))
_RECORD_COLUMNS = tuple(getattr(Customer, name) for name in _RECORD_FIELDS)


def _record_of_row(row: Row[Any]) -> CustomerRecord:
    values: dict[str, Any] = dict(zip(_RECORD_FIELDS, row, strict=True))
    values["customer_number"] = values["customer_number"] or ""  # as record_of() gives it
    return CustomerRecord(**values)


def apply_clean(customer: Customer, clean: CleanCustomer) -> None:
    """Copy validated fields onto a row and refresh its search text and sort key."""
    customer.name = clean.name
    customer.email = clean.email
    customer.phone = clean.phone
    customer.street = clean.street
    customer.postal_code = clean.postal_code
    customer.city = clean.city
    customer.country = clean.country
    customer.company = clean.company
    customer.language = clean.language
    customer.business_id = clean.business_id
    customer.source = clean.source
    customer.source_name = clean.source_name
    customer.notes = clean.notes
    customer.notes_third_party = clean.notes_third_party
    customer.search_text = search_text(clean, customer.customer_number)
    customer.sort_key = sort_key(clean.name)


def allocate_numbers(session: Session, count: int) -> list[str]:
    """The next `count` customer numbers, skipping any an import brought in; never reused."""
    return free_numbers(session, CUSTOMER_NUMBER, count, Customer.customer_number)


def number_taken(session: Session, number: str, except_id: int | None = None) -> bool:
    stmt = select(Customer.id).where(Customer.customer_number == number)
    if except_id is not None:
        stmt = stmt.where(Customer.id != except_id)
    return session.scalar(stmt.limit(1)) is not None


def marketable(purpose_id: int) -> ColumnElement[bool]:
    """A current consent for the purpose, no objection to direct marketing, no restriction."""
    latest = (
        select(ConsentEvent.given)
        .where(ConsentEvent.customer_id == Customer.id, ConsentEvent.purpose_id == purpose_id)
        .order_by(ConsentEvent.at.desc(), ConsentEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    objected = exists().where(
        Objection.customer_id == Customer.id,
        Objection.purpose == ObjectionPurpose.DIRECT_MARKETING.value,
    )
    return and_(latest.is_(True), ~objected, Customer.restricted.is_(False))


# The fields a person may have rectified, named as in CustomerInput.
EDITABLE_FIELDS = tuple(f.name for f in fields(CleanCustomer))


def update_customer(
    session: Session,
    customer_id: int,
    expected_version: int,
    clean: CleanCustomer,
    now: dt.datetime,
) -> tuple[Customer, tuple[str, ...]]:
    """Apply a validated edit made on `expected_version` inside the caller's transaction;
    returns the row and the names of the fields whose value changed (never the values)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("customer")
    if customer.version != expected_version:
        raise ConflictError()
    before = {name: getattr(customer, name) for name in EDITABLE_FIELDS}
    apply_clean(customer, clean)
    changed = tuple(name for name in EDITABLE_FIELDS if getattr(customer, name) != before[name])
    customer.updated_at = now
    session.flush()
    return customer, changed


def check_told_on(person_told_on: dt.date | None, now: dt.datetime) -> dt.date:
    """A restriction is lifted only after the person is told (Art. 18(3))."""
    if person_told_on is None:
        raise ValidationError("person_told_on", "required")
    if person_told_on > office_today(now):
        raise ValidationError("person_told_on", "date_in_future")
    return person_told_on


def set_restricted(customer: Customer, restricted: bool, now: dt.datetime) -> bool:
    """Set or clear the flag on a row; True when it changed."""
    if customer.restricted == restricted:
        return False
    customer.restricted = restricted
    customer.restricted_at = now if restricted else None
    customer.updated_at = now
    return True


def restriction_detail(restricted: bool, person_told_on: dt.date | None) -> str:
    """The audit code of a restriction change: the day the person was told, when lifted."""
    if restricted or person_told_on is None:
        return ""
    return f"told:{person_told_on.isoformat()}"


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
        if not _PURPOSE_CODE.fullmatch(purpose):
            raise ValidationError("purpose", "choice_invalid")
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.view") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.view",
                object_type="customer",
                object_id=customer.id,
                detail=purpose,
            )
            return record_of(customer)

    def search(
        self,
        actor: Actor,
        query: str = "",
        offset: int = 0,
        limit: int = 200,
        after: CustomerRecord | None = None,
    ) -> list[CustomerRecord]:
        """A page of customers matching every term of `query`, in Finnish alphabetical order.

        Give `after` (the last record of the previous page) to page by key: the query then walks
        the search index from that point instead of counting past every earlier row.
        """
        first_page = after is None and not offset
        before = self._recent.version() if first_page else None
        terms = tuple(search_terms(query))
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            version = self._recent.stable(before)
            known = self._recent.get(terms, version)
            if known is not None and known.rows is not None:
                page = [r[1] for r in known.rows[:limit]]
            else:
                stmt = select(Customer.sort_key, Customer.id, Customer.search_text).order_by(
                    Customer.sort_key, Customer.id
                )
                cond = search_filter(query)
                if cond is not None:
                    stmt = stmt.where(cond)
                if after is not None:
                    stmt = stmt.where(
                        tuple_(Customer.sort_key, Customer.id) > tuple_(after.sort_key, after.id)
                    )
                elif offset:
                    stmt = stmt.offset(offset)
                found = tuple(index_row(r) for r in session.execute(stmt.limit(limit)))
                if version is not None and len(found) < limit:  # every match is here
                    self._recent.put(terms, version, len(found), found)
                page = [r[1] for r in found]
            if not page:
                return []
            # The covering index finds the page; the full rows are read for those ids only, as
            # plain rows: a page of mapped objects costs more than the query that finds it.
            rows = session.execute(select(*_RECORD_COLUMNS).where(Customer.id.in_(page)))
            by_id = {r.id: _record_of_row(r) for r in rows}
            return [by_id[i] for i in page]

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

    def count(self, actor: Actor, query: str = "") -> int:
        before = self._recent.version()
        terms = tuple(search_terms(query))
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            version = self._recent.stable(before)
            known = self._recent.get(terms, version)
            if known is not None:
                return known.count
            cond = search_filter(query)
            if cond is None:
                return int(session.scalar(select(func.count()).select_from(Customer)) or 0)
            # The matches themselves while they are few: the next keystroke looks among them.
            few = (
                select(Customer.sort_key, Customer.id, Customer.search_text)
                .where(cond)
                .order_by(Customer.sort_key, Customer.id)
                .limit(MATCH_SET_MAX + 1)
            )
            found = tuple(index_row(r) for r in session.execute(few))
            rows: tuple[IndexRow, ...] | None = found
            if len(found) <= MATCH_SET_MAX:
                count = len(found)
            else:  # too many to keep: count them all (the fetch stopped early)
                every = select(func.count()).select_from(Customer).where(cond)
                count = int(session.scalar(every) or 0)
                rows = None
            if version is not None:
                self._recent.put(terms, version, count, rows)
            return count


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
