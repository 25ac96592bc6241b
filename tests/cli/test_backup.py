"""backup DEST: a verified owner-only copy, and only for those who may export everyone's data."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.store.backup import verify_backup
from tests.cli.conftest import Cli
from tests.helpers.users import READER_PASSWORD


def test_backup_writes_a_verified_owner_only_copy(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    as_admin("customer", "add", "--name", "Äijä Öhman")
    dest = tmp_path / "backups" / "l4d-backup.sqlite3"
    result = as_admin("backup", str(dest))
    assert result.code == 0, result.err
    assert result.out == f"{dest}\n"
    assert verify_backup(dest)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT name FROM customers").fetchall() == [("Äijä Öhman",)]
    finally:
        conn.close()


def test_a_backup_holds_everyone_s_data_so_it_needs_data_export(
    cli: Cli, reader: Actor, tmp_path: Path
) -> None:
    result = cli(
        "--user", "lukija", "--password-stdin", "backup", str(tmp_path / "b.sqlite3"),
        stdin=READER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "data.export" in result.error_line
    assert not (tmp_path / "b.sqlite3").exists()
