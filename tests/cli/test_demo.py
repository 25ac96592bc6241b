"""demo-data: the register filled with made-up customers; a count out of range is a usage error."""

from __future__ import annotations

import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.database import table_count


def test_demo_data_fills_the_register(as_admin: Cli, services: Services, admin: Actor) -> None:
    result = as_admin("demo-data", "--customers", "40", "--seed", "7")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["customers"] == 40
    assert table_count(services.db.path, "customers") == 40
    names = [c.name for c in services.customers.search(admin, limit=40)]
    assert any(ch in "".join(names) for ch in "äöå")
    too_many = as_admin("demo-data", "--customers", "2000000")
    assert too_many.code == 2
