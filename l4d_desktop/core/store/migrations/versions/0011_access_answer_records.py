"""request_searches, request_questions, request_deliveries, request_kept_invoices: what the
handler records for an access answer (systems searched, the requester's questions, the copy's
delivery, kept invoices matched to a requester)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _request_id(primary_key: bool = False) -> sa.Column[int]:
    return sa.Column(
        "request_id",
        sa.Integer(),
        sa.ForeignKey("requests.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
        index=not primary_key,
    )


def _recorded() -> list[sa.Column[object]]:
    return [
        sa.Column("recorded_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "request_searches",
        sa.Column("id", sa.Integer(), primary_key=True),
        _request_id(),
        sa.Column("system", sa.String(20), nullable=False),
        sa.Column("found", sa.Boolean(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("searched_on", sa.Date(), nullable=False),
        *_recorded(),
    )
    op.create_table(
        "request_questions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _request_id(),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        *_recorded(),
    )
    op.create_table(
        "request_deliveries",
        _request_id(primary_key=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        *_recorded(),
    )
    op.create_table(
        "request_kept_invoices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "invoice_id",
            sa.Integer(),
            sa.ForeignKey("invoices.id", ondelete="CASCADE"),
            nullable=False,
        ),
        *_recorded(),
        sa.UniqueConstraint("request_id", "invoice_id"),
    )


def downgrade() -> None:
    for table in (
        "request_kept_invoices",
        "request_deliveries",
        "request_questions",
        "request_searches",
    ):
        op.drop_table(table)
