"""`maintenance scrub`, and what `request erase --yes` says when a reader keeps the checkpoint
busy: the exact command that finishes it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.erasure.purge import KeptVoucherPurge
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.users import HANDLER_PASSWORD

EMAIL = "ake@kanaria.example"


@pytest.fixture
def erasure_id(services: Services, admin: Actor) -> int:
    c = add_customer(services, admin, "Åke Zyxwäinen", email=EMAIL, phone="040 765 4321")
    r = services.requests.register(
        admin, RequestInput("erasure", dt.date(2026, 11, 20), "email", c.id)
    )
    services.letters.issue(admin, r.id, "erasure", "fi", "save")
    return r.id


def test_a_busy_reader_makes_the_erasure_name_the_command_that_finishes_it(
    as_admin: Cli, erasure_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KeptVoucherPurge, "scrub_attempts", 2)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customers").fetchone()
    try:
        result = as_admin("request", "erase", str(erasure_id), "--yes")
        assert result.code == 1
        assert "checkpoint of the database file and WAL: NOT done" in result.out
        line = result.error_line
        assert "then run `l4d maintenance scrub` (with the same --db)" in line
        assert EMAIL.encode() in db_path.with_name(db_path.name + "-wal").read_bytes()
        busy = as_admin("maintenance", "scrub")
        assert busy.code == 1 and "l4d maintenance scrub" in busy.error_line
    finally:
        reader.execute("COMMIT")
        reader.close()
    done = as_admin("maintenance", "scrub")
    assert done.code == 0, done.err
    assert done.out.startswith("checkpoint of the database file and WAL: done")
    assert not db_path.with_name(db_path.name + ".scrub-pending").exists()
    wal = db_path.with_name(db_path.name + "-wal")
    assert EMAIL.encode() not in db_path.read_bytes()
    assert not wal.exists() or EMAIL.encode() not in wal.read_bytes()


def test_a_handler_may_not_run_the_scrub(cli: Cli, services: Services, admin: Actor) -> None:
    from tests.helpers.users import make_user

    make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)
    result = cli(
        "--user",
        "kasittelija",
        "--password-stdin",
        "maintenance",
        "scrub",
        stdin=f"{HANDLER_PASSWORD}\n",
    )
    assert result.code == 1
    assert "customers.erase" in result.error_line or "right" in result.error_line


def test_maintenance_needs_an_action(as_admin: Cli, admin: Actor) -> None:
    assert as_admin("maintenance").code == 2
