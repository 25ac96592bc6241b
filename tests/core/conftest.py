"""Fixtures for the core tests: the database file, Maija with her address, a register to
assemble a person's data from, and a umask under which new files would be world-readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import MAIJA_ADDRESS, add_maija
from tests.helpers.subject_data import Scenario, build_scenario


@pytest.fixture
def db_file(services: Services) -> Path:
    """The path of the services' database file."""
    return services.db.path


@pytest.fixture
def customer(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin, **MAIJA_ADDRESS)


@pytest.fixture
def scenario(services: Services, admin: Actor, clock: FakeClock) -> Scenario:
    """Maija and Eino with all their data, for the person's-data and portability tests."""
    return build_scenario(services, admin, clock)
