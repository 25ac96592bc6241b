"""`l4d db setup` and `l4d db copy` against a real PostgreSQL cluster: the application role
cannot rewrite history or the schema, and a register file arrives whole with its chain intact."""

from __future__ import annotations

import io
import sys
from functools import partial
from pathlib import Path

import psycopg
import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.services import open_services
from tests.cli.conftest import Result
from tests.helpers.customers import add_maija
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return Result(code, out, err)


@pytest.fixture
def empty_database(any_cluster: Cluster) -> str:
    any_cluster.run("DROP DATABASE IF EXISTS l4d_setup WITH (FORCE)")
    any_cluster.run("DROP DATABASE IF EXISTS l4d_setup_keep WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_setup")
    return "l4d_setup"


def test_setup_makes_an_application_role_that_cannot_rewrite_history(
    any_cluster: Cluster, empty_database: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = _run(capsys, "db", "setup", any_cluster.address(empty_database))
    assert result.code == 0, result.err
    app_address = result.out.strip()
    assert app_address.startswith("postgresql://l4d_setup_app@")

    services = open_services(app_address, hasher=cheap_hasher(), local_folder=tmp_path)
    try:
        admin = services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
        add_maija(services, admin)
        assert services.audit.verify().ok
    finally:
        services.db.dispose()

    with psycopg.connect(
        dbname=empty_database, user="l4d_setup_app", host=str(any_cluster.socket_dir)
    ) as conn:
        for statement in (
            "UPDATE audit_log SET detail = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "DROP TABLE customers",
            "ALTER TABLE customers ADD COLUMN x int",
            "CREATE TABLE extra (id int)",
            "DELETE FROM alembic_version",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= 2

    # Run again (after an upgrade of the program): nothing breaks, the rights stay as they were.
    again = _run(capsys, "db", "setup", any_cluster.address(empty_database))
    assert again.code == 0, again.err


def test_copy_moves_a_register_file_whole_and_verifies_its_chain(
    any_cluster: Cluster, empty_database: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "office" / "l4d.sqlite3"
    services = open_services(source, hasher=cheap_hasher())
    try:
        admin = services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
        for _ in range(3):
            add_maija(services, admin)
    finally:
        services.db.dispose()
    assert _run(capsys, "db", "setup", any_cluster.address(empty_database)).code == 0

    result = _run(
        capsys, "db", "copy", "--from", str(source), "--to", any_cluster.address(empty_database)
    )
    assert result.code == 0, result.err
    rows = dict(line.split("\t", 1) for line in result.out.splitlines() if "\t" in line)
    assert rows["customers"] == "3\t3"
    assert rows["users"] == "1\t1"
    assert "audit chain verified" in result.out

    # The copy is a working register: the next customer gets a fresh id and number.
    copied = open_services(
        any_cluster.address(empty_database), hasher=cheap_hasher(), local_folder=tmp_path / "ws"
    )
    try:
        admin = copied.auth.login("paakayttaja", ADMIN_PASSWORD)
        fourth = add_maija(copied, admin)
        assert fourth.id == 4
        assert copied.audit.verify().ok
    finally:
        copied.db.dispose()

    # A second copy onto the now-used database is refused, and changes nothing.
    twice = _run(
        capsys, "db", "copy", "--from", str(source), "--to", any_cluster.address(empty_database)
    )
    assert twice.code == 1
    assert "already has users" in twice.err


class _Terminal(io.StringIO):
    """Standard input as a terminal gives it."""

    def isatty(self) -> bool:
        return True


def test_a_terminal_is_asked_for_the_server_password_once(
    any_cluster: Cluster,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'palvelimen-salasana'")
    try:
        any_cluster.run(f"CREATE DATABASE l4d_prompt OWNER {PASSWORD_USER}")
        address = any_cluster.address("l4d_prompt", user=PASSWORD_USER)
        monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass
        monkeypatch.setattr(
            "l4d_desktop.cli.runner.open_services",
            partial(open_services, hasher=cheap_hasher(), local_folder=tmp_path / "ws"),
        )
        asked: list[str] = []

        def answer(prompt: str) -> str:
            asked.append(prompt)
            return "palvelimen-salasana" if len(asked) == 1 else "väärä"

        monkeypatch.setattr("getpass.getpass", answer)
        monkeypatch.setattr(sys, "stdin", _Terminal(f"{ADMIN_PASSWORD}\n"))
        init = _run(
            capsys,
            "--db",
            address,
            "init",
            "--admin",
            "paakayttaja",
            "--full-name",
            "Jouni Ojala",
            "--password-stdin",
        )
        assert init.code == 0, init.err
        assert asked == [f"Password for postgresql://{PASSWORD_USER}@/l4d_prompt: "]

        monkeypatch.setattr(sys, "stdin", _Terminal(f"{ADMIN_PASSWORD}\n"))
        wrong = _run(
            capsys,
            "--db",
            address,
            "--user",
            "paakayttaja",
            "--password-stdin",
            "user",
            "list",
            "--format",
            "json",
        )
        assert wrong.code == 1
        assert "refused the user name or password" in wrong.error_line
        assert "l4d_prompt" in wrong.error_line
        assert "väärä" not in wrong.err
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_prompt WITH (FORCE)")
        any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")
