"""The customer window's pages: consents and objections with their history, technical data paged
in as it scrolls, invoices in the language's money format, and restriction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.tab import CustomersTab
from tests.helpers.clock import FakeClock
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer as add
from tests.helpers.customers import event_lines
from tests.helpers.gui import cells, click, click_save, column

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
