"""Migration 0017 gives the register Swedish beside Finnish and English: the seeded texts get
their Swedish, a text the pääkäyttäjä had changed gets none (its Swedish would not say what the
changed text says), and going back removes the Swedish columns."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.database import Database
from tests.helpers.database import raw_db


def _to(db: Database, revision: str, down: bool = False) -> None:
    with db.engine.connect() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        conn.begin()
        (command.downgrade if down else command.upgrade)(cfg, revision)
        conn.commit()


def _columns(path: Path, table: str) -> set[str]:
    with raw_db(path) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_only_the_texts_as_seeded_get_their_swedish(db_path: Path) -> None:
    db = Database(db_path)
    try:
        _to(db, "0018")
        with raw_db(db_path) as conn:
            conn.execute(
                "UPDATE processing_register_texts SET en = 'Our own words.' WHERE key = 'security'"
            )
            conn.execute(
                "UPDATE processing_purposes SET retention_en = 'Five years.' WHERE code = 'billing'"
            )
            conn.execute(
                "UPDATE consent_purposes SET name_en = 'Newsletters' WHERE code = 'marketing_email'"
            )
        _to(db, "0019")
        with raw_db(db_path) as conn:
            texts = dict(conn.execute("SELECT key, sv FROM processing_register_texts"))
            billing = conn.execute(
                "SELECT name_sv, basis_note_sv, categories_sv, retention_sv "
                "FROM processing_purposes WHERE code = 'billing'"
            ).fetchone()
            consents = dict(conn.execute("SELECT code, name_sv FROM consent_purposes"))
        assert texts["security"] == ""
        assert texts["persons"].startswith("Kunder och potentiella kunder till Lean 4D Oy")
        name, note, categories, retention = billing
        assert name == "Fakturering, indrivning och verifiering av kundtransaktioner"
        assert "bokföringslagen (1336/1997)" in note and categories.startswith("Namn")
        assert retention == ""  # changed in English since the seed: no Swedish guessed
        assert consents["marketing_email"] == ""
        assert consents["marketing_sms"] == "Marknadsföringsmeddelanden per textmeddelande"
        _to(db, "0018", down=True)
        assert "sv" not in _columns(db_path, "processing_register_texts")
        assert "retention_sv" not in _columns(db_path, "processing_purposes")
        assert "name_sv" not in _columns(db_path, "consent_purposes")
    finally:
        db.dispose()
