"""Restore: a backup brought back never brings back the erased or the purged; a journal that
cannot be read refuses it, and a damaged or foreign file is refused before anything changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.erasure.consent_purge import plan_consent_purge, run_consent_purge
from l4d_desktop.core.errors import StorageError
from l4d_desktop.core.retention.restore import restore_backup
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store.erasure_journal import ErasureJournal, journal_path
from l4d_desktop.core.store.migrate import revision_before
from tests.core.erasure.erased_person import EMAIL, file_bytes, make_person
from tests.core.retention.test_retention_run import OLD_AGENT, add_events
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_maija
from tests.helpers.database import audit_rows, table_count
from tests.helpers.users import cheap_hasher


def test_a_restored_backup_forgets_again_whoever_was_erased_or_purged_after_it(
    services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    maija = add_maija(services, admin)
    add_events(services, maija.id, clock() - dt.timedelta(days=500), 7, OLD_AGENT)
    person = make_person(services, admin, invoices=0)
    backup = services.maintenance.backup(admin, tmp_path / "backups" / "b.sqlite3")
    assert EMAIL.encode() in backup.read_bytes()

    clock.advance(hours=1)
    plan = services.erasure.plan(admin, person.erasure_id)
    services.erasure.run(admin, person.erasure_id, plan.token)
    services.retention.run(admin, "web_events")
    report = services.retention.restore(admin, backup)  # over the database itself

    assert (report.erasures_replayed, report.purges_replayed, report.rows_removed) == (1, 1, 7)
    path = services.db.path
    assert table_count(path, "web_events") == 0
    assert EMAIL.encode() not in file_bytes(path)
    assert not list(path.parent.glob("*.before-restore-*")) and not list(
        path.parent.glob("*.restoring*")
    )
    # Opened again: the audit chain verifies from its re-set anchor, the restore is on it.
    reopened = open_services(path, clock=clock, hasher=cheap_hasher())
    try:
        assert reopened.audit.problem is None
        assert reopened.maintenance.verify_audit(admin).ok
        assert reopened.customers.count(admin, "") == 1  # Maija only
    finally:
        reopened.db.dispose()
    restore = [r for r in audit_rows(path) if r["action"] == "db.restore"]
    assert [r["detail"] for r in restore] == ["replayed:1+1+0"]


def test_a_restored_backup_purges_again_what_relied_on_a_consent_withdrawn_after_it(
    services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    maija = add_maija(services, admin)
    for purpose in ("ad_targeting", "analytics"):
        services.consents.record(admin, maija.id, purpose, True, "web_form")
    add_events(services, maija.id, clock() - dt.timedelta(days=30), 4, OLD_AGENT)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    assert OLD_AGENT.encode() in backup.read_bytes()

    clock.advance(hours=1)
    for purpose in ("ad_targeting", "analytics"):
        services.consents.record(admin, maija.id, purpose, False, "email")
    plan = services.consent_purge.plan(admin, maija.id, ["ad_targeting", "analytics"])
    services.consent_purge.run(admin, maija.id, ["ad_targeting", "analytics"], plan.token)
    (entry,) = ErasureJournal(services.db.path).entries()
    assert (entry.kind, entry.ref, entry.purposes, entry.state) == (
        "consent",
        str(maija.id),
        ("ad_targeting", "analytics"),
        "done",
    )
    assert "Maija" not in journal_path(services.db.path).read_text()

    preview = services.retention.preview_restore(admin, backup)
    assert (preview.erasures, preview.purges, preview.consent_purges) == (0, 0, 1)
    report = services.retention.restore(admin, backup)
    assert (report.consent_purges_replayed, report.rows_removed) == (1, 4)
    path = services.db.path
    assert table_count(path, "web_events") == 0
    assert OLD_AGENT.encode() not in file_bytes(path)
    restore = [r for r in audit_rows(path) if r["action"] == "db.restore"]
    assert [r["detail"] for r in restore] == ["replayed:0+0+1"]


def test_a_consent_purge_that_rolls_back_leaves_its_journal_entry_void(
    services: Services, admin: Actor
) -> None:
    maija = add_maija(services, admin)
    services.consents.record(admin, maija.id, "analytics", True, "web_form")
    add_events(services, maija.id, services.clock() - dt.timedelta(days=3), 2, OLD_AGENT)
    services.consents.record(admin, maija.id, "analytics", False, "email")
    with pytest.raises(RuntimeError), services.db.transaction() as session:
        plan = plan_consent_purge(session, maija.id, ["analytics"])
        run_consent_purge(
            session, plan, plan.token, user_id=1, now=services.clock(),
            journal=ErasureJournal(services.db.path),
        )  # fmt: skip
        raise RuntimeError("killed before the commit")
    assert [e.state for e in ErasureJournal(services.db.path).entries()] == ["void"]
    assert table_count(services.db.path, "web_events") == 2


def test_an_unreadable_journal_refuses_the_restore_and_changes_nothing(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    path = services.db.path
    journal_path(path).write_text('{"seq": 1, "state": "done"}\n{broken\n')
    before = path.read_bytes()
    with pytest.raises(StorageError) as err:
        restore_backup(backup, path, services.clock)
    assert err.value.code == "journal_unreadable"
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_backup_of_ours_is_refused(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.sqlite3"
    hostile.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(services.db.path)
    for candidate in (hostile, link):
        with pytest.raises(StorageError) as err:
            restore_backup(candidate, services.db.path, services.clock)
        assert err.value.code == "restore_invalid"
    assert services.customers.count(admin, "") == 0


def test_a_restore_killed_during_the_swap_is_settled_at_the_next_start(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    add_maija(services, admin)
    path = services.db.path
    services.db.dispose()
    aside = path.with_name(path.name + ".before-restore-20261124T080000")
    # Killed after the current database was set aside, before the copy took its place.
    path.rename(aside)
    back = open_services(path, clock=clock, hasher=cheap_hasher())
    try:
        assert back.customers.count(admin, "") == 1
        assert not aside.exists()
    finally:
        back.db.dispose()
    # Killed after the swap, before the old database set aside was removed.
    aside.write_bytes(path.read_bytes())
    again = open_services(path, clock=clock, hasher=cheap_hasher())
    again.db.dispose()
    assert not aside.exists() and path.exists()


def test_a_journal_that_cannot_be_applied_refuses_the_restore(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_maija(services, admin)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    path = services.db.path
    line = (
        '{"at":"2030-01-01T00:00:00+00:00","cutoff":"2029-01-01T00:00:00+00:00",'
        '"kind":"rule","ref":"no_such_rule","seq":1,"state":"done"}\n'
    )
    journal_path(path).write_text(line)
    services.db.dispose()
    before = path.read_bytes()
    with pytest.raises(StorageError) as err:
        restore_backup(backup, path, services.clock)
    assert err.value.code == "restore_failed"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if "restor" in p.name) == []


def test_a_backup_of_an_older_schema_is_upgraded_without_leaving_a_copy_behind(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    from alembic import command

    from l4d_desktop.core.store import migrate
    from l4d_desktop.core.store.database import Database

    add_maija(services, admin)
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    # As a backup made before the newest migration: taken one revision down.
    old = Database(backup)
    try:
        with old.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.downgrade(cfg, "-1")
            conn.commit()
        assert migrate.current_revision(old) == revision_before(migrate.head_revision())
    finally:
        old.dispose()
    services.retention.restore(admin, backup)
    path = services.db.path
    assert [p.name for p in path.parent.iterdir() if ".bak" in p.name or "restor" in p.name] == []
    reopened = open_services(path, clock=services.clock, hasher=cheap_hasher())
    try:
        assert reopened.retention.rules(admin)[0].code == "web_events"
        assert reopened.customers.count(admin, "") == 1
    finally:
        reopened.db.dispose()
