"""The register's list in the order a column header asks for: the database sorts, and pages
follow on by key from the last row shown, so a click on "City" is as fast as the name order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, func, tuple_

from l4d_desktop.core.customers.records import CustomerRecord
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.store.models import Customer

NAME = "name"


def _number(c: CustomerRecord) -> str:
    return c.customer_number or ""


# A sortable column: its SQL expression and the same value read from a record (the key the
# next page starts after). The name sorts by its Finnish sort key, a missing number as "".
Sortable = tuple[SQLColumnExpression[Any], Callable[[CustomerRecord], object]]
_SORTABLE: dict[str, Sortable] = {
    "customer_number": (func.coalesce(Customer.customer_number, ""), _number),
    NAME: (Customer.sort_key, lambda c: c.sort_key),
    "email": (Customer.email, lambda c: c.email),
    "phone": (Customer.phone, lambda c: c.phone),
    "company": (Customer.company, lambda c: c.company),
    "city": (Customer.city, lambda c: c.city),
    "postal_code": (Customer.postal_code, lambda c: c.postal_code),
    "language": (Customer.language, lambda c: c.language),
    "restricted": (Customer.restricted, lambda c: c.restricted),
}
SORT_COLUMNS = tuple(_SORTABLE)


@dataclass(frozen=True)
class CustomerOrder:
    """The list's order: a column of SORT_COLUMNS, rising or falling; ties go by id."""

    column: str = NAME
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in _SORTABLE:
            raise ValidationError("sort", "choice_invalid")

    @property
    def is_default(self) -> bool:
        """The name order the search index is kept in (and the search cache knows)."""
        return self.column == NAME and not self.descending


def ordered(stmt: Select[Any], order: CustomerOrder, after: CustomerRecord | None) -> Select[Any]:
    """`stmt` in `order`, starting after the record `after` when given."""
    expression, value_of = _SORTABLE[order.column]
    key = tuple_(expression, Customer.id)
    if after is not None:
        last = tuple_(value_of(after), after.id)
        stmt = stmt.where(key < last if order.descending else key > last)
    if order.descending:
        return stmt.order_by(expression.desc(), Customer.id.desc())
    return stmt.order_by(expression, Customer.id)


__all__ = ["SORT_COLUMNS", "CustomerOrder", "ordered"]
