"""A workstation's connection: the dialog's fields made into an address and back, and the
server's password taken from the operating system's keyring before ~/.pgpass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.core.connection import (
    KEYRING_SERVICE,
    ServerFields,
    forget_password,
    keyring_available,
    open_register,
    remember_password,
    server_address,
    server_fields,
    stored_password,
)
from l4d_desktop.core.errors import StorageError, ValidationError
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.users import cheap_hasher

SERVER_PASSWORD = "palvelimen-salasana-42"


def test_the_fields_make_an_address_and_an_address_gives_the_fields() -> None:
    fields = ServerFields("db.toimisto.fi", 5433, "rekisteri", "l4d_app", "verify-full")
    address = server_address(fields)
    assert address == "postgresql://l4d_app@db.toimisto.fi:5433/rekisteri?sslmode=verify-full"
    assert server_fields(address) == fields
    plain = server_address(ServerFields(" db ", None, "l4d", "app", ""))
    assert plain == "postgresql://app@db/l4d"


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        (ServerFields("", None, "l4d", "app", ""), "server_host", "required"),
        (ServerFields("db", None, " ", "app", ""), "server_database", "required"),
        (ServerFields("db", None, "l4d", "", ""), "server_user", "required"),
        (ServerFields("db", 70000, "l4d", "app", ""), "server_port", "number_range"),
        (ServerFields("db", None, "l4d", "app", "sometimes"), "server_tls", "choice_invalid"),
        (ServerFields("db/x@y", None, "l4d", "app", ""), "server_host", "choice_invalid"),
    ],
)
def test_a_wrong_field_is_named(fields: ServerFields, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        server_address(fields)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_bad_name_in_a_field_is_refused_by_the_address_rules() -> None:
    with pytest.raises(StorageError) as caught:
        server_address(ServerFields("db", None, "rekisteri; drop", "app", ""))
    assert caught.value.params["cause"] == "address_database"


def test_without_a_keyring_nothing_is_kept_and_nothing_is_found() -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        address = "postgresql://app@db/l4d"
        assert not keyring_available()
        assert not remember_password(address, SERVER_PASSWORD)
        assert stored_password(address) is None
        forget_password(address)  # no error either
    finally:
        keyring.set_keyring(before)


def test_the_keyring_keeps_one_password_per_user_and_server(
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    assert keyring_available()
    assert remember_password("postgresql://app@db:5433/l4d?sslmode=verify-full", SERVER_PASSWORD)
    assert memory_keyring.entries == {(KEYRING_SERVICE, "app@db:5433/l4d"): SERVER_PASSWORD}
    # The TLS mode does not make another server; another user or database does.
    assert stored_password("postgresql://app@db:5433/l4d") == SERVER_PASSWORD
    assert stored_password("postgresql://boss@db:5433/l4d") is None
    assert stored_password("postgresql://app@db/l4d") is None
    forget_password("postgresql://app@db:5433/l4d")
    assert memory_keyring.entries == {}


@pytest.fixture
def password_database(any_cluster: Cluster) -> Iterator[str]:
    """A database only a password opens (the cluster's one scram-sha-256 role)."""
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{SERVER_PASSWORD}'")
    try:
        any_cluster.run(f"CREATE DATABASE l4d_keyring OWNER {PASSWORD_USER}")
        yield any_cluster.address("l4d_keyring", user=PASSWORD_USER)
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_keyring WITH (FORCE)")
        any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")


def test_the_keyring_password_opens_the_server(
    password_database: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass
    with pytest.raises(StorageError) as caught:
        open_register(password_database, hasher=cheap_hasher(), local_folder=tmp_path)
    assert caught.value.params["cause"] == "password"
    remember_password(password_database, SERVER_PASSWORD)
    services, from_keyring = open_register(
        password_database, hasher=cheap_hasher(), local_folder=tmp_path
    )
    try:
        assert from_keyring
        assert not services.auth.is_initialised()
    finally:
        services.db.dispose()
    # A password that is kept but no longer right is refused, naming the server only.
    remember_password(password_database, "vanha-salasana")
    with pytest.raises(StorageError) as refused:
        open_register(password_database, hasher=cheap_hasher(), local_folder=tmp_path)
    assert refused.value.params["cause"] == "password"
    assert "vanha" not in refused.value.message()
    assert "/l4d_keyring" in refused.value.message()


def test_the_pgpass_file_is_used_when_the_keyring_has_nothing(
    password_database: str,
    any_cluster: Cluster,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pgpass = tmp_path / ".pgpass"
    pgpass.write_text(f"*:*:l4d_keyring:{PASSWORD_USER}:{SERVER_PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    services, from_keyring = open_register(
        password_database, hasher=cheap_hasher(), local_folder=tmp_path
    )
    services.db.dispose()
    assert not from_keyring
    assert memory_keyring.entries == {}
    # A file opens as it always did; the keyring is not asked.
    local, _ = open_register(tmp_path / "l4d.sqlite3", hasher=cheap_hasher())
    local.db.dispose()
