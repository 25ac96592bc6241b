"""`l4d restore DUMP --to postgresql://…` against a real cluster: checked without --yes, restored
into an empty database with --yes (no login: the server's administrator), refused in words
when the database already holds something; the administrator's password comes from the keyring
as for the register's commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.connection import remember_password
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_backup import backup_server
from tests.cli.conftest import Result
from tests.helpers.customers import add_maija
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.users import ADMIN_PASSWORD


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return Result(code, out, err)


def test_restore_into_an_empty_server_database(
    server_services: Services,
    any_cluster: Cluster,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    services = server_services
    assert isinstance(services.db, ServerDatabase)
    admin = services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    add_maija(services, admin)
    dump = backup_server(services.db, tmp_path / "register.dump")
    any_cluster.run("DROP DATABASE IF EXISTS l4d_cli_restored WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_cli_restored")
    target = any_cluster.address("l4d_cli_restored")
    try:
        check = _run(capsys, "restore", str(dump), "--to", target)
        assert check.code == 0, check.err
        assert "would replay 0 erasure(s) and 0 purge rule(s)" in check.out
        assert "Nothing was changed" in check.out
        done = _run(capsys, "restore", str(dump), "--to", target, "--yes")
        assert done.code == 0, done.err
        assert "replayed 0 erasure(s)" in done.out
        assert any_cluster.psql("SELECT count(*) FROM customers", "l4d_cli_restored").strip() == "1"
        again = _run(capsys, "restore", str(dump), "--to", target, "--yes")
        assert again.code != 0
        assert "is not empty" in again.err and "l4d_cli_restored" in again.err
        assert "Traceback" not in again.err
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_cli_restored WITH (FORCE)")


def test_restore_takes_the_administrators_password_from_the_keyring(
    server_services: Services,
    any_cluster: Cluster,
    memory_keyring: MemoryKeyring,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: pytest.fail("asked for a password"))
    assert isinstance(server_services.db, ServerDatabase)
    dump = backup_server(server_services.db, tmp_path / "register.dump")
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD 'restore-42'")
    any_cluster.run("CREATE DATABASE l4d_cli_keyring_restore")
    target = any_cluster.address("l4d_cli_keyring_restore", user=PASSWORD_USER)
    try:
        refused = _run(capsys, "restore", str(dump), "--to", target)
        assert refused.code == 1
        assert "refused the user name or password" in refused.error_line
        remember_password(target, "restore-42")
        done = _run(capsys, "restore", str(dump), "--to", target, "--yes")
        assert done.code == 0, done.err
        assert "restored into" in done.out
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_cli_keyring_restore WITH (FORCE)")
        any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")
