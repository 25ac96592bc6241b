"""The audit log: what is recorded, a hash chain that shows tampering with the raw file, and
checkpoints that show truncation."""

from __future__ import annotations

import hashlib
import itertools
import json
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import GENESIS_HASH, Checkpoint, entry_hash
from l4d_desktop.core.errors import (
    L4DError,
)
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import AUDIT_COLUMNS, audit_rows, raw_db


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
