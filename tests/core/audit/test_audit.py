"""The audit log: what is recorded, and a hash chain that shows tampering with the raw file."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import GENESIS_HASH, Checkpoint, entry_hash
from l4d_desktop.core.audit.viewer import EXPORT_COLUMNS, AuditFilter
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    AuthenticationError,
    L4DError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import AUDIT_COLUMNS, audit_rows, raw_db


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


def tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change the file behind the program's back, as someone with the file would."""
    with raw_db(path) as conn:
        conn.execute("BEGIN")
        for sql, params in statements:
            conn.execute(sql, params)
        conn.execute("COMMIT")


def forged_hash(row: dict[str, object]) -> str:
    """What an attacker who knows the scheme computes for a row they write."""
    return entry_hash(**{k: row[k] for k in AUDIT_COLUMNS if k != "hash"})  # type: ignore[arg-type]


# -- what is recorded ----------------------------------------------------------------------------


def test_each_kind_of_event_is_recorded_with_ids_only(
    services: Services, admin: Actor, handler: Actor, reader: Actor, workload: int
) -> None:
    rows = audit_rows(services.db.path)
    events = [
        (r["actor_id"], r["action"], r["object_type"], r["object_id"], r["outcome"], r["detail"])
        for r in rows
    ]
    customer_id, request_id = 1, 1
    expected_tail = [
        (handler.user_id, "customer.create", "customer", customer_id, "ok", ""),
        (handler.user_id, "customer.update", "customer", customer_id, "ok", ""),
        (reader.user_id, "customer.view", "customer", customer_id, "ok", "customer_service"),
        (handler.user_id, "request.create", "request", request_id, "ok", "access"),
        (reader.user_id, "customer.create", "", None, "denied", "customers.edit"),
        (handler.user_id, "login", "user", handler.user_id, "failed", ""),
        (admin.user_id, "user.rights", "user", reader.user_id, "ok", "data.export:grant"),
    ]
    assert events[-len(expected_tail) :] == expected_tail
    # Before them: the first run, the logins and the user administration.
    actions = [e[1] for e in events[: -len(expected_tail)]]
    assert actions[:2] == ["user.create", "login"]
    assert actions.count("user.create") == 3
    assert actions.count("user.password_change") == 2


def test_entries_carry_utc_times_from_the_clock(services: Services, admin: Actor) -> None:
    first = audit_rows(services.db.path)[0]
    assert first["at"] == "2026-11-24T08:00:00.000000+00:00"


def test_the_chain_is_sha256_over_canonical_content_and_the_previous_hash(
    services: Services, admin: Actor
) -> None:
    rows = audit_rows(services.db.path)
    assert rows[0]["prev_hash"] == GENESIS_HASH
    for row in rows:
        content = {k: row[k] for k in AUDIT_COLUMNS if k != "hash"}
        canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        assert row["hash"] == hashlib.sha256(canonical.encode("ascii")).hexdigest()
    for earlier, later in itertools.pairwise(rows):
        assert later["prev_hash"] == earlier["hash"]


# -- verification --------------------------------------------------------------------------------


def test_an_untouched_log_verifies(services: Services, admin: Actor, workload: int) -> None:
    result = services.maintenance.verify_audit(admin)
    assert result.ok
    assert result.first_broken_id is None
    assert result.count == workload
    assert result.head_hash == audit_rows(services.db.path)[workload - 1]["hash"]
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["outcome"]) == ("audit.verify", "ok")


def test_a_modified_entry_is_found(services: Services, admin: Actor, workload: int) -> None:
    # Someone turns the recorded denial into a success.
    denied = next(r for r in audit_rows(services.db.path) if r["outcome"] == "denied")
    tamper(services.db.path, ("UPDATE audit_log SET outcome = 'ok' WHERE id = ?", (denied["id"],)))
    result = services.audit.verify()
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (denied["id"], "modified")
    assert result.count == denied["id"] - 1  # entries before it are still sound


def test_a_modified_entry_with_a_recomputed_hash_breaks_the_next_link(
    services: Services, workload: int
) -> None:
    rows = audit_rows(services.db.path)
    target = rows[5]
    changed = dict(target, actor_id=999)
    tamper(
        services.db.path,
        (
            "UPDATE audit_log SET actor_id = ?, hash = ? WHERE id = ?",
            (999, forged_hash(changed), target["id"]),
        ),
    )
    result = services.audit.verify()
    assert not result.ok
    assert result.first_broken_id == target["id"] + 1


def test_a_deleted_entry_in_the_middle_is_found(
    services: Services, admin: Actor, workload: int
) -> None:
    middle = workload // 2
    tamper(services.db.path, ("DELETE FROM audit_log WHERE id = ?", (middle,)))
    result = services.maintenance.verify_audit(admin)
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (middle + 1, "deleted_or_inserted")
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["outcome"], last["object_id"]) == (
        "audit.verify",
        "broken",
        middle + 1,
    )


