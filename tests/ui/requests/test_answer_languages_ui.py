"""The Searched and asked page writes a recorded search's result and a pause's reason in another
letter language, and the refusal for a text still missing names it in words in every interface
language; read back from the English letter."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.answer_languages import (
    PauseLanguageDialog,
    SearchLanguageDialog,
)
from l4d_desktop.ui.requests.pages.answer_records import AnswerRecordsPage
from l4d_desktop.ui.texts import error_text
from tests.helpers.customers import add_maija
from tests.helpers.gui import click, click_save
from tests.helpers.pdf import pdf_text
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request

FOUND_EN = "Two emails of 3 November 2026 about your order"
WAITED_EN = "We waited for your order number to confirm who you are"


def _refusal(services: Services, admin: Actor, rid: int) -> BusinessRuleError:
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, rid, "access", "en")
    return refused.value


def test_search_and_pause_texts_in_another_language_from_the_page(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    request = open_request(services, admin, maija.id, "access")
    rid = request.record.id
    services.access_answers.add_search(admin, rid, "email", True, "Kaksi sähköpostia 3.11.2026")
    services.requests.pause(admin, rid, "Odotimme tilausnumeroasi henkilöllisyyden varmistamiseksi")
    services.requests.resume(admin, rid)
    search_id = services.access_answers.records(admin, rid).searches[0].id

    refused = _refusal(services, admin, rid)
    assert error_text(refused) == (
        f"The letter prints a text not yet written in English: what search {search_id} found. "
        "Write it first."
    )
    host, pages = host_pages(qtbot, services, admin, services.requests.detail(admin, rid))
    page = pages["answer_records_page"]
    assert isinstance(page, AnswerRecordsPage)
    host.setCurrentWidget(page)
    assert not page.search_language_button.isEnabled()  # no search chosen
    page.search_table.selectRow(0)
    click(qtbot, page.search_language_button)
    dialog = page.dialog
    assert isinstance(dialog, SearchLanguageDialog)
    assert "Kaksi sähköpostia" in dialog.intro_label.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    click_save(qtbot, dialog.buttons)
    assert "required" in dialog.errors._fields["result"][1].text()
    dialog.result_edit.setPlainText(FOUND_EN)
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)

    pause = services.requests.detail(admin, rid).pauses[0]
    refused = _refusal(services, admin, rid)
    assert error_text(refused) == (
        "The letter prints a text not yet written in English: the reason request "
        f"{rid} waited for the requester (pause {pause.id}). Write it first."
    )
    assert not page.pause_language_button.isHidden()
    click(qtbot, page.pause_language_button)
    waited = page.dialog
    assert isinstance(waited, PauseLanguageDialog)
    assert waited.pause_combo.currentData() == pause.id
    waited.language_combo.setCurrentIndex(waited.language_combo.findData("en"))
    waited.reason_edit.setPlainText(WAITED_EN)
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, waited.buttons)

    text = " ".join(pdf_text(services.letters.render(admin, rid, "access", "en").pdf).split())
    assert FOUND_EN in text and WAITED_EN in text
    assert "Kaksi sähköpostia" not in text and "Odotimme" not in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", "haun 7 tulos"),
        ("sv", "vad sökning 7 hittade"),
        ("en", "what search 7 found"),
    ],
)
def test_a_missing_text_is_named_in_words_in_every_interface_language(
    app_parts, language: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply(language, remember=False)
    text = error_text(
        BusinessRuleError("letter_text_missing", topic="search.7", language="en", request=3)
    )
    assert words in text and "search.7" not in text
    pause = error_text(
        BusinessRuleError("letter_text_missing", topic="pause.2", language="sv", request=3)
    )
    assert "pause.2" not in pause and "3" in pause
