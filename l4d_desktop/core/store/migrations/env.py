"""Alembic environment: always run on a connection handed in by `core.migrate` (no fileConfig,
which would disable the application's loggers)."""

from __future__ import annotations

from alembic import context

from l4d_desktop.core.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the program itself runs migrations
    raise RuntimeError("migrations run through l4d_desktop.core.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
