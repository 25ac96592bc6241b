"""counters: the next customer number and the next demo invoice number, each a row taken under
the write lock, instead of a setting and the highest number found

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep producing the same rows
# whatever the program's code later becomes.
FIRST_CUSTOMER_NUMBER = 10001
# Demo invoices are numbered with seven digits from 1000001 on.
DEMO_INVOICE_DIGITS = 7
FIRST_DEMO_INVOICE = 10 ** (DEMO_INVOICE_DIGITS - 1) + 1

SETTINGS = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
INVOICES = sa.table("invoices", sa.column("invoice_number", sa.String))


def _demo_invoice_number(number: str) -> int | None:
    """The number a demo fill gave, as a number; None for one typed by a user."""
    demo = len(number) == DEMO_INVOICE_DIGITS and number.isascii() and number.isdigit()
    return int(number) if demo and number[0] != "0" else None


def upgrade() -> None:
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    conn = op.get_bind()
    setting = conn.execute(
        sa.select(SETTINGS.c.value).where(SETTINGS.c.key == "next_customer_number")
    ).scalar()
    try:
        next_customer = int(setting) if setting else FIRST_CUSTOMER_NUMBER
    except ValueError:
        next_customer = FIRST_CUSTOMER_NUMBER
    demo = [
        n
        for (number,) in conn.execute(sa.select(INVOICES.c.invoice_number))
        if (n := _demo_invoice_number(number)) is not None
    ]
    op.bulk_insert(
        counters,
        [
            {"name": "customer_number", "value": next_customer},
            {"name": "demo_invoice_number", "value": max(demo) + 1 if demo else FIRST_DEMO_INVOICE},
        ],
    )
    conn.execute(sa.delete(SETTINGS).where(SETTINGS.c.key == "next_customer_number"))


def downgrade() -> None:
    conn = op.get_bind()
    counters = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.Integer))
    value = conn.execute(
        sa.select(counters.c.value).where(counters.c.name == "customer_number")
    ).scalar()
    if value is not None:
        op.bulk_insert(SETTINGS, [{"key": "next_customer_number", "value": str(value)}])
    op.drop_table("counters")
