"""Which engine a test run drives the services on: `pytest --engine postgresql` runs the core
and command-line suite against a throwaway PostgreSQL cluster, each test in a database of its own
made from a migrated template (CREATE DATABASE … TEMPLATE), as the SQLite run copies a file."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.postgres_cluster import Cluster, running_cluster
from tests.helpers.users import cheap_hasher

_server_numbers = itertools.count(1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the engine the services fixture opens (postgresql: a throwaway local cluster)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: looks at the SQLite file itself; not run on a server"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--engine") != "postgresql":
        return
    skip = pytest.mark.skip(reason="looks at the SQLite file itself")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.config.getoption("--engine"))


@pytest.fixture(scope="session")
def pg_cluster(engine_name: str) -> Iterator[Cluster | None]:
    if engine_name != "postgresql":
        yield None
        return
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def any_cluster(pg_cluster: Cluster | None) -> Iterator[Cluster]:
    """A running cluster on either run: the PostgreSQL run's own, or one started for the tests
    of the server features themselves (connecting, setup, copy)."""
    if pg_cluster is not None:
        yield pg_cluster
        return
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def server_services(any_cluster: Cluster, tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    """Services on a fresh database of a running cluster, on either run (for the tests of what
    only a server does: its files, its roles, its notifications)."""
    name = f"l4d_server_{next(_server_numbers)}"
    any_cluster.run(f"CREATE DATABASE {name}")
    services = open_services(
        any_cluster.address(name), clock=clock, hasher=cheap_hasher(), local_folder=tmp_path
    )
    yield services
    services.db.dispose()
    any_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
