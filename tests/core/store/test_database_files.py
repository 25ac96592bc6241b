"""The database's files and pragmas: owner-only files and folder, WAL and enforced foreign keys,
and a clear error for an unusable place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import DataSubjectRequest
from tests.helpers.clock import FakeClock
from tests.helpers.files import mode

# -- files and pragmas ---------------------------------------------------------------------------


def test_database_wal_and_shm_are_owner_only_and_the_folder_too(
    db_path: Path, clock: FakeClock, fast_hasher: PasswordHasher, wide_umask: None
) -> None:
    svc = open_services(db_path, clock=clock, hasher=fast_hasher)
    try:
        svc.auth.create_first_admin("paakayttaja", "Jouni Ojala", "kesäkuun lumi sataa hiljaa")
        wal = db_path.with_name(db_path.name + "-wal")
        shm = db_path.with_name(db_path.name + "-shm")
        assert wal.exists() and shm.exists()  # WAL mode, connection open
        assert mode(db_path) == 0o600
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
        assert mode(db_path.parent) == 0o700
    finally:
        svc.db.dispose()


def test_a_file_made_readable_by_others_is_tightened_on_open(
    services: Services, db_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    services.db.dispose()
    db_path.chmod(0o644)
    db_path.parent.chmod(0o755)
    again = open_services(db_path, clock=clock, hasher=fast_hasher)
    again.db.dispose()
    assert mode(db_path) == 0o600
    # A folder the program did not create (e.g. `--db ./x.sqlite3` in the working folder) is
    # the user's own: it is left as it was.
    assert mode(db_path.parent) == 0o755


def test_the_default_data_folder_is_made_owner_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from l4d_desktop import paths

    folder = tmp_path / "share" / "L4D Desktop"
    folder.mkdir(parents=True, mode=0o755)
    monkeypatch.setattr(paths, "data_dir", lambda: folder)
    monkeypatch.delenv("L4D_DB", raising=False)
    assert paths.default_db_path() == folder / paths.DB_FILE_NAME
    assert mode(folder) == 0o700


def test_journal_mode_is_wal_and_foreign_keys_are_enforced(
    services: Services, admin: Actor
) -> None:
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        conn.rollback()
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    orphan = DataSubjectRequest(
        type="other",
        status="received",
        customer_id=999,  # no such customer
        received_on=dt.date(2026, 11, 24),
        channel="email",
        statutory_due=dt.date(2026, 12, 24),
        due=dt.date(2026, 12, 24),
        received_by=admin.user_id,
        created_at=now,
        updated_at=now,
    )
    with pytest.raises(IntegrityError) as info, services.db.transaction() as session:
        session.add(orphan)
    # hide_parameters: the failing row's values are not in the message.
    assert "999" not in str(info.value)


def test_an_unusable_location_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        Database(blocker / "l4d.sqlite3")
    assert info.value.code == "db_unavailable"


def test_sqlite_sees_a_valid_database(services: Services, admin: Actor) -> None:
    conn = sqlite3.connect(services.db.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
