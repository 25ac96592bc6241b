"""`l4d db setup` and `l4d db copy` against a real PostgreSQL cluster: the application role
cannot rewrite history or the schema, a register file arrives whole with its chain intact and
its suppression key and erasure journal in the keep, the server password comes from the keyring
as for the register's commands, and a register name that leaves the keep no room is refused."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import psycopg
import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.connection import remember_password
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import open_services
from tests.cli.conftest import Result
from tests.core.erasure.erased_person import EMAIL, make_person
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
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


# -- the keep ------------------------------------------------------------------------------------

SERVER_PASSWORD = "palvelimen-salasana-15"
DATABASE = "l4d_keep_copy"


@pytest.fixture
def administrator(
    any_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """An empty database and an administrator who must give a password (none in ~/.pgpass)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{SERVER_PASSWORD}'")
    try:
        any_cluster.run(f"CREATE DATABASE {DATABASE}")
        yield any_cluster.address(DATABASE, user=PASSWORD_USER)
    finally:
        for name in (DATABASE, f"{DATABASE}_keep"):
            any_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        any_cluster.run(f"DROP OWNED BY {PASSWORD_USER}")
        any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")


def test_copy_carries_the_key_and_journal_and_setup_and_copy_use_the_keyring(
    administrator: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    source = tmp_path / "office" / "l4d.sqlite3"
    services = open_services(source, hasher=cheap_hasher())
    try:
        admin = services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
        person = make_person(services, admin, invoices=0, events=2)  # objects to marketing
        plan = services.erasure.plan(admin, person.erasure_id)
        services.erasure.run(admin, person.erasure_id, plan.token)
    finally:
        services.db.dispose()
    key_file = source.with_name(source.name + ".suppression-key")
    assert key_file.is_file()

    monkeypatch.setattr("getpass.getpass", lambda _prompt: pytest.fail("asked for a password"))
    remember_password(administrator, SERVER_PASSWORD)
    setup = _run(capsys, "db", "setup", administrator)
    assert setup.code == 0, setup.err
    application = setup.out.strip()
    copy = _run(capsys, "db", "copy", "--from", str(source), "--to", administrator)
    assert copy.code == 0, copy.err
    assert "audit chain verified" in copy.out

    # A workstation with an empty folder of its own checks the copied list with the file's key.
    ws = open_services(application, hasher=cheap_hasher(), local_folder=tmp_path / "ws")
    try:
        assert ws.db.keep.read_key() == bytes.fromhex(key_file.read_text().strip())
        journal = ws.db.erasure_journal().entries()
        assert [(e.kind, e.state) for e in journal] == [("customer", "done")]
        with ws.db.read() as session:
            assert SuppressionList(session).contains(EMAIL, "")
            assert not SuppressionList(session).contains("toinen@kanaria.example", "")
        admin = ws.auth.login("paakayttaja", ADMIN_PASSWORD)
        back = add_customer(ws, admin, "Åke Takaisin", email=EMAIL, phone="")
        with pytest.raises(BusinessRuleError) as refused:
            ws.consents.record(admin, back.id, "marketing_email", True, "web_form")
        assert refused.value.code == "marketing_suppressed"
    finally:
        ws.db.dispose()


def test_without_a_password_anywhere_setup_says_the_server_refused_it(
    administrator: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    refused = _run(capsys, "db", "setup", administrator)  # not a terminal: nobody is asked
    assert refused.code == 1
    assert "refused the user name or password" in refused.error_line
    assert SERVER_PASSWORD not in refused.err


def test_setup_refuses_a_register_name_that_leaves_the_keep_no_room(
    any_cluster: Cluster,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    name = "l4d_" + "x" * 55  # 59 bytes: with "_keep" 64, one more than PostgreSQL allows
    any_cluster.run(f"CREATE DATABASE {name}")
    try:
        result = _run(capsys, "db", "setup", any_cluster.address(name))
        assert result.code == 1
        assert name in result.error_line and "at most 58 bytes" in result.error_line
        # Refused before anything was made.
        made = any_cluster.psql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'l4d_xxx%'")
        assert made.strip() == "0"
    finally:
        any_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
