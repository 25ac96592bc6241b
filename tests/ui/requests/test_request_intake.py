"""The intake dialog on a real database file: the moment of receipt in office time, the
requester's words, name and contact, who received it, a handler, customers suggested from what
is typed (or none: not yet identified), the dates previewed live, errors kept at their field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.deadlines import deadlines_for
from l4d_desktop.core.services import Services
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.requests.intake_dialog import RequestDialog
from tests.helpers.customers import add_customer as add
from tests.helpers.gui import click_save, field_errors
from tests.helpers.users import HANDLER_PASSWORD, make_user


@pytest.fixture
def kaisa(services: Services, admin: Actor) -> Actor:
    return make_user(services, admin, "kaisa", "handler", HANDLER_PASSWORD)


def make_dialog(qtbot, services: Services, actor: Actor) -> RequestDialog:  # type: ignore[no-untyped-def]
    dialog = RequestDialog(services.requests, services.customers, actor)
    qtbot.addWidget(dialog)
    return dialog


def settle(qtbot, dialog: RequestDialog) -> None:  # type: ignore[no-untyped-def]
    """Let the typing pause that looks customers up run out."""
    qtbot.waitUntil(lambda: not dialog._search_timer.isActive())


def suggestions(dialog: RequestDialog) -> list[object]:
    combo = dialog.customer_combo
    return [combo.itemData(i) for i in range(combo.count())]


def set_received(dialog: RequestDialog, day: dt.date, hour: int, minute: int) -> None:
    dialog.received_edit.setDateTime(
        QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))
    )


def test_the_moment_of_receipt_defaults_to_now_in_office_time(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    shown = dialog.received_edit.dateTime()
    # The fake clock: 24.11.2026 08:00 UTC = 10:00 in Helsinki.
    assert (shown.date(), shown.time()) == (QDate(2026, 11, 24), QTime(10, 0))
    assert dialog.received_by_label.text() == "Jouni Ojala"
    assert dialog.customer_combo.currentData() is None
    assert dialog.customer_combo.currentText() == "(not yet identified)"


def test_customers_are_suggested_from_the_requesters_details_without_choosing_one(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    add(services, admin, "Eino Esimerkki", email="eino@example.fi")
    dialog = make_dialog(qtbot, services, admin)
    dialog.requester_contact_edit.setText("maija@example.fi")
    settle(qtbot, dialog)
    assert suggestions(dialog) == [None, maija.id]
    assert dialog.customer_combo.currentData() is None  # a suggestion, not an identification
    assert "Possible customers" in dialog.suggestion_hint.text()

    # A phone number inside the words finds her too.
    dialog.requester_contact_edit.clear()
    dialog.requester_text_edit.setPlainText(
        "Hei! Haluan kopion tiedoistani. Soittakaa 040 123 4567."
    )
    settle(qtbot, dialog)
    assert suggestions(dialog) == [None, maija.id]

    # Searching on purpose picks the first match.
    dialog.customer_search_edit.setText("esimerkki")
    settle(qtbot, dialog)
    assert dialog.customer_combo.currentText().startswith("Eino Esimerkki")

    dialog.customer_search_edit.setText("nobody at all")
    settle(qtbot, dialog)
    assert suggestions(dialog) == [None]
    assert dialog.suggestion_hint.text() == "No customer matches."


def test_intake_with_time_words_handler_and_customer(
    english, qtbot, services: Services, admin: Actor, kaisa: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("access"))
    received = dt.date(2026, 11, 20)
    set_received(dialog, received, 14, 35)
    dates = deadlines_for("access", received)
    preview = dialog.dates_preview.text()
    assert f"Statutory deadline: {format_date(dates.statutory)}" in preview
    assert f"Promised in the privacy notice: {format_date(dates.promised)}" in preview
    assert f"Due: {format_date(dates.due)}" in preview
    # The preview follows the type: an erasure has no promised date.
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("erasure"))
    assert "Promised" not in dialog.dates_preview.text()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("access"))

    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("letter"))
    dialog.requester_text_edit.setPlainText(
        "Pyydän saada kaikki minusta tallennetut tiedot.\nMaija"
    )
    dialog.requester_name_edit.setText("Maija Meikäläinen")
    dialog.requester_contact_edit.setText("Kirkkotie 1, 02400 Kirkkonummi")
    dialog.customer_search_edit.setText("maija@example.fi")
    settle(qtbot, dialog)
    assert dialog.customer_combo.currentData() == maija.id
    handlers = [dialog.handler_combo.itemText(i) for i in range(dialog.handler_combo.count())]
    assert handlers == ["(nobody yet)", "Jouni Ojala", "Kaisa"]
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(kaisa.user_id))

    saved = []
    dialog.saved.connect(saved.append)
    click_save(qtbot, dialog.buttons)
    assert saved, field_errors(dialog)
    assert not dialog.isVisible()
    detail = services.requests.detail(admin, saved[0].id)
    r = detail.record
    assert r.received_at == dt.datetime(2026, 11, 20, 14, 35, tzinfo=OFFICE_ZONE)
    assert (r.type, r.channel, r.customer_id, r.handler_id) == (
        "access",
        "letter",
        maija.id,
        kaisa.user_id,
    )
    assert (r.statutory_due, r.promised_due, r.due) == (dates.statutory, dates.promised, dates.due)
    assert detail.requester_text == "Pyydän saada kaikki minusta tallennetut tiedot.\nMaija"
    assert detail.requester_name == "Maija Meikäläinen"
    assert detail.requester_contact == "Kirkkotie 1, 02400 Kirkkonummi"
    assert detail.received_by == "Jouni Ojala"


def test_a_request_may_start_not_yet_identified(
    english, qtbot, services: Services, kaisa: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, kaisa)
    # Every active user who may handle requests can be given it, the handler included.
    handlers = [dialog.handler_combo.itemData(i) for i in range(dialog.handler_combo.count())]
    assert handlers == [None, services.requests.handlers(kaisa)[0][0], kaisa.user_id]
    assert [dialog.handler_combo.itemText(i) for i in (1, 2)] == ["Jouni Ojala", "Kaisa"]
    dialog.requester_contact_edit.setText("maija@example.fi")
    settle(qtbot, dialog)
    saved = []
    dialog.saved.connect(saved.append)
    click_save(qtbot, dialog.buttons)
    assert saved and saved[0].customer_id is None
    assert saved[0].received == dt.date(2026, 11, 24)


def test_a_time_in_the_future_is_refused_at_its_field_and_nothing_typed_is_lost(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.show()
    set_received(dialog, dt.date(2026, 11, 24), 23, 0)  # later today than the clock's 10:00
    dialog.requester_text_edit.setPlainText("Poistakaa tietoni.")
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert field_errors(dialog) == ["Time of receipt: the date cannot be in the future."]
    assert dialog.received_edit.property("invalid") is True
    assert dialog.requester_text_edit.toPlainText() == "Poistakaa tietoni."
    assert services.requests.count(admin) == 0

    set_received(dialog, dt.date(2026, 11, 24), 9, 5)
    saved = []
    dialog.saved.connect(saved.append)
    click_save(qtbot, dialog.buttons)
    assert saved and saved[0].received_at == dt.datetime(2026, 11, 24, 7, 5, tzinfo=dt.UTC)
