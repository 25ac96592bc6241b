"""a processor's role in Swedish beside the Finnish and English ones, so that a Swedish letter
or notice names what each processor does in Swedish (empty until written: they wait for it)

Revision ID: 0023
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processors") as batch:
        batch.add_column(sa.Column("role_sv", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("processors") as batch:
        batch.drop_column("role_sv")
