"""Backups: an online copy through SQLite's backup API, owner-only and verified."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.backup import verify_backup
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import ADMIN_PASSWORD


def test_backup_is_a_verified_owner_only_copy_with_the_data(
    services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path
) -> None:
    dest = tmp_path / "varmuuskopiot" / "l4d-2026-11-24.sqlite3"
    made = services.maintenance.backup(admin, dest)
    assert made == dest.resolve()
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert stat.S_IMODE(dest.parent.stat().st_mode) == 0o700
    assert verify_backup(dest)
    # The customer was written moments ago and may still sit in the WAL: the copy has it.
    with raw_db(dest) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("Maija Meikäläinen",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(dest.parent.glob("*.partial*"))
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"]) == (admin.user_id, "db.backup")


def test_a_backup_opens_as_a_working_database(
    services: Services,
    admin: Actor,
    customer: CustomerRecord,
    tmp_path: Path,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
) -> None:
    dest = tmp_path / "kopio" / "l4d.sqlite3"
    services.maintenance.backup(admin, dest)
    restored = open_services(dest, clock=clock, hasher=fast_hasher)
    try:
        who = restored.auth.login("paakayttaja", ADMIN_PASSWORD)
        assert [c.name for c in restored.customers.search(who, "maija")] == ["Maija Meikäläinen"]
        assert restored.audit.verify().ok
    finally:
        restored.db.dispose()


def test_a_backup_replaces_an_older_one(
    services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path
) -> None:
    dest = tmp_path / "l4d.bak"
    dest.write_bytes(b"old junk")
    dest.chmod(0o644)
    services.maintenance.backup(admin, dest)
    assert verify_backup(dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600


def test_the_database_cannot_be_backed_up_onto_itself(services: Services, admin: Actor) -> None:
    with pytest.raises(StorageError) as info:
        services.maintenance.backup(admin, services.db.path)
    assert info.value.code == "backup_failed"
    with raw_db(services.db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_verify_backup_rejects_a_damaged_file(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    conn = sqlite3.connect(good)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    assert verify_backup(good)
    data = bytearray(good.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # scribble over the second page's header
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    assert not verify_backup(bad)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all " * 100)
    assert not verify_backup(junk)
    assert not verify_backup(tmp_path / "missing.sqlite3")
