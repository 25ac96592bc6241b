"""The Searched and asked page of an access request on a real database: a system searched with
what was found, a question recorded and answered, the copy's delivery, a kept invoice matched to
a requester of whom nothing else is held; a reader sees it read-only."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.answer_dialogs import (
    AnswerDialog,
    DeliveryDialog,
    KeptInvoiceDialog,
    QuestionDialog,
    SearchDialog,
)
from l4d_desktop.ui.requests.pages.answer_records import AnswerRecordsPage
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.gui import cells, click, click_save
from tests.helpers.pdf import pdf_text
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import RECEIVED, open_request


def test_searches_questions_and_delivery_are_recorded_from_the_page(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request = open_request(services, admin, maija.id, "access")
    host, pages = host_pages(qtbot, services, admin, request)
    page = pages["answer_records_page"]
    assert isinstance(page, AnswerRecordsPage)
    host.setCurrentWidget(page)
    assert not page.no_searches_label.isHidden()
    assert page.kept_button.isHidden()  # the person is known: no kept invoices to match

    click(qtbot, page.search_button)
    search = page.dialog
    assert isinstance(search, SearchDialog)
    search.system_combo.setCurrentIndex(search.system_combo.findData("email"))
    search.found_check.setChecked(True)
    click_save(qtbot, search.buttons)
    assert search.isVisible()  # found, but not said what
    assert "required" in search.errors._fields["result"][1].text()
    search.result_edit.setPlainText("Kaksi sähköpostia 3.11.2026")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, search.buttons)
    assert cells(page.search_model, 0) == [
        "Email and correspondence",
        "24 Nov 2026",
        "✓",
        "Kaksi sähköpostia 3.11.2026",
    ]

    click(qtbot, page.question_button)
    question = page.dialog
    assert isinstance(question, QuestionDialog)
    question.question_edit.setPlainText("Mistä saitte osoitteeni?")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, question.buttons)
    page.question_table.selectRow(0)
    click(qtbot, page.answer_button)
    answer = page.dialog
    assert isinstance(answer, AnswerDialog)
    assert "Mistä saitte osoitteeni?" in answer.intro_label.text()
    answer.answer_edit.setPlainText("Annoit sen itse.")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, answer.buttons)
    assert cells(page.question_model, 0) == ["Mistä saitte osoitteeni?", "Annoit sen itse."]

    click(qtbot, page.delivery_button)
    delivery = page.dialog
    assert isinstance(delivery, DeliveryDialog)
    delivery.channel_combo.setCurrentIndex(delivery.channel_combo.findData("secure_link"))
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, delivery.buttons)
    assert page.delivery_label.text() == (
        "Delivery of the electronic copy: Protected download link that expires."
    )
    records = services.access_answers.records(admin, request.record.id)
    assert (len(records.searches), records.questions[0].answer) == (1, "Annoit sen itse.")

    # The answer again, in English: each letter prints its own language's answer only, and the
    # English one waits for the search's words in English.
    page.question_table.selectRow(0)
    click(qtbot, page.answer_button)
    again = page.dialog
    assert isinstance(again, AnswerDialog)
    assert again.language_combo.currentData() == "fi"  # the customer's
    again.language_combo.setCurrentIndex(again.language_combo.findData("en"))
    again.answer_edit.setPlainText("You gave it yourself.")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, again.buttons)
    rid = request.record.id
    finnish = pdf_text(services.letters.render(admin, rid, "access", "fi").pdf)
    assert "Annoit sen itse." in finnish and "You gave it yourself." not in finnish
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, rid, "access", "en")
    assert refused.value.params["topic"] == f"search.{records.searches[0].id}"
    services.access_answers.put_search_result(
        admin, rid, records.searches[0].id, "Two emails of 3.11.2026", "en"
    )
    english = pdf_text(services.letters.render(admin, rid, "access", "en").pdf)
    assert "You gave it yourself." in english and "Annoit sen itse." not in english


def test_a_requester_matched_to_no_one_gets_the_page_and_a_kept_invoice(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    erased = add_customer(services, admin, "Åsa Öhman", email="asa@example.fi")
    services.invoices.add(admin, erased.id, "2024-0031", dt.date(2024, 3, 10), "249,00")
    erasure = services.requests.register(
        admin, RequestInput("erasure", RECEIVED, "email", erased.id)
    )
    services.requests.identify(admin, erasure.id, erased.id, "email_on_file")
    services.letters.issue(admin, erasure.id, "erasure", "fi", "save")
    services.erasure.run(admin, erasure.id, services.erasure.plan(admin, erasure.id).token)
    rid = services.requests.register(
        admin, RequestInput("access", RECEIVED, "letter", None, requester_name="Åsa Öhman")
    ).id
    _host, pages = host_pages(qtbot, services, admin, services.requests.detail(admin, rid))
    assert list(pages) == ["action_notice_page", "answer_records_page"]
    page = pages["answer_records_page"]
    assert isinstance(page, AnswerRecordsPage)
    assert not page.kept_button.isHidden()
    assert "in the requester's name: 2024-0031" in page.kept_label.text()
    click(qtbot, page.kept_button)
    dialog = page.dialog
    assert isinstance(dialog, KeptInvoiceDialog)
    dialog.number_edit.setText("2024-9999")
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "no invoice with this number" in dialog.errors._fields["invoice"][1].text()
    dialog.number_edit.setText("2024-0031")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert page.kept_label.text() == "Kept invoices matched to the requester: 2024-0031."


def test_a_reader_sees_the_records_read_only(
    english, qtbot, services: Services, admin: Actor, reader: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request = open_request(services, admin, maija.id, "access")
    services.access_answers.add_search(admin, request.record.id, "paper", False, "")
    _host, pages = host_pages(qtbot, services, reader, request)
    page = pages["answer_records_page"]
    assert cells(page.search_model, 0)[0] == "Paper files"
    for button in (page.search_button, page.question_button, page.delivery_button):
        assert button.isHidden()
