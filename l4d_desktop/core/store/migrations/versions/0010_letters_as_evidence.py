"""letters as evidence: the erasure plan an erasure letter described and the day the erasure
ran, the day an objection took effect on the suppression list, and the record of data purged
because the consent they relied on was withdrawn

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_token", sa.String(32), nullable=True))
        batch_op.add_column(sa.Column("erase_by", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("erasure_ran_on", sa.Date(), nullable=True))
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effective_on", sa.Date(), nullable=True))
    op.create_table(
        "consent_purges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey(
                "requests.id", name="fk_consent_purges_request_id_requests", ondelete="CASCADE"
            ),
            nullable=True,
        ),
        sa.Column(
            "customer_id",
            sa.Integer(),
            sa.ForeignKey(
                "customers.id", name="fk_consent_purges_customer_id_customers", ondelete="SET NULL"
            ),
            nullable=True,
        ),
        sa.Column("purposes", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column(
            "ran_by",
            sa.Integer(),
            sa.ForeignKey("users.id", name="fk_consent_purges_ran_by_users"),
            nullable=False,
        ),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_consent_purges_request_id", "consent_purges", ["request_id"])
    op.create_index("ix_consent_purges_customer_id", "consent_purges", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_consent_purges_customer_id", table_name="consent_purges")
    op.drop_index("ix_consent_purges_request_id", table_name="consent_purges")
    op.drop_table("consent_purges")
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.drop_column("effective_on")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_column("erasure_ran_on")
        batch_op.drop_column("erase_by")
        batch_op.drop_column("plan_token")
