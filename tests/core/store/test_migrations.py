"""The database schema from migrations only: a fresh file brought to head, a pending upgrade
backed up first and rolled back whole when it fails, and old rows carried forward."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.config import Config

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.backup import verify_backup
from l4d_desktop.core.store.database import Database
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db
from tests.helpers.files import mode

SCHEMA_TABLES = {
    "alembic_version",
    "audit_log",
    "consent_events",
    "consent_purposes",
    "consent_purges",
    "counters",
    "customers",
    "imports",
    "invoices",
    "letters",
    "login_attempts",
    "objections",
    "processing_purposes",
    "processing_register_texts",
    "processors",
    "recipient_notices",
    "request_deliveries",
    "request_field_changes",
    "request_kept_invoices",
    "request_pauses",
    "request_questions",
    "request_searches",
    "request_extension_notices",
    "request_findings",
    "request_restrictions",
    "request_texts",
    "requests",
    "retention_rules",
    "retention_runs",
    "settings",
    "suppressions",
    "user_rights",
    "users",
    "web_events",
}


def tables(path: Path) -> set[str]:
    with raw_db(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def revision(path: Path) -> str | None:
    with raw_db(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


# -- a fresh file ------------------------------------------------------------------------------


def test_an_empty_file_is_brought_to_head(db_path: Path, clock: FakeClock) -> None:
    db = Database(db_path)
    try:
        assert db.is_empty()
        assert migrate.pending(db)
        # Nothing to lose in an empty file: no backup.
        assert migrate.upgrade(db, clock()) is None
        assert migrate.current_revision(db) == migrate.head_revision()
        assert not migrate.pending(db)
    finally:
        db.dispose()
    assert tables(db_path) == SCHEMA_TABLES
    assert revision(db_path) == migrate.head_revision()
    assert sorted(p.name for p in db_path.parent.iterdir() if ".bak" in p.name) == []


def test_a_zero_byte_file_counts_as_empty(db_path: Path, clock: FakeClock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    svc = open_services(db_path, clock=clock, hasher=PasswordHasher(1, 8192, 1))
    svc.db.dispose()
    assert tables(db_path) == SCHEMA_TABLES


def test_reopening_at_head_does_nothing(
    services: Services, admin: Actor, db_path: Path, clock: FakeClock
) -> None:
    add_customer(services, admin, "Maija Meikäläinen")
    services.db.dispose()
    before = sorted(p.name for p in db_path.parent.iterdir())
    db = Database(db_path)
    try:
        assert migrate.upgrade(db, clock()) is None
    finally:
        db.dispose()
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    assert revision(db_path) == migrate.head_revision()


def test_the_models_match_the_migrations(services: Services) -> None:
    """An autogenerate comparison finds nothing: models and migrations describe one schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from l4d_desktop.core.store.models import Base

    with services.db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
        conn.rollback()
    assert diff == []


# -- a pending upgrade on a database that holds data --------------------------------------------

