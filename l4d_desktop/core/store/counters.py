"""Numbers handed out in sequence, each taken from a counter row under the write lock."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from l4d_desktop.core.store.models import Counter

CUSTOMER_NUMBER = "customer_number"
DEMO_INVOICE_NUMBER = "demo_invoice_number"

IN_CHUNK = 500  # bound values per statement, well under any database's limit


def take(session: Session, name: str, count: int = 1) -> int:
    """Move the counter on by `count` and return the first of the values passed: one UPDATE,
    so two writers can never both take the same values."""
    first = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + count)
        .returning(Counter.value - count)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(first)


def peek(session: Session, name: str) -> int:
    """The next value the counter will hand out."""
    return int(session.execute(select(Counter.value).where(Counter.name == name)).scalar_one())


def rewind(session: Session, name: str, expected: int, back_to: int) -> bool:
    """Put the counter back to `back_to` if it still stands at `expected` (no one has taken a
    value since); True if it was put back."""
    moved = session.execute(
        update(Counter)
        .where(Counter.name == name, Counter.value == expected)
        .values(value=back_to)
        .execution_options(synchronize_session=False)
    )
    return bool(moved.rowcount)  # type: ignore[attr-defined]


def taken_among(
    session: Session,
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
    values: list[str],
) -> set[str]:
    """Those of `values` that `column` already holds, asked a chunk at a time."""
    stmt = select(column).where(column.in_(bindparam("values", expanding=True)))
    taken: set[str] = set()
    for i in range(0, len(values), IN_CHUNK):
        chunk = values[i : i + IN_CHUNK]
        taken.update(v for v in session.scalars(stmt, {"values": chunk}) if v is not None)
    return taken


def free_numbers(
    session: Session,
    name: str,
    count: int,
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
) -> list[str]:
    """The next `count` numbers of the counter, as text, skipping any `column` already holds
    (a number typed in or brought by an import). Numbers passed over are never handed out."""
    numbers: list[str] = []
    while len(numbers) < count:
        need = count - len(numbers)
        first = take(session, name, need)
        candidates = [str(n) for n in range(first, first + need)]
        taken = taken_among(session, column, candidates)
        numbers += [n for n in candidates if n not in taken]
    return numbers
