"""request pauses: the reason given when the waiting ended, in a column of its own

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Before this revision both reasons shared the `reason` column, the resuming one after this
# separator (a character typed text never holds).
_OLD_SEPARATOR = "\x1e"


def upgrade() -> None:
    with op.batch_alter_table("request_pauses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("resume_reason", sa.Text(), nullable=False, server_default="")
        )
    conn = op.get_bind()
    # Filtered here rather than with instr(), which only SQLite has.
    rows = conn.execute(sa.text("SELECT id, reason FROM request_pauses")).all()
    for pause_id, stored in rows:
        if _OLD_SEPARATOR not in stored:
            continue
        reason, _, resumed = stored.partition(_OLD_SEPARATOR)
        conn.execute(
            sa.text("UPDATE request_pauses SET reason = :r, resume_reason = :rr WHERE id = :id"),
            {"r": reason, "rr": resumed, "id": pause_id},
        )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE request_pauses SET reason = reason || :sep || resume_reason "
            "WHERE resume_reason != ''"
        ),
        {"sep": _OLD_SEPARATOR},
    )
    with op.batch_alter_table("request_pauses", schema=None) as batch_op:
        batch_op.drop_column("resume_reason")
