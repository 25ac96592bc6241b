"""Web events linked to customers: matching by email or number, imports cancelled, failed or cut
short by a crash, and paging."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.customers.web_events import recover_interrupted_event_imports
from l4d_desktop.core.errors import (
    L4DError,
)
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import ADMIN_PASSWORD

# -- web events ---------------------------------------------------------------------------------


def test_web_events_are_linked_by_email_or_number_and_unmatched_rows_reported(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    other = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    data = (
        "email;customer_number;time;ip;referrer;page;link;banner;user_agent\n"
        "MAIJA@example.fi;;2026-11-01T10:00:00+02:00;192.0.2.7;https://haku.example/;/hinnasto;"
        "/tilaa;syksy-banneri;Firefox\n"
        f";{other.customer_number};2026-11-02T08:00:00Z;2001:db8:0:0::1;;/;;;Safari\n"
        "tuntematon@example.fi;;2026-11-03T08:00:00Z;;;/;;;\n"
        "maija@example.fi;;eilen;;;/;;;\n"
    ).encode()
    result = services.events.import_file(admin, data, "verkko.csv")
    assert result.imported == 2
    assert [(p.row, p.field, p.code) for p in result.unmatched] == [
        (4, "email", "customer_unmatched")
    ]
    assert [(p.row, p.field, p.code) for p in result.problems] == [(5, "time", "time_invalid")]
    assert result.rejected == 2
    events = services.events.list_events(admin, customer.id)
    assert [(e.at, e.ip, e.page, e.banner) for e in events] == [
        (dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC), "192.0.2.7", "/hinnasto", "syksy-banneri")
    ]
    assert services.events.list_events(admin, other.id)[0].ip == "2001:db8::1"
    assert services.events.count(admin, other.id) == 1
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["detail"]) == ("events.import", "imported=2,rejected=2")


def test_an_email_two_customers_share_links_no_event(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    add_customer(services, admin, "Matti Meikäläinen", email="Maija@example.fi")
    result = services.events.import_file(
        admin, b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\n", "e.csv"
    )
    assert result.imported == 0
    assert [(p.row, p.code) for p in result.unmatched] == [(2, "customer_ambiguous")]


def test_a_cancelled_event_import_leaves_nothing(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import l4d_desktop.core.customers.web_events as web_events

    monkeypatch.setattr(web_events, "BATCH", 2)
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))
    data = ("email,time\n" + rows).encode()
    calls = iter([False, True])
    with pytest.raises(L4DError) as info:
        services.events.import_file(admin, data, "e.csv", cancelled=lambda: next(calls))
    assert info.value.code == "import_cancelled"
    assert table_count(services.db.path, "web_events") == 0
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT status FROM imports").fetchall() == [("cancelled",)]


def test_a_failed_event_import_leaves_nothing_and_says_so(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    import l4d_desktop.core.customers.web_events as web_events

    monkeypatch.setattr(web_events, "BATCH", 2)
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))

    def progress(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.events.import_file(
            admin, ("email,time\n" + rows).encode(), "e.csv", progress=progress
        )
    assert table_count(services.db.path, "web_events") == 0
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT status FROM imports").fetchall() == [("cancelled",)]
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["outcome"]) == ("events.import", "failed")
    assert not list(services.db.path.parent.glob("*.lock"))


CRASHING_EVENT_IMPORT = """
import os, sys
import l4d_desktop.core.customers.web_events as web_events
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services

services = open_services(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
admin = services.auth.login("paakayttaja", sys.argv[2])
web_events.BATCH = 2

def crash(done, total):
    if done >= 4:
        os._exit(9)  # the power goes: no cleanup, no finally

services.events.import_file(admin, sys.stdin.buffer.read(), "e.csv", progress=crash)
"""


def test_an_event_import_cut_short_by_a_crash_is_undone_when_the_register_opens(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    path = services.db.path
    rows = "".join(f"maija@example.fi,2026-11-0{d}T08:00:00Z\n" for d in range(1, 7))
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_EVENT_IMPORT, str(path), ADMIN_PASSWORD],
        input=("email,time\n" + rows).encode(),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=120,
        check=False,
    )
    assert child.returncode == 9, child.stderr.decode()
    assert table_count(path, "web_events") == 4  # two batches were committed
    # The next start of the program (any window, the command line) finds and undoes it.
    reopened = open_services(path, clock=FakeClock(dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC)))
    try:
        assert table_count(path, "web_events") == 0
        with raw_db(path) as conn:
            assert conn.execute("SELECT kind, status FROM imports").fetchall() == [
                ("events", "cancelled")
            ]
        entry = audit_rows(path)[-1]
        assert (entry["action"], entry["outcome"]) == ("events.import", "interrupted")
        assert recover_interrupted_event_imports(reopened.db, reopened.audit) == []
    finally:
        reopened.db.dispose()


def test_json_events_and_paging_newest_first(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    events = [
        {"customer_number": customer.customer_number, "time": f"2026-10-{d:02d}T12:00:00Z"}
        for d in range(1, 31)
    ]
    result = services.events.import_file(admin, json.dumps(events).encode(), "export.json")
    assert result.imported == 30
    first = services.events.list_events(admin, customer.id, 0, 10)
    second = services.events.list_events(admin, customer.id, 10, 10)
    assert first[0].at.day == 30 and second[0].at.day == 20
