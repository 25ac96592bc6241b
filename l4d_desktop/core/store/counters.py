"""Numbers handed out in sequence: on SQLite each taken from a counter row under the write lock,
on PostgreSQL from a sequence of the server's own (no row for every writer to queue on)."""

from __future__ import annotations

from sqlalchemy import Sequence, bindparam, func, select, text, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from l4d_desktop.core.store.models import Counter

CUSTOMER_NUMBER = "customer_number"
DEMO_INVOICE_NUMBER = "demo_invoice_number"

IN_CHUNK = 500  # bound values per statement, well under any database's limit

# The server's sequences, made by migration 0020 to go on after the counter rows and the
# highest number in use; never put back, so a number once taken is never handed out again.
SEQUENCES = {
    CUSTOMER_NUMBER: Sequence("customer_number_seq"),
    DEMO_INVOICE_NUMBER: Sequence("demo_invoice_number_seq"),
}


def _sequence(session: Session, name: str) -> Sequence | None:
    """The counter's sequence where the register is on a server; None on SQLite."""
    on_server = session.get_bind().dialect.name == "postgresql"
    return SEQUENCES[name] if on_server else None


def take_values(session: Session, name: str, count: int) -> list[int]:
    """`count` values no other writer will ever be given, in increasing order: a block of the
    counter row on SQLite, the sequence's next values on a server (not always consecutive)."""
    seq = _sequence(session, name)
    if seq is None:
        first = take(session, name, count)
        return list(range(first, first + count))
    taken = session.scalars(select(seq.next_value()).select_from(func.generate_series(1, count)))
    return sorted(int(v) for v in taken)


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
    seq = _sequence(session, name)
    if seq is not None:
        last, called = session.execute(text(f"SELECT last_value, is_called FROM {seq.name}")).one()
        return int(last) + 1 if called else int(last)
    return int(session.execute(select(Counter.value).where(Counter.name == name)).scalar_one())


def rewind(session: Session, name: str, expected: int, back_to: int) -> bool:
    """Put the counter back to `back_to` if it still stands at `expected` (no one has taken a
    value since); True if it was put back. A server's sequence is never put back: another
    workstation may hold a value of it in a transaction not yet committed."""
    if _sequence(session, name) is not None:
        return False
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
        candidates = [str(n) for n in take_values(session, name, need)]
        taken = taken_among(session, column, candidates)
        numbers += [n for n in candidates if n not in taken]
    return numbers


def follow_counter_rows(session: Session) -> None:
    """On a server, move each sequence on to its counter row's value where the row is ahead
    (rows copied in from a single-PC register); a sequence is never moved back."""
    for name, seq in SEQUENCES.items():
        if _sequence(session, name) is None:
            return
        row = peek_row(session, name)
        if row is not None and row > peek(session, name):
            session.execute(select(func.setval(seq.name, row, False)))


def peek_row(session: Session, name: str) -> int | None:
    """The counter row's own value (on a server the sequence hands the numbers out)."""
    value = session.execute(select(Counter.value).where(Counter.name == name)).scalar()
    return None if value is None else int(value)
