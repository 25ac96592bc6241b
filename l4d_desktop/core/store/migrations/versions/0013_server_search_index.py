"""server search index and audit detail: on PostgreSQL a trigram index over the normalised search
column, so that as-you-type search (LIKE '%term%') stays fast at a million customers; and the
audit log's detail as text without a length (SQLite never enforced the 80 characters, a server
refused a letter-settings save that named more keys than fit)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.alter_column(
            "detail", existing_type=sa.String(length=80), type_=sa.Text(), existing_nullable=False
        )
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension: `l4d db setup` creates it as the administrator first.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_customers_search_trgm ON customers "
        "USING gin (search_text gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
    with op.batch_alter_table("audit_log") as batch_op:
        batch_op.alter_column(
            "detail", existing_type=sa.Text(), type_=sa.String(length=80), existing_nullable=False
        )
