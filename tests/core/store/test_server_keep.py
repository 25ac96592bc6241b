"""A register on a server keeps its suppression key and erasure journal in its keep database: two
workstations check the list with one key and journal into one place, a restore made from any
computer replays both's erasures, the application role can only read and add to the keep, the
register's dump holds no key, and a workstation of a register made before the keep hands it its
key file and journal."""

from __future__ import annotations

import secrets
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.suppression import SuppressionList
from l4d_desktop.core.errors import BusinessRuleError, StorageError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.retention.server_restore import restore_to_server
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.address import parse_address
from l4d_desktop.core.store.keep.files import journal_path, key_path
from l4d_desktop.core.store.keep.server import Keep
from l4d_desktop.core.store.postgres import ServerDatabase
from l4d_desktop.core.store.server_backup import backup_server, client_program
from l4d_desktop.core.store.server_setup import ServerRoles, application_address, setup_server
from tests.core.erasure.erased_person import EMAIL, make_person
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

REGISTER = "l4d_keep_register"


@pytest.fixture
def register(any_cluster: Cluster, tmp_path: Path) -> Iterator[str]:
    """A register set up as `l4d db setup` does; the application role's address."""
    _drop(any_cluster)
    any_cluster.run(f"CREATE DATABASE {REGISTER}")
    yield _set_up(any_cluster, tmp_path)
    _drop(any_cluster)


def _drop(cluster: Cluster) -> None:
    cluster.run(f"DROP DATABASE IF EXISTS {REGISTER} WITH (FORCE)")
    cluster.run(f"DROP DATABASE IF EXISTS {REGISTER}_keep WITH (FORCE)")


def _set_up(cluster: Cluster, tmp_path: Path) -> str:
    admin = parse_address(cluster.address(REGISTER))
    db = ServerDatabase(admin, tmp_path / "administrator")
    try:
        roles = setup_server(db, ServerRoles.for_database(REGISTER))
    finally:
        db.dispose()
    return str(application_address(admin, roles))


def _workstation(address: str, folder: Path, clock: FakeClock) -> Services:
    return open_services(address, clock=clock, hasher=cheap_hasher(), local_folder=folder)


def _first_admin(services: Services) -> Actor:
    """The register's pääkäyttäjä, made and logged in on this workstation."""
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    return services.auth.login("paakayttaja", ADMIN_PASSWORD)


def _erase(services: Services, admin: Actor, request_id: int) -> None:
    plan = services.erasure.plan(admin, request_id)
    services.erasure.run(admin, request_id, plan.token)


def _other_person(services: Services, admin: Actor) -> int:
    """Bertta, with an erasure request of her own; the request's id."""
    c = add_customer(
        services, admin, "Bertta Qwvörinen", email="bertta.qwv@kanaria.example", phone=""
    )
    request = services.requests.register(
        admin, RequestInput("erasure", services.clock().date(), "email", c.id)
    )
    services.letters.issue(admin, request.id, "erasure", "fi", "save")  # before the erasure
    return request.id


