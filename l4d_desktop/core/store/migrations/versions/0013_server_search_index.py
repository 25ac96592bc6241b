"""server search index: on PostgreSQL a trigram index over the normalised search column, so that
as-you-type search (LIKE '%term%') stays fast at a million customers; SQLite is left as it is

Revision ID: 0013
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension: `l4d db setup` creates it as the administrator first.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_customers_search_trgm ON customers "
        "USING gin (search_text gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