def _insert_at(path: Path, position: int, row: dict[str, object]) -> None:
    """Make room at `position` by renumbering the later entries, then write `row` there."""
    cols = ", ".join(AUDIT_COLUMNS)
    marks = ", ".join("?" for _ in AUDIT_COLUMNS)
    tamper(
        path,
        ("UPDATE audit_log SET id = -id - 1 WHERE id >= ?", (position,)),
        ("UPDATE audit_log SET id = -id WHERE id < 0", ()),
        (f"INSERT INTO audit_log ({cols}) VALUES ({marks})", tuple(row[c] for c in AUDIT_COLUMNS)),
    )


def test_an_inserted_entry_is_found(services: Services, workload: int) -> None:
    rows = audit_rows(services.db.path)
    k = 4
    fake = dict(rows[k - 1], id=k, action="customer.view", prev_hash=rows[k - 2]["hash"])
    fake["hash"] = "f" * 64
    _insert_at(services.db.path, k, fake)
    result = services.audit.verify()
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (k, "modified")


def test_an_inserted_entry_with_a_forged_hash_is_found_at_its_successor(
    services: Services, workload: int
) -> None:
    # Whoever knows the scheme can make the inserted entry itself look right; the entry that
    # followed it still points at its old predecessor.
    rows = audit_rows(services.db.path)
    k = 4
    fake = dict(rows[k - 1], id=k, action="customer.view", prev_hash=rows[k - 2]["hash"])
    fake["hash"] = forged_hash(fake)
    _insert_at(services.db.path, k, fake)
    result = services.audit.verify()
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (k + 1, "deleted_or_inserted")


def test_an_entry_appended_with_a_gap_is_found(services: Services, workload: int) -> None:
    last = audit_rows(services.db.path)[-1]
    fake = dict(last, id=last["id"] + 5, prev_hash=last["hash"])
    fake["hash"] = forged_hash(fake)
    cols = ", ".join(AUDIT_COLUMNS)
    marks = ", ".join("?" for _ in AUDIT_COLUMNS)
    tamper(
        services.db.path,
        (f"INSERT INTO audit_log ({cols}) VALUES ({marks})", tuple(fake[c] for c in AUDIT_COLUMNS)),
    )
    assert services.audit.verify().first_broken_id == last["id"] + 5


# -- checkpoints and truncation ------------------------------------------------------------------


