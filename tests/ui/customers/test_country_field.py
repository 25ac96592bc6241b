"""The country is chosen by name, in Finnish or English, typing filters the list, and the
register stores the ISO code; an unknown country gets the register's own message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.country_field import code_of
from l4d_desktop.ui.customers.form import CustomerForm
from tests.helpers.customers import add_customer
from tests.helpers.gui import field_errors


def test_names_in_either_language_and_codes_give_the_code() -> None:
    for text in ("Ruotsi (SE)", "Sweden", "sweden", "ruotsi", " se ", "Sweden (SE)"):
        assert code_of(text) == "SE", text
    assert code_of("Ahvenanmaa") == "AX" and code_of("Åland Islands") == "AX"
    assert code_of("Atlantis") == "Atlantis"


def test_the_form_shows_names_and_saves_the_code(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_customer(services, admin, "Maija", country="SE")
    form = CustomerForm(services.customers, admin, maija)
    qtbot.addWidget(form)
    field = form.country_edit
    assert field.currentText() == "Sweden (SE)" and field.text() == "SE"
    assert not form.is_modified()

    field.setEditText("Viro")  # typed in Finnish in the English window
    assert form.input().country == "EE"
    saved = form.save()
    assert saved is not None and saved.country == "EE"


# The completer's popup is raised and grabs the keyboard, which the offscreen platform cannot.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_typing_filters_the_countries(english, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    form = CustomerForm(services.customers, admin)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    field = form.country_edit
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "ruo")
    completer = field.completer()
    shown = [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ]
    assert "Ruotsi (SE)" in shown and "Sweden (SE)" not in shown
    assert all("ruo" in s.casefold() for s in shown)


def test_an_unknown_country_is_refused_beside_the_field(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    form = CustomerForm(services.customers, admin)
    qtbot.addWidget(form)
    form.name_edit.setText("Aino Aalto")
    form.country_edit.setEditText("Atlantis")
    assert form.save() is None
    assert any("country" in e.casefold() for e in field_errors(form))


def test_the_names_follow_the_language(english, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    english[2].apply("fi", remember=False)
    form = CustomerForm(services.customers, admin)
    qtbot.addWidget(form)
    qtbot.wait(10)  # the switch back to English at the end is then a later one
    assert form.country_edit.currentText() == "Suomi (FI)"
    assert form.country_edit.findText("Ruotsi (SE)", Qt.MatchFlag.MatchExactly) >= 0
    english[2].apply("en", remember=False)  # a language switch re-labels the open form
    qtbot.waitUntil(lambda: form.country_edit.currentText() == "Finland (FI)")
