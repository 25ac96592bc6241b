"""The command line on a server: the password from the keyring before ~/.pgpass and the
terminal, and one plain line naming the server for a wrong address, an unreachable server, a
refused password or a failed TLS check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.cli import main
from l4d_desktop.core.connection import remember_password
from tests.cli.conftest import Result
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.tls_server import impostor_server, refused_port
from tests.helpers.users import ADMIN_PASSWORD

SERVER_PASSWORD = "palvelimen-salasana-42"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return Result(code, out, err)


def _list_users(capsys: pytest.CaptureFixture[str], address: str) -> Result:
    return _run(
        capsys, "--db", address, "--user", "paakayttaja", "--password-stdin", "user", "list"
    )


@pytest.fixture
def password_database(
    any_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{SERVER_PASSWORD}'")
    try:
        any_cluster.run(f"CREATE DATABASE l4d_cli_keyring OWNER {PASSWORD_USER}")
        yield any_cluster.address("l4d_cli_keyring", user=PASSWORD_USER)
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_cli_keyring WITH (FORCE)")
        any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")


def test_the_keyring_gives_the_server_password_and_none_is_asked(
    password_database: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt: pytest.fail("asked for a password"))
    refused = _run(
        capsys,
        "--db",
        password_database,
        "init",
        "--admin",
        "paakayttaja",
        "--full-name",
        "Jouni Ojala",
        "--password-stdin",
    )
    assert refused.code == 1
    assert "refused the user name or password" in refused.error_line
    assert "l4d_cli_keyring" in refused.error_line

    remember_password(password_database, SERVER_PASSWORD)
    monkeypatch.setattr("sys.stdin", _stdin(f"{ADMIN_PASSWORD}\n"))
    init = _run(
        capsys,
        "--db",
        password_database,
        "init",
        "--admin",
        "paakayttaja",
        "--full-name",
        "Jouni Ojala",
        "--password-stdin",
    )
    assert init.code == 0, init.err
    monkeypatch.setattr("sys.stdin", _stdin(f"{ADMIN_PASSWORD}\n"))
    listed = _list_users(capsys, password_database)
    assert listed.code == 0, listed.err
    assert "paakayttaja" in listed.out
    assert SERVER_PASSWORD not in listed.out + listed.err


def _stdin(text: str):  # type: ignore[no-untyped-def]
    import io

    return io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("postgresql://toimisto:salasana@db.toimisto.fi/l4d", "must not hold a password"),
        ("postgresql://db.toimisto.fi/l4d", "no valid user"),
        ("mysql://toimisto@db.toimisto.fi/l4d", "only postgresql://"),
    ],
)
def test_a_wrong_address_is_one_line_and_no_file_is_made(
    address: str,
    words: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _list_users(capsys, address)
    assert result.code == 1
    assert words in result.error_line
    assert "salasana" not in result.err
    assert "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_server_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", _stdin(f"{ADMIN_PASSWORD}\n"))
    port = refused_port()
    result = _list_users(capsys, f"postgresql://l4d_app@127.0.0.1:{port}/l4d")
    assert result.code == 1
    assert f"127.0.0.1:{port}/l4d" in result.error_line
    assert "cannot be reached" in result.error_line
    assert not list(tmp_path.glob("*.sqlite3")) and not (tmp_path / "postgresql:").exists()


def test_a_failed_tls_check_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", _stdin(f"{ADMIN_PASSWORD}\n"))
    with impostor_server(tmp_path) as impostor:
        result = _list_users(capsys, impostor.address())
    assert result.code == 1
    assert "TLS certificate could not be verified" in result.error_line
    assert f"127.0.0.1:{impostor.port}/l4d" in result.error_line
    assert "Traceback" not in result.err
