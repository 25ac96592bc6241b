"""A demo fill killed with SIGKILL half-way: the next start audits every customer it committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services, open_services
from tests.helpers.database import audit_rows, table_count
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

# A fill far too big to finish before it is killed, in small batches so that many commit.
_CHILD = """
import sys
from l4d_desktop.core.services import open_services
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher
svc = open_services(sys.argv[1], hasher=cheap_hasher())
actor = svc.auth.login("paakayttaja", ADMIN_PASSWORD)
def said(done, total):
    print(done, flush=True)
svc.demo.fill(actor, 900_000, seed=int(sys.argv[2]), progress=said, batch_size=40)
"""

KILLS = 6


def _covered(db: Path) -> int:
    """Customers the demo.fill entries speak of (each entry's customers= count)."""
    total = 0
    for entry in audit_rows(db):
        if entry["action"] == "demo.fill":
            counts = dict(part.split("=") for part in entry["detail"].split(","))
            total += int(counts["customers"])
    return total


def test_a_fill_killed_half_way_leaves_no_customer_unaudited(
    services: Services, admin: Actor, db_path: Path
) -> None:
    services.db.dispose()
    rng = random.Random(13)
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    unaudited_after_kill = []
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(db_path), str(run + 1)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
        )
        assert child.stdout is not None
        # Let a few batches commit, then kill at a random moment inside a later one.
        for _ in range(rng.randint(1, 4)):
            assert child.stdout.readline(), "the fill stopped before it was killed"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        unaudited_after_kill.append(table_count(db_path, "customers") - _covered(db_path))

        reopened = open_services(db_path, hasher=cheap_hasher())  # the next start
        try:
            assert reopened.audit.verify().ok
        finally:
            reopened.db.dispose()
        customers = table_count(db_path, "customers")
        assert customers > 0
        assert _covered(db_path) == customers, f"run {run}"
    # The kills did land between batches' commits and the fill's end.
    assert all(n > 0 for n in unaudited_after_kill)
    interrupted = [
        e for e in audit_rows(db_path) if e["action"] == "demo.fill" and e["outcome"] != "ok"
    ]
    assert [e["outcome"] for e in interrupted] == ["interrupted"] * KILLS
    assert all(e["actor_id"] == admin.user_id for e in interrupted)
    # A later fill runs to its end and is audited once, as always.
    again = open_services(db_path, hasher=cheap_hasher())
    try:
        actor = again.auth.login("paakayttaja", ADMIN_PASSWORD)
        again.demo.fill(actor, 30, seed=99, batch_size=10)
        assert again.audit.verify().ok
    finally:
        again.db.dispose()
    assert _covered(db_path) == table_count(db_path, "customers")
