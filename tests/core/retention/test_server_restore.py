"""Restore on a server: a dump brought back into an empty database forgets again whoever was
erased after it was made, before any workstation may connect; the audit chain verifies from
its re-set anchor; a database in use, a register already there or a foreign file is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.retention.server_restore import preview_server_restore, restore_to_server
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.address import parse_address
from l4d_desktop.core.store.erasure_journal import ErasureJournal
from l4d_desktop.core.store.keep.server import Keep, KeepJournalLines
from l4d_desktop.core.store.models import AuditEntry
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_backup import backup_server
from tests.core.erasure.erased_person import found_in, identifiers, make_person
from tests.core.erasure.test_server_erasure import _table_files
from tests.helpers.clock import FakeClock
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

WORKSTATION_ROLE = "l4d_restore_ws"


def _database(services: Services) -> str:
    return parse_address(services.db.url).database


def _may_connect(cluster: Cluster, database: str) -> bool:
    cluster.run(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WORKSTATION_ROLE}')"
        f" THEN CREATE ROLE {WORKSTATION_ROLE} LOGIN; END IF; END $$"
    )
    said = cluster.psql(
        f"SELECT has_database_privilege('{WORKSTATION_ROLE}', '{database}', 'CONNECT')"
    )
    return said.strip() == "t"


def _dumped_then_erased(services: Services, clock: FakeClock, folder: Path) -> tuple[Actor, Path]:
    """A register with a person in it dumped, then the person erased an hour later."""
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    person = make_person(services, admin, invoices=0)
    assert isinstance(services.db, ServerDatabase)
    dump = backup_server(services.db, folder / "backups" / "register.dump")
    clock.advance(hours=1)
    plan = services.erasure.plan(admin, person.erasure_id)
    services.erasure.run(admin, person.erasure_id, plan.token)
    return admin, dump


def test_a_restored_dump_forgets_again_whoever_was_erased_after_it(
    server_services: Services, any_cluster: Cluster, clock: FakeClock, tmp_path: Path
) -> None:
    services = server_services
    admin, dump = _dumped_then_erased(services, clock, tmp_path)
    assert isinstance(services.db, ServerDatabase)
    address, name = services.db.address, _database(services)
    assert [e.state for e in services.db.erasure_journal().entries()] == ["done"]
    remaining = services.customers.count(admin, "")
    services.db.dispose()

    # The server is lost; the administrator makes the database anew, empty, under its name.
    any_cluster.run(f"DROP DATABASE {name} WITH (FORCE)")
    any_cluster.run(f"CREATE DATABASE {name}")
    preview = preview_server_restore(dump, tmp_path, address)
    assert (preview.erasures, preview.purges) == (1, 0)
    assert preview.backup_time is not None and preview.backup_time < clock()

    report = restore_to_server(dump, address, clock, tmp_path)

    assert report.erasures_replayed == 1
    assert report.backup_time == preview.backup_time
    assert _may_connect(any_cluster, name)  # the workstations may connect again
    restored = open_services(
        str(address), clock=clock, hasher=cheap_hasher(), local_folder=tmp_path
    )
    try:
        assert restored.audit.problem is None
        assert restored.audit.verify_anchored().ok
        assert restored.customers.count(admin, "") == remaining
        assert restored.customers.search(admin, "zyxw") == []
        assert found_in(_table_files(restored, any_cluster), identifiers()) == []
        with restored.db.read() as session:
            detail = session.scalars(
                select(AuditEntry.detail).where(AuditEntry.action == "db.restore")
            ).all()
        assert detail == ["replayed:1+0+0"]
    finally:
        restored.db.dispose()

    # Under another name: the lost register's journal is replayed, and becomes the new one's.
    any_cluster.run("DROP DATABASE IF EXISTS l4d_restored_elsewhere WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_restored_elsewhere")
    elsewhere = parse_address(any_cluster.address("l4d_restored_elsewhere"))
    try:
        moved = restore_to_server(dump, elsewhere, clock, tmp_path, journal_of=address)
        assert moved.erasures_replayed == 1
        keep = Keep(elsewhere)
        journal = ErasureJournal(KeepJournalLines(keep)).entries()
        keep.dispose()
        assert [(e.kind, e.state) for e in journal] == [("customer", "done")]
        assert not any_cluster.psql(
            "SELECT 1 FROM customers WHERE search_text LIKE '%zyxw%'", "l4d_restored_elsewhere"
        ).strip()
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restored_elsewhere WITH (FORCE)")
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restored_elsewhere_keep WITH (FORCE)")


def test_a_register_already_on_the_server_is_refused_and_left_open(
    server_services: Services, any_cluster: Cluster, clock: FakeClock, tmp_path: Path
) -> None:
    services = server_services
    assert isinstance(services.db, ServerDatabase)
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    dump = backup_server(services.db, tmp_path / "register.dump")
    with pytest.raises(StorageError) as refused:
        restore_to_server(dump, services.db.address, clock, tmp_path)
    assert refused.value.code == "restore_target_not_empty"
    assert _may_connect(any_cluster, _database(services))
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD)


def test_a_database_in_use_is_refused(
    server_services: Services, any_cluster: Cluster, clock: FakeClock, tmp_path: Path
) -> None:
    services = server_services
    assert isinstance(services.db, ServerDatabase)
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    dump = backup_server(services.db, tmp_path / "register.dump")
    any_cluster.run("CREATE DATABASE l4d_restore_busy")
    import psycopg

    other = psycopg.connect(
        dbname="l4d_restore_busy", host=str(any_cluster.socket_dir), user="postgres"
    )
    try:
        with pytest.raises(StorageError) as refused:
            restore_to_server(
                dump, parse_address(any_cluster.address("l4d_restore_busy")), clock, tmp_path
            )
        assert refused.value.code == "restore_target_in_use"
    finally:
        other.close()
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_busy WITH (FORCE)")


def test_a_foreign_file_or_a_link_is_refused_before_anything(
    any_cluster: Cluster, clock: FakeClock, tmp_path: Path
) -> None:
    any_cluster.run("CREATE DATABASE l4d_restore_foreign")
    address = parse_address(any_cluster.address("l4d_restore_foreign"))
    try:
        foreign = tmp_path / "register.dump"
        foreign.write_bytes(b"PGDMP but not really\n" * 10)
        link = tmp_path / "link.dump"
        os.symlink(foreign, link)
        for hostile in (foreign, link):
            with pytest.raises(StorageError) as refused:
                restore_to_server(hostile, address, clock, tmp_path)
            assert refused.value.code == "restore_invalid"
        assert _may_connect(any_cluster, "l4d_restore_foreign")
        assert not any_cluster.psql(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'public'", "l4d_restore_foreign"
        ).strip()
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_foreign WITH (FORCE)")


def test_a_replay_that_fails_leaves_the_database_closed_to_the_workstations(
    server_services: Services, any_cluster: Cluster, clock: FakeClock, tmp_path: Path
) -> None:
    services = server_services
    _admin, dump = _dumped_then_erased(services, clock, tmp_path)
    assert isinstance(services.db, ServerDatabase)
    address = services.db.address
    # The target's keep holds another register's suppression key (never replaced): the erasure
    # cannot be carried out again, so the restored copy must stay out of reach.
    assert services.db.keep.read_key() is not None
    any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_unfinished WITH (FORCE)")
    any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_unfinished_keep WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_restore_unfinished")
    target = parse_address(any_cluster.address("l4d_restore_unfinished"))
    other = Keep(target)
    other.give_key(os.urandom(32))
    other.dispose()
    try:
        with pytest.raises(StorageError) as unfinished:
            restore_to_server(dump, target, clock, tmp_path, journal_of=address)
        assert unfinished.value.code == "restore_unfinished"
        assert "l4d_restore_unfinished" in str(unfinished.value)
        assert not _may_connect(any_cluster, "l4d_restore_unfinished")
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_unfinished WITH (FORCE)")
        any_cluster.run("DROP DATABASE IF EXISTS l4d_restore_unfinished_keep WITH (FORCE)")
