"""Issue 13, point 4: a database path never touches a file that is not ours, and an address
is not taken for a path."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.probe import has_users
from tests.helpers.clock import FakeClock


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in `folder`: its content's hash and its mode."""
    return {
        p.name: (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder",
            p.stat().st_mode,
        )
        for p in folder.iterdir()
    }


def _other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('karjalanpiirakka')")
    conn.commit()
    conn.close()
    path.chmod(0o644)


@pytest.mark.parametrize("kind", ["sqlite", "alembic", "text", "folder"])
def test_a_file_that_is_not_ours_is_refused_unchanged(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher, kind: str
) -> None:
    path = tmp_path / "other"
    if kind == "sqlite":
        _other_programs_database(path)
    elif kind == "alembic":  # another program that also uses Alembic
        _other_programs_database(path)
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
        conn.commit()
        conn.close()
    elif kind == "text":
        path.write_text("muistiinpanoja\n", encoding="utf-8")
        path.chmod(0o644)
    else:
        path.mkdir(mode=0o755)
    before = _snapshot(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_services(path, clock=clock, hasher=fast_hasher)
    assert caught.value.code == "db_unavailable"
    assert "not" in caught.value.params["reason"]
    with pytest.raises(StorageError):
        Database(path)
    assert has_users(path) is None
    assert _snapshot(tmp_path) == before  # no table, no WAL, no chmod, no temp folder
    if kind in ("sqlite", "alembic"):
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()


def test_our_own_database_and_an_empty_file_still_open(
    tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "new.sqlite3"):
        services = open_services(path, clock=clock, hasher=fast_hasher)
        services.db.dispose()
        again = open_services(path, clock=clock, hasher=fast_hasher)
        again.db.dispose()
        assert has_users(path) is False


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("postgresql://l4d:salasana@db.example/l4d", "must not hold a password"),
        ("sqlite:///tmp/x.db", "only postgresql:// addresses are supported"),
        ("file://x", "only postgresql:// addresses are supported"),
    ],
)
def test_an_address_is_refused_with_a_clear_message_and_no_file_made(
    tmp_path: Path,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
    value: str,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageError) as caught:
        open_services(value, clock=clock, hasher=fast_hasher)
    message = caught.value.message()
    assert words in message
    assert "salasana" not in message
    assert list(tmp_path.iterdir()) == []
