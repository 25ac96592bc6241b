"""The other customers an erasure must leave untouched."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services


@pytest.fixture
def others(services: Services, admin: Actor, customer: CustomerRecord) -> CustomerRecord:
    """Another customer with data of her own, and enough neighbours to split many pages."""
    services.demo.fill(admin, 150, seed=7)
    services.invoices.add(admin, customer.id, "M-1", dt.date(2025, 5, 5), "99")
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    return customer
