"""A customer's window on a real database file: the audited view, the editable basic data, the
consent ledger, objections, technical data paged as it scrolls, invoices, restriction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback
from l4d_desktop.ui.customers.tab import CustomersTab
from tests.helpers.clock import FakeClock
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import MAIJA_ADDRESS, add_maija, event_lines
from tests.helpers.customers import add_customer as add
from tests.helpers.database import audit_rows
from tests.helpers.gui import cells, click, click_save, column


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin, **MAIJA_ADDRESS)


@pytest.fixture
def tab(english, qtbot, services: Services, admin: Actor, maija: CustomerRecord) -> CustomersTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, services, admin)


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
    assert window.basic_page.form.phone_edit.text() == "+358 40 1234567"
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
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, monkeypatch
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
    # Closing with unsaved typing asks; "keep editing" keeps the window.
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


# -- consents and objections ---------------------------------------------------------------------


def test_consent_and_withdrawal_are_both_in_the_history_with_who_recorded_them(
    english,
    qtbot,
    services: Services,
    handler: Actor,
    maija: CustomerRecord,
    clock: FakeClock,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, handler)
    window = open_window(qtbot, tab, maija.id)
    page = window.consents_page
    assert set(column(page.state_model, 1)) == {"never asked"}
    assert page.history_model.rowCount() == 0

    click(qtbot, page.consent_button)
    dialog = page.dialog
    assert dialog is not None and dialog.given
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("marketing_email"))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("web_form"))
    assert dialog.at_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-24 10:00"
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()

    clock.advance(hours=2)
    click(qtbot, page.withdrawal_button)
    dialog = page.dialog
    assert dialog is not None and not dialog.given
    assert [dialog.purpose_combo.itemData(i) for i in range(dialog.purpose_combo.count())] == [
        "marketing_email"
    ], "only a consent in force can be withdrawn"
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("phone"))
    click_save(qtbot, dialog.buttons)

    history = page.history_model
    assert history.rowCount() == 2
    newest, oldest = cells(history, 0), cells(history, 1)
    assert newest[2:4] == ["withdrawn", "Phone"]
    assert oldest[2:4] == ["given", "Web form"]
    assert newest[0] == "24 Nov 2026 12:00" and oldest[0] == "24 Nov 2026 10:00"
    assert newest[5] == oldest[5] == "Kasittelija", "the user's full name, not an id"
    assert "Marketing messages by email" in newest[1]
    row = column(page.state_model, 0).index("Marketing messages by email")
    assert cells(page.state_model, row)[1:4] == ["withdrawn", "24 Nov 2026 12:00", "Phone"]
    assert answers == []


def test_a_consent_in_the_future_is_refused_beside_the_time(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    click(qtbot, window.consents_page.consent_button)
    dialog = window.consents_page.dialog
    assert dialog is not None
    dialog.at_edit.setDateTime(dialog.at_edit.dateTime().addDays(2))
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "cannot be in the future" in dialog.errors._fields["at"][1].text()
    dialog.reject()


def test_an_objection_to_direct_marketing_ends_the_marketing_consents_and_says_so(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    for purpose in ("marketing_email", "marketing_sms", "analytics"):
        services.consents.record(admin, maija.id, purpose, True, "web_form")
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    page = window.objections_page
    assert page.empty_label.text() == "No objections recorded."

    click(qtbot, page.record_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("direct_marketing"))
    dialog.reason_edit.setPlainText("Ei mainoksia, kiitos.")
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()

    kind, text = answers[-1]
    assert kind == "info"
    assert "Marketing messages by email" in text and "Marketing messages by text message" in text
    assert "Analysis" not in text
    assert "suppression list" in text
    assert page.model.rowCount() == 1
    assert cells(page.model, 0)[1:4] == [
        "Direct marketing (incl. ad targeting)",
        "Ei mainoksia, kiitos.",
        "Jouni Ojala",
    ]
    window.tabs.setCurrentWidget(page)
    assert page.marketing_note.isVisible()

    consents = window.consents_page
    states = {r[0]: r[1] for r in (cells(consents.state_model, i) for i in range(4))}
    assert states["Marketing messages by email"] == "withdrawn"
    assert states["Marketing messages by text message"] == "withdrawn"
    assert states["Analysis and statistics of our services"] == "given"
    ended = [
        c
        for c in (cells(consents.history_model, i) for i in range(5))
        if c[3] == "Ended by an objection"
    ]
    assert len(ended) == 2

    # A marketing consent cannot come back through the window either.
    click(qtbot, consents.consent_button)
    again = consents.dialog
    assert again is not None
    again.purpose_combo.setCurrentIndex(again.purpose_combo.findData("marketing_email"))
    click_save(qtbot, again.buttons)
    assert again.isVisible()
    assert "objected to direct marketing" in again.general_error.text()
    again.reject()


# -- technical data ------------------------------------------------------------------------------


def test_technical_data_shows_the_total_and_pages_in_as_it_scrolls(
    tab: CustomersTab, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    data = "\n".join(event_lines("maija@example.fi", 450)).encode()
    assert services.events.import_file(admin, data, "site.jsonl").imported == 450
    window = open_window(qtbot, tab, maija.id)
    window.show()
    page = window.technical_page
    window.tabs.setCurrentWidget(page)
    model = page.model
    assert page.count_label.text().startswith("450 web event")
    assert model.rowCount() == 200, "one page at first"
    assert cells(model, 0)[0] == "1 Jan 2026 18:29:00", "newest first, in office time"
    assert cells(model, 0)[1:4] == ["192.0.2.7", "/tuotteet/449", "https://www.example.com/haku"]

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200, timeout=5000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert cells(model, 449)[2] == "/tuotteet/0"


def test_a_customer_without_events_says_so(
    tab: CustomersTab, qtbot, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tab, maija.id)
    assert window.technical_page.count_label.text() == "No web events are linked to this customer."
    assert window.requests_page.empty_label.text() == "No data subject requests from this customer."


# -- invoices ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "amount"), [("en", "€1,250.50"), ("fi", "1\u00a0250,50\u00a0€")])
def test_an_invoice_is_added_shown_in_the_languages_money_format_and_marked_paid(
    app_parts, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers, lang, amount
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply(lang, remember=False)
    tab = make_tab(qtbot, services, admin)
    window = open_window(qtbot, tab, maija.id)
    page = window.invoices_page
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert dialog is not None
    dialog.number_edit.setText("2026-0042")
    dialog.amount_edit.setText("12,50 e")
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors._fields["amount"][1].isVisibleTo(dialog)
    dialog.amount_edit.setText("1 250,50")
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()

    assert page.model.rowCount() == 1
    row = cells(page.model, 0)
    assert row[0] == "2026-0042"
    assert row[2] == amount
    stored = services.invoices.list_invoices(admin, maija.id)[0]
    assert (stored.amount_cents, stored.paid) == (125050, False)

    page.table.selectRow(0)
    assert page.paid_button.isEnabled() and not page.unpaid_button.isEnabled()
    click(qtbot, page.paid_button)
    assert services.invoices.list_invoices(admin, maija.id)[0].paid
    assert page.unpaid_button.isEnabled()
    assert answers == []


# -- restriction ---------------------------------------------------------------------------------


def test_restriction_is_confirmed_shown_and_obeyed_by_the_export(
    tab: CustomersTab,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    answers,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.gui import finish

    add(services, admin, "Eino Esimerkki")
    tab.refresh()
    window = open_window(qtbot, tab, maija.id)
    window.show()
    page = window.basic_page
    page.form.city_edit.setText("Espoo")  # typing in progress is not lost by the restriction
    assert page.restrict_button.text() == "Restrict processing…"
    click(qtbot, page.restrict_button)
    assert answers[-1][0] == "ask" and "Art. 18" in answers[-1][1]
    assert services.customers.view(admin, maija.id).restricted
    assert window.banner.isVisible() and "restricted" in window.banner.text()
    assert page.restrict_button.text() == "Lift the restriction…"
    assert page.form.city_edit.text() == "Espoo"
    names = column(tab.model, 1)
    assert cells(tab.model, names.index("Maija Meikäläinen"))[7] == "restricted"
    assert cells(tab.model, names.index("Eino Esimerkki"))[7] == ""

    # A restricted person's data are only stored: the edit is refused in words, nothing is
    # saved, and the typing stays for later (no conflict is reported either).
    click(qtbot, page.save_button)
    assert services.customers.view(admin, maija.id).city == "Kirkkonummi"
    assert "restricted (GDPR Art. 18)" in page.form.general_error.text()
    assert page.form.city_edit.text() == "Espoo"
    assert not any("Another user" in text for _k, text in answers)

    target = tmp_path / "all.csv"
    finish(qtbot, tab.export_to(target))
    text = target.read_text(encoding="utf-8-sig")
    assert "Eino Esimerkki" in text and "Meikäläinen" not in text
    assert answers[-1][0] == "info" and "restricted" in answers[-1][1]
    assert answers[-1][1].startswith("1 customer"), "one written, the other left out"

    click(qtbot, page.restrict_button)
    assert not services.customers.view(admin, maija.id).restricted
    assert not window.banner.isVisible()
    # Lifted: the edit kept in the form now saves.
    click(qtbot, page.save_button)
    assert services.customers.view(admin, maija.id).city == "Espoo"
