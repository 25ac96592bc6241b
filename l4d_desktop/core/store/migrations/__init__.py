"""Alembic migrations bundled with the package; the only way the schema is created or changed."""
