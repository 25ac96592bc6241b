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
from l4d_desktop.core.store.backup import BACKUP_DIR_ENV
from tests.helpers.clock import FakeClock
from tests.helpers.database import copy_register, migrated_register
from tests.helpers.users import (
    ADMIN_PASSWORD,
    HANDLER_PASSWORD,
    READER_PASSWORD,
    cheap_hasher,
    make_user,
)

# The language fixtures live with the language helpers; tests ask for them by name.
pytest_plugins = ("tests.helpers.language",)


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
def register_image(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An empty register at the newest schema, migrated once for the whole run: running the
    migrations for each of ~1 800 tests cost more than many of the tests themselves."""
    return migrated_register(tmp_path_factory.mktemp("template"), cheap_hasher())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives; the file exists only once `services` has made it."""
    return tmp_path / "data" / "l4d.sqlite3"


@pytest.fixture
def services(
    db_path: Path, clock: FakeClock, fast_hasher: PasswordHasher, register_image: bytes
) -> Iterator[Services]:
    # A copy of the migrated template, opened as the program opens any existing register
    # (tests of the migrations themselves open a missing or empty file instead).
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
