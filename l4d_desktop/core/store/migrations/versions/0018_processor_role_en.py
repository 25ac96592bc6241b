"""a processor's role in English beside the Finnish one, so that an English letter or notice
names what each processor does in English

Revision ID: 0018
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("processors") as batch:
        batch.add_column(sa.Column("role_en", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("processors") as batch:
        batch.drop_column("role_en")
