"""The rows a customer import writes: customers through the driver's executemany, their
marketing consents by one INSERT … SELECT a chunk.

SQLAlchemy's Core executemany spends more time processing 100 000 rows' bind values than the
database spends storing them; the customer rows are therefore plain tuples, with SQLAlchemy's
bind processing applied once to each value the rows share, for an INSERT that SQLAlchemy
compiles for the engine in use.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, insert, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from l4d_desktop.core.customers.fields import search_text
from l4d_desktop.core.store import counters
from l4d_desktop.core.store.models import ConsentEvent, Customer, UTCDateTime
from l4d_desktop.core.text import _SORT_KEY_LENGTH, sort_key
from l4d_desktop.core.vocabulary import ConsentMethod

if TYPE_CHECKING:
    from l4d_desktop.core.imports.plan import PlannedRow, Register
    from l4d_desktop.core.imports.undo import NumberCounter

CUSTOMERS = cast(Table, Customer.__table__)
CONSENT_EVENTS = cast(Table, ConsentEvent.__table__)

IN_CHUNK = 500  # bound values per statement, well under any database's limit


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return sort_key(word)


def name_sort_key(name: str) -> str:
    """sort_key(name), a word at a time from a cache: a list of 100 000 people has far fewer
    first names and surnames. The same text: sort_key maps NFC case-folded characters one by
    one, and neither NFC nor case folding joins anything across a space."""
    return " ".join(map(_word_key, name.split(" ")))[:_SORT_KEY_LENGTH]


class PendingRow:
    """A row as run() will write it."""

    __slots__ = ("key", "number", "planned", "suppressed", "text")

    def __init__(self, planned: PlannedRow, number: str, suppressed: bool) -> None:
        self.planned = planned
        self.number = number
        self.suppressed = suppressed
        self.key = ""  # Finnish sort key of the name: the order rows are written in
        self.text = ""  # the search text


# The columns of an imported customer, in the table's order (the compiled INSERT's): the
# database gives the id. Checked against the compiled statement when it is first made.
CUSTOMER_COLUMNS = (
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "business_id",
    "language",
    "source",
    "source_name",
    "notes",
    "notes_third_party",
    "restricted",  # the same for every row
    "restricted_at",  # the same for every row
    "search_text",
    "sort_key",
    "import_id",  # this and the rest: the same for every row
    "created_at",
    "updated_at",
    "version",
)

_INSERTS: dict[tuple[str, str], SQLCompiler] = {}


def _customer_insert(session: Session) -> SQLCompiler:
    """The INSERT of CUSTOMER_COLUMNS as the engine in use writes it, compiled once."""
    dialect = session.get_bind().dialect
    key = (dialect.name, dialect.driver)
    if key not in _INSERTS:
        statement = insert(CUSTOMERS).inline()
        compiled = statement.compile(dialect=dialect, column_keys=list(CUSTOMER_COLUMNS))
        names = compiled.positiontup if compiled.positional else list(compiled.params)
        if tuple(names or ()) != CUSTOMER_COLUMNS:
            raise RuntimeError("the customers table's columns are not CUSTOMER_COLUMNS")
        _INSERTS[key] = compiled
    return _INSERTS[key]


class CustomerRows:
    """New customers for one INSERT through the driver's executemany, as plain tuples."""

    def __init__(self, session: Session, now: dt.datetime, import_id: int) -> None:
        self._compiled = _customer_insert(session)
        dialect = session.get_bind().dialect
        self._processors = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in CUSTOMERS.columns
        }
        self.rows: list[tuple[Any, ...]] = []
        self._flags = {v: self._bind("notes_third_party", v) for v in (True, False)}
        self._unrestricted = (self._bind("restricted", False), self._bind("restricted_at", None))
        self._shared = (
            self._bind("import_id", import_id),
            self._bind("created_at", now),
            self._bind("updated_at", now),
            self._bind("version", 1),
        )

    def _bind(self, column: str, value: Any) -> Any:
        processor = self._processors[column]
        return value if processor is None else processor(value)

    def add(self, pending: PendingRow) -> None:
        c = pending.planned.customer
        self.rows.append(
            (
                pending.number,
                c.name,
                c.email,
                c.phone,
                c.street,
                c.postal_code,
                c.city,
                c.country,
                c.company,
                c.business_id,
                c.language,
                c.source,
                c.source_name,
                c.notes,
                self._flags[c.notes_third_party],
                *self._unrestricted,
                pending.text,
                pending.key,
                *self._shared,
            )
        )

    def write(self, session: Session) -> None:
        if not self.rows:
            return
        params: list[Any] = self.rows
        if not self._compiled.positional:
            params = [dict(zip(CUSTOMER_COLUMNS, row, strict=True)) for row in self.rows]
        session.connection().exec_driver_sql(str(self._compiled), params)


_CONSENT_COLUMNS = (
    "customer_id",
    "purpose_id",
    "given",
    "at",
    "method",
    "notice_version",
    "recorded_by",
    "recorded_at",
    "request_id",
)


def write_consents(
    session: Session,
    import_id: int,
    numbers: list[str],
    purpose: int,
    notice_version: str,
    user_id: int,
    now: dt.datetime,
) -> None:
    """The marketing consent of the customers the import just wrote under `numbers`, found by
    their customer numbers (unique) so that their ids need not be read back."""
    people = (
        select(
            Customer.id,
            literal(purpose),
            literal(True),
            literal(now, UTCDateTime()),
            literal(ConsentMethod.IMPORT.value),
            literal(notice_version),
            literal(user_id),
            literal(now, UTCDateTime()),
            literal(None),
        )
        .where(
            Customer.import_id == import_id,
            Customer.customer_number.in_(bindparam("numbers", expanding=True)),
        )
        .order_by(Customer.id)
    )
    stmt = insert(CONSENT_EVENTS).from_select(list(_CONSENT_COLUMNS), people)
    for i in range(0, len(numbers), IN_CHUNK):
        session.execute(stmt, {"numbers": numbers[i : i + IN_CHUNK]})


def write_batch(
    session: Session,
    batch: list[PendingRow],
    later: list[PendingRow],
    import_id: int,
    register: Register,
    counter: NumberCounter,
    purpose: int | None,
    notice_version: str,
    user_id: int,
    now: dt.datetime,
) -> None:
    """One batch of new customers and their marketing consents, in the caller's transaction."""
    # A number the file gives may have been handed out since: the row gets a new one.
    taken = counters.taken_among(session, Customer.customer_number, [p.number for p in batch])
    if taken:
        clashing = [p for p in batch if p.number in taken]
        reserved = {p.number for p in later}
        for pending, number in zip(
            clashing, counter.allocate(session, len(clashing), reserved), strict=True
        ):
            pending.number = number
            pending.text = search_text(pending.planned.customer, number)
    # An objection recorded while the import runs still keeps its person's consent out.
    register.refresh_suppressions(session)
    for pending in batch:
        clean = pending.planned.customer
        if not pending.suppressed and register.is_suppressed(clean.email, clean.phone):
            pending.suppressed = True
    customers = CustomerRows(session, now, import_id)
    for pending in batch:
        customers.add(pending)
    customers.write(session)
    if purpose:
        consenting = [p.number for p in batch if p.planned.marketing_consent and not p.suppressed]
        write_consents(session, import_id, consenting, purpose, notice_version, user_id, now)
