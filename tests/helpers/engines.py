"""Which engine a test run drives the services on: `pytest --engine postgresql` runs the core
and command-line suite against a throwaway PostgreSQL cluster, each test in a database of its own
made from a migrated template (CREATE DATABASE … TEMPLATE), as the SQLite run copies a file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.postgres_cluster import Cluster, running_cluster


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
