"""audit verify (and tampering found), audit checkpoint, audit export."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.anchor import ANCHOR_DIR_ENV
from tests.cli.conftest import Cli
from tests.helpers.users import HANDLER_PASSWORD


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The chain's anchors in the test's own folder, outside the database's folder."""
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder


def _tamper(db_path: Path, sql: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_audit_verify_passes_then_finds_a_modified_entry(
    as_admin: Cli, admin: Actor, db_path: Path
) -> None:
    ok = as_admin("audit", "verify")
    assert ok.code == 0, ok.err
    assert ok.out.startswith("audit log OK: ") and ok.out.count("\n") == 1

    _tamper(db_path, "UPDATE audit_log SET outcome = 'failed' WHERE id = 2")
    broken = as_admin("audit", "verify")
    assert broken.code == 1
    assert broken.out == "audit log BROKEN at entry 2: modified\n"


def test_audit_verify_finds_a_deleted_entry(as_admin: Cli, admin: Actor, db_path: Path) -> None:
    _tamper(db_path, "DELETE FROM audit_log WHERE id = 1")
    broken = as_admin("audit", "verify")
    assert broken.code == 1
    assert "BROKEN at entry 2: deleted_or_inserted" in broken.out


def test_checkpoint_then_verify_against_it_and_find_a_cut_off_tail(
    as_admin: Cli, admin: Actor, db_path: Path, tmp_path: Path, anchors: Path
) -> None:
    cp_file = tmp_path / "audit-head.json"
    written = as_admin("audit", "checkpoint", str(cp_file))
    assert written.code == 0, written.err
    head = json.loads(cp_file.read_text(encoding="utf-8"))
    assert f"entry {head['head_id']}" in written.out
    assert stat.S_IMODE(cp_file.stat().st_mode) == 0o600

    ok = as_admin("audit", "verify", "--checkpoint", str(cp_file))
    assert ok.code == 0, ok.out
    assert f"matches checkpoint at entry {head['head_id']}" in ok.out

    _tamper(db_path, f"DELETE FROM audit_log WHERE id >= {head['head_id'] - 1}")
    # The anchor the program keeps outside the database finds the cut by itself…
    anchored = as_admin("audit", "verify")
    assert anchored.code == 1
    assert anchored.out.startswith("audit log BROKEN at entry ")
    assert anchored.out.endswith(": truncated\n")
    # …but with the anchor lost too, the chain left verifies on its own…
    for anchor in anchors.iterdir():
        anchor.unlink()
    # …(the next login appends new entries at the cut)…
    alone = as_admin("audit", "verify")
    assert alone.code == 0, alone.out
    # …but not against the checkpoint.
    broken = as_admin("audit", "verify", "--checkpoint", str(cp_file))
    assert broken.code == 1
    assert f"BROKEN at entry {head['head_id']}" in broken.out


def test_an_unreadable_checkpoint_is_one_error_line(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    bad = tmp_path / "cp.json"
    bad.write_text("{ not json", encoding="utf-8")
    result = as_admin("audit", "verify", "--checkpoint", str(bad))
    assert result.code == 1
    assert "checkpoint file cannot be read" in result.error_line
    missing = as_admin("audit", "verify", "--checkpoint", str(tmp_path / "nope.json"))
    assert missing.code == 1
    assert "checkpoint file cannot be read" in missing.error_line


def test_audit_commands_need_audit_read(cli: Cli, handler: Actor, tmp_path: Path) -> None:
    for argv in (("audit", "verify"), ("audit", "checkpoint", str(tmp_path / "cp.json"))):
        result = cli(
            "--user", "kasittelija", "--password-stdin", *argv, stdin=HANDLER_PASSWORD + "\n"
        )
        assert result.code == 1
        assert "audit.read" in result.error_line
    assert not (tmp_path / "cp.json").exists()


def test_audit_export_writes_the_log_as_csv(
    as_admin: Cli, cli: Cli, admin: Actor, handler: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "audit.csv"
    result = as_admin("audit", "export", str(path))
    assert result.code == 0, result.err
    assert result.out.endswith(f"audit entries written to {path}\n")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,at,actor_id,actor_username,actor_name,action")
    assert int(result.out.split()[0]) == len(lines) - 1
    denied = cli("--user", "kasittelija", "--password-stdin", "audit", "export",
                 str(tmp_path / "h.csv"), stdin=HANDLER_PASSWORD + "\n")  # fmt: skip
    assert denied.code == 1 and "audit.read" in denied.error_line
    assert not (tmp_path / "h.csv").exists()


def test_a_deleted_log_and_forged_appended_entries_are_found_by_the_anchor(
    as_admin: Cli, admin: Actor, db_path: Path, anchors: Path
) -> None:
    assert as_admin("audit", "verify").code == 0
    # The anchor lives outside the database's folder, one owner-only file per database.
    (anchor,) = anchors.iterdir()
    assert db_path.parent not in anchor.parents
    assert stat.S_IMODE(anchor.stat().st_mode) == 0o600
    _tamper(db_path, "DELETE FROM audit_log")
    gone = as_admin("audit", "verify")
    assert gone.code == 1
    assert gone.out.endswith(": truncated\n"), gone.out


def test_entries_appended_behind_the_program_s_back_are_found(
    as_admin: Cli, admin: Actor, db_path: Path
) -> None:
    from l4d_desktop.core.audit.log import entry_hash

    conn = sqlite3.connect(db_path)
    try:
        head_id, head_hash = conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        row = {
            "id": head_id + 1,
            "at": "2026-11-24T09:00:00.000000+00:00",
            "actor_id": 1,
            "action": "customer.view",
            "object_type": "customer",
            "object_id": 1,
            "outcome": "ok",
            "detail": "customer_service",
            "prev_hash": head_hash,
        }
        conn.execute(
            "INSERT INTO audit_log (id, at, actor_id, action, object_type, object_id, outcome,"
            " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row.values(), entry_hash(**row)),  # type: ignore[arg-type]
        )
        conn.commit()
    finally:
        conn.close()
    forged = as_admin("audit", "verify")
    assert forged.code == 1
    assert forged.out == f"audit log BROKEN at entry {head_id + 1}: unanchored\n"


def test_a_malformed_entry_is_reported_by_number(
    as_admin: Cli, admin: Actor, db_path: Path
) -> None:
    _tamper(db_path, "UPDATE audit_log SET detail = x'00ff' WHERE id = 2")
    broken = as_admin("audit", "verify")
    assert broken.code == 1
    assert broken.out == "audit log BROKEN at entry 2: malformed\n"
    assert broken.err == ""
