"""Apply pending Alembic migrations at start, after a verified backup of a non-empty database."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.changes import ChangeFeed
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.store.address import ServerAddress, is_address, parse_address
from l4d_desktop.core.store.backup import backup_database
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.postgres import MIGRATION_LOCK, ServerDatabase
from l4d_desktop.core.store.server_errors import connection_error

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def revision_before(revision: str) -> str | None:
    """The revision a migration upgrades from: what a register made before it carries."""
    down = ScriptDirectory.from_config(_config()).get_revision(revision).down_revision
    return down if isinstance(down, str) or down is None else down[0]


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
    return rev


def pending(db: Database) -> bool:
    return current_revision(db) != head_revision()


def upgrade(db: Database, now: dt.datetime | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if the database held anything."""
    if isinstance(db, ServerDatabase):
        upgrade_server(db)
        return None
    script = ScriptDirectory.from_config(_config())
    current = current_revision(db)
    if current == head_revision():
        return None
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StorageError("db_newer", path=str(db.path))
    backup_path: Path | None = None
    if not db.is_empty():
        stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
        backup_path = db.path.with_name(f"{db.path.name}.before-{head_revision()}-{stamp}.bak")
        backup_database(db, backup_path)
    cfg = _config()
    with db.engine.connect() as conn:
        # Batch migrations recreate tables; with foreign keys on, that would cascade-delete
        # children. The pragma is a no-op inside a transaction, and every statement sent through
        # SQLAlchemy first gets our BEGIN, so set it on the driver connection before any.
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            conn.begin()  # ours, so Alembic leaves the commit to us
            command.upgrade(cfg, "head")
            # Checked before the commit, so a migration that leaves dangling references is
            # rolled back as a whole.
            if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                raise StorageError("migration_failed", path=str(db.path))
            conn.commit()
        except StorageError:
            conn.rollback()
            raise
        except Exception as exc:  # any failure of a migration script: SQLite DDL rolls back
            conn.rollback()
            raise StorageError("migration_failed", path=str(db.path)) from exc
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
    # Revisions and the backup's file name only: the folder may carry the user's name.
    log.info(
        "database schema %s -> %s%s",
        current or "empty",
        head_revision(),
        f", backup {backup_path.name}" if backup_path else "",
    )
    # Connections in the pool were opened before the schema changed; start fresh.
    db.engine.dispose()
    db.fix_permissions()
    return backup_path


def upgrade_server(db: ServerDatabase, role: str | None = None) -> None:
    """Bring a server's schema to head under an advisory lock: several workstations starting at
    once migrate once (the others wait, then find the head). PostgreSQL's DDL is transactional,
    so a failed migration leaves the schema as it was. `role`: the owner role to migrate as
    (`l4d db setup`), so that the tables belong to it and not to the administrator."""
    script = ScriptDirectory.from_config(_config())
    cfg = _config()
    with db.engine.connect() as conn:
        try:
            conn.begin()
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            if role is not None:
                conn.exec_driver_sql(f"SET LOCAL ROLE \"{role}\"")
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head_revision():
                conn.rollback()
                return
            if current is not None and current not in {s.revision for s in script.walk_revisions()}:
                raise StorageError("db_newer", path=db.server)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        except StorageError:
            conn.rollback()
            raise
        except Exception as exc:  # any failure of a migration script: the DDL rolls back
            conn.rollback()
            raise StorageError("migration_failed", path=db.server) from exc
    log.info("server schema %s -> %s", current or "empty", head_revision())
    db.engine.dispose()


def open_database(
    path: Path | str,
    now: dt.datetime,
    changes: ChangeFeed | None = None,
    *,
    local_folder: Path | None = None,
    password: str | None = None,
) -> Database:
    """The database at `path` (a file, or a server's address), its schema brought to head
    (a file is backed up first).

    Raises StorageError when the file is no L4D database or is damaged: the engine's own words
    ("file is not a database") name no data, but say nothing useful either.
    """
    if is_address(str(path)):
        return _open_server(parse_address(str(path)), now, changes, local_folder, password)
    db: Database | None = None
    try:
        db = Database(path, changes)
        upgrade(db, now)
    except (DBAPIError, sqlite3.DatabaseError):
        if db is not None:
            db.dispose()
        raise StorageError(
            "db_unavailable", path=str(path), reason="not an L4D database, or damaged"
        ) from None
    return db


def _open_server(
    address: ServerAddress,
    now: dt.datetime,
    changes: ChangeFeed | None,
    local_folder: Path | None,
    password: str | None,
) -> ServerDatabase:
    folder = local_folder if local_folder is not None else default_local_folder()
    server = ServerDatabase(address, folder, changes, password)
    try:
        upgrade(server, now)
    except DBAPIError as exc:
        server.dispose()
        raise connection_error(address, exc) from None
    return server


def default_local_folder() -> Path:
    """Where this computer keeps its own files of a register on a server (the audit anchor's
    folder is chosen apart from it): the program's data folder."""
    import platformdirs  # only needed for a server given without a folder of its own

    from l4d_desktop import APP_NAME, ORG_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False)) / "servers"
