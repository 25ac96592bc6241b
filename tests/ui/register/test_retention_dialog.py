"""The retention dialog on a real database file: the purge queue per rule, a rule confirmed
and set to run by itself, and a run off the GUI thread with its progress."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import WebEvent
from l4d_desktop.ui.register.retention_dialog import RetentionDialog
from l4d_desktop.ui.session import Session
from tests.helpers.clock import FakeClock
from tests.helpers.database import table_count
from tests.helpers.gui import cells, click, finish


def old_events(services: Services, customer_id: int, clock: FakeClock, n: int) -> None:
    with services.db.transaction() as s:
        for i in range(n):
            s.add(WebEvent(customer_id=customer_id, at=clock() - dt.timedelta(days=500, hours=i)))


def make_dialog(qtbot, services: Services, actor: Actor) -> RetentionDialog:  # type: ignore[no-untyped-def]
    dialog = RetentionDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_queue_shows_what_is_due_and_a_run_removes_it(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, clock: FakeClock,
    answers,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    old_events(services, maija.id, clock, 3)
    dialog = make_dialog(qtbot, services, admin)
    row = cells(dialog.model, 0)
    assert row[:5] == [
        "Technical data from the web site", "14", "deleted", "to be confirmed", "3",
    ]  # fmt: skip
    assert dialog.state_label.text() == "3 items have fallen due."

    dialog.table.selectRow(0)
    click(qtbot, dialog.run_rule_button)
    finish(qtbot, dialog.job)
    assert table_count(services.db.path, "web_events") == 0
    assert ("info", "3 items deleted or minimised.") in answers
    qtbot.waitUntil(lambda: dialog.state_label.text() == "Nothing is due.")


def test_a_rule_is_confirmed_and_set_to_run_by_itself(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(0)
    assert not dialog.auto_check.isEnabled()  # only a confirmed rule runs by itself
    dialog.period_spin.setValue(12)
    dialog.confirmed_check.setChecked(True)
    dialog.auto_check.setChecked(True)
    click(qtbot, dialog.save_button)
    rule = services.retention.rules(admin)[0]
    assert (rule.code, rule.period_months, rule.confirmed, rule.auto_run) == (
        "web_events", 12, True, True,
    )  # fmt: skip
    assert cells(dialog.model, 0)[1:4] == ["12", "deleted", "confirmed, runs by itself"]
