"""backup DEST: a verified owner-only copy, only for the pääkäyttäjä (users.admin): a copy holds
every password hash, the audit log and the restricted people."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.store.backup import verify_backup
from tests.cli.conftest import Cli
from tests.helpers.database import audit_rows
from tests.helpers.users import HANDLER_PASSWORD, READER_PASSWORD


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


def test_a_backup_holds_everyone_s_data_so_it_needs_users_admin(
    cli: Cli, reader: Actor, tmp_path: Path
) -> None:
    result = cli(
        "--user", "lukija", "--password-stdin", "backup", str(tmp_path / "b.sqlite3"),
        stdin=READER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "users.admin" in result.error_line
    assert not (tmp_path / "b.sqlite3").exists()


def test_a_handler_s_backup_is_refused_and_audited(
    cli: Cli, handler: Actor, db_path: Path, tmp_path: Path
) -> None:
    # A handler may export customers (data.export), but not copy the password hashes.
    dest = tmp_path / "b.sqlite3"
    result = cli(
        "--user", "kasittelija", "--password-stdin", "backup", str(dest),
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "users.admin" in result.error_line
    assert not dest.exists() and not list(tmp_path.glob("b.sqlite3*"))
    last = audit_rows(db_path)[-1]
    assert (last["actor_id"], last["action"], last["outcome"], last["detail"]) == (
        handler.user_id,
        "db.backup",
        "denied",
        "users.admin",
    )
