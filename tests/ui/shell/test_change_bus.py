"""The change bus through the main window, on a real database file: what one window changes, the
others show without being told to refresh. An erasure run in a request window takes the person
off the Customers tab; a customer's name rectified under a request, or edited in the customer's
own window, shows in the Requests tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.erasure import ErasurePage
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customers import add_maija
from tests.helpers.gui import WAIT_MS, click, click_save, column, finish
from tests.helpers.requests import open_request

CUSTOMER_COLUMN = 2  # of the Requests tab


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin)


@pytest.fixture
def main(english, qtbot, services: Services, admin: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    _app, settings, language = english
    window = MainWindow(services, admin, language, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def opened(qtbot, main: MainWindow, request_id: int) -> RequestWindow:  # type: ignore[no-untyped-def]
    window = main.request_windows.open(request_id)
    qtbot.waitUntil(lambda: window.loaded and not window.loading, timeout=WAIT_MS)
    return window


def test_an_erasure_run_in_a_request_window_takes_the_person_off_the_customers_tab(
    main: MainWindow, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = main.customers_tab
    assert tab is not None
    assert column(tab.model, 1) == ["Maija Meikäläinen"]
    request = open_request(services, admin, maija.id, "erasure")
    # The confirmation letter leaves before the erasure may run.
    services.letters.issue(admin, request.record.id, "erasure", "fi", "save")
    window = opened(qtbot, main, request.record.id)
    page = window.findChild(ErasurePage)
    assert page is not None and page.run_button.isEnabled()

    click(qtbot, page.run_button)
    finish(qtbot, page.job)
    assert page.result is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    assert tab.count_label.text() == "0 customers in the register."


def test_a_name_rectified_under_a_request_shows_in_the_requests_tab(
    main: MainWindow, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    tab = main.requests_tab
    assert tab is not None
    request = open_request(services, admin, maija.id, "rectification")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert column(tab.model, CUSTOMER_COLUMN) == ["Maija Meikäläinen"]
    window = opened(qtbot, main, request.record.id)
    page = window.findChild(QWidget, "rectification_page")
    assert page is not None

    click(qtbot, page.edit_button)
    dialog = page.dialog
    dialog.form.name_edit.setText("Maija Virtanen")
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    qtbot.waitUntil(
        lambda: column(tab.model, CUSTOMER_COLUMN) == ["Maija Virtanen"], timeout=WAIT_MS
    )


def test_a_name_edited_in_the_customer_window_shows_in_the_requests_tab(
    main: MainWindow, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    requests_tab, customers_tab = main.requests_tab, main.customers_tab
    assert requests_tab is not None and customers_tab is not None
    open_request(services, admin, maija.id, "access")
    qtbot.waitUntil(lambda: requests_tab.model.rowCount() == 1, timeout=WAIT_MS)
    window = customers_tab.open_customer(maija.id)
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT_MS)

    window.basic_page.form.name_edit.setText("Maija Virtanen")
    click(qtbot, window.basic_page.save_button)
    assert services.customers.view(admin, maija.id).name == "Maija Virtanen"
    qtbot.waitUntil(
        lambda: column(requests_tab.model, CUSTOMER_COLUMN) == ["Maija Virtanen"],
        timeout=WAIT_MS,
    )
    window.close()
