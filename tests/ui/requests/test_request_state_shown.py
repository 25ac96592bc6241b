"""What a request window shows follows the request's state, through each type's course: no
"Start identity check" once the check is recorded, no step and no extension advice once it is
closed; the Data held page shows the person's data item by item, and writing the copy says
where it went."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import RequestType
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from tests.helpers.customers import add_maija
from tests.helpers.gui import WAIT_MS, finish
from tests.ui.requests.request_windows import open_window, register, wait_status

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")
# Received well before the fake clock's day: overdue, so extension advice would be due.
LONG_AGO = dt.datetime(2026, 9, 1, 9, 0, tzinfo=OFFICE_ZONE)
STEPS = ("start_check", "identify", "start_work", "pause", "extend", "close_request")


def enabled(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for s in STEPS if getattr(window.workflow, f"{s}_button").isEnabled()}


@no_raise_on_offscreen
@pytest.mark.parametrize("rtype", [t.value for t in RequestType])
def test_buttons_and_advice_follow_each_type_through_its_states(
    english, qtbot, services: Services, admin: Actor, rtype: str
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request_id = register(services, admin, rtype, customer_id=maija.id, received_at=LONG_AGO)
    window = open_window(qtbot, services, admin, request_id)
    advice = "record an extension"
    # Overdue, open, not extended; a withdrawal and a bare objection act at once (no extension).
    extensible = rtype not in ("withdrawal", "objection")
    assert "start_check" in enabled(window)
    assert window.next_step.text().startswith("Next: start the identity check.")
    assert (advice in window.next_step.text()) is extensible
    assert ("extend" in enabled(window)) is extensible

    services.requests.identify(admin, request_id, maija.id, "email_on_file")
    window.reload()
    wait_status(qtbot, window, "in_progress")
    assert "start_check" not in enabled(window), "the identity check is already recorded"
    assert "identity check" not in window.next_step.text()
    assert {"identify", "pause", "close_request"} <= enabled(window)
    assert ("extend" in enabled(window)) is extensible

    services.requests.close(admin, request_id, "withdrawn")
    window.reload()
    wait_status(qtbot, window, "withdrawn")
    assert enabled(window) == set()
    assert window.next_step.text() == "Nothing left to do: the request is closed."
    assert advice not in window.next_step.text()
    assert not window.header.urgency_label.isVisibleTo(window)  # no days left to count


@no_raise_on_offscreen
def test_the_data_held_page_shows_the_data_and_the_copy_says_where_it_went(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin, city="Tampere")
    request_id = register(services, admin, "access", customer_id=maija.id)
    services.requests.identify(admin, request_id, maija.id, "email_on_file")
    window = open_window(qtbot, services, admin, request_id)
    page = window.findChild(SubjectDataPage)
    assert page is not None
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=WAIT_MS)
    shown = page.held_view.toPlainText()
    for value in (maija.name, maija.email, maija.customer_number, "Tampere"):
        assert value and value in shown
    assert "Access (Art. 15)" in shown  # the person's own request, in words

    page.write_to(tmp_path, as_zip=True)
    finish(qtbot, page.write_job)
    [(kind, said)] = answers
    assert kind == "info" and str(tmp_path) in said
    written = [p for p in tmp_path.iterdir()]
    assert written and str(written[0]) in said
