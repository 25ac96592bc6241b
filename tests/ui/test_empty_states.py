"""Empty lists say what to do: an empty register, a search without matches, no open requests,
and requests narrowed away by the search or the filters."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.session import Session
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import add_customer
from tests.helpers.users import make_user


def test_the_customer_list_says_what_to_do_when_empty(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    assert not tab.empty_label.isHidden()
    assert "Add a customer" in tab.empty_label.text()
    assert "Import customers" in tab.empty_label.text()

    add_customer(services, admin, "Aino Aalto")
    tab.refresh()
    assert tab.empty_label.isHidden()
    tab.search_edit.setText("zzz")
    tab.refresh()
    assert not tab.empty_label.isHidden()
    assert tab.empty_label.text().startswith("No customer matches the search.")


def test_a_reader_is_not_told_to_add_customers(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    reader = make_user(services, admin, "lukija", "reader", "omenapuu kukkii keväällä aina")
    tab = make_tab(qtbot, services, reader)
    assert "Someone with the right to edit" in tab.empty_label.text()


def test_the_request_list_says_what_to_do_when_empty(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    assert not tab.empty_label.isHidden()
    assert "New request… (Ctrl+N)" in tab.empty_label.text()

    data = RequestInput(type="access", received=dt.date(2026, 11, 20), channel="email")
    services.requests.register(admin, data)
    tab.refresh()
    assert tab.empty_label.isHidden()
    tab.search_edit.setText("nobody")
    tab.refresh()
    assert tab.empty_label.text().startswith("No request matches the search")
