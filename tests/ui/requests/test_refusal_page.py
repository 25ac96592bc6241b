"""A refused request's page: the reasons and the assessment written in the other letter
language, so that the refusal letter can go out in it."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.evidence_dialogs import LetterTextDialog
from l4d_desktop.ui.requests.pages.refusal import RefusalPage
from tests.helpers.gui import click, click_save
from tests.helpers.pdf import pdf_text
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request

REASON_FI = "Olet lähettänyt saman pyynnön kuusi kertaa viikon aikana."
REASON_EN = "You have sent the same request six times within one week."


def test_the_refusal_reasons_in_english_from_the_window(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    rid = open_request(services, admin, maija.id, "access").record.id
    open_pages = host_pages(qtbot, services, admin, services.requests.detail(admin, rid))[1]
    assert "refusal_page" not in open_pages  # nothing refused
    services.requests.close(admin, rid, "refused", REASON_FI, "other", language="fi")
    _host, pages = host_pages(qtbot, services, admin, services.requests.detail(admin, rid))
    page = pages["refusal_page"]
    assert isinstance(page, RefusalPage)
    assert page.texts_label.text() == "Reasons for the refusal: Finnish"
    click(qtbot, page.text_button)
    dialog = page.dialog
    assert isinstance(dialog, LetterTextDialog)
    assert [dialog.topic_combo.itemData(i) for i in range(dialog.topic_combo.count())] == [
        "refusal"
    ]  # no assessment was written: none to translate
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.text_edit.setPlainText(REASON_EN)
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    page.reload()
    assert page.texts_label.text().splitlines() == [
        "Reasons for the refusal: English",
        "Reasons for the refusal: Finnish",
    ]
    en = pdf_text(services.letters.render(admin, rid, "refusal", "en").pdf)
    assert REASON_EN in en and REASON_FI not in en
