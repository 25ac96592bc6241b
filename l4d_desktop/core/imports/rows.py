"""The rows a customer import writes, as plain tuples for the driver's executemany.

SQLAlchemy's Core executemany spends more time processing 100 000 rows' bind values than SQLite
spends storing them; these writers apply the bind processing once per value the rows share.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Dialect, Table
from sqlalchemy.orm import Session

from l4d_desktop.core.store.models import ConsentEvent, Customer
from l4d_desktop.core.vocabulary import ConsentMethod

if TYPE_CHECKING:
    from l4d_desktop.core.imports.plan import PlannedRow

CUSTOMERS = cast(Table, Customer.__table__)
CONSENT_EVENTS = cast(Table, ConsentEvent.__table__)


IN_CHUNK = 500  # bound values per statement, well under any database's limit


def numbers_taken_sql(session: Session, count: int) -> str:
    """SELECT of the customer numbers among `count` given ones, as driver SQL: SQLAlchemy would
    compile an in_() of 500 values afresh for every chunk of every batch."""
    quote = session.get_bind().dialect.identifier_preparer
    column = quote.format_column(CUSTOMERS.c.customer_number)
    marks = ", ".join("?" * count)
    return f"SELECT {column} FROM {quote.format_table(CUSTOMERS)} WHERE {column} IN ({marks})"


class PendingRow:
    """A row as run() will write it."""

    __slots__ = ("key", "number", "planned", "suppressed", "text")

    def __init__(self, planned: PlannedRow, number: str, suppressed: bool) -> None:
        self.planned = planned
        self.number = number
        self.suppressed = suppressed
        self.key = ""  # Finnish sort key of the name: the order rows are written in
        self.text = ""  # the search text


class Rows:
    """Rows for one INSERT through the driver's executemany, as plain tuples in `columns`'
    order. SQLAlchemy's own bind processing (UTC times, booleans) is applied once to each value
    the rows share rather than once a row: Core's executemany spends more time on that than
    SQLite spends storing the rows."""

    table: Table
    columns: tuple[str, ...]

    def __init__(self, session: Session) -> None:
        dialect = session.get_bind().dialect
        key = (type(self).__name__, dialect.name, dialect.driver)
        if key not in _INSERTS:
            _INSERTS[key] = _insert_of(self.table, self.columns, dialect)
        self._sql, self._processors = _INSERTS[key]
        self.rows: list[tuple[Any, ...]] = []

    def bind(self, column: str, value: Any) -> Any:
        processor = self._processors[column]
        return value if processor is None else processor(value)

    def write(self, session: Session) -> None:
        if self.rows:
            session.connection().exec_driver_sql(self._sql, self.rows)


_INSERTS: dict[tuple[str, str, str], tuple[str, dict[str, Any]]] = {}


def _insert_of(
    table: Table, columns: tuple[str, ...], dialect: Dialect
) -> tuple[str, dict[str, Any]]:
    """The INSERT statement for `columns` of `table`, and the table's bind processors."""
    processors = {
        c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
    }
    quote = dialect.identifier_preparer
    names = ", ".join(quote.format_column(table.c[name]) for name in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({marks})", processors


class CustomerRows(Rows):
    table = CUSTOMERS
    columns = (
        "id",
        "customer_number",
        "name",
        "email",
        "phone",
        "street",
        "postal_code",
        "city",
        "country",
        "company",
        "language",
        "business_id",
        "source",
        "source_name",
        "notes",
        "notes_third_party",
        "search_text",
        "sort_key",
        # the same for every row:
        "restricted",
        "restricted_at",
        "import_id",
        "created_at",
        "updated_at",
        "version",
    )

    def __init__(self, session: Session, now: dt.datetime, import_id: int) -> None:
        super().__init__(session)
        self._flags = {v: self.bind("notes_third_party", v) for v in (True, False)}
        self._shared = (
            self.bind("restricted", False),
            self.bind("restricted_at", None),
            self.bind("import_id", import_id),
            self.bind("created_at", now),
            self.bind("updated_at", now),
            self.bind("version", 1),
        )

    def add(self, customer_id: int, pending: PendingRow) -> None:
        c = pending.planned.customer
        self.rows.append(
            (
                customer_id,
                pending.number,
                c.name,
                c.email,
                c.phone,
                c.street,
                c.postal_code,
                c.city,
                c.country,
                c.company,
                c.language,
                c.business_id,
                c.source,
                c.source_name,
                c.notes,
                self._flags[c.notes_third_party],
                pending.text,
                pending.key,
                *self._shared,
            )
        )


class ConsentRows(Rows):
    table = CONSENT_EVENTS
    columns = (
        "customer_id",
        # the same for every row:
        "purpose_id",
        "given",
        "at",
        "method",
        "notice_version",
        "recorded_by",
        "recorded_at",
        "request_id",
    )

    def __init__(
        self,
        session: Session,
        now: dt.datetime,
        purpose: int | None,
        notice_version: str,
        user_id: int,
    ) -> None:
        super().__init__(session)
        self._shared = (
            self.bind("purpose_id", purpose),
            self.bind("given", True),
            self.bind("at", now),
            self.bind("method", ConsentMethod.IMPORT.value),
            self.bind("notice_version", notice_version),
            self.bind("recorded_by", user_id),
            self.bind("recorded_at", now),
            self.bind("request_id", None),
        )

    def add(self, customer_id: int) -> None:
        self.rows.append((customer_id, *self._shared))
