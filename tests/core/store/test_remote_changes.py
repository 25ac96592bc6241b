"""Live refresh: a commit by another writer reaches this process's change feed within two
seconds, on SQLite (another connection to the file) and on a server (LISTEN/NOTIFY)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.core.changes import Change
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.remote_changes import RemoteChanges
from tests.helpers.customers import add_maija
from tests.helpers.postgres_cluster import Cluster
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

WITHIN_S = 2.0


class Heard:
    """What a feed announced, with a way to wait for a kind."""

    def __init__(self) -> None:
        self.kinds: list[frozenset[Change]] = []
        self._event = threading.Event()

    def __call__(self, kinds: frozenset[Change]) -> None:
        self.kinds.append(kinds)
        self._event.set()

    def wait_for(self, kind: Change) -> float:
        start = time.monotonic()
        while time.monotonic() - start < WITHIN_S:
            if any(kind in k for k in self.kinds):
                return time.monotonic() - start
            self._event.wait(0.05)
            self._event.clear()
        raise AssertionError(f"{kind} not heard within {WITHIN_S} s: {self.kinds}")


def _two_workstations(target: str, folder: Path) -> Iterator[tuple[Services, Services]]:
    extra = {} if "://" not in target else {"local_folder": folder}
    first = open_services(target, hasher=cheap_hasher(), **extra)  # type: ignore[arg-type]
    second = open_services(target, hasher=cheap_hasher(), **extra)  # type: ignore[arg-type]
    try:
        yield first, second
    finally:
        first.db.dispose()
        second.db.dispose()


def _check(first: Services, second: Services) -> None:
    admin = first.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    heard = Heard()
    first.changes.subscribe(heard)
    relay = RemoteChanges(first.db, poll_s=0.2).start()
    try:
        time.sleep(0.5)  # the relay is listening
        heard.kinds.clear()
        # The other workstation saves a customer: this one hears of it.
        other = second.auth.login("paakayttaja", ADMIN_PASSWORD)
        add_maija(second, other)
        heard.wait_for(Change.CUSTOMERS)
        # Its own save is announced once, by the unit of work, and not again by the relay.
        heard.kinds.clear()
        add_maija(first, admin)
        time.sleep(1.0)
        assert sum(Change.CUSTOMERS in k for k in heard.kinds) == 1, heard.kinds
    finally:
        relay.stop()


def test_a_commit_by_another_connection_to_the_file_is_heard(tmp_path: Path) -> None:
    for first, second in _two_workstations(str(tmp_path / "l4d.sqlite3"), tmp_path):
        _check(first, second)


@pytest.fixture
def server_address(any_cluster: Cluster) -> Iterator[str]:
    any_cluster.run("DROP DATABASE IF EXISTS l4d_live WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_live")
    yield any_cluster.address("l4d_live")
    any_cluster.run("DROP DATABASE IF EXISTS l4d_live WITH (FORCE)")


def test_a_commit_on_another_workstation_is_heard_through_the_server(
    server_address: str, tmp_path: Path
) -> None:
    for first, second in _two_workstations(server_address, tmp_path):
        _check(first, second)
