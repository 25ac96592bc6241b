"""number sequences: on PostgreSQL the customer numbers and demo invoice numbers come from
sequences of the server's own, starting after the counter rows and the highest number in use,
so writers no longer queue on one counter row (SQLite keeps its counter rows)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep producing the same objects
# whatever the program's code later becomes.
FIRST_CUSTOMER_NUMBER = 10001
DEMO_INVOICE_DIGITS = 7
FIRST_DEMO_INVOICE = 10 ** (DEMO_INVOICE_DIGITS - 1) + 1
# A sequence counts to 2**63 - 1: longer numbers typed in are passed over by the program's own
# check for numbers in use, never reached by counting.
MAX_DIGITS = 18
ROWS_PER_FETCH = 10_000

COUNTERS = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.Integer))
CUSTOMERS = sa.table("customers", sa.column("customer_number", sa.String))
INVOICES = sa.table("invoices", sa.column("invoice_number", sa.String))

# (counter row, sequence, column of the numbers in use, first number, demo invoice rule)
NUMBERS = (
    ("customer_number", "customer_number_seq", CUSTOMERS.c.customer_number,
     FIRST_CUSTOMER_NUMBER, False),
    ("demo_invoice_number", "demo_invoice_number_seq", INVOICES.c.invoice_number,
     FIRST_DEMO_INVOICE, True),
)  # fmt: skip


def _as_number(number: str | None, demo: bool) -> int | None:
    """A number in use as a number: plain digits (a demo invoice's: seven, no leading zero)."""
    if not number or not number.isascii() or not number.isdigit() or len(number) > MAX_DIGITS:
        return None
    if demo and (len(number) != DEMO_INVOICE_DIGITS or number[0] == "0"):
        return None
    return int(number)


def _highest_in_use(conn: sa.Connection, column: sa.ColumnClause[str], demo: bool) -> int:
    highest = 0
    result = conn.execute(sa.select(column).execution_options(yield_per=ROWS_PER_FETCH))
    for (number,) in result:
        n = _as_number(number, demo)
        if n is not None and n > highest:
            highest = n
    return highest


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return  # SQLite: the counter rows under the write lock stay
    for counter, sequence, column, first, demo in NUMBERS:
        row = conn.execute(sa.select(COUNTERS.c.value).where(COUNTERS.c.name == counter)).scalar()
        start = max(int(row or first), _highest_in_use(conn, column, demo) + 1, first)
        op.execute(sa.schema.CreateSequence(sa.Sequence(sequence, start=start, minvalue=1)))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for counter, sequence, _column, _first, _demo in NUMBERS:
        # The counter row takes over again from where the sequence stands.
        last, called = conn.execute(sa.text(f"SELECT last_value, is_called FROM {sequence}")).one()
        conn.execute(
            sa.update(COUNTERS)
            .where(COUNTERS.c.name == counter)
            .values(value=int(last) + 1 if called else int(last))
        )
        op.execute(sa.schema.DropSequence(sa.Sequence(sequence)))
