"""The Requests tab on a real database file: filters by status, type and handler, the counts in
the main window's status bar, urgency colours, paused, extended and repeated requests marked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.tab import DUE_SOON_COLOUR, OVERDUE_COLOUR, RequestsTab
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.users import make_user

TODAY = dt.date(2026, 11, 24)  # the FakeClock's day


def register(services: Services, actor: Actor, rtype: str, received: dt.date, **kw: object) -> int:
    data = RequestInput(type=rtype, received=received, channel="email", **kw)  # type: ignore[arg-type]
    return services.requests.register(actor, data).id


@pytest.fixture
def desk(services: Services, admin: Actor) -> dict[str, int]:
    """Overdue, due soon, later and closed requests, one paused, one assigned to a handler."""
    handler = make_user(services, admin, "kaisa", "handler", "omenapuu kukkii keväällä aina")
    maija = add_customer(services, admin, "Maija Meikäläinen", email="maija@example.fi")
    ids = {
        "overdue": register(services, admin, "access", TODAY - dt.timedelta(days=40)),
        "soon": register(
            services, admin, "erasure", TODAY - dt.timedelta(days=27), customer_id=maija.id
        ),
        "later": register(services, admin, "rectification", TODAY, handler_id=handler.user_id),
        "closed": register(services, admin, "other", TODAY - dt.timedelta(days=3)),
        "handler": handler.user_id,
    }
    services.requests.pause(admin, ids["later"], "Odotetaan henkilöllisyyden vahvistusta")
    services.requests.close(admin, ids["closed"], "withdrawn")
    return ids


def rows(tab: RequestsTab) -> list[int]:
    return [tab.model.record(r).id for r in range(tab.model.rowCount())]


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_open_requests_by_due_date_with_colours_and_marks(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    assert rows(tab) == [desk["overdue"], desk["soon"], desk["later"]]
    model = tab.model
    colours = [model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert colours[0].color() == OVERDUE_COLOUR
    assert colours[1].color() == DUE_SOON_COLOUR
    assert colours[2] is None
    cells = [model.data(model.index(2, c)) for c in range(model.columnCount())]
    assert "Received, waiting for the requester" in cells
    assert "Kaisa" in cells  # the handler it is assigned to
    assert tab.count_label.text() == "3 requests shown."
    assert tab.legend_soon.text() == "Due within 7 days"


def test_filters_by_status_type_and_handler(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    choose(tab.status_combo, "")
    assert len(rows(tab)) == 4
    choose(tab.status_combo, "withdrawn")
    assert rows(tab) == [desk["closed"]]
    assert tab.count_label.text() == "1 request shown."
    choose(tab.status_combo, "open")
    choose(tab.type_combo, "erasure")
    assert rows(tab) == [desk["soon"]]
    choose(tab.type_combo, "")
    choose(tab.handler_combo, -1)  # assigned to me: the admin has none
    assert rows(tab) == []
    choose(tab.handler_combo, desk["handler"])  # anyone's, by name
    assert tab.handler_combo.currentText() == "Kaisa"
    assert rows(tab) == [desk["later"]]


def test_the_handler_sees_their_own(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    kaisa = services.auth.login("kaisa", "omenapuu kukkii keväällä aina")
    tab = RequestsTab(Session(services, kaisa))
    qtbot.addWidget(tab)
    choose(tab.handler_combo, -1)
    assert rows(tab) == [desk["later"]]


def test_the_status_bar_counts_open_due_soon_and_overdue(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    desk: dict[str, int],
    app_parts,
    clock: FakeClock,
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, language = app_parts
    window = MainWindow(services, admin, language, settings)
    qtbot.addWidget(window)
    label = window.request_summary_label
    assert label.text() == "Requests open: 3 · due within 7 d: 1 · overdue: 1"
    # A week later the one due soon is overdue too, without anything being saved.
    clock.advance(days=7)
    assert window.requests_tab is not None
    window.requests_tab.refresh_summary()
    assert label.text() == "Requests open: 3 · due within 7 d: 0 · overdue: 2"


def test_open_emits_the_selected_request(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    assert not tab.open_button.isEnabled()
    tab.table.selectionModel().select(
        tab.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.open_button.isEnabled()
    with qtbot.waitSignal(tab.open_requested) as signal:
        tab.open_button.click()
    assert signal.args == [desk["soon"]]
