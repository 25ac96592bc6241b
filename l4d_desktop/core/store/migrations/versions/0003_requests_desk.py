"""requests desk: intake details, identity check, pauses, extension, closure, rectified fields,
processors and the Art. 19 checklist, objection decisions, kept invoices

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_REQUEST_TEXT = (
    "requester_text",
    "identity_note",
    "extension_reason",
    "refusal_reason",
    "assessment",
)
_REQUEST_USERS = ("handler_id", "identified_by", "closed_by")


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("handler_id", sa.Integer(), nullable=True))
        for column in _REQUEST_TEXT:
            batch_op.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("requester_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("requester_contact", sa.String(length=254), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("identity_method", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("identified_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("identified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("extended_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("extension_notice_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("closed_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("refusal_basis", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("repeat_of", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("subject_ref", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        for column in _REQUEST_USERS:
            batch_op.create_foreign_key(
                batch_op.f(f"fk_requests_{column}_users"), "users", [column], ["id"]
            )
        batch_op.create_foreign_key(
            batch_op.f("fk_requests_repeat_of_requests"), "requests", ["repeat_of"], ["id"]
        )

    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=30), nullable=True))
        batch_op.add_column(
            sa.Column("outcome_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("decided_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("decided_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_objections_decided_by_users"), "users", ["decided_by"], ["id"]
        )
    # Objections recorded before: direct marketing ones stopped at once; the others were taken
    # as upheld, which is what the register has been doing with them.
    op.execute(
        "UPDATE objections SET outcome = CASE WHEN purpose = 'direct_marketing' "
        "THEN 'stopped' ELSE 'upheld' END"
    )

    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kept_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("keep_reason", sa.String(length=40), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoices_kept_until"), ["kept_until"])

    op.create_table(
        "request_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_pauses_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["started_by"], ["users.id"], name=op.f("fk_request_pauses_started_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["ended_by"], ["users.id"], name=op.f("fk_request_pauses_ended_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_pauses")),
    )
    op.create_index(op.f("ix_request_pauses_request_id"), "request_pauses", ["request_id"])

    op.create_table(
        "request_field_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_field_changes_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_request_field_changes_changed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_field_changes")),
    )
    op.create_index(
        op.f("ix_request_field_changes_request_id"), "request_field_changes", ["request_id"]
    )

    op.create_table(
        "processors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("contact", sa.String(length=254), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processors")),
    )

    op.create_table(
        "recipient_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_recipient_notices_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["processor_id"],
            ["processors.id"],
            name=op.f("fk_recipient_notices_processor_id_processors"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_recipient_notices_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_notices")),
        sa.UniqueConstraint(
            "request_id", "processor_id", name=op.f("uq_recipient_notices_request_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("recipient_notices")
    op.drop_table("processors")
    op.drop_index(op.f("ix_request_field_changes_request_id"), "request_field_changes")
    op.drop_table("request_field_changes")
    op.drop_index(op.f("ix_request_pauses_request_id"), "request_pauses")
    op.drop_table("request_pauses")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoices_kept_until"))
        batch_op.drop_column("keep_reason")
        batch_op.drop_column("kept_until")
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_objections_decided_by_users"), type_="foreignkey")
        for column in ("decided_at", "decided_by", "outcome_reason", "outcome"):
            batch_op.drop_column(column)
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_requests_repeat_of_requests"), type_="foreignkey")
        for column in _REQUEST_USERS:
            batch_op.drop_constraint(batch_op.f(f"fk_requests_{column}_users"), type_="foreignkey")
        for column in (
            "erased_at",
            "subject_ref",
            "repeat_of",
            "refusal_basis",
            "closed_by",
            "closed_at",
            "extension_notice_on",
            "extended_due",
            "identified_at",
            "identified_by",
            "identity_method",
            "requester_contact",
            "requester_name",
            *_REQUEST_TEXT,
            "handler_id",
            "received_at",
        ):
            batch_op.drop_column(column)
