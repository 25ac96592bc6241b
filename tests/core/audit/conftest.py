"""The chain's anchors in each test's own folder, outside the database's folder, and an ordinary
morning's work for the log to record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.anchor import ANCHOR_DIR_ENV
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    AuthenticationError,
    PermissionDenied,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def workload(services: Services, admin: Actor, handler: Actor, reader: Actor) -> int:
    """An ordinary morning at the office; returns the number of audit entries it left."""
    c = add_customer(services, handler, "Maija Meikäläinen", email="maija@example.fi")
    c = services.customers.update(
        handler, c.id, c.version, CustomerInput(name="Maija Meikäläinen", city="Espoo")
    )
    services.customers.view(reader, c.id)
    services.requests.register(
        handler, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    with pytest.raises(PermissionDenied):
        services.customers.create(reader, CustomerInput(name="Ei Oikeutta"))
    with pytest.raises(AuthenticationError):
        services.auth.login("kasittelija", "väärä salasana, sori vaan")
    services.users.set_right(admin, reader.user_id, "data.export", True)
    return len(audit_rows(services.db.path))
