"""A customer entered by mistake can be removed by the pääkäyttäjä while nothing has been done
with the record; the removal is audited; a record in use, or a user who is not the
pääkäyttäjä, is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied
from l4d_desktop.core.services import Services
from l4d_desktop.ui.texts import error_text
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer
from tests.helpers.gui import click
from tests.helpers.users import make_user

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@no_raise_on_offscreen
def test_the_administrator_removes_a_mistaken_customer(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    mistake = add_customer(services, admin, "Aino Aallto")
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, mistake.id)
    button = window.basic_page.remove_button
    assert button.isVisibleTo(window)
    click(qtbot, button)
    assert answers and answers[0][0] == "ask" and mistake.customer_number in answers[0][1]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.customers.search(admin) == []
    entry = services.audit_viewer.page(admin).records[0]
    assert (entry.action, entry.object_id, entry.detail) == (
        "customer.remove",
        mistake.id,
        mistake.customer_number,
    )


def test_a_customer_with_anything_done_is_not_removed(
    english, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    used = add_customer(services, admin, "Maija Meikäläinen")
    services.invoices.add(admin, used.id, "LASKU-1", dt.date(2026, 11, 20), "10,00")
    assert services.customer_removal.uses(admin, used.id) == ("invoices",)
    with pytest.raises(BusinessRuleError) as caught:
        services.customer_removal.remove(admin, used.id, used.version)
    assert "erasure request" in error_text(caught.value)
    assert [c.id for c in services.customers.search(admin)] == [used.id]


def test_only_the_administrator_sees_and_may_remove(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    handler = make_user(services, admin, "kaisa", "handler", "omenapuu kukkii keväällä aina")
    mistake = add_customer(services, admin, "Aino Aallto")
    with pytest.raises(PermissionDenied):
        services.customer_removal.remove(handler, mistake.id, mistake.version)
    tab = make_tab(qtbot, services, handler)
    window = open_window(qtbot, tab, mistake.id)
    assert not window.basic_page.remove_button.isVisibleTo(window)


@no_raise_on_offscreen
def test_the_window_says_why_a_customer_in_use_stays(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    used = add_customer(services, admin, "Maija Meikäläinen")
    services.consents.record(admin, used.id, "analytics", True, "web_form")
    window = open_window(qtbot, make_tab(qtbot, services, admin), used.id)
    click(qtbot, window.basic_page.remove_button)
    assert [kind for kind, _text in answers] == ["ask", "error"]
    assert "erasure request" in answers[1][1]
    assert window.isVisible()
    assert [c.id for c in services.customers.search(admin)] == [used.id]
