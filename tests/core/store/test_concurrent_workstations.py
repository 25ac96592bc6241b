"""Five workstations (processes) × 200 mixed actions (create, edit, view, consent, search, import,
erasure) against one PostgreSQL database: no error, no lost update, customer numbers unique, the
erased gone, and one audit chain that verifies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from l4d_desktop.core.errors import NotFoundError
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Customer
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
    actions = ("create", "edit", "view", "consent", "search", "import", "erase")
    assert sum(r["done"].get(a, 0) for r in reports for a in actions) == WORKERS * ACTIONS
    assert all(r["done"].get("import", 0) and r["done"].get("erase") == 2 for r in reports)
    numbers = [n for r in reports for n in r["numbers"]]
    assert len(numbers) == len(set(numbers))
    with services.db.read() as session:
        every = list(session.scalars(select(Customer.customer_number)))
        assert session.scalar(select(func.count()).select_from(Customer)) == (
            sum(r["done"].get("create", 0) + r["imported"] - len(r["erased"]) for r in reports)
        )
    # Customer numbers unique over the whole register, imported ones included.
    assert len(every) == len(set(every))
    # No lost update: each customer holds the city its own worker saved last; the erased
    # are gone.
    admin = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    for r in reports:
        last = dict((cid, city) for cid, city in r["edits"] if cid not in r["erased"])
        for cid, city in last.items():
            assert services.customers.view(admin, cid).city == city
        for cid in r["erased"]:
            with pytest.raises(NotFoundError):
                services.customers.view(admin, cid)
    assert services.audit.verify().ok
    spent = {a: round(sum(r["spent"].get(a, 0.0) for r in reports), 1) for a in actions}
    print(f"{WORKERS}×{ACTIONS} actions in {elapsed:.1f} s; seconds per kind: {spent}")
