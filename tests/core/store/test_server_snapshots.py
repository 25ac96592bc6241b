"""On a server, several workstations starting at once migrate once (under an advisory lock), a
read is one snapshot that cannot write, and a writer reads with no other writer committing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.models import Customer, ProcessingPurposeRow
from l4d_desktop.core.store.postgres import MIGRATION_LOCK
from tests.helpers.clock import FakeClock
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

WORKSTATIONS = 4


def _empty_database(cluster: Cluster, name: str) -> str:
    cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    cluster.run(f"CREATE DATABASE {name}")
    return cluster.address(name)


def test_workstations_starting_at_once_migrate_once(
    any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    address = _empty_database(any_cluster, "l4d_many_starts")
    start = threading.Barrier(WORKSTATIONS)
    opened: list[Services] = []
    failed: list[BaseException] = []

    def workstation(n: int) -> None:
        start.wait()
        try:
            opened.append(
                open_services(
                    address, clock=clock, hasher=cheap_hasher(), local_folder=tmp_path / f"ws{n}"
                )
            )
        except BaseException as exc:  # told by the assertion below
            failed.append(exc)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    try:
        assert failed == []
        assert len(opened) == WORKSTATIONS
        assert {migrate.current_revision(s.db) for s in opened} == {migrate.head_revision()}
        # The seed rows of the migrations were written once, not once per workstation.
        with opened[0].db.read() as session:
            purposes = session.scalar(select(func.count()).select_from(ProcessingPurposeRow))
            versions = session.scalar(text("SELECT count(*) FROM alembic_version"))
        assert versions == 1
        assert purposes and purposes == len(set(_purpose_codes(opened[0])))
    finally:
        for s in opened:
            s.db.dispose()
        any_cluster.run("DROP DATABASE IF EXISTS l4d_many_starts WITH (FORCE)")


def _purpose_codes(services: Services) -> list[str]:
    with services.db.read() as session:
        return list(session.scalars(select(ProcessingPurposeRow.code)))


def test_a_workstation_waits_for_the_migration_lock(
    any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    import psycopg

    address = _empty_database(any_cluster, "l4d_lock_held")
    holder = psycopg.connect(
        dbname="l4d_lock_held", host=str(any_cluster.socket_dir), user="postgres"
    )
    opened: list[Services] = []
    try:
        holder.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        t = threading.Thread(
            target=lambda: opened.append(
                open_services(address, clock=clock, hasher=cheap_hasher(), local_folder=tmp_path)
            )
        )
        t.start()
        time.sleep(1.5)
        # Another one is migrating: this one waits for the program's migration lock.
        assert t.is_alive()
        waiting = any_cluster.psql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            f" AND (classid::bigint << 32 | objid::bigint) = {MIGRATION_LOCK}",
            "l4d_lock_held",
        )
        assert int(waiting) == 1
        assert not any_cluster.psql(
            "SELECT 1 FROM pg_tables WHERE tablename = 'alembic_version'", "l4d_lock_held"
        ).strip()
        holder.rollback()  # the other one's migration ends
        t.join(120)
        assert len(opened) == 1
        assert migrate.current_revision(opened[0].db) == migrate.head_revision()
    finally:
        holder.close()
        for s in opened:
            s.db.dispose()
        any_cluster.run("DROP DATABASE IF EXISTS l4d_lock_held WITH (FORCE)")


@pytest.fixture
def on_server(server_services: Services) -> Services:
    server_services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    return server_services


def test_a_read_is_one_snapshot_that_cannot_write(on_server: Services) -> None:
    services = on_server
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    aino = services.customers.create(admin, CustomerInput(name="Aino Aalto", city="Oulu"))
    with services.db.read() as session:
        assert session.scalar(text("SHOW transaction_isolation")) == "repeatable read"
        assert session.scalar(text("SHOW transaction_read_only")) == "on"
        count = session.scalar(select(func.count()).select_from(Customer))
        # Another workstation saves meanwhile (reads block no writer).
        held = services.customers.view(admin, aino.id)
        services.customers.update(
            admin, aino.id, held.version, CustomerInput(name="Aino Aalto", city="Turku")
        )
        services.customers.create(admin, CustomerInput(name="Eero Esko"))
        assert session.scalar(select(func.count()).select_from(Customer)) == count
        assert session.scalar(select(Customer.city).where(Customer.id == aino.id)) == "Oulu"
        with pytest.raises(DBAPIError, match="read-only"):
            session.execute(update(Customer).values(city="Vaasa"))
    assert services.customers.view(admin, aino.id).city == "Turku"


def test_a_writer_reads_while_no_other_writer_commits(on_server: Services) -> None:
    services = on_server
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    aino = services.customers.create(admin, CustomerInput(name="Aino Aalto", city="Oulu"))
    saved = threading.Event()

    def other_workstation() -> None:
        held = services.customers.view(admin, aino.id)
        services.customers.update(
            admin, aino.id, held.version, CustomerInput(name="Aino Aalto", city="Turku")
        )
        saved.set()

    # As the assembly of a person's data (audited, so a write transaction) reads.
    with services.db.transaction() as session:
        first = session.scalar(select(Customer.city).where(Customer.id == aino.id))
        other = threading.Thread(target=other_workstation)
        other.start()
        assert not saved.wait(1.5)
        again = session.scalar(select(Customer.city).where(Customer.id == aino.id))
        assert (first, again) == ("Oulu", "Oulu")
    other.join(30)
    assert saved.is_set()
    assert services.customers.view(admin, aino.id).city == "Turku"
