"""Finding a request in the list: a text search over the person's name, customer number and
reference, and the column orders the list's headers offer, both done by the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, func, or_, select

from l4d_desktop.core.customers.search import search_terms
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.store.models import Customer, DataSubjectRequest, User

R = DataSubjectRequest
_handler_name = (
    select(User.full_name).where(User.id == DataSubjectRequest.handler_id).scalar_subquery()
)
# The orders a click on a header asks for; ties go by id. "due" is the list's own order.
_SORTABLE: dict[str, SQLColumnExpression[Any]] = {
    "id": R.id,
    "type": R.type,
    "customer": func.coalesce(Customer.sort_key, R.subject_ref, ""),
    "received": R.received_on,
    "channel": R.channel,
    "status": R.status,
    "handler": func.coalesce(_handler_name, ""),
    "statutory_due": R.statutory_due,
    "promised_due": R.promised_due,
    "due": R.due,
}
SORT_COLUMNS = tuple(_SORTABLE)
Listing = TypeVar("Listing", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class RequestOrder:
    """The list's order: a column of SORT_COLUMNS, rising or falling."""

    column: str = "due"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in _SORTABLE:
            raise ValidationError("sort", "choice_invalid")


def ordered(stmt: Listing, order: RequestOrder) -> Listing:
    """`stmt` (the listing, which joins the customer) in `order` instead of its own."""
    expression = _SORTABLE[order.column]
    stmt = stmt.order_by(None)
    if order.descending:
        return stmt.order_by(expression.desc(), R.id.desc())
    return stmt.order_by(expression, R.id)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _term_matches(term: str) -> ColumnElement[bool]:
    """One search term in the customer's search text (name, number, email, phone, place),
    the requester's name as given, an erased person's reference, or the request's number."""
    pattern = _like(term)
    # The requester's name is kept as typed: LIKE folds ASCII letters only, so a name that
    # starts with Ä or Ö is also looked for with a capital initial.
    capital = _like(term[:1].upper() + term[1:])
    choices: list[ColumnElement[bool]] = [
        Customer.search_text.like(pattern, escape="\\"),
        R.requester_name.like(pattern, escape="\\"),
        R.requester_name.like(capital, escape="\\"),
        func.coalesce(R.subject_ref, "").like(pattern, escape="\\"),
    ]
    number = term.removeprefix("#")
    if number.isascii() and number.isdigit() and len(number) < 10:
        choices.append(R.id == int(number))
    return or_(*choices)


def text_filter(query: str | None) -> ColumnElement[bool] | None:
    """Every term of `query` somewhere in the request's person or reference; None: no search."""
    terms = search_terms(query or "")
    if not terms:
        return None
    return and_(*(_term_matches(t) for t in terms))


__all__ = ["SORT_COLUMNS", "RequestOrder", "ordered", "text_filter"]
