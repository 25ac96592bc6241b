"""Automatic backups: made when the last is older than a day, N kept, never in the database's
own folder, only for the pääkäyttäjä."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied, StorageError
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.backup import verify_backup
from tests.core.erasure.erased_person import make_person
from tests.helpers.clock import FakeClock
from tests.helpers.pdf import pdf_text


def set_setting(services: Services, key: str, value: str) -> None:
    from l4d_desktop.core.store.settings import SettingsStore

    with services.db.transaction() as s:
        SettingsStore().put(s, key, value)


def test_a_backup_a_day_keeping_the_newest_n(
    services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "varmuuskopiot"
    set_setting(services, "backup_folder", str(folder))
    set_setting(services, "backup_keep", "3")
    first = services.maintenance.backup_if_due(admin)
    assert first is not None and verify_backup(first)
    clock.advance(hours=5)
    assert services.maintenance.backup_if_due(admin) is None  # the last is younger than a day
    for _ in range(4):
        clock.advance(days=1, minutes=1)
        assert services.maintenance.backup_if_due(admin) is not None
    kept = sorted(folder.iterdir())
    assert len(kept) == 3 and first not in kept
    assert services.maintenance.last_backup(admin) == clock().replace(microsecond=0)


def test_the_database_s_own_folder_is_refused(services: Services, admin: Actor) -> None:
    set_setting(services, "backup_folder", str(services.db.path.parent / "kopiot"))
    with pytest.raises(StorageError):
        services.maintenance.backup_if_due(admin)


def test_a_handler_makes_no_backup(services: Services, handler: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.maintenance.backup_if_due(handler)


def test_no_backup_outlives_what_the_erasure_letter_promises(
    services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    """The letter's figure is the keep setting the backups apply: with 3 kept, a backup older
    than 3 days is removed at the next start even when the program was not started daily."""
    folder = tmp_path / "varmuuskopiot"
    set_setting(services, "backup_folder", str(folder))
    set_setting(services, "backup_keep", "3")
    services.maintenance.backup_if_due(admin)
    clock.advance(days=1, hours=1)
    second = services.maintenance.backup_if_due(admin)
    clock.advance(days=2, hours=1)  # the first is now older than 3 days
    third = services.maintenance.backup_if_due(admin)
    assert sorted(folder.iterdir()) == sorted([second, third])  # type: ignore[type-var]
    clock.advance(hours=23, minutes=30)  # none due; the second has passed its 3 days
    assert services.maintenance.backup_if_due(admin) is None
    assert sorted(folder.iterdir()) == [third]

    person = make_person(services, admin, invoices=0)
    plan = services.erasure.plan(admin, person.erasure_id)
    assert plan.backup_days == 3
    for language, words in (("fi", "enintään 3 päivän ajan"), ("en", "for at most 3 days more")):
        pdf = services.letters.render(admin, person.erasure_id, "erasure", language).pdf
        assert words in pdf_text(pdf)