def test_two_workstations_share_the_key_and_a_restore_replays_both_erasures(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    one = _workstation(register, tmp_path / "ws1", clock)
    two = _workstation(register, tmp_path / "ws2", clock)
    dumper = ServerDatabase(parse_address(any_cluster.address(REGISTER)), tmp_path / "ws3")
    try:
        admin = _first_admin(one)
        person = make_person(one, admin, invoices=0, events=2)  # objects to direct marketing
        bertta = _other_person(one, admin)
        dump = backup_server(dumper, tmp_path / "backups" / "register.dump")
        clock.advance(hours=1)
        _erase(one, admin, person.erasure_id)

        # The second workstation checks the list with the key the first one made.
        admin_two = two.auth.login("paakayttaja", ADMIN_PASSWORD)
        again = add_customer(two, admin_two, "Åke Uusi", email=EMAIL.upper(), phone="")
        with pytest.raises(BusinessRuleError) as refused:
            two.consents.record(admin_two, again.id, "marketing_email", True, "web_form")
        assert refused.value.code == "marketing_suppressed"
        _erase(two, admin_two, bertta)

        journal = one.db.erasure_journal().entries()
        assert [(e.kind, e.state) for e in journal] == [("customer", "done")] * 2
        key = one.db.keep.read_key()
        assert key is not None
        for ws in ("ws1", "ws2"):  # nothing of it on the workstations
            local = tmp_path / ws / parse_address(register).local_name()
            assert not key_path(local).exists() and not journal_path(local).exists()
    finally:
        for services in (one, two):
            services.db.dispose()
        dumper.dispose()

    # The register's dump holds the list's hashes but not the key, nor the journal.
    listed = subprocess.run(
        [client_program("pg_restore"), "--list", str(dump)], capture_output=True, check=True
    ).stdout.decode()
    assert "suppressions" in listed
    assert "suppression_key" not in listed and "erasure_journal" not in listed
    script = subprocess.run(
        [client_program("pg_restore"), "--file=-", str(dump)], capture_output=True, check=True
    ).stdout
    assert key.hex().encode() not in script and key.hex().encode() not in dump.read_bytes()

    # The register is lost and made anew, empty; its keep outlives it.
    any_cluster.run(f"DROP DATABASE {REGISTER} WITH (FORCE)")
    any_cluster.run(f"CREATE DATABASE {REGISTER}")
    keep = Keep(parse_address(register))
    try:
        assert keep.read_key() == key
        assert len({seq for seq, _ in keep.records()}) == 2
    finally:
        keep.dispose()

    # Restored from a computer that never erased anyone: both erasures are replayed.
    admin_address = parse_address(any_cluster.address(REGISTER))
    report = restore_to_server(dump, admin_address, clock, tmp_path / "ws3")
    assert report.erasures_replayed == 2
    restored = _workstation(str(admin_address), tmp_path / "ws4", clock)
    try:
        admin = restored.auth.login("paakayttaja", ADMIN_PASSWORD)
        assert restored.customers.search(admin, "zyxw") == []
        assert restored.customers.search(admin, "qwvörinen") == []
        with restored.db.read() as session:
            assert SuppressionList(session).contains(EMAIL, "")
    finally:
        restored.db.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE erasure_journal SET record = '{}'",
        "DELETE FROM erasure_journal",
        "TRUNCATE erasure_journal",
        "UPDATE suppression_key SET key_hex = '00'",
        "DELETE FROM suppression_key",
        "TRUNCATE suppression_key",
        "DROP TABLE erasure_journal",
        "CREATE TABLE extra (id int)",
    ],
)
def test_the_application_role_can_only_read_and_add_to_the_keep(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock, statement: str
) -> None:
    ws = _workstation(register, tmp_path / "ws", clock)
    try:
        admin = _first_admin(ws)
        _erase(ws, admin, _other_person(ws, admin))
        c = add_customer(ws, admin, "Kielto Henkilö", email="kielto@kanaria.example", phone="")
        ws.objections.record(admin, c.id, "direct_marketing", clock().date(), "")
        assert ws.db.keep.read_key() is not None  # made by the application role itself
    finally:
        ws.db.dispose()
    app = parse_address(register).user
    with psycopg.connect(
        dbname=f"{REGISTER}_keep", user=app, host=str(any_cluster.socket_dir)
    ) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM erasure_journal").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM suppression_key").fetchone() == (1,)


