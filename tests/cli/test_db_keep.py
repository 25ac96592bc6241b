"""`l4d db setup` and `l4d db copy` with the keep: the server password comes from the keyring as
for the register's commands, the copy carries the file's suppression key and erasure journal
into the keep, and a register name that leaves the keep's name no room is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.connection import remember_password
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import open_services
from tests.cli.conftest import Result
from tests.core.erasure.erased_person import EMAIL, make_person
from tests.helpers.customers import add_customer
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

SERVER_PASSWORD = "palvelimen-salasana-15"
DATABASE = "l4d_keep_copy"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return Result(code, out, err)


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
