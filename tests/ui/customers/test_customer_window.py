"""The customer window on a real database file: opening it as an audited view, basic data with
its errors and conflicts, and a reader's read-only view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.tab import CustomersTab
from l4d_desktop.ui.feedback import Unsaved
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer as add
from tests.helpers.database import audit_rows
from tests.helpers.gui import click

# Bringing an open window to the front is something the offscreen test platform cannot do.
no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


def views_of(services: Services, customer_id: int) -> list[str]:
    return [
        r["detail"]
        for r in audit_rows(services.db.path)
        if r["action"] == "customer.view" and r["object_id"] == customer_id
    ]


# -- opening -----------------------------------------------------------------------------------


@no_raise_on_offscreen
def test_opening_a_customer_is_an_audited_view_for_customer_service(
    tab: CustomersTab, qtbot, services: Services, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    assert views_of(services, maija.id) == []
    tab.table.selectRow(0)
    click(qtbot, tab.open_button)
    window = tab.windows[maija.id]
    qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
    assert views_of(services, maija.id) == ["customer_service"]
    assert "Maija Meikäläinen" in window.windowTitle()
    assert maija.customer_number in window.windowTitle()
    assert window.basic_page.form.name_edit.text() == "Maija Meikäläinen"
    assert window.basic_page.form.phone_edit.text() == "040 123 4567"
    assert not window.banner.isVisible()

    # One window per customer: opening again raises it and is no second view for the purpose…
    assert tab.open_customer(maija.id) is window
    assert views_of(services, maija.id) == ["customer_service"]
    # …but consulting it for a request is logged with that purpose.
    tab.open_customer(maija.id, "request:12")
    assert views_of(services, maija.id) == ["customer_service", "request:12"]
    assert answers == []


def test_enter_on_a_row_opens_the_window_and_a_request_can_give_its_purpose(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: maija.id in tab.windows and tab.windows[maija.id].loaded)
    tab.windows[maija.id].close()
    assert maija.id not in tab.windows

    other = add(services, admin, "Eino Esimerkki")
    window = open_window(qtbot, tab, other.id, purpose="request:7")
    assert views_of(services, other.id) == ["request:7"]
    assert window.basic_page.form.name_edit.text() == "Eino Esimerkki"


def test_a_customer_that_is_gone_reports_and_closes(tab: CustomersTab, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    window = tab.open_customer(999_999)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers[0][0] == "error" and "no such record" in answers[0][1]
    assert 999_999 not in tab.windows
    assert not window.loaded


# -- basic data ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Email: not a valid email address."), ("fi", "Sähköposti")],
)
def test_a_bad_email_is_shown_beside_its_field_in_the_users_language(
    app_parts,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    answers,
    lang,
    expected,
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply(lang, remember=False)
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    form = window.basic_page.form
    form.email_edit.setText("maija@@example")
    form.city_edit.setText("Espoo")
    click(qtbot, window.basic_page.save_button)
    error = form.errors._fields["email"][1]
    assert expected in error.text()
    assert form.city_edit.text() == "Espoo", "nothing typed is lost"
    assert services.customers.view(admin, maija.id).city == "Kirkkonummi"
    # Discard the unsaved typing without a question box at teardown.
    form.fill(form.record)


def test_basic_data_saves_new_fields_and_the_list_follows(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tab, maija.id)
    form = window.basic_page.form
    form.business_id_edit.setText("2989855-4")
    form.source_combo.setCurrentIndex(form.source_combo.findData("registry"))
    assert form.source_name_edit.isEnabled()
    click(qtbot, window.basic_page.save_button)
    assert "not a valid Finnish business ID" in form.errors._fields["business_id"][1].text()
    assert "required" in form.errors._fields["source_name"][1].text()

    form.business_id_edit.setText("29898555")
    form.source_name_edit.setText("Väestötietojärjestelmä")
    form.notes_edit.setPlainText("Soitti 3.11.")
    form.notes_third_party_check.setChecked(False)
    form.city_edit.setText("Espoo")
    click(qtbot, window.basic_page.save_button)
    saved = services.customers.view(admin, maija.id)
    assert (saved.business_id, saved.source, saved.source_name) == (
        "2989855-5",
        "registry",
        "Väestötietojärjestelmä",
    )
    assert (saved.notes, saved.notes_third_party, saved.city) == ("Soitti 3.11.", False, "Espoo")
    assert form.business_id_edit.text() == "2989855-5", "the form shows what was stored"
    assert not form.is_modified()
    assert tab.model.record(0).city == "Espoo"
    assert answers == []


def test_saving_over_another_users_change_is_asked_and_done_knowingly(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tab, maija.id)
    services.customers.update(
        admin, maija.id, maija.version, CustomerInput(name=maija.name, city="Vantaa")
    )
    form = window.basic_page.form
    form.city_edit.setText("Porvoo")
    click(qtbot, window.basic_page.save_button)
    assert answers[0][0] == "ask" and "Another user saved" in answers[0][1]
    assert services.customers.view(admin, maija.id).city == "Porvoo"
    assert not form.is_modified()


def test_keeping_editing_after_a_conflict_keeps_the_typing(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    monkeypatch,
    unsaved_replies,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(feedback, "ask", lambda *_a: False)
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    services.customers.update(admin, maija.id, maija.version, CustomerInput(name="Maija Toinen"))
    form = window.basic_page.form
    form.name_edit.setText("Maija Oma")
    click(qtbot, window.basic_page.save_button)
    assert form.name_edit.text() == "Maija Oma"
    assert "changed by another user" in form.general_error.text()
    assert services.customers.view(admin, maija.id).name == "Maija Toinen"
    # Closing with unsaved typing asks Save / Discard / Cancel; Cancel keeps the window.
    unsaved_replies.append(Unsaved.CANCEL)
    window.close()
    assert maija.id in tab.windows and window.isVisible()
    form.fill(form.record)


def test_a_reader_sees_everything_and_can_change_nothing(
    english, qtbot, services: Services, reader: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, reader)
    tab.show()
    for button in (tab.new_button, tab.export_button, tab.import_events_button):
        assert not button.isVisible()
    window = open_window(qtbot, tab, maija.id)
    window.show()
    page = window.basic_page
    assert page.form.name_edit.isReadOnly() and not page.form.source_combo.isEnabled()
    assert not page.save_button.isVisible() and not page.restrict_button.isVisible()
    assert page.read_only_label.isVisible()
    window.tabs.setCurrentWidget(window.consents_page)
    assert not window.consents_page.consent_button.isVisible()
    window.tabs.setCurrentWidget(window.invoices_page)
    assert not window.invoices_page.add_button.isVisible()
    assert views_of(services, maija.id) == ["customer_service"]
    assert answers == []
