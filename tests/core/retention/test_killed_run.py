"""A retention run killed with SIGKILL at random moments: every batch is all or nothing, the
run's own count, the audit log and the journal agree with what is gone, and the next start
settles what the kill left pending."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.retention.service import BATCH_SIZE
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.erasure_journal import ErasureJournal
from l4d_desktop.core.store.models import WebEvent
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_maija
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import cheap_hasher

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

EVENTS = 30_000
KILLS = 4

_CHILD = """
import sys
from l4d_desktop.core.services import open_services
from tests.helpers.users import ADMIN_PASSWORD, cheap_hasher
svc = open_services(sys.argv[1], hasher=cheap_hasher())
actor = svc.auth.login("paakayttaja", ADMIN_PASSWORD)
def said(done, total):
    print(done, flush=True)
svc.retention.run(actor, "web_events", progress=said)
"""


def _purged_by_audit(db: Path) -> int:
    return sum(
        int(e["detail"].split(":")[1]) for e in audit_rows(db) if e["action"] == "retention.purge"
    )


def _purged_by_runs(db: Path) -> int:
    with raw_db(db) as conn:
        return int(conn.execute("SELECT coalesce(sum(items), 0) FROM retention_runs").fetchone()[0])


def test_a_run_killed_at_random_leaves_whole_batches_only(
    services: Services, admin: Actor, clock: FakeClock, db_path: Path
) -> None:
    maija = add_maija(services, admin)
    start = clock() - dt.timedelta(days=600)
    with services.db.transaction() as s:
        s.execute(
            insert(WebEvent),
            [
                {"customer_id": maija.id, "at": start + dt.timedelta(minutes=i), "page": "/x"}
                for i in range(EVENTS)
            ],
        )
    services.db.dispose()
    rng = random.Random(14)
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    for kill in range(1, KILLS + 1):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 5)):
            assert child.stdout.readline(), "the run ended before it was killed"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()

        gone = EVENTS - table_count(db_path, "web_events")
        assert gone % BATCH_SIZE == 0  # whole batches only
        assert gone == _purged_by_runs(db_path) == _purged_by_audit(db_path)
        reopened = open_services(db_path, hasher=cheap_hasher())  # the next start
        try:
            assert reopened.audit.verify().ok
        finally:
            reopened.db.dispose()
        entries = ErasureJournal(db_path).entries()
        assert {e.state for e in entries} <= {"done"}  # the kill's pending line settled
        # One line a committed batch, and at most one a kill for the batch it interrupted (a
        # rule's cut-off applied again on a restore removes only what was due anyway).
        assert gone // BATCH_SIZE <= len(entries) <= gone // BATCH_SIZE + kill
    assert 0 < EVENTS - table_count(db_path, "web_events") < EVENTS
