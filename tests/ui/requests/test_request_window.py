"""A request's window on a real database file: the dates and states it shows, a reader's
read-only view, assigning a handler, and one window per request from the main window."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.deadlines import deadlines_for, latest_extended_due
from l4d_desktop.core.services import Services
from l4d_desktop.ui.formats import format_date, format_datetime
from l4d_desktop.ui.requests.tab import OVERDUE_COLOUR
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.database import audit_rows
from tests.helpers.gui import WAIT_MS, click, column
from tests.helpers.users import READER_PASSWORD, make_user
from tests.ui.requests.request_windows import (
    open_window,
    register,
    row_shown,
    settle,
    value,
    wait_status,
)

# Bringing an open window to the front is something the offscreen test platform cannot do.
no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


# -- what the window shows ---------------------------------------------------------------------


def test_the_window_shows_the_dates_and_the_state(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(
        services,
        admin,
        customer_id=maija.id,
        requester_text="Haluan nähdä tietoni.\nTerveisin Maija",
        requester_name="Maija M.",
        requester_contact="maija@example.fi",
    )
    window = open_window(qtbot, services, admin, request_id)
    dates = deadlines_for("access", dt.date(2026, 11, 2))
    assert window.title_label.text() == f"Access (Art. 15) – request {request_id}"
    assert window.status_label.text() == "Received"
    assert value(window, "received") == format_datetime(
        dt.datetime(2026, 11, 2, 9, 15, tzinfo=OFFICE_ZONE)
    )
    assert value(window, "statutory") == format_date(dates.statutory)
    assert value(window, "promised") == format_date(dates.promised)
    assert value(window, "due") == format_date(dates.due)
    assert value(window, "days_left") == str((dates.due - dt.date(2026, 11, 24)).days)
    assert value(window, "channel") == "Email"
    assert value(window, "received_by") == "Jouni Ojala"
    assert value(window, "requester") == "Maija M.\nmaija@example.fi"
    assert value(window, "identity") == "Not recorded yet"
    assert value(window, "waiting") == "No"
    assert format_date(latest_extended_due(dt.date(2026, 11, 2))) in value(window, "extension")
    assert not row_shown(window, "repeat") and window.repeat_label.isHidden()
    assert not row_shown(window, "outcome")
    assert window.words_view.toPlainText() == "Haluan nähdä tietoni.\nTerveisin Maija"
    assert window.words_view.isReadOnly()
    assert (
        "Maija Meikäläinen" in window.customer_button.text()
        or not window.customer_button.isVisible()
    )
    assert window.customer_label.text().startswith("Maija Meikäläinen")
    # Workflow buttons follow the state: a received request can start either way.
    assert window.start_check_button.isEnabled() and window.start_work_button.isEnabled()
    assert window.pause_button.isEnabled() and window.resume_button.isHidden()
    assert window.extend_button.isEnabled() and window.close_request_button.isEnabled()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:3] == ["&Overview", "Requester's wo&rds", "Ti&meline"]
    assert answers == []


def test_an_overdue_repeat_not_yet_identified(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    first = register(
        services,
        admin,
        customer_id=maija.id,
        received_at=dt.datetime(2026, 10, 1, 12, 0, tzinfo=OFFICE_ZONE),
    )
    repeat = register(services, admin, customer_id=maija.id)
    unknown = register(services, admin, "erasure")
    window = open_window(qtbot, services, admin, repeat)
    assert row_shown(window, "repeat") and not window.repeat_label.isHidden()
    assert f"#{first}" in window.repeat_label.text()
    assert value(window, "repeat") == window.repeat_label.text()

    window = open_window(qtbot, services, admin, first)
    assert not row_shown(window, "repeat")
    assert window.record is not None and window.record.urgency == "overdue"
    assert OVERDUE_COLOUR.name() in window.urgency_label.styleSheet()
    assert value(window, "days_left").startswith("-")

    window = open_window(qtbot, services, admin, unknown)
    assert window.customer_label.text() == "Customer not yet identified"
    assert window.customer_button.isHidden()
    assert not row_shown(window, "promised")  # an erasure has no promised date
    assert answers == []


def test_the_customer_button_opens_the_customer_for_the_request(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, customer_id=maija.id)
    opened: list[tuple[int, str]] = []
    window = open_window(
        qtbot,
        services,
        admin,
        request_id,
        open_customer=lambda cid, purpose: opened.append((cid, purpose)),
    )
    assert window.customer_button.isVisible()
    assert "Maija Meikäläinen" in window.customer_button.text()
    click(qtbot, window.customer_button)
    assert opened == [(maija.id, f"request:{request_id}")]


# -- rights ------------------------------------------------------------------------------------------


def test_a_reader_sees_everything_and_changes_nothing(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, customer_id=maija.id, requester_text="Tietoni, kiitos.")
    services.requests.pause(admin, request_id, "Odotetaan vastausta")
    reader = make_user(services, admin, "lukija", "reader", READER_PASSWORD)
    window = open_window(qtbot, services, reader, request_id)
    assert window.status_label.text() == "Received, waiting for the requester"
    assert value(window, "waiting").startswith("Waiting since")
    assert window.words_view.toPlainText() == "Tietoni, kiitos."
    assert window.timeline_page.model.rowCount() == 2
    for button in (
        window.start_check_button,
        window.identify_button,
        window.start_work_button,
        window.pause_button,
        window.resume_button,
        window.extend_button,
        window.close_request_button,
        window.assign_button,
        window.handler_combo,
    ):
        assert button.isHidden()
    assert not window.values["handler"].isHidden()
    assert value(window, "handler") == "(nobody)"
    assert not window.read_only_label.isHidden()
    assert answers == []


def test_assigning_a_handler(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, "other")
    window = open_window(qtbot, services, admin, request_id)
    combo = window.handler_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["(nobody)", "Jouni Ojala", "Kasittelija"]
    combo.setCurrentIndex(combo.findData(handler.user_id))
    click(qtbot, window.assign_button)
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and window.record.handler_id == handler.user_id
            and not window.loading
        ),
        timeout=WAIT_MS,
    )
    assert combo.currentData() == handler.user_id
    assert column(window.timeline_page.model, 2)[-1] == "Handler assigned"


# -- from the main window ----------------------------------------------------------------------------


@no_raise_on_offscreen
def test_the_main_window_opens_one_window_per_request_and_the_customer_for_it(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, app_parts, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, customer_id=maija.id)
    _app, settings, language = app_parts
    main = MainWindow(services, admin, language, settings)
    qtbot.addWidget(main)
    assert main.requests_tab is not None and main.customers_tab is not None
    main.requests_tab.status_combo.setCurrentIndex(main.requests_tab.status_combo.findData(""))
    main.requests_tab.table.selectRow(0)
    click(qtbot, main.requests_tab.open_button)
    window = main.request_windows.windows[request_id]
    settle(qtbot, window)
    main.requests_tab.open_requested.emit(request_id)
    assert main.request_windows.windows[request_id] is window

    click(qtbot, window.customer_button)
    customer_window = main.customers_tab.windows[maija.id]
    qtbot.waitUntil(lambda: customer_window.loaded, timeout=WAIT_MS)
    views = [
        r["detail"]
        for r in audit_rows(services.db.path)
        if r["action"] == "customer.view" and r["object_id"] == maija.id
    ]
    assert views == [f"request:{request_id}"]

    # A step in the window refreshes the list.
    click(qtbot, window.start_work_button)
    wait_status(qtbot, window, "in_progress")
    qtbot.waitUntil(
        lambda: (
            main.requests_tab is not None
            and main.requests_tab.model.record(0).status == "in_progress"
        ),
        timeout=WAIT_MS,
    )
    window.close()
    assert request_id not in main.request_windows.windows
    assert answers == []


def test_the_action_pages_follow_the_windows_own_and_a_change_there_reloads(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, "restriction", customer_id=maija.id)
    window = open_window(qtbot, services, admin, request_id)
    assert window.action_pages
    first = window.action_pages[0]
    assert window.tabs.indexOf(first) == 3  # after Overview, the words and the timeline
    changed: list[int] = []
    window.changed.connect(changed.append)
    first.changed.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: bool(window.action_pages) and window.action_pages[0] is not first,
        timeout=WAIT_MS,
    )
    settle(qtbot, window)
    assert changed == [request_id]
    assert window.tabs.indexOf(window.action_pages[0]) == 3
