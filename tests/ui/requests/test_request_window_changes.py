"""A request window on the change bus, on a real database file: what someone else changes in the
request or about the person shows at once, the pages show it in place with the user's choices
and an open dialog kept, and the window's own reading of the request sets off no further
reading."""

from __future__ import annotations

from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.changes import ChangeBus
from l4d_desktop.ui.requests.pages.objection import ObjectionRequestPage, RequestObjectionDialog
from l4d_desktop.ui.requests.pages.withdrawal import WithdrawalPage
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_maija
from tests.helpers.gui import WAIT_MS, click, column
from tests.helpers.requests import open_request


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin)


@pytest.fixture
def bus(services: Services) -> Any:
    changes = ChangeBus(services.changes)
    yield changes
    changes.close()


def rename(services: Services, actor: Actor, customer_id: int, name: str) -> None:
    """Someone edits the person's name in the customer's own window."""
    held = services.customers.view(actor, customer_id)
    data = CustomerInput(name=name, email=held.email, phone=held.phone)
    services.customers.update(actor, customer_id, held.version, data)


def opened(qtbot: Any, services: Services, actor: Actor, request_id: int, bus: ChangeBus) -> Any:
    window = RequestWindow(Session(services, actor, bus), request_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded and not window.loading, timeout=WAIT_MS)
    return window


def page_of(window: RequestWindow, kind: type) -> Any:
    [page] = [p for p in window.action_pages if isinstance(p, kind)]
    return page


def test_a_step_taken_elsewhere_shows_in_the_open_window(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, bus, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access", identified=False)
    window = opened(qtbot, services, admin, request.record.id, bus)
    assert window.status_label.text() == "Received"

    services.requests.start_work(handler, request.record.id)
    qtbot.waitUntil(lambda: window.status_label.text() == "In progress", timeout=WAIT_MS)
    assert not window.start_work_button.isEnabled()
    assert column(window.timeline_page.model, 2)[-1] == "Status changed"
    assert answers == []


def test_the_pages_show_a_change_in_place_keeping_the_choices_and_an_open_dialog(
    english, qtbot, services: Services, admin: Actor, maija, bus, answers
) -> None:  # type: ignore[no-untyped-def]
    for purpose in ("marketing_email", "analytics"):
        services.consents.record(admin, maija.id, purpose, True, "web_form")
    request = open_request(services, admin, maija.id, "withdrawal")
    window = opened(qtbot, services, admin, request.record.id, bus)
    page = page_of(window, WithdrawalPage)
    assert page.purpose_list.count() == 2
    page.set_checked({"analytics"})

    # Someone else records a third consent: the same page lists it, the choice stays.
    services.consents.record(admin, maija.id, "ad_targeting", True, "web_form")
    qtbot.waitUntil(lambda: page.purpose_list.count() == 3, timeout=WAIT_MS)
    assert window.action_pages == [page]
    assert page.checked_codes() == ["analytics"]
    assert answers == []


def test_a_dialog_open_on_a_page_keeps_its_typing_when_the_person_changes(
    english, qtbot, services: Services, admin: Actor, maija, bus, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "objection")
    window = opened(qtbot, services, admin, request.record.id, bus)
    page = page_of(window, ObjectionRequestPage)
    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RequestObjectionDialog)
    dialog.reason_edit.setPlainText("En halua mainoksia.")

    rename(services, admin, maija.id, "Maija Virtanen")
    qtbot.waitUntil(lambda: "Maija Virtanen" in window.customer_label.text(), timeout=WAIT_MS)
    assert window.action_pages == [page]
    assert dialog.isVisible()
    assert dialog.reason_edit.toPlainText() == "En halua mainoksia."
    assert answers == []


@pytest.mark.parametrize(
    "rtype", ["access", "rectification", "erasure", "restriction", "objection", "withdrawal"]
)
def test_reading_the_request_sets_off_no_further_reading(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, bus, monkeypatch, rtype
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, rtype, identified=False)
    reads: list[int] = []
    detail = services.requests.detail

    def counted(actor: Actor, request_id: int) -> Any:
        reads.append(request_id)
        return detail(actor, request_id)

    monkeypatch.setattr(services.requests, "detail", counted)
    window = opened(qtbot, services, admin, request.record.id, bus)
    page = window.letters_page
    qtbot.waitUntil(lambda: not page.loading and not window.loading, timeout=WAIT_MS)
    qtbot.wait(300)
    assert len(reads) == 1  # the views it audits and the pages' reading change nothing shown

    services.requests.start_work(handler, request.record.id)
    qtbot.waitUntil(lambda: window.status_label.text() == "In progress", timeout=WAIT_MS)
    qtbot.wait(300)
    assert len(reads) == 2


def test_the_requests_tab_follows_the_bus(
    english, qtbot, services: Services, admin: Actor, maija, bus
) -> None:  # type: ignore[no-untyped-def]
    tab = RequestsTab(Session(services, admin, bus))
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0
    request = open_request(services, admin, maija.id, "access")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    rename(services, admin, maija.id, "Maija Virtanen")
    qtbot.waitUntil(lambda: column(tab.model, 2) == ["Maija Virtanen"], timeout=WAIT_MS)
    assert tab.model.record(0).id == request.record.id
