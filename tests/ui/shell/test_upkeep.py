"""The work done while nobody asks: at start a backup when the last is older than a day and the
approved retention rules, off the GUI thread; the File menu then shows the backup's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import WebEvent
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.ui.shell.main_window import MainWindow
from l4d_desktop.ui.shell.upkeep import Upkeep
from tests.helpers.clock import FakeClock
from tests.helpers.database import table_count
from tests.helpers.gui import finish


def test_a_start_backs_up_and_runs_the_approved_rules(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, clock: FakeClock,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    with services.db.transaction() as s:
        SettingsStore().put(s, "backup_folder", str(tmp_path / "kopiot"))
        s.add(WebEvent(customer_id=maija.id, at=clock() - dt.timedelta(days=500)))
    services.retention.set_rule(
        admin, "web_events", period_months=14, confirmed=True, auto_run=True, version=0
    )
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.last_backup_action.text() == "No automatic backup yet"
    assert window.restore_action.isVisible() and window.retention_action.isVisible()

    upkeep = Upkeep(services, admin, window)
    upkeep.done.connect(window.show_last_backup)
    upkeep.due_found.connect(window.show_retention_due)
    upkeep.start()
    finish(qtbot, upkeep.job)

    assert len(list((tmp_path / "kopiot").iterdir())) == 1
    assert table_count(services.db.path, "web_events") == 0
    qtbot.waitUntil(lambda: window.last_backup_action.text().startswith("Last backup: "))
    assert window.statusBar().currentMessage() == ""  # the approved rule left nothing due


def test_the_pääkäyttäjä_is_told_what_has_fallen_due(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, clock: FakeClock,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    with services.db.transaction() as s:
        for i in range(2):
            s.add(WebEvent(customer_id=maija.id, at=clock() - dt.timedelta(days=500 + i)))
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    upkeep = Upkeep(services, admin, window)
    upkeep.due_found.connect(window.show_retention_due)
    upkeep.start()
    finish(qtbot, upkeep.job)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == (
        "2 items have fallen due under the retention rules: Register → Retention and purge queue."
    )
    assert table_count(services.db.path, "web_events") == 2  # not approved: nothing ran


def test_a_reader_sees_no_backup_line(english, qtbot, services: Services, reader: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, reader, english[2], QSettings())
    qtbot.addWidget(window)
    assert not window.last_backup_action.isVisible()
    assert not window.restore_action.isVisible()
