"""A customer import in batches: cancelled, failed or cut short by a crash, it leaves the
register as it was; an import running elsewhere is left alone."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.imports.customers import (
    ImportCancelled,
    recover_interrupted_imports,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.core.imports.customer_import_files import (
    TABLES,
    _progress_log,
    csv_bytes,
    customers,
    imports_rows,
    snapshot,
)
from tests.helpers.database import audit_rows, table_count
from tests.helpers.users import ADMIN_PASSWORD

# -- cancel and crash -------------------------------------------------------------------------


def _many(n: int, start: int = 0) -> bytes:
    lines = ["Nimi;Sähköposti;Puhelin;Markkinointilupa"]
    lines += [
        f"Asiakas {i:04d} Ääkkönen;asiakas{i}@esimerkki.fi;040 {1000000 + i};"
        + ("kyllä" if i % 2 else "ei")
        for i in range(start, start + n)
    ]
    return csv_bytes(*lines)


def test_rows_are_written_in_batches_with_progress(services: Services, admin: Actor) -> None:
    services.imports.batch_size = 4
    seen, progress = _progress_log()
    result = services.imports.run(
        admin, services.imports.plan(admin, _many(10)), all_or_nothing=True, progress=progress
    )
    assert result.imported == 10
    assert seen == [(4, 10), (8, 10), (10, 10), (10, 10)]
    assert table_count(services.db.path, "consent_events") == 5


def test_a_cancel_after_the_first_batch_leaves_the_register_as_it_was(
    services: Services, admin: Actor, customer: Any
) -> None:
    services.imports.batch_size = 3
    path = services.db.path
    plan = services.imports.plan(admin, _many(10) + b";;;\n")
    before = snapshot(path)
    audit_before = len(audit_rows(path))
    seen, progress = _progress_log()
    with pytest.raises(ImportCancelled) as info:
        services.imports.run(
            admin, plan, all_or_nothing=False, progress=progress, cancelled=lambda: bool(seen)
        )
    assert info.value.code == "import_cancelled"
    assert seen == [(3, 10)]
    # Customers, consents and the number counter are as they were; only the import's own
    # record and its audit entry tell that it ran.
    assert snapshot(path) == before
    assert imports_rows(path) == [("cancelled", 0, 0, 0, 0)]
    entries = audit_rows(path)[audit_before:]
    assert [(e["action"], e["outcome"]) for e in entries] == [("customer.import", "cancelled")]
    assert services.audit.verify().ok
    assert not list(path.parent.glob("*.lock"))


def test_a_customer_someone_started_working_on_survives_the_cancel(
    services: Services, admin: Actor
) -> None:
    services.imports.batch_size = 3
    plan = services.imports.plan(admin, _many(9))
    seen, progress = _progress_log()

    def register_a_request(done: int, total: int) -> None:
        progress(done, total)
        if done == 3:  # between batches, a handler registers a request for an imported person
            first = customers(services.db.path)[0]
            services.requests.register(
                admin, RequestInput("access", dt.date(2026, 11, 23), "email", first["id"])
            )

    with pytest.raises(ImportCancelled):
        services.imports.run(
            admin,
            plan,
            all_or_nothing=True,
            progress=register_a_request,
            cancelled=lambda: len(seen) == 1,
        )
    [kept] = customers(services.db.path)
    assert kept["name"] == "Asiakas 0000 Ääkkönen" and kept["import_id"] is None
    assert table_count(services.db.path, "requests") == 1


def test_a_failure_mid_import_removes_the_written_rows(services: Services, admin: Actor) -> None:
    services.imports.batch_size = 3
    before = snapshot(services.db.path)

    def progress(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.imports.run(
            admin, services.imports.plan(admin, _many(10)), all_or_nothing=True, progress=progress
        )
    assert snapshot(services.db.path) == before
    assert audit_rows(services.db.path)[-1]["outcome"] == "failed"


CRASHING_CHILD = """
import os, sys
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services

services = open_services(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
admin = services.auth.login("paakayttaja", sys.argv[2])
services.imports.batch_size = 4
plan = services.imports.plan(admin, sys.stdin.buffer.read())

def crash(done, total):
    if done >= 8:
        os._exit(9)  # the power goes: no cleanup, no finally

services.imports.run(admin, plan, all_or_nothing=True, progress=crash)
"""


def test_an_import_cut_short_by_a_crash_is_undone_when_the_register_opens(
    services: Services, admin: Actor, customer: Any
) -> None:
    path = services.db.path
    before = snapshot(path)
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(path), ADMIN_PASSWORD],
        input=_many(10),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert table_count(path, "customers") == 1 + 8  # two batches were committed
    assert imports_rows(path) == [("running", 0, 0, 0, 0)]

    assert recover_interrupted_imports(services.db, services.audit) == [1]
    assert snapshot(path, tuple(t for t in TABLES if t != "settings")) == {
        t: v for t, v in before.items() if t != "settings"
    }
    assert imports_rows(path) == [("cancelled", 0, 0, 0, 0)]
    last = audit_rows(path)[-1]
    assert (last["action"], last["object_id"], last["outcome"]) == (
        "customer.import",
        1,
        "interrupted",
    )
    assert recover_interrupted_imports(services.db, services.audit) == []


def test_an_import_running_elsewhere_is_left_alone(services: Services, admin: Actor) -> None:
    """A second window opening the register must not undo an import that is still going."""
    services.imports.batch_size = 2
    plan = services.imports.plan(admin, _many(6))
    halfway, go_on = threading.Event(), threading.Event()
    outcome: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if done == 2:
            halfway.set()
            go_on.wait(30)

    def work() -> None:
        outcome["result"] = services.imports.run(
            admin, plan, all_or_nothing=True, progress=progress
        )

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert halfway.wait(30)
        assert recover_interrupted_imports(services.db, services.audit) == []
        assert table_count(services.db.path, "customers") == 2
    finally:
        go_on.set()
        worker.join(30)
    assert outcome["result"].imported == 6
    assert imports_rows(services.db.path) == [("done", 6, 0, 0, 0)]
