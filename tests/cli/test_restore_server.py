"""`l4d restore DUMP --to postgresql://…` against a real cluster: checked without --yes, restored
into an empty database with --yes (no login: the server's administrator), refused in words
when the database already holds something."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_backup import backup_server
from tests.cli.conftest import Result
from tests.helpers.customers import add_maija
from tests.helpers.postgres_cluster import Cluster
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
