"""A few runs as a real process (`python -m l4d_desktop`): exit codes, stdin, bytes, no traceback.

Each run uses the production argon2 cost (~0.1 s a hash), so there are only a handful.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from l4d_desktop import __version__
from tests.helpers.users import ADMIN_PASSWORD

pytestmark = pytest.mark.slow


def _l4d(
    *argv: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "l4d_desktop", *argv],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env={**os.environ, "LC_ALL": "C", **(env or {})},
        timeout=120,
    )


def _one_error_line(done: subprocess.CompletedProcess[bytes]) -> str:
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def test_version_and_usage_errors() -> None:
    version = _l4d("--version")
    assert (version.returncode, version.stdout, version.stderr) == (
        0,
        f"l4d {__version__}\n".encode(),
        b"",
    )
    usage = _l4d("request", "add", "--type", "nonsense")
    assert usage.returncode == 2
    assert "--type" in _one_error_line(usage)


def test_a_session_from_init_to_a_tampered_audit_log(tmp_path: Path) -> None:
    db = tmp_path / "data" / "l4d.sqlite3"
    env = {"L4D_DB": str(db)}  # no --db: the environment chooses the file
    init = ["init", "--admin", "paakayttaja", "--full-name", "Jouni Ojala", "--password-stdin"]
    first = _l4d(*init, stdin=ADMIN_PASSWORD + "\n", env=env)
    assert (first.returncode, first.stdout, first.stderr) == (0, b"1\n", b"")
    assert db.is_file()

    again = _l4d(*init, stdin=ADMIN_PASSWORD + "\n", env=env)
    assert again.returncode == 1
    assert "already has users" in _one_error_line(again)

    login = ["--user", "paakayttaja", "--password-stdin"]
    wrong = _l4d(*login, "customer", "list", stdin="väärä salasana\n", env=env)
    assert wrong.returncode == 1 and wrong.stdout == b""
    assert "Login failed" in _one_error_line(wrong)

    added = _l4d(
        *login, "customer", "add", "--name", "Äijä Öhman", "--company", "=1+1",
        stdin=ADMIN_PASSWORD + "\n", env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _l4d(*login, "customer", "list", "--format", "csv", stdin=ADMIN_PASSWORD, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith(b"\xef\xbb\xbfid,customer_number,name,")
    assert "Äijä Öhman".encode() in listed.stdout
    assert b",'=1+1," in listed.stdout
    assert listed.stdout.endswith(b"\r\n") and b"\r\r\n" not in listed.stdout

    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE audit_log SET action = 'customer.view' WHERE id = 3")
        conn.commit()
    finally:
        conn.close()
    verify = _l4d(*login, "audit", "verify", stdin=ADMIN_PASSWORD + "\n", env=env)
    assert verify.returncode == 1
    assert verify.stdout == b"audit log BROKEN at entry 3: modified\n"
    assert b"Traceback" not in verify.stderr


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"Not a database at all. " * 200)
    done = _l4d("--db", str(junk), "--user", "x", "--password-stdin", "user", "list", stdin="x\n")
    assert done.returncode == 1
    assert "cannot be opened" in _one_error_line(done)
