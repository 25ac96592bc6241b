"""Shared fixtures: a fresh copy of a migrated register per test, a clock the test controls,
ready-made users."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.anchor import ANCHOR_DIR_ENV
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.address import parse_address
from l4d_desktop.core.store.backup import BACKUP_DIR_ENV
from tests.helpers.clock import FakeClock
from tests.helpers.database import copy_register, migrated_register, server_databases
from tests.helpers.postgres_cluster import (
    Cluster,
    migrated_server_template,
    new_server_database,
)
from tests.helpers.users import (
    ADMIN_PASSWORD,
    HANDLER_PASSWORD,
    READER_PASSWORD,
    cheap_hasher,
    make_user,
)

# The language fixtures live with the language helpers; tests ask for them by name.
pytest_plugins = ("tests.helpers.language", "tests.helpers.engines")


@pytest.fixture(scope="session", autouse=True)
def audit_anchor_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The audit chain's anchors in a folder of the run, never the user's own state folder
    (~/.local/state): set in os.environ, so the subprocesses the tests start inherit it."""
    folder = tmp_path_factory.mktemp("audit-anchors")
    before = os.environ.get(ANCHOR_DIR_ENV)
    os.environ[ANCHOR_DIR_ENV] = str(folder)
    yield folder
    if before is None:
        os.environ.pop(ANCHOR_DIR_ENV, None)
    else:
        os.environ[ANCHOR_DIR_ENV] = before


@pytest.fixture(scope="session", autouse=True)
def backup_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Automatic backups into a folder of the run, never the user's own state folder."""
    folder = tmp_path_factory.mktemp("backups")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(BACKUP_DIR_ENV, str(folder))
        yield folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fast_hasher() -> PasswordHasher:
    return cheap_hasher()


@pytest.fixture(scope="session")
def register_image(
    tmp_path_factory: pytest.TempPathFactory, pg_cluster: Cluster | None
) -> bytes | str:
    """An empty register at the newest schema, migrated once for the whole run: running the
    migrations for each of ~1 800 tests cost more than many of the tests themselves. On a
    server, the name of the template database instead of a file's bytes."""
    if pg_cluster is not None:
        return migrated_server_template(
            pg_cluster, tmp_path_factory.mktemp("template"), cheap_hasher()
        )
    return migrated_register(tmp_path_factory.mktemp("template"), cheap_hasher())


@pytest.fixture
def server_database(tmp_path: Path, pg_cluster: Cluster | None) -> Iterator[str | None]:
    """On a `--engine postgresql` run, the address of the test's own database (dropped after)."""
    if pg_cluster is None:
        yield None
        return
    address, path = new_server_database(pg_cluster, tmp_path / "data")
    yield address
    server_databases.pop(path, None)
    name = address.split("/")[-1].split("?")[0]
    pg_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    pg_cluster.run(f"DROP DATABASE IF EXISTS {name}_keep WITH (FORCE)")  # made at first need


@pytest.fixture
def db_path(tmp_path: Path, server_database: str | None) -> Path:
    """Where the test's database lives; the file exists only once `services` has made it (on a
    server, the name its store gives it in the local folder)."""
    if server_database is not None:
        return tmp_path / "data" / parse_address(server_database).local_name()
    return tmp_path / "data" / "l4d.sqlite3"


@pytest.fixture
def db_target(db_path: Path, server_database: str | None) -> str:
    """What `--db` is given: the file's path, or the server database's address."""
    return server_database if server_database is not None else str(db_path)


@pytest.fixture
def services(
    db_path: Path,
    server_database: str | None,
    clock: FakeClock,
    fast_hasher: PasswordHasher,
    register_image: bytes | str,
) -> Iterator[Services]:
    if server_database is not None:
        svc = open_services(
            server_database, clock=clock, hasher=fast_hasher, local_folder=db_path.parent
        )
    else:
        # A copy of the migrated template, opened as the program opens any existing register
        # (tests of the migrations themselves open a missing or empty file instead).
        assert isinstance(register_image, bytes)
        copy_register(register_image, db_path)
        svc = open_services(db_path, clock=clock, hasher=fast_hasher)
    yield svc
    svc.db.dispose()


@pytest.fixture
def admin(services: Services) -> Actor:
    services.auth.create_first_admin(
        "paakayttaja", "Jouni Ojala", ADMIN_PASSWORD, "toimitusjohtaja"
    )
    return services.auth.login("paakayttaja", ADMIN_PASSWORD)


@pytest.fixture
def handler(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)


@pytest.fixture
def reader(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "lukija", "reader", READER_PASSWORD)


@pytest.fixture
def wide_umask() -> Iterator[None]:
    """An ordinary umask under which new files would be world-readable."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)
