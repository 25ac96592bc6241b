"""The customer the customer-window tests open, and the Customers tab she is listed in."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.tab import CustomersTab
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import MAIJA_ADDRESS, add_maija


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin, **MAIJA_ADDRESS)


@pytest.fixture
def tab(english, qtbot, services: Services, admin: Actor, maija: CustomerRecord) -> CustomersTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, services, admin)
