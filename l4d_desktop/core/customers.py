"""The customer register: create, edit with version checks, audited views, as-you-type search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select

from l4d_desktop.core.access import Service
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customer_fields import (
    CleanCustomer,
    CustomerInput,
    clean_customer,
    search_text,
)
from l4d_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.models import Customer
from l4d_desktop.core.text import fold
from l4d_desktop.core.vocabulary import Right

_PHONE_LIKE = re.compile(r"\+?[\d\s()./-]{3,}")
_PHONE_SEPARATORS = re.compile(r"[\s()./-]")
# A view's purpose goes into the audit log, which holds codes only, never text someone typed.
_PURPOSE_CODE = re.compile(r"[a-z0-9_.:-]{1,80}")
CUSTOMER_NUMBER_BASE = 10000
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


def _record(c: Customer) -> CustomerRecord:
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
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_terms(query: str) -> list[str]:
    """Folded search terms. A phone-like query is one term without separators (040 123 → 040123)."""
    q = fold(query).strip()
    if not q:
        return []
    if _PHONE_LIKE.fullmatch(q) and sum(ch.isdigit() for ch in q) >= 3:
        return [_PHONE_SEPARATORS.sub("", q)]
    return q.split()


def _search_filter(query: str) -> ColumnElement[bool] | None:
    terms = search_terms(query)
    if not terms:
        return None
    return and_(*(Customer.search_text.like(f"%{_like_escape(t)}%", escape="\\") for t in terms))


def _apply(customer: Customer, clean: CleanCustomer) -> None:
    customer.name = clean.name
    customer.email = clean.email
    customer.phone = clean.phone
    customer.street = clean.street
    customer.postal_code = clean.postal_code
    customer.city = clean.city
    customer.country = clean.country
    customer.company = clean.company
    customer.language = clean.language
    customer.search_text = search_text(clean, customer.customer_number)


class CustomerService(Service):
    def create(self, actor: Actor, data: CustomerInput) -> CustomerRecord:
        clean = clean_customer(data)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "customer.create") as (session, user):
            now = self.clock()
            customer = Customer(created_at=now, updated_at=now)
            _apply(customer, clean)
            session.add(customer)
            session.flush()
            customer.customer_number = str(CUSTOMER_NUMBER_BASE + customer.id)
            customer.search_text = search_text(clean, customer.customer_number)
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.create",
                object_type="customer",
                object_id=customer.id,
            )
            return _record(customer)

    def update(
        self, actor: Actor, customer_id: int, expected_version: int, data: CustomerInput
    ) -> CustomerRecord:
        """Save an edit made on the version the dialog loaded; a newer row raises ConflictError."""
        clean = clean_customer(data)
        with self._unit(actor, Right.CUSTOMERS_EDIT, "customer.update") as (session, user):
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("customer")
            if customer.version != expected_version:
                raise ConflictError()
            _apply(customer, clean)
            customer.updated_at = self.clock()
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action="customer.update",
                object_type="customer",
                object_id=customer.id,
            )
            return _record(customer)

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
            return _record(customer)

    def search(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 200
    ) -> list[CustomerRecord]:
        """A page of customers matching every term of `query`, by name."""
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            stmt = select(Customer).order_by(Customer.name, Customer.id)
            cond = _search_filter(query)
            if cond is not None:
                stmt = stmt.where(cond)
            rows = session.scalars(stmt.offset(offset).limit(limit)).all()
            return [_record(c) for c in rows]

    def export(self, actor: Actor, query: str = "") -> Iterator[CustomerRecord]:
        """Every matching customer, for a file outside the program: needs `data.export` as well
        as `customers.view`, is audited, and reads one consistent snapshot in batches."""
        self._require(actor, Right.CUSTOMERS_VIEW, "customer.export")
        self._require(actor, Right.DATA_EXPORT, "customer.export")
        self.audit.append_separately(
            actor_id=actor.user_id,
            action="customer.export",
            object_type="customer",
            detail="search" if query.strip() else "all",
        )
        stmt = select(Customer).order_by(Customer.name, Customer.id)
        cond = _search_filter(query)
        if cond is not None:
            stmt = stmt.where(cond)
        with self.db.read() as session:
            for customer in session.scalars(stmt.execution_options(yield_per=EXPORT_BATCH)):
                yield _record(customer)

    def count(self, actor: Actor, query: str = "") -> int:
        with self._unit(actor, Right.CUSTOMERS_VIEW, "customer.search", write=False) as (
            session,
            _,
        ):
            stmt = select(func.count()).select_from(Customer)
            cond = _search_filter(query)
            if cond is not None:
                stmt = stmt.where(cond)
            return int(session.scalar(stmt) or 0)
