"""customer register: consents, objections, suppression list, web events, invoices, imports

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

from l4d_desktop.core.text import sort_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The built-in consent purposes named by the privacy notice (code, Finnish, English, marketing).
PURPOSES = [
    ("marketing_email", "Markkinointiviestit sähköpostilla", "Marketing messages by email", True),
    (
        "marketing_sms",
        "Markkinointiviestit tekstiviestillä",
        "Marketing messages by text message",
        True,
    ),
    ("ad_targeting", "Mainonnan kohdentaminen", "Targeting of advertising", True),
    (
        "analytics",
        "Palveluiden analysointi ja tilastointi",
        "Analysis and statistics of our services",
        False,
    ),
]


def upgrade() -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["started_by"], ["users.id"], name=op.f("fk_imports_started_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    purposes = op.create_table(
        "consent_purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_fi", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("direct_marketing", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_purposes")),
        sa.UniqueConstraint("code", name=op.f("uq_consent_purposes_code")),
    )
    op.bulk_insert(
        purposes,
        [
            {
                "code": code,
                "name_fi": fi,
                "name_en": en,
                "direct_marketing": marketing,
                "builtin": True,
                "active": True,
                "created_at": now,
            }
            for code, fi, en, marketing in PURPOSES
        ],
    )
    op.create_table(
        "suppressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppressions")),
        sa.UniqueConstraint("kind", "digest", name=op.f("uq_suppressions_kind")),
    )
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("invoice_number", sa.String(length=40), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("billing_address", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_invoices_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_invoices_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("invoice_number", name=op.f("uq_invoices_invoice_number")),
    )
    op.create_index(op.f("ix_invoices_customer_id"), "invoices", ["customer_id"])
    op.create_table(
        "web_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("ip", sa.String(length=45), nullable=False),
        sa.Column("referrer", sa.Text(), nullable=False),
        sa.Column("page", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("banner", sa.String(length=200), nullable=False),
        sa.Column("user_agent", sa.Text(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_web_events_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_web_events_import_id_imports")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_events")),
    )
    op.create_index("ix_web_events_customer", "web_events", ["customer_id", "at", "id"])
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("notice_version", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_consent_events_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"],
            ["consent_purposes.id"],
            name=op.f("fk_consent_events_purpose_id_consent_purposes"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consent_events_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_consent_events_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    op.create_index(
        "ix_consent_events_customer", "consent_events", ["customer_id", "purpose_id", "id"]
    )
    # The ledger is append-only at the storage level too. (A later batch migration that
    # recreates this table must create the trigger again.)
    if op.get_bind().dialect.name == "postgresql":
        # The same refusal in PostgreSQL's trigger language (RAISE(ABORT) is SQLite's own).
        op.execute(
            "CREATE FUNCTION consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN RAISE EXCEPTION 'consent_events is append-only'; END$$"
        )
        op.execute(
            "CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events "
            "FOR EACH ROW EXECUTE FUNCTION consent_events_append_only()"
        )
    else:
        op.execute(
            "CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events "
            "BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END"
        )
    op.create_table(
        "objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_objections_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_objections_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_objections_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objections")),
    )
    op.create_index(op.f("ix_objections_customer_id"), "objections", ["customer_id"])

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("business_id", sa.String(length=9), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("source", sa.String(length=20), nullable=False, server_default="customer")
        )
        batch_op.add_column(
            sa.Column("source_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("notes_third_party", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("restricted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("sort_key", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("import_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_customers_import_id_imports"), "imports", ["import_id"], ["id"]
        )

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name FROM customers")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE customers SET sort_key = :key WHERE id = :id"),
            [{"id": r.id, "key": sort_key(r.name)} for r in rows],
        )
    op.create_index("ix_customers_email", "customers", ["email"])
    op.create_index("ix_customers_search", "customers", ["sort_key", "id", "search_text"])

    # Numbers handed out so far were 10000 + id; carry on after the highest.
    top = conn.execute(sa.text("SELECT MAX(id) FROM customers")).scalar() or 0
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(
        settings,
        [
            {"key": "next_customer_number", "value": str(10001 + top)},
            # Per-register salt of the suppression hashes, so that a list of digests cannot be
            # matched against another register's or a precomputed table.
            {"key": "suppression_salt", "value": secrets.token_hex(32)},
        ],
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text("DELETE FROM settings WHERE key IN ('next_customer_number', 'suppression_salt')")
    )
    op.drop_index("ix_customers_search", "customers")
    op.drop_index("ix_customers_email", "customers")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_customers_import_id_imports"), type_="foreignkey")
        for column in (
            "import_id",
            "sort_key",
            "restricted_at",
            "restricted",
            "notes_third_party",
            "notes",
            "source_name",
            "source",
            "business_id",
        ):
            batch_op.drop_column(column)
    for table in (
        "objections",
        "consent_events",
        "web_events",
        "invoices",
        "suppressions",
        "consent_purposes",
        "imports",
    ):
        op.drop_table(table)
