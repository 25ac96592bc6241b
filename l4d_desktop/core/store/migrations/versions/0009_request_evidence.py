"""request evidence: an extension's grounds and notice channel, a restriction's Art. 18(1) ground
and lift notice, a rectification's findings, and the letters' free texts per language

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep producing the same rows
# whatever the program's code later becomes.
REQUESTS = sa.table(
    "requests",
    sa.column("id", sa.Integer),
    sa.column("customer_id", sa.Integer),
    sa.column("extension_reason", sa.Text),
    sa.column("extended_due", sa.Date),
    sa.column("updated_at", sa.DateTime),
    sa.column("received_by", sa.Integer),
    sa.column("handler_id", sa.Integer),
)
CUSTOMERS = sa.table("customers", sa.column("id", sa.Integer), sa.column("language", sa.String))


def _user(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey("users.id"), nullable=False)


def _request_id(*, primary_key: bool = False, index: bool = False) -> sa.Column[int]:
    fk = sa.ForeignKey("requests.id", ondelete="CASCADE")
    return sa.Column(
        "request_id", sa.Integer(), fk, nullable=False, primary_key=primary_key, index=index
    )


def upgrade() -> None:
    op.create_table(
        "request_extension_notices",
        _request_id(primary_key=True),
        sa.Column("grounds", sa.String(80), nullable=False),
        sa.Column("channel", sa.String(20), nullable=True),
        _user("recorded_by"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "request_restrictions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _request_id(index=True),
        sa.Column("ground", sa.String(1), nullable=False),
        sa.Column("restricted_at", sa.DateTime(), nullable=False),
        _user("restricted_by"),
        sa.Column("lift_on", sa.Date(), nullable=True),
        sa.Column("lift_reason", sa.String(30), nullable=True),
        sa.Column("lift_announced_at", sa.DateTime(), nullable=True),
        sa.Column("lift_announced_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("lifted_at", sa.DateTime(), nullable=True),
        sa.Column("lifted_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_table(
        "request_findings",
        sa.Column("id", sa.Integer(), primary_key=True),
        _request_id(),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("ground", sa.String(40), nullable=False),
        _user("recorded_by"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("request_id", "kind"),
    )
    texts = op.create_table(
        "request_texts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _request_id(),
        sa.Column("topic", sa.String(40), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _user("recorded_by"),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("request_id", "topic", "language"),
    )
    # An extension's reasons written before this revision were written for the letters of the
    # customer's language (Finnish while no customer was linked): they stay that language's.
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            REQUESTS.c.id,
            REQUESTS.c.extension_reason,
            REQUESTS.c.updated_at,
            sa.func.coalesce(REQUESTS.c.handler_id, REQUESTS.c.received_by),
            CUSTOMERS.c.language,
        )
        .select_from(REQUESTS.outerjoin(CUSTOMERS, CUSTOMERS.c.id == REQUESTS.c.customer_id))
        .where(REQUESTS.c.extended_due.is_not(None), REQUESTS.c.extension_reason != "")
    ).all()
    op.bulk_insert(
        texts,
        [
            {
                "request_id": request_id,
                "topic": "extension",
                "language": language if language in ("fi", "en") else "fi",
                "text": reason,
                "recorded_by": user_id,
                "recorded_at": updated_at,
            }
            for request_id, reason, updated_at, user_id, language in rows
        ],
    )


def downgrade() -> None:
    op.drop_table("request_texts")
    op.drop_table("request_findings")
    op.drop_table("request_restrictions")
    op.drop_table("request_extension_notices")