def test_a_workstation_of_a_register_made_before_the_keep_hands_it_its_files(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    old = _workstation(register, tmp_path / "old", clock)
    try:
        admin = _first_admin(old)
        person = make_person(old, admin, invoices=0, events=2)
        _erase(old, admin, person.erasure_id)
        key = old.db.keep.read_key()
        records = old.db.keep.records()
        local = old.db.path
    finally:
        old.db.dispose()
    assert key is not None and len(records) == 2
    # As the program kept them before the keep: beside the workstation's local name.
    key_path(local).write_text(key.hex() + "\n")
    journal_path(local).write_text("".join(record + "\n" for _, record in records))
    any_cluster.run(f"DROP DATABASE {REGISTER}_keep WITH (FORCE)")
    _set_up(any_cluster, tmp_path)  # `l4d db setup` run again makes the keep, empty

    # A workstation that never had the files cannot check the list yet…
    fresh = _workstation(register, tmp_path / "fresh", clock)
    try:
        with fresh.db.read() as session, pytest.raises(BusinessRuleError) as missing:
            SuppressionList(session)
        assert missing.value.code == "suppression_key_missing"
        assert f"{REGISTER}_keep" in str(missing.value)
    finally:
        fresh.db.dispose()
    # …until the one that has them starts: the key (it fits the register) and the journal move.
    _workstation(register, tmp_path / "old", clock).db.dispose()
    fresh = _workstation(register, tmp_path / "fresh", clock)
    try:
        assert fresh.db.keep.read_key() == key
        assert [(e.kind, e.state) for e in fresh.db.erasure_journal().entries()] == [
            ("customer", "done")
        ]
        with fresh.db.read() as session:
            assert SuppressionList(session).contains(EMAIL, "")
    finally:
        fresh.db.dispose()
    # Started again, it gives nothing twice.
    _workstation(register, tmp_path / "old", clock).db.dispose()
    keep = Keep(parse_address(register))
    try:
        assert len(keep.records()) == 2
    finally:
        keep.dispose()


def test_a_key_file_that_does_not_fit_the_register_is_not_given_to_the_keep(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    ws = _workstation(register, tmp_path / "ws", clock)
    try:
        admin = _first_admin(ws)
        make_person(ws, admin, invoices=0, events=2)
        local = ws.db.path
    finally:
        ws.db.dispose()
    any_cluster.run(f"DROP DATABASE {REGISTER}_keep WITH (FORCE)")
    _set_up(any_cluster, tmp_path)
    key_path(local).write_text("ab" * 32 + "\n")  # some other register's, or damaged
    ws = _workstation(register, tmp_path / "ws", clock)
    try:
        assert ws.db.keep.read_key() is None
    finally:
        ws.db.dispose()


def test_an_erasure_whose_keep_cannot_be_written_is_refused_and_erases_nothing(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    ws = _workstation(register, tmp_path / "ws", clock)
    try:
        admin = _first_admin(ws)
        bertta = _other_person(ws, admin)
        plan = ws.erasure.plan(admin, bertta)
        # The keep is gone, and the application role may not make it again.
        any_cluster.run(f"DROP DATABASE {REGISTER}_keep WITH (FORCE)")
        with pytest.raises(StorageError) as refused:
            ws.erasure.run(admin, bertta, plan.token)
        assert refused.value.code == "journal_unwritable"
        assert f"{REGISTER}_keep" in refused.value.message()
        assert [c.name for c in ws.customers.search(admin, "qwvörinen")] == ["Bertta Qwvörinen"]
    finally:
        ws.db.dispose()


def test_workstations_making_the_key_at_the_same_moment_all_get_the_same_one(
    register: str, tmp_path: Path
) -> None:
    keeps = [Keep(parse_address(register)) for _ in range(6)]
    start = threading.Barrier(len(keeps))

    def make(keep: Keep) -> bytes | None:
        start.wait()
        return keep.give_key(secrets.token_bytes(32))

    try:
        with ThreadPoolExecutor(len(keeps)) as pool:
            made = list(pool.map(make, keeps))
        assert made[0] is not None and made == [made[0]] * len(keeps)
        assert keeps[0].give_key(b"\x02" * 32) == made[0]  # never replaced
    finally:
        for keep in keeps:
            keep.dispose()


def test_a_restore_whose_target_keep_cannot_be_made_is_refused_before_anything(
    register: str, any_cluster: Cluster, tmp_path: Path, clock: FakeClock
) -> None:
    admin_address = parse_address(any_cluster.address(REGISTER))
    dumper = ServerDatabase(admin_address, tmp_path / "admin")
    try:
        dump = backup_server(dumper, tmp_path / "register.dump")
    finally:
        dumper.dispose()
    any_cluster.run("CREATE ROLE l4d_keep_restorer LOGIN")  # may not create databases
    any_cluster.run("CREATE DATABASE l4d_keep_target OWNER l4d_keep_restorer")
    target = parse_address(any_cluster.address("l4d_keep_target", user="l4d_keep_restorer"))
    try:
        with pytest.raises(StorageError) as refused:
            restore_to_server(dump, target, clock, tmp_path / "ws", journal_of=admin_address)
        assert refused.value.code == "keep_missing"
        assert "l4d_keep_target_keep" in refused.value.message()
        assert "l4d db setup" in refused.value.message()
        tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        assert any_cluster.psql(tables, "l4d_keep_target").strip() == "0"
    finally:
        any_cluster.run("DROP DATABASE IF EXISTS l4d_keep_target WITH (FORCE)")
        any_cluster.run("DROP ROLE IF EXISTS l4d_keep_restorer")
