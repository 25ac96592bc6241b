"""Opening a register on a PostgreSQL server: what an address may say, and the words for every
way a connection fails, naming the server, never a traceback, never a file made from the URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.services import open_services
from l4d_desktop.core.store.address import parse_address
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.users import cheap_hasher


def test_an_address_is_read_into_its_parts() -> None:
    a = parse_address("postgresql://toimisto@db.example.fi:5433/rekisteri?sslmode=verify-full")
    assert (a.user, a.host, a.port, a.database) == ("toimisto", "db.example.fi", 5433, "rekisteri")
    assert a.options == (("sslmode", "verify-full"),)
    assert a.server == "db.example.fi:5433/rekisteri"
    assert str(a) == "postgresql://toimisto@db.example.fi:5433/rekisteri?sslmode=verify-full"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("postgresql://toimisto:salasana@db/rekisteri", "must not hold a password"),
        ("postgresql://db.example.fi/rekisteri", "no valid user"),
        ("postgresql://toimisto@db.example.fi/", "no valid database"),
        ("postgresql://toimisto@/rekisteri", "names no server"),
        ("mysql://toimisto@db/rekisteri", "only postgresql://"),
        ("postgresql://toimisto@db/rekisteri?sslmode=sometimes", "sslmode must be one of"),
        ("postgresql://toimisto@db/rekisteri?password=x", "'password' is not supported"),
        ("postgresql://toimisto@db:notaport/rekisteri", "not of the form"),
    ],
)
def test_a_wrong_address_is_refused_naming_what_is_wrong(value: str, words: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse_address(value)
    assert words in caught.value.message()
    assert "salasana" not in caught.value.message()


def _open_fails(address: str, folder: Path, **kwargs: str) -> str:
    with pytest.raises(StorageError) as caught:
        open_services(address, hasher=cheap_hasher(), local_folder=folder, **kwargs)
    return caught.value.message()


def test_an_unreachable_server_is_named_and_nothing_is_made_of_the_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    message = _open_fails(
        f"postgresql://toimisto@/rekisteri?host={tmp_path / 'no-server-here'}", tmp_path / "local"
    )
    assert "cannot be reached" in message
    assert f"{tmp_path / 'no-server-here'}/rekisteri" in message
    # No file or folder named after the address, in the working folder or anywhere near.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["local"]


def test_a_missing_database_is_named(any_cluster: Cluster, tmp_path: Path) -> None:
    message = _open_fails(any_cluster.address("ei_ole"), tmp_path)
    assert "no such database or user" in message
    assert "ei_ole" in message


def test_a_wrong_password_is_said_plainly_and_the_right_one_opens(
    any_cluster: Cluster, tmp_path: Path
) -> None:
    any_cluster.psql(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'oikea-salasana-123'")
    try:
        any_cluster.psql(f"CREATE DATABASE l4d_pw OWNER {PASSWORD_USER}")
        address = any_cluster.address("l4d_pw", user=PASSWORD_USER)
        wrong = _open_fails(address, tmp_path, password="väärä-salasana")
        assert "refused the user name or password" in wrong
        assert "väärä" not in wrong
        services = open_services(
            address, hasher=cheap_hasher(), local_folder=tmp_path, password="oikea-salasana-123"
        )
        try:
            assert not services.auth.is_initialised()
        finally:
            services.db.dispose()
    finally:
        any_cluster.psql("DROP DATABASE IF EXISTS l4d_pw WITH (FORCE)")
        any_cluster.psql(f"DROP ROLE IF EXISTS {PASSWORD_USER}")
