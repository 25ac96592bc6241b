"""Finding a request: the Requests tab searches names, customer numbers and references and
sorts by a header click, Ctrl+N starts a new request there, and a customer's window opens
their requests (double-click, Enter or the Open button)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.requests.search import RequestOrder
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.intake_dialog import RequestDialog
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customer_windows import open_window
from tests.helpers.customers import add_customer
from tests.helpers.gui import click

TODAY = dt.date(2026, 11, 24)  # the FakeClock's day


def register(services: Services, actor: Actor, rtype: str, days_ago: int, **kw: object) -> int:
    received = TODAY - dt.timedelta(days=days_ago)
    data = RequestInput(type=rtype, received=received, channel="email", **kw)  # type: ignore[arg-type]
    return services.requests.register(actor, data).id


@pytest.fixture
def desk(services: Services, admin: Actor) -> dict[str, int]:
    maija = add_customer(services, admin, "Maija Meikäläinen", city="Kirkkonummi")
    oskari = add_customer(services, admin, "Oskari Öhman")
    return {
        "maija": maija.id,
        "maija_number": int(maija.customer_number),
        "access": register(services, admin, "access", 20, customer_id=maija.id),
        "erasure": register(services, admin, "erasure", 5, customer_id=oskari.id),
        "stranger": register(services, admin, "other", 10, requester_name="Ärje Ylönen"),
    }


def ids(tab: RequestsTab) -> list[int]:
    return [tab.model.record(r).id for r in range(tab.model.rowCount())]


def search(qtbot, tab: RequestsTab, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    tab.search_edit.setText(text)
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    return ids(tab)


def test_the_search_finds_names_customer_numbers_references_and_numbers(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    assert len(ids(tab)) == 3
    assert search(qtbot, tab, "meikäläinen") == [desk["access"]]
    assert tab.count_label.text() == "1 request shown."
    assert search(qtbot, tab, "ÖHMAN") == [desk["erasure"]]
    assert search(qtbot, tab, str(desk["maija_number"])) == [desk["access"]]
    assert search(qtbot, tab, "ärje") == [desk["stranger"]], "the requester's own name"
    assert search(qtbot, tab, f"#{desk['erasure']}") == [desk["erasure"]]
    assert search(qtbot, tab, "maija öhman") == [], "every word must match"
    assert search(qtbot, tab, "100%") == []
    assert search(qtbot, tab, "") == [desk["access"], desk["stranger"], desk["erasure"]]
    assert "reference" in tab.search_edit.placeholderText()


def test_a_header_click_sorts_the_requests(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == 9, "the due date, the list's own order"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert ids(tab) == sorted(ids(tab), reverse=True)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # the customer, by name
    names = [tab.model.record(r).customer_name for r in range(3)]
    assert names == ["", "Maija Meikäläinen", "Oskari Öhman"]
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # received, oldest first
    assert ids(tab) == [desk["access"], desk["stranger"], desk["erasure"]]
    # Sorting keeps the search.
    tab.search_edit.setText("öhman")
    tab.refresh()
    assert ids(tab) == [desk["erasure"]]


def test_an_unknown_order_is_refused() -> None:
    with pytest.raises(ValidationError):
        RequestOrder("requester_text")


def test_ctrl_n_on_the_requests_tab_starts_a_new_request(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.dialog, RequestDialog)
    tab.dialog.reject()


# Opening a window raises it, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_request_opens_from_the_customer_window(
    english, qtbot, services: Services, admin: Actor, desk: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(main)
    assert main.customers_tab is not None
    window = open_window(qtbot, main.customers_tab, desk["maija"])
    page = window.requests_page
    window.tabs.setCurrentWidget(page)
    assert not page.open_button.isEnabled()
    page.table.selectRow(0)
    assert page.open_button.isEnabled()
    assert page.open_button.text() == "Open t&his request…"
    click(qtbot, page.open_button)
    assert list(main.request_windows.windows) == [desk["access"]]
    main.request_windows.windows[desk["access"]].close()
    qtbot.waitUntil(lambda: not main.request_windows.windows)

    # Double-click and Enter (the view's "activated") open it as well.
    with qtbot.waitSignal(page.open_requested) as opened:
        page.table.doubleClicked.emit(page.model.index(0, 1))
    assert opened.args == [desk["access"]]
    with qtbot.waitSignal(page.open_requested) as opened:
        page.table.activated.emit(page.model.index(0, 0))
    assert opened.args == [desk["access"]]
    for request_window in list(main.request_windows.windows.values()):
        request_window.close()
