"""backup DEST: a verified owner-only copy, only for the pääkäyttäjä (users.admin): a copy holds
every password hash, the audit log and the restricted people; encrypted with a passphrase from a
file or a prompt (never the command line), and restored with it only."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.backup import verify_backup
from l4d_desktop.core.store.backup_crypt import is_encrypted
from tests.cli.conftest import Cli
from tests.helpers.customers import MAIJA, add_maija
from tests.helpers.database import audit_rows, raw_db
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


PASSPHRASE = "korppi lentää yöllä 42"


def test_an_encrypted_backup_made_and_restored_with_a_passphrase_file(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    secret = tmp_path / "salasana.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    backup = tmp_path / "tikku" / "b.sqlite3.enc"
    made = as_admin("backup", str(backup), "--passphrase-file", str(secret))
    assert made.code == 0, made.err
    assert is_encrypted(backup) and MAIJA.encode() not in backup.read_bytes()

    target = services.db.path
    without = as_admin("restore", str(backup), "--to", str(target), "--yes")
    assert without.code != 0
    assert "encrypted: give its passphrase" in without.err
    wrong = tmp_path / "väärä.txt"
    wrong.write_text("ei tämä ole se oikea\n", encoding="utf-8")
    refused = as_admin(
        "restore", str(backup), "--to", str(target), "--yes", "--passphrase-file", str(wrong)
    )
    assert refused.code != 0
    assert "passphrase does not open this backup" in refused.err
    check = as_admin("restore", str(backup), "--to", str(target), "--passphrase-file", str(secret))
    assert check.code == 0, check.err
    assert "would replay 0 erasure(s)" in check.out
    done = as_admin("restore", str(backup), "--to", str(target), "--yes", "--ask-passphrase",
                    extra=PASSPHRASE + "\n")  # fmt: skip
    assert done.code == 0, done.err
    with raw_db(target) as conn:
        assert conn.execute("SELECT name FROM customers").fetchall() == [(MAIJA,)]


def test_backup_settings_are_shown_and_changed_from_the_command_line(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    shown = as_admin("backup-settings")
    assert shown.code == 0, shown.err
    assert "kept: 7 (days)" in shown.out and "encrypted: no" in shown.out
    folder = tmp_path / "kopiot"
    changed = as_admin(
        "backup-settings", "--folder", str(folder), "--keep", "5", "--ask-passphrase",
        extra=f"{PASSPHRASE}\n",
    )  # fmt: skip
    assert changed.code == 0, changed.err
    assert changed.out == f"folder: {folder}\nkept: 5 (days)\nencrypted: yes\n"
    bad = as_admin("backup-settings", "--keep", "0")
    assert bad.code != 0 and "give a whole number from 1 to 365" in bad.err
    off = as_admin("backup-settings", "--no-encryption")
    assert off.code == 0 and "encrypted: no" in off.out
    assert services.maintenance.backup_settings(admin).keep == 5
