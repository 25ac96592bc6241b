"""`retention due|run`: the purge queue on the command line, for the pääkäyttäjä only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import WebEvent
from tests.cli.conftest import Cli
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_maija
from tests.helpers.database import table_count
from tests.helpers.users import HANDLER_PASSWORD


def old_events(services: Services, admin: Actor, clock: FakeClock, n: int) -> None:
    maija = add_maija(services, admin)
    with services.db.transaction() as s:
        for i in range(n):
            s.add(WebEvent(customer_id=maija.id, at=clock() - dt.timedelta(days=450, minutes=i)))


def test_due_lists_each_rule_and_run_needs_yes(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock
) -> None:
    old_events(services, admin, clock, 3)
    due = as_admin("retention", "due", "--format", "json")
    assert due.code == 0, due.err
    groups = {g["rule"]: g for g in json.loads(due.out)}
    assert groups["web_events"]["count"] == 3
    assert set(groups) >= {"inactive_customers", "closed_requests", "kept_invoices"}

    dry = as_admin("retention", "run", "--rule", "web_events")
    assert dry.code == 0 and table_count(services.db.path, "web_events") == 3
    done = as_admin("retention", "run", "--rule", "web_events", "--yes", "--format", "json")
    assert done.code == 0, done.err
    assert json.loads(done.out)["items"] == 3
    assert table_count(services.db.path, "web_events") == 0


def test_a_handler_is_refused(cli: Cli, handler: Actor) -> None:
    result = cli(
        "--user", "kasittelija", "--password-stdin", "retention", "run", "--yes",
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "users.admin" in result.error_line


def test_auto_run_without_confirmation_names_the_field(as_admin: Cli, admin: Actor) -> None:
    result = as_admin("retention", "set", "web_events", "--months", "0")
    assert result.code != 0
    assert "months" in result.err or "period_months" in result.error_line


def test_restore_checks_without_yes_and_restores_with_it(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    old_events(services, admin, clock, 5)
    backup = tmp_path / "b.sqlite3"
    assert as_admin("backup", str(backup)).code == 0
    assert as_admin("retention", "run", "--yes").code == 0
    target = services.db.path
    check = as_admin("restore", str(backup), "--to", str(target))
    assert check.code == 0, check.err
    assert "would replay 0 erasure(s) and 1 purge rule(s)" in check.out
    done = as_admin("restore", str(backup), "--to", str(target), "--yes")
    assert done.code == 0, done.err
    assert "replayed 0 erasure(s), 1 purge rule(s) removing 5 row(s)" in done.out
    assert table_count(target, "web_events") == 0
    verify = as_admin("audit", "verify")
    assert verify.code == 0, verify.err + verify.out


def test_report_annual_writes_the_pdf_and_the_register_csv(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "vuosiraportti-2026.pdf"
    done = as_admin("report", "annual", "--year", "2026", "--lang", "fi", "--out", str(out))
    assert done.code == 0, done.err
    csv_path = tmp_path / "vuosiraportti-2026-requests.csv"
    assert done.out == f"{out}\n{csv_path}\n"
    assert out.read_bytes().startswith(b"%PDF") and csv_path.is_file()
    again = as_admin("report", "annual", "--year", "2026", "--lang", "fi", "--out", str(out))
    assert again.code != 0 and "--force" in again.error_line
