"""One objection request, several purposes: ticked in one dialog, recorded together in effect
from the request's receipt, each a row with its own outcome; none ticked names the field."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.objection import ObjectionRequestPage, RequestObjectionDialog
from tests.helpers.gui import cells, click, click_save
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request


def test_several_purposes_in_one_dialog_each_recorded_from_receipt(
    english, qtbot, services: Services, admin: Actor, maija, answers
) -> None:  # type: ignore[no-untyped-def]
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    request = open_request(services, admin, maija.id, "objection")
    _host, pages = host_pages(qtbot, services, admin, request)
    page = pages["objection_request_page"]
    assert isinstance(page, ObjectionRequestPage)
    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RequestObjectionDialog)
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors._fields["purpose"][1].text() == "Purpose: this field is required."
    dialog.check("direct_marketing", "service_development")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    rows = [cells(page.model, r) for r in range(page.model.rowCount())]
    assert sorted((r[0], r[1], r[2]) for r in rows) == [
        ("20 Nov 2026", "Direct marketing (incl. ad targeting)", "stopped at once"),
        ("20 Nov 2026", "Service development", "awaiting decision"),
    ]
    assert all(r[6] for r in rows)  # the moment each was recorded, shown apart
    assert any(kind == "info" and "stopped at once" in text for kind, text in answers)
    recorded = services.objections.list_objections(admin, maija.id)
    assert {o.request_id for o in recorded} == {request.record.id}
