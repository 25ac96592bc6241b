"""search by place: every customer's search text gains their postal code and city, as the
register now writes it, so that a search for "Tampere" or "33100" finds the people living there

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

BATCH = 1000

CUSTOMERS = sa.table(
    "customers",
    sa.column("id", sa.Integer),
    sa.column("postal_code", sa.String),
    sa.column("city", sa.String),
    sa.column("search_text", sa.Text),
)


def _fold(text: str) -> str:
    # Written out here rather than imported (the register's fold): NFC, then case-folded.
    return unicodedata.normalize("NFC", text).casefold()


def upgrade() -> None:
    conn = op.get_bind()
    c = CUSTOMERS.c
    placed = sa.or_(c.postal_code != "", c.city != "")
    last = 0
    while True:
        rows = conn.execute(
            sa.select(c.id, c.postal_code, c.city, c.search_text)
            .where(placed, c.id > last)
            .order_by(c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        for id_, postal_code, city, text in rows:
            parts = [text, _fold(postal_code or ""), _fold(city or "")]
            conn.execute(
                sa.update(CUSTOMERS)
                .where(c.id == id_)
                .values(search_text="\n".join(p for p in parts if p))
            )
        last = rows[-1][0]


def downgrade() -> None:
    # Extra words in the search text find more, never less: nothing to undo.
    pass
