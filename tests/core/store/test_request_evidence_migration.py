"""0009 keeps the reasons of extensions recorded before it as the text of the letters in the
customer's language (Finnish while no customer was linked), so their letters can still go."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.database import Database
from tests.core.store.test_migrations import _insert_minimal
from tests.helpers.database import raw_db


def test_an_extension_before_0009_keeps_its_reasons_in_the_letters_language(
    db_path: Path,
) -> None:
    db = Database(db_path)
    try:
        with db.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.upgrade(cfg, "0008")
            conn.commit()
        with raw_db(db_path) as conn:
            _insert_minimal(conn, "users", id=1, username="jouni", role="admin")
            _insert_minimal(conn, "customers", id=7, name="Ørjan Ærø", language="en")
            extended = {"extended_due": "2027-02-02", "extension_notice_on": "2026-11-20"}
            _insert_minimal(
                conn, "requests", id=1, received_by=1, customer_id=7, handler_id=None,
                extension_reason="The request covers several years of records.", **extended,
            )  # fmt: skip
            _insert_minimal(
                conn, "requests", id=2, received_by=1, customer_id=None,
                extension_reason="Pyyntö koskee useiden vuosien aineistoa.", **extended,
            )  # fmt: skip
            _insert_minimal(conn, "requests", id=3, received_by=1, customer_id=7)
            conn.commit()
        migrate.upgrade(db)
    finally:
        db.dispose()
    with raw_db(db_path) as conn:
        rows = conn.execute(
            "SELECT request_id, topic, language, text, recorded_by FROM request_texts "
            "ORDER BY request_id"
        ).fetchall()
    assert rows == [
        (1, "extension", "en", "The request covers several years of records.", 1),
        (2, "extension", "fi", "Pyyntö koskee useiden vuosien aineistoa.", 1),
    ]
