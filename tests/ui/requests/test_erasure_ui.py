"""The erasure request's page on a real database file: the plan before anything happens, the run
confirmed and carried out off the GUI thread, the kept invoices with their purge dates; the purge
queue of the pääkäyttäjä."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import NotFoundError
from l4d_desktop.core.requests.service import RequestDetail
from l4d_desktop.core.services import Services
from l4d_desktop.ui.register.purge_queue_dialog import PurgeQueueDialog
from l4d_desktop.ui.requests.pages.erasure import ErasurePage
from l4d_desktop.ui.requests.pages.recipients import RecipientsPage
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_maija
from tests.helpers.gui import cells, click, finish
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    c = add_maija(services, admin)
    services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    services.invoices.add(admin, c.id, "Z-1", dt.date(2024, 3, 10), "12,50")
    return c


def erasure_request(services: Services, admin: Actor, customer_id: int) -> RequestDetail:
    detail = open_request(services, admin, customer_id, "erasure")
    # The confirmation letter leaves before the erasure may run.
    services.letters.issue(admin, detail.record.id, "erasure", "fi", "save")
    return services.requests.detail(admin, detail.record.id)


def test_the_plan_is_shown_then_the_erasure_runs_confirmed_and_the_kept_invoice_shows(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request = erasure_request(services, admin, maija.id)
    _host, pages = host_pages(qtbot, services, admin, request)
    assert set(pages) == {"erasure_page", "recipients_page"}
    page = pages["erasure_page"]
    assert isinstance(page, ErasurePage)
    assert page.plan is not None
    assert page.subject_label.text() == (
        f"Erasure plan for Maija Meikäläinen, customer {maija.customer_number}"
    )
    rows = [cells(page.model, r) for r in range(page.model.rowCount())]
    invoice = next(r for r in rows if r[0] == "Invoice Z-1")
    assert invoice[2] == "keep"
    assert "Accounting Act" in invoice[3]
    assert invoice[4:] == ["31 Dec 2030", "1 Jan 2031"]
    customer_row = next(r for r in rows if r[0].startswith("Customer record"))
    assert customer_row[2] == "delete"
    assert page.letter_label.text() == (
        "The confirmation letter has been printed or saved; it tells the person that the data "
        "are erased by 21 Dec 2026."
    )
    assert not page.run_button.isHidden() and page.run_button.isEnabled()

    with qtbot.waitSignal(page.changed, timeout=10_000):
        click(qtbot, page.run_button)
        # The window stays responsive: the run is a background job.
        assert page.job is not None
    finish(qtbot, page.job)
    asked = [text for kind, text in answers if kind == "ask"]
    assert len(asked) == 1
    assert "Maija Meikäläinen" in asked[0] and "cannot be undone" in asked[0]
    assert page.result is not None
    text = page.result_label.text()
    assert "Deleted:" in text and "Anonymised:" in text and "Kept: 1 item" in text
    assert "checkpoint done" in text
    assert page.kept_label.text() == "Invoice Z-1: kept until 31 Dec 2030 (Accounting Act)"
    assert not page.kept_label.isHidden()
    assert page.run_button.isHidden()
    with pytest.raises(NotFoundError):
        services.customers.view(admin, maija.id)

    # The window rebuilds its pages after the change: the result is still there.
    _host2, again = host_pages(
        qtbot, services, admin, services.requests.detail(admin, request.record.id)
    )
    rebuilt = again["erasure_page"]
    assert isinstance(rebuilt, ErasurePage)
    assert rebuilt.kept_label.text() == page.kept_label.text()
    assert rebuilt.run_button.isHidden()


def test_declining_the_confirmation_changes_nothing(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from l4d_desktop.ui import feedback

    monkeypatch.setattr(feedback, "ask", lambda *_a: False)
    _host, pages = host_pages(qtbot, services, admin, erasure_request(services, admin, maija.id))
    page = pages["erasure_page"]
    assert isinstance(page, ErasurePage)
    click(qtbot, page.run_button)
    assert page.job is None and page.result is None
    assert services.customers.view(admin, maija.id).name == "Maija Meikäläinen"


def test_a_letter_the_data_outgrew_keeps_the_run_button_off_and_says_why(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = erasure_request(services, admin, maija.id)
    services.invoices.add(admin, maija.id, "Z-2", dt.date(2026, 11, 2), "5")
    _host, pages = host_pages(qtbot, services, admin, request)
    page = pages["erasure_page"]
    assert isinstance(page, ErasurePage)
    assert page.letter_label.text().startswith(
        "The person's data changed after the erasure letter was printed or saved"
    )
    assert not page.run_button.isEnabled()


def test_a_handler_without_customers_erase_sees_no_plan_and_no_run_button(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = erasure_request(services, admin, maija.id)
    _host, pages = host_pages(
        qtbot, services, handler, services.requests.detail(handler, request.record.id)
    )
    page = pages["erasure_page"]
    assert isinstance(page, ErasurePage)
    assert page.plan is None
    assert page.run_button.isHidden()
    assert page.table.isHidden()
    assert "right to erase customers" in page.status_label.text()
    # The checklist is theirs to keep.
    recipients = pages["recipients_page"]
    assert isinstance(recipients, RecipientsPage)
    assert not recipients.notified_button.isHidden()


def test_the_purge_queue_lists_kept_invoices_and_purges_those_due(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers, clock
) -> None:  # type: ignore[no-untyped-def]
    request = erasure_request(services, admin, maija.id)
    plan = services.erasure.plan(admin, request.record.id)
    services.erasure.run(admin, request.record.id, plan.token)

    dialog = PurgeQueueDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    row = cells(dialog.model, 0)
    assert row[0] == "Z-1"
    assert "31 Dec 2030" in row and "1 Jan 2031" in row
    assert not dialog.purge_button.isEnabled()  # nothing is due yet

    clock.now = dt.datetime(2031, 1, 2, 8, 0, tzinfo=dt.UTC)
    dialog.reload()
    assert dialog.purge_button.isEnabled()
    click(qtbot, dialog.purge_button)
    finish(qtbot, dialog.job)
    assert any(kind == "ask" and "1 kept invoice" in text for kind, text in answers)
    assert dialog.model.rowCount() == 0
    assert services.erasure.purge_queue(admin) == []
