"""Five workstations (processes) × 200 mixed actions against one PostgreSQL database: no error,
no lost update, customer numbers unique, and one audit chain that verifies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l4d_desktop.core.services import Services
from tests.helpers.users import ADMIN_PASSWORD

WORKERS = 5
ACTIONS = 200
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_five_workstations_share_one_register_without_loss(
    server_services: Services, tmp_path: Path
) -> None:
    services = server_services
    services.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    assert services.db.url.startswith("postgresql://")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.core.store.concurrent_worker",
                services.db.url,
                str(tmp_path / f"ws{n}"),
                str(n),
                str(ACTIONS),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    reports = []
    for w in workers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err[-2000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    elapsed = time.monotonic() - started

    assert [r["errors"] for r in reports] == [[]] * WORKERS
    actions = ("create", "edit", "view", "consent", "search")
    assert sum(r["done"].get(a, 0) for r in reports for a in actions) == WORKERS * ACTIONS
    numbers = [n for r in reports for n in r["numbers"]]
    assert len(numbers) == len(set(numbers))
    # No lost update: each customer holds the city its own worker saved last.
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    for r in reports:
        last = dict((cid, city) for cid, city in r["edits"])
        for cid, city in last.items():
            assert services.customers.view(admin, cid).city == city
    assert services.audit.verify().ok
    print(f"{WORKERS}×{ACTIONS} actions in {elapsed:.1f} s")