def test_checkpoint_file_is_owner_only_and_names_the_head(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "checkpoint.json"
    cp = services.maintenance.write_checkpoint(admin, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    rows = audit_rows(services.db.path)
    assert (cp.head_id, cp.head_hash, cp.count) == (workload, rows[workload - 1]["hash"], workload)
    assert Checkpoint.from_file(path) == cp
    # Writing the checkpoint is itself audited, after the head it names.
    assert (rows[-1]["action"], rows[-1]["object_id"]) == ("audit.checkpoint", workload)
    assert services.maintenance.verify_audit(admin, cp).ok


def test_truncation_is_found_against_an_earlier_checkpoint(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "checkpoint.json"
    services.maintenance.write_checkpoint(admin, path)
    services.customers.count(admin)
    # Cut off the newest entries, including some the checkpoint covers.
    tamper(services.db.path, ("DELETE FROM audit_log WHERE id > ?", (workload - 3,)))

    # The chain that is left is internally consistent: without the checkpoint nothing shows.
    assert services.audit.verify().ok
    result = services.maintenance.verify_audit(admin, Checkpoint.from_file(path))
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (workload, "truncated")
    assert result.count == workload - 3


def test_truncation_followed_by_new_entries_is_found(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "checkpoint.json"
    services.maintenance.write_checkpoint(admin, path)
    tamper(services.db.path, ("DELETE FROM audit_log WHERE id > ?", (workload - 3,)))
    # The program keeps working and refills the same ids with new entries.
    for _ in range(5):
        add_customer(services, admin, "Täyte Asiakas")
    assert services.audit.verify().ok
    result = services.audit.verify(Checkpoint.from_file(path))
    assert not result.ok
    assert (result.first_broken_id, result.reason) == (workload, "checkpoint_mismatch")


def test_entries_after_the_checkpoint_are_fine(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "checkpoint.json"
    services.maintenance.write_checkpoint(admin, path)
    for _ in range(3):
        add_customer(services, admin, "Uusi Asiakas")
    assert services.audit.verify(Checkpoint.from_file(path)).ok


def test_an_unreadable_checkpoint_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"head_id": "x"}', encoding="utf-8")
    with pytest.raises(L4DError) as info:
        Checkpoint.from_file(bad)
    assert info.value.code == "checkpoint_invalid"
    with pytest.raises(L4DError):
        Checkpoint.from_file(tmp_path / "missing.json")


# -- the audit viewer --------------------------------------------------------------------------


def test_the_viewer_pages_newest_first_with_the_staff_member_s_name(
    services: Services, admin: Actor, handler: Actor, workload: int
) -> None:
    first = services.audit_viewer.page(admin, limit=3)
    assert first.total == workload
    assert [r.id for r in first.records] == [workload, workload - 1, workload - 2]
    assert first.next_before_id == workload - 2
    newest = first.records[0]
    assert (newest.action, newest.actor_id, newest.actor_username, newest.actor_name) == (
        "user.rights",
        admin.user_id,
        "paakayttaja",
        "Jouni Ojala",
    )
    assert newest.at.tzinfo is not None and newest.object_type == "user"
    seen = [r.id for r in first.records]
    before = first.next_before_id
    while before is not None:
        page = services.audit_viewer.page(admin, before_id=before, limit=3)
        assert page.total == workload
        seen += [r.id for r in page.records]
        before = page.next_before_id
    assert seen == list(range(workload, 0, -1))
    # A failed login of nobody in particular names no one.
    nobody = services.audit_viewer.page(admin, AuditFilter(user_id=None, outcome="failed"))
    assert all(r.actor_username in ("", "kasittelija") for r in nobody.records)


def test_the_viewer_filters_by_user_customer_action_and_time(
    services: Services, admin: Actor, handler: Actor, reader: Actor, clock: FakeClock
) -> None:
    maija = add_customer(services, handler, "Maija Meikäläinen")
    other = add_customer(services, handler, "Matti Muu")
    clock.advance(hours=1)
    middle = clock.now
    services.customers.view(reader, maija.id)
    services.customers.view(reader, other.id)
    request = services.requests.register(
        handler, RequestInput("access", dt.date(2026, 11, 20), "email", maija.id)
    )
    clock.advance(hours=1)
    services.customers.view(handler, maija.id)

    def ids(where: AuditFilter) -> list[tuple[str, int | None, int | None]]:
        page = services.audit_viewer.page(admin, where)
        assert page.total == len(page.records)
        return [(r.action, r.actor_id, r.object_id) for r in page.records]

    assert ids(AuditFilter(customer_id=maija.id)) == [
        ("customer.view", handler.user_id, maija.id),
        ("request.create", handler.user_id, request.id),
        ("customer.view", reader.user_id, maija.id),
        ("customer.create", handler.user_id, maija.id),
    ]
    assert ids(AuditFilter(user_id=reader.user_id, action="customer.view")) == [
        ("customer.view", reader.user_id, other.id),
        ("customer.view", reader.user_id, maija.id),
    ]
    assert [a for a, _, _ in ids(AuditFilter(action="customer."))] == [
        "customer.view",
        "customer.view",
        "customer.view",
        "customer.create",
        "customer.create",
    ]
    window = AuditFilter(since=middle, until=middle + dt.timedelta(hours=1))
    assert [a for a, _, _ in ids(window)] == ["request.create", "customer.view", "customer.view"]
    assert "customer.view" in services.audit_viewer.actions(admin)
    staff = services.audit_viewer.staff(admin)
    assert [(s.username, s.active) for s in staff] == [
        ("kasittelija", True),
        ("lukija", True),
        ("paakayttaja", True),
    ]
    with pytest.raises(ValidationError):
        services.audit_viewer.page(admin, AuditFilter(since=dt.datetime(2026, 11, 24)))
    with pytest.raises(ValidationError):
        services.audit_viewer.page(admin, limit=0)


def test_an_audit_reader_without_users_admin_may_browse(
    services: Services, admin: Actor, handler: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.audit_viewer.page(handler)
    services.users.set_right(admin, handler.user_id, "audit.read", True)
    assert services.audit_viewer.page(handler).total > 0
    assert services.audit_viewer.staff(handler)


def test_export_writes_an_owner_only_csv_with_the_chain_and_is_audited(
    services: Services, admin: Actor, workload: int, tmp_path: Path
) -> None:
    path = tmp_path / "audit.csv"
    count = services.audit_viewer.export_csv(admin, path)
    assert count == workload
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    raw = audit_rows(services.db.path)
    assert [r["hash"] for r in rows] == [r["hash"] for r in raw[:workload]]
    assert rows[0]["actor_username"] == "paakayttaja"
    last = raw[-1]
    assert (last["action"], last["actor_id"], last["detail"]) == (
        "audit.export",
        admin.user_id,
        f"rows={workload}",
    )
    only_logins = services.audit_viewer.export_csv(
        admin, tmp_path / "logins.csv", AuditFilter(action="login")
    )
    assert only_logins == sum(1 for r in raw if r["action"] == "login")


def test_export_needs_audit_read_and_data_export(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    # The second admin keeps users.admin while the first gives up data.export.
    services.users.set_right(admin, admin.user_id, "data.export", False)
    with pytest.raises(PermissionDenied) as info:
        services.audit_viewer.export_csv(admin, tmp_path / "audit.csv")
    assert info.value.right == "data.export"
    assert not (tmp_path / "audit.csv").exists()
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["outcome"], last["detail"]) == (
        "audit.export",
        "denied",
        "data.export",
    )


def test_an_export_to_an_unwritable_place_is_a_clear_error(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    with pytest.raises(L4DError) as info:
        services.audit_viewer.export_csv(admin, tmp_path / "no-such-folder" / "audit.csv")
    assert info.value.code == "audit_export_failed"
