"""The restore dialog: a backup checked before anything is replaced, what will be replayed said,
the restore run off the GUI thread, and a foreign file refused in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import WebEvent
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.restore_dialog import RestoreDialog
from tests.helpers.clock import FakeClock
from tests.helpers.database import table_count
from tests.helpers.gui import click_save, finish


def test_a_backup_is_checked_then_restored_with_the_purges_replayed(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, clock: FakeClock,
    tmp_path: Path, answers,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    with services.db.transaction() as s:
        s.add(WebEvent(customer_id=maija.id, at=clock() - dt.timedelta(days=500)))
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    services.retention.run(admin, "web_events")
    dialog = RestoreDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    restored = []
    dialog.restored.connect(restored.append)

    dialog.set_backup(backup)
    text = dialog.preview_label.text()
    assert "is sound" in text and "0 erasures and 1 retention rule will be applied again" in text
    click_save(qtbot, dialog.buttons)
    finish(qtbot, dialog.job)
    assert len(restored) == 1 and restored[0].rows_removed == 1
    assert table_count(services.db.path, "web_events") == 0
    assert answers[-1][0] == "info" and "1 row purged again" in answers[-1][1]


def test_a_file_that_is_no_backup_is_refused_in_words(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stranger = tmp_path / "kuva.sqlite3"
    stranger.write_bytes(b"\x89PNG\r\n" + bytes(500))
    dialog = RestoreDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.set_backup(stranger)
    assert dialog.preview_label.text().startswith("The backup cannot be restored")
    assert not dialog.restore_button.isEnabled()


def test_an_encrypted_backup_asks_for_its_passphrase_and_a_wrong_one_is_said_in_words(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path: Path,
    answers,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3.enc", "korppi lentää 42")
    dialog = RestoreDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.passphrase_edit.isVisible()
    dialog.set_backup(backup)
    assert dialog.preview_label.text() == "The backup is encrypted: give its passphrase."
    assert dialog.passphrase_edit.isVisible() and not dialog.restore_button.isEnabled()
    dialog.passphrase_edit.setText("väärä tunnuslause")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert "does not open this backup" in dialog.preview_label.text()
    dialog.passphrase_edit.setText("korppi lentää 42")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.job is None, "enter started the restore"
    assert "is sound" in dialog.preview_label.text() and dialog.restore_button.isEnabled()
    restored = []
    dialog.restored.connect(restored.append)
    click_save(qtbot, dialog.buttons)
    finish(qtbot, dialog.job)
    assert len(restored) == 1
    assert table_count(services.db.path, "customers") == 1


def test_a_purge_after_a_withdrawn_consent_since_the_backup_is_said_and_replayed(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, clock: FakeClock,
    tmp_path: Path, answers,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    services.consents.record(admin, maija.id, "analytics", True, "web_form")
    with services.db.transaction() as s:
        s.add(WebEvent(customer_id=maija.id, at=clock() - dt.timedelta(days=3)))
    backup = services.maintenance.backup(admin, tmp_path / "b.sqlite3")
    clock.advance(hours=1)
    services.consents.record(admin, maija.id, "analytics", False, "email")
    plan = services.consent_purge.plan(admin, maija.id, ["analytics"])
    services.consent_purge.run(admin, maija.id, ["analytics"], plan.token)
    dialog = RestoreDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_backup(backup)
    assert dialog.preview_label.text().endswith(
        "1 purge of data that relied on a withdrawn consent will be carried out again."
    )
    click_save(qtbot, dialog.buttons)
    finish(qtbot, dialog.job)
    assert table_count(services.db.path, "web_events") == 0
