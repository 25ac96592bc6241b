"""The restriction and rectification pages record what their letters will state: the
restriction's Art. 18(1) ground, the lift notice's working day and reason, lifting only when
the person has been told and the day has come; a rectification's findings with their texts in
each letter language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.evidence_dialogs import (
    AlreadyCorrectDialog,
    AnnounceLiftDialog,
    DeclineChangeDialog,
    LetterTextDialog,
    SetRestrictionDialog,
)
from l4d_desktop.ui.requests.pages.rectification import RectificationPage
from l4d_desktop.ui.requests.pages.restriction import RestrictionPage
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_maija
from tests.helpers.gui import click, click_save, field_errors
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request

STATEMENT = "We checked your address against the population register, and it is accurate."


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin)


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the pages show in a message box, instead of showing it."""
    from l4d_desktop.ui import feedback

    shown: list[str] = []
    monkeypatch.setattr(feedback, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_restriction_on_its_ground_announced_and_lifted_on_its_day(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, clock: FakeClock,
    errors_shown: list[str],
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    request = open_request(services, admin, maija.id, "restriction")
    rid = request.record.id
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["restriction_page"]
    assert isinstance(page, RestrictionPage)
    assert page.state_label.text() == "Processing is not restricted."
    assert page.announce_button.isHidden() and page.lift_button.isHidden()

    click(qtbot, page.set_button)
    dialog = page.dialog
    assert isinstance(dialog, SetRestrictionDialog)
    dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("a"))
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert services.customers.view(admin, maija.id).restricted
    assert "on the ground (a) accuracy contested" in page.state_label.text()
    assert page.set_button.isHidden() and not page.announce_button.isHidden()
    assert page.lift_button.isHidden()

    click(qtbot, page.announce_button)
    notice = page.dialog
    assert isinstance(notice, AnnounceLiftDialog)
    notice.lift_edit.setDate(QDate(2026, 11, 28))  # a Saturday
    notice.reason_combo.setCurrentIndex(notice.reason_combo.findData("accuracy_verified"))
    notice.reason_edit.setPlainText(STATEMENT)
    notice.language_combo.setCurrentIndex(notice.language_combo.findData("en"))
    click_save(qtbot, notice.buttons)
    assert notice.isVisible()
    assert field_errors(notice) == [
        "Lift date: choose a working day (not a weekend or a public holiday)."
    ]
    notice.lift_edit.setDate(QDate(2026, 11, 27))
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, notice.buttons)
    assert "To be lifted on" in page.state_label.text()
    assert "Data checked and accurate" in page.state_label.text()

    # Not told yet: the lift is refused with the reason, and the person stays restricted.
    click(qtbot, page.lift_button)
    assert "print or save the restriction-lifted letter first" in errors_shown[-1]
    services.letters.issue(handler, rid, "restriction-lifted", "en", "save")
    click(qtbot, page.lift_button)
    assert "it cannot be lifted before then" in errors_shown[-1]
    assert services.customers.view(admin, maija.id).restricted

    clock.advance(days=3)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.lift_button)
    assert not services.customers.view(admin, maija.id).restricted
    assert page.state_label.text() == "Processing is not restricted."


def test_a_rectification_found_correct_and_its_text_in_the_other_language(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "rectification")
    rid = request.record.id
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["rectification_page"]
    assert isinstance(page, RectificationPage)
    assert not page.text_button.isEnabled()

    click(qtbot, page.correct_button)
    dialog = page.dialog
    assert isinstance(dialog, AlreadyCorrectDialog)
    dialog.statement_edit.setPlainText("Oikein.")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fi"))
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    [error] = field_errors(dialog)
    assert "at least one full sentence" in error
    dialog.statement_edit.setPlainText(
        "Vertasimme osoitettasi väestötietojärjestelmään, ja se on oikein."
    )
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert page.findings_label.text() == "Recorded: the data were already correct."

    click(qtbot, page.decline_button)
    decline = page.dialog
    assert isinstance(decline, DeclineChangeDialog)
    decline.ground_combo.setCurrentIndex(decline.ground_combo.findData("legal_obligation"))
    decline.reason_edit.setPlainText("Laskun 2024-0031 nimi säilyy sellaisena kuin se laadittiin.")
    decline.language_combo.setCurrentIndex(decline.language_combo.findData("fi"))
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, decline.buttons)
    assert "a change not made (A record the law keeps unchanged)" in page.findings_label.text()

    # The English letter waits for the English texts.
    assert page.text_button.isEnabled()
    click(qtbot, page.text_button)
    text = page.dialog
    assert isinstance(text, LetterTextDialog)
    assert [text.topic_combo.itemData(i) for i in range(text.topic_combo.count())] == [
        "already_correct",
        "change_declined",
    ]
    text.language_combo.setCurrentIndex(text.language_combo.findData("en"))
    text.text_edit.setPlainText(STATEMENT)
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, text.buttons)
    texts = {(t.topic, t.language) for t in services.request_evidence.texts(admin, rid)}
    assert texts == {
        ("already_correct", "fi"),
        ("already_correct", "en"),
        ("change_declined", "fi"),
    }
