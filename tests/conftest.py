"""Shared fixtures: a fresh SQLite file per test, a clock the test controls, ready-made users."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services

ADMIN_PASSWORD = "kesäkuun lumi sataa hiljaa"
HANDLER_PASSWORD = "punainen tupa ja perunamaa"
READER_PASSWORD = "kirjasto aukeaa aamulla yhdeksältä"


class FakeClock:
    """Starts at 24.11.2026 10:00 Helsinki time; tests move it explicitly."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fast_hasher() -> PasswordHasher:
    # Real argon2id, cheaper parameters: the production ones are tested on their own.
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "l4d.sqlite3"


@pytest.fixture
def services(db_path: Path, clock: FakeClock, fast_hasher: PasswordHasher) -> Iterator[Services]:
    svc = open_services(db_path, clock=clock, hasher=fast_hasher)
    yield svc
    svc.db.dispose()


@pytest.fixture
def admin(services: Services) -> Actor:
    services.auth.create_first_admin(
        "paakayttaja", "Jouni Ojala", ADMIN_PASSWORD, "toimitusjohtaja"
    )
    return services.auth.login("paakayttaja", ADMIN_PASSWORD)


def make_user(services: Services, admin: Actor, username: str, role: str, password: str) -> Actor:
    """A user of `role` who has already changed the initial password."""
    initial = password + " alku"
    services.users.create_user(admin, username, username.title(), role, initial)
    first = services.auth.login(username, initial)
    return services.auth.change_password(first, initial, password)


@pytest.fixture
def handler(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)


@pytest.fixture
def reader(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "lukija", "reader", READER_PASSWORD)
