"""`l4d backup` on a server: a pg_dump custom-format file, owner-only, verified by listing it,
that restores into an empty database as the same register with its audit chain intact."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.address import parse_address
from l4d_desktop.core.store.server_backup import listed_entries, restore_server
from tests.helpers.customers import add_maija
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher


def test_a_server_backup_is_a_verified_dump_that_restores_whole(
    server_services: Services, any_cluster: Cluster, tmp_path: Path, wide_umask: None
) -> None:
    services = server_services
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    maija = add_maija(services, admin)

    dump = services.maintenance.backup(admin, tmp_path / "backups" / "l4d.dump")

    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert dump.read_bytes()[:5] == b"PGDMP"
    assert any("TABLE DATA public customers" in line for line in listed_entries(dump))
    assert [p.name for p in dump.parent.iterdir()] == ["l4d.dump"]  # no partial copy left

    any_cluster.run("DROP DATABASE IF EXISTS l4d_restored WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_restored")
    try:
        restore_server(dump, parse_address(any_cluster.address("l4d_restored")))
        restored = open_services(
            any_cluster.address("l4d_restored"), hasher=cheap_hasher(), local_folder=tmp_path / "r"
        )
        try:
            again = restored.auth.login("paakayttaja", ADMIN_PASSWORD)
            assert [c.id for c in restored.customers.search(again, "maija")] == [maija.id]
            assert restored.audit.verify().ok
        finally:
            restored.db.dispose()
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restored WITH (FORCE)")


def test_a_file_that_is_no_dump_fails_verification(tmp_path: Path) -> None:
    fake = tmp_path / "not.dump"
    fake.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(StorageError):
        listed_entries(fake)
