"""Phone numbers as the person writes them, the same in the list and the form: a Finnish
number in the national grouping, another country's in the international one; a number left as
shown is saved as it was stored, whatever the country field becomes."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.phone_grouping import grouped_phone
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.form import CustomerForm
from tests.helpers.customer_windows import make_tab
from tests.helpers.customers import add_customer
from tests.helpers.gui import column


@pytest.mark.parametrize(
    ("e164", "country", "shown"),
    [
        ("+358401234567", "FI", "040 123 4567"),
        ("+35891234567", "FI", "09 123 4567"),
        ("+358201234567", "FI", "020 123 4567"),
        ("+35850123456", "FI", "050 123 456"),
        ("+46812345678", "FI", "+46 8 123 456 78"),
        ("+358401234567", "SE", "+358 40 1234567"),
        ("", "FI", ""),
    ],
)
def test_grouping(e164: str, country: str, shown: str) -> None:
    assert grouped_phone(e164, country) == shown


def test_the_list_and_the_form_show_the_same_grouping(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_customer(services, admin, "Maija", phone="+358 40 123 4567")
    add_customer(services, admin, "Sven", phone="+46 8 123 456 78", country="SE")
    tab = make_tab(qtbot, services, admin)
    assert column(tab.model, 3) == ["040 123 4567", "+46 8 123 456 78"]
    form = CustomerForm(services.customers, admin, maija)
    qtbot.addWidget(form)
    assert form.phone_edit.text() == "040 123 4567"
    assert not form.is_modified()


def test_a_phone_left_as_shown_keeps_its_number_when_the_country_changes(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_customer(services, admin, "Maija", phone="040 123 4567")
    form = CustomerForm(services.customers, admin, maija)
    qtbot.addWidget(form)
    form.country_edit.setText("SE")  # "040 123 4567" would be a Malmö number there
    saved = form.save()
    assert saved is not None and saved.phone == "+358401234567" and saved.country == "SE"
    typed = services.customers.update(
        admin, saved.id, saved.version, CustomerInput(name="Maija", phone="040 123 4567")
    )
    assert typed.phone == "+358401234567"
