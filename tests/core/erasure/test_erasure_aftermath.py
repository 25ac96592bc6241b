"""After an erasure: a busy checkpoint finished later, kept vouchers purged when their time is
up, the scan that finds what a plain delete leaves, and events imported meanwhile."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import PermissionDenied, ValidationError
from l4d_desktop.core.services import Services
from tests.core.erasure.erased_person import (
    EMAIL,
    IPS,
    RECTIFIED_NAME,
    file_bytes,
    found_in,
    identifiers,
    make_person,
    sql_hits,
)
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db

# -- the checkpoint -------------------------------------------------------------------------------


def test_a_busy_checkpoint_is_reported_and_finished_later(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=0, events=5)
    path = services.db.path
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.scrub_attempts = 3
    # Another program reading an older snapshot keeps the WAL from being folded in.
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()
    try:
        result = services.erasure.run(admin, p.erasure_id, plan.token)
        assert result.scrub is not None
        assert (result.scrub.ok, result.scrub.attempts, result.scrub.busy) == (False, 3, 1)
        # The erasure itself is saved.
        with raw_db(path) as conn:
            assert conn.execute(
                "SELECT count(*) FROM customers WHERE id = ?", (p.customer.id,)
            ).fetchone() == (0,)
        # … but the WAL still holds earlier versions of its pages, with the person in them.
        assert EMAIL in found_in(file_bytes(path), identifiers())
    finally:
        reader.execute("COMMIT")
        reader.close()
    outcome = services.erasure.scrub(admin)
    assert outcome.ok and outcome.wal_bytes == 0
    assert found_in(file_bytes(path), identifiers()) == []
    assert audit_rows(path)[-1]["action"] == "erasure.scrub"
    assert services.audit.verify().ok


# -- the purge queue ------------------------------------------------------------------------------


def test_kept_vouchers_are_purged_the_day_after_their_keeping_time(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    p = make_person(services, admin, invoices=2, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    path = services.db.path
    assert services.erasure.purge_due(admin).purged == ()
    with pytest.raises(ValidationError):
        services.erasure.purge_due(admin, dt.date(2031, 1, 1))  # not before the day comes
    with pytest.raises(PermissionDenied):
        services.erasure.purge_queue(handler)
    with pytest.raises(PermissionDenied):
        services.erasure.purge_due(handler)

    clock.now = dt.datetime(2030, 12, 31, 12, 0, tzinfo=dt.UTC)
    assert [q.due for q in services.erasure.purge_queue(admin)] == [False, False]
    assert services.erasure.purge_due(admin).purged == ()
    clock.now = dt.datetime(2031, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert [q.due for q in services.erasure.purge_queue(admin)] == [True, True]
    result = services.erasure.purge_due(admin)
    assert len(result.purged) == 2 and result.scrub is not None and result.scrub.ok
    assert services.erasure.purge_queue(admin) == []
    entries = [r for r in audit_rows(path) if r["action"] == "invoice.purge"]
    assert sorted(r["object_id"] for r in entries) == sorted(result.purged)
    assert services.audit.verify().ok
    assert found_in(file_bytes(path), identifiers()) == []


def test_the_scan_finds_what_a_plain_delete_leaves_behind(services: Services, admin: Actor) -> None:
    """The byte scan is able to fail: the same rows deleted by plain SQL (no secure_delete)
    leave the person in the file even after a checkpoint."""
    p = make_person(services, admin, invoices=0, events=5)
    path = services.db.path
    services.db.dispose()
    with raw_db(path) as conn:
        # This machine's SQLite is built with secure_delete on by default: turn it off.
        conn.execute("PRAGMA secure_delete=OFF")
        conn.execute("BEGIN")
        for table in ("consent_events", "objections", "web_events"):
            conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (p.customer.id,))
        conn.execute(
            "UPDATE requests SET customer_id = NULL, requester_text = '', requester_name = '', "
            "requester_contact = '', identity_note = '', extension_reason = '', "
            "refusal_reason = '', assessment = ''"
        )
        conn.execute("UPDATE request_pauses SET reason = ''")
        conn.execute("UPDATE recipient_notices SET reason = ''")
        conn.execute("DELETE FROM customers WHERE id = ?", (p.customer.id,))
        conn.execute("COMMIT")
        assert sql_hits(path, identifiers(), set()) == []
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert {EMAIL, RECTIFIED_NAME, IPS[0]} <= set(found_in(file_bytes(path), identifiers()))


def test_events_imported_while_their_person_is_erased_are_reported_not_written(
    services: Services, admin: Actor, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import matches every row before its first batch; the person is erased between two
    batches (from the progress report, i.e. after the first batch has committed)."""
    import l4d_desktop.core.customers.web_events as web_events

    p = make_person(services, admin, invoices=0, events=0)
    monkeypatch.setattr(web_events, "BATCH", 1)
    data = (
        "email,time\n"
        f"{customer.email},2026-11-01T08:00:00Z\n"
        f"{EMAIL},2026-11-02T08:00:00Z\n"
        f"{customer.email},2026-11-03T08:00:00Z\n"
        f"{EMAIL},2026-11-04T08:00:00Z\n"
    ).encode()
    erased: list[bool] = []

    def erase_after_the_first_batch(done: int, total: int) -> None:
        if done == 1:
            plan = services.erasure.plan(admin, p.erasure_id)
            services.erasure.run(admin, p.erasure_id, plan.token)
            erased.append(True)

    result = services.events.import_file(
        admin, data, "events.csv", progress=erase_after_the_first_batch
    )

    assert erased == [True]
    assert result.imported == 2
    assert [(u.row, u.field, u.code) for u in result.unmatched] == [
        (3, "email", "customer_unmatched"),
        (5, "email", "customer_unmatched"),
    ]
    assert services.events.count(admin, customer.id) == 2
    with raw_db(services.db.path) as db:
        assert (
            db.execute(
                "SELECT count(*) FROM web_events WHERE customer_id = ?", (p.customer.id,)
            ).fetchone()[0]
            == 0
        )
    entry = [r for r in audit_rows(services.db.path) if r["action"] == "events.import"][-1]
    assert entry["detail"] == "imported=2,rejected=2"