MIGRATION_NEXT = '''"""test revision: {doc}"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''

# Recreating `customers` (the parent of `requests`) is exactly the batch operation that, with
# foreign keys on, deletes or refuses to drop the rows that point at it.
RECREATE_PARENT = """    with op.batch_alter_table("customers", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))"""

ORPHAN_ROW = """    op.execute(
        "INSERT INTO requests (type, status, customer_id, received_on, channel, statutory_due,"
        " promised_due, due, received_by, created_at, updated_at, version) VALUES ('other',"
        " 'received', 999, '2026-11-01', 'email', '2026-12-01', NULL, '2026-12-01', 1,"
        " '2026-11-01 00:00:00', '2026-11-01 00:00:00', 1)"
    )"""

FAILING = """    op.execute("UPDATE customers SET name = 'muutettu'")
    op.execute("SELECT no_such_function()")"""


Install = Callable[[str], None]


@pytest.fixture
def second_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Install:
    """Install a copy of the bundled migrations plus a revision 9001 with the given body."""

    def install(body: str, doc: str = "pending upgrade") -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
        )
        (scripts / "versions" / "9001_test.py").write_text(
            MIGRATION_NEXT.format(doc=doc, down=migrate.head_revision(), body=body),
            encoding="utf-8",
        )
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    return install


@pytest.fixture
def populated(services: Services, admin: Actor, db_path: Path) -> Path:
    """A database at the shipped head holding customers and requests that point at them."""
    for name in ("Maija Meikäläinen", "Matti Virtanen"):
        c = add_customer(services, admin, name)
        services.requests.register(
            admin, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
        )
    services.db.dispose()
    return db_path


def test_a_pending_upgrade_backs_up_first_and_keeps_child_rows(
    populated: Path, second_migration: Install, clock: FakeClock, wide_umask: None
) -> None:
    shipped_head = migrate.head_revision()
    second_migration(RECREATE_PARENT)
    db = Database(populated)
    try:
        assert migrate.pending(db)
        backup = migrate.upgrade(db, clock())
        assert migrate.current_revision(db) == "9001"
    finally:
        db.dispose()

    assert backup is not None and backup.exists()
    assert backup.parent == populated.parent
    assert backup.name == f"{populated.name}.before-9001-20261124-080000.bak"
    assert mode(backup) == 0o600
    assert verify_backup(backup)
    # The backup is the database as it was before the upgrade.
    assert revision(backup) == shipped_head
    with raw_db(backup) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2
    # The upgrade lost nothing, and the requests still point at their customers.
    with raw_db(populated) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "note" in {r[1] for r in conn.execute("PRAGMA table_info(customers)")}


def test_foreign_keys_are_off_while_migrating_and_on_again_afterwards(
    populated: Path, second_migration: Install, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_migration(RECREATE_PARENT)
    seen: list[int] = []
    real_upgrade = migrate.command.upgrade

    def watching_upgrade(cfg: Config, revision: str) -> None:
        conn = cfg.attributes["connection"]
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(cfg, revision)

    monkeypatch.setattr(migrate.command, "upgrade", watching_upgrade)
    db = Database(populated)
    try:
        migrate.upgrade(db, clock())
        assert seen == [0]
        for _ in range(3):  # whichever pooled connection comes next
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                conn.rollback()
    finally:
        db.dispose()


def test_a_migration_that_leaves_dangling_references_is_rolled_back(
    populated: Path, second_migration: Install, clock: FakeClock
) -> None:
    shipped_head = migrate.head_revision()
    second_migration(ORPHAN_ROW)
    db = Database(populated)
    try:
        with pytest.raises(StorageError) as info:
            migrate.upgrade(db, clock())
        assert info.value.code == "migration_failed"
    finally:
        db.dispose()
    assert revision(populated) == shipped_head
    with raw_db(populated) as conn:
        assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 2


def test_a_failing_migration_leaves_the_database_unchanged(
    populated: Path, second_migration: Install, clock: FakeClock
) -> None:
    shipped_head = migrate.head_revision()
    second_migration(FAILING)
    db = Database(populated)
    try:
        with pytest.raises(StorageError) as info:
            migrate.upgrade(db, clock())
        assert info.value.code == "migration_failed"
        assert str(populated) in str(info.value)
    finally:
        db.dispose()
    assert revision(populated) == shipped_head
    with raw_db(populated) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM customers")}
    assert names == {"Maija Meikäläinen", "Matti Virtanen"}


def test_a_database_from_a_newer_program_is_refused(
    populated: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    with raw_db(populated) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(StorageError) as info:
        open_services(populated, clock=clock, hasher=fast_hasher)
    assert info.value.code == "db_newer"
    # Refused before anything was written: no backup, revision untouched.
    assert revision(populated) == "9999_from_the_future"
    assert not [p for p in populated.parent.iterdir() if ".bak" in p.name]


def test_a_pause_written_before_0005_keeps_both_of_its_reasons(db_path: Path) -> None:
    """Before 0005 the reason given on resuming shared the pause's `reason` column."""
    from alembic import command

    db = Database(db_path)
    try:
        with db.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.upgrade(cfg, "0004")
            conn.commit()
        with raw_db(db_path) as conn:
            _insert_minimal(conn, "users", id=1, username="jouni", role="admin")
            _insert_minimal(conn, "requests", id=1, received_by=1, customer_id=None)
            conn.execute(
                "INSERT INTO request_pauses (request_id, reason, started_at, started_by) "
                "VALUES (1, ?, '2026-11-02 08:00:00', 1), (1, ?, '2026-11-03 08:00:00', 1)",
                ("Odotetaan henkilöllisyyttä\x1eTodistus nähty", "Odotetaan vastausta"),
            )
            conn.commit()
        migrate.upgrade(db)
    finally:
        db.dispose()
    with raw_db(db_path) as conn:
        rows = conn.execute(
            "SELECT reason, resume_reason FROM request_pauses ORDER BY id"
        ).fetchall()
    assert rows == [
        ("Odotetaan henkilöllisyyttä", "Todistus nähty"),
        ("Odotetaan vastausta", ""),
    ]


def _insert_minimal(conn: sqlite3.Connection, table: str, **given: object) -> None:
    """A row with the given values and a placeholder in every other NOT NULL column."""
    values = dict(given)
    for _cid, name, kind, notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if name in values or not notnull or default is not None:
            continue
        kind = kind.upper()
        if kind.startswith(("INT", "BOOL")):
            values[name] = 0
        elif kind.startswith("DATETIME"):
            values[name] = "2026-11-01 08:00:00"
        elif kind.startswith("DATE"):
            values[name] = "2026-11-01"
        else:
            values[name] = "x"
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
