"""A customer as the services hand it out, and the steps on a customer row that several
services take inside their own transactions (numbers, edits, the restriction flag)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, exists, select
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.customers.fields import CleanCustomer, CustomerInput, search_text
from l4d_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.store.counters import CUSTOMER_NUMBER, free_numbers
from l4d_desktop.core.store.models import ConsentEvent, Customer, Objection
from l4d_desktop.core.text import sort_key
from l4d_desktop.core.vocabulary import ObjectionPurpose

# A view's purpose goes into the audit log, which holds codes only, never text someone typed.
_VIEW_PURPOSE = re.compile(r"[a-z0-9_.:-]{1,80}")


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
RECORD_FIELDS = tuple(f.name for f in fields(CustomerRecord))
RECORD_COLUMNS = tuple(getattr(Customer, name) for name in RECORD_FIELDS)


def record_of_row(row: Row[Any]) -> CustomerRecord:
    values: dict[str, Any] = dict(zip(RECORD_FIELDS, row, strict=True))
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


def check_view_purpose(purpose: str) -> None:
    """Refuse a view's purpose that is not a code, before anything is read."""
    if not _VIEW_PURPOSE.fullmatch(purpose):
        raise ValidationError("purpose", "choice_invalid")


def viewed_customer(
    session: Session, audit: AuditLog, user_id: int, customer_id: int, purpose: str
) -> Customer:
    """The customer's row, its viewing and purpose written to the audit log in the same unit."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("customer")
    audit.append(
        session,
        actor_id=user_id,
        action="customer.view",
        object_type="customer",
        object_id=customer.id,
        detail=purpose,
    )
    return customer
