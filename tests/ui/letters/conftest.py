"""The customer the letters page writes to."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer as add


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add(
        services,
        admin,
        "Maija Meikäläinen",
        email="maija@example.fi",
        street="Kirkkotie 5 B 12",
        postal_code="02400",
        city="Kirkkonummi",
    )
