"""The dialogs a request window's pages open offer each mnemonic letter once, in Finnish,
Swedish and English: each opened with its page's button, on a request in the state where the
button is offered (a search and a question recorded, a restriction set and its lifting
announced, an objection awaiting its decision, recipients in the register)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.answer_dialogs import (
    AnswerDialog,
    DeliveryDialog,
    KeptInvoiceDialog,
    QuestionDialog,
    SearchDialog,
)
from l4d_desktop.ui.requests.pages.answer_languages import (
    PauseLanguageDialog,
    SearchLanguageDialog,
)
from l4d_desktop.ui.requests.pages.evidence_dialogs import (
    AlreadyCorrectDialog,
    AnnounceLiftDialog,
    DeclineChangeDialog,
    LetterTextDialog,
    SetRestrictionDialog,
)
from l4d_desktop.ui.requests.pages.objection import DecideObjectionDialog, RequestObjectionDialog
from l4d_desktop.ui.requests.pages.recipients import DisproportionateDialog, NotifiedDialog
from l4d_desktop.ui.requests.pages.rectification import RectifyDialog
from tests.helpers.customers import add_customer
from tests.helpers.gui import click
from tests.helpers.request_actions import host_pages
from tests.helpers.requests import open_request, register_request
from tests.ui.keyboard.walk import DialogWalk

# Every dialog class the request pages open: the walk below opens each of them.
OPENS: frozenset[type[QDialog]] = frozenset(
    {
        SearchDialog,
        QuestionDialog,
        AnswerDialog,
        DeliveryDialog,
        KeptInvoiceDialog,
        SearchLanguageDialog,
        PauseLanguageDialog,
        AlreadyCorrectDialog,
        DeclineChangeDialog,
        LetterTextDialog,
        RectifyDialog,
        SetRestrictionDialog,
        AnnounceLiftDialog,
        RequestObjectionDialog,
        DecideObjectionDialog,
        NotifiedDialog,
        DisproportionateDialog,
    }
)

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


class PageWalk(DialogWalk):
    """Opens a page's dialog by clicking its button, as the user does; keeps the tab widgets
    that host the pages (Qt deletes a page with its host)."""

    hosts: list[QWidget]

    def pages(self, services: Services, admin: Actor, request_id: int) -> dict[str, QWidget]:
        detail = services.requests.detail(admin, request_id)
        host, pages = host_pages(self.qtbot, services, admin, detail)
        self.hosts = [*getattr(self, "hosts", []), host]
        return pages

    def press(self, page: QWidget, button: QAbstractButton, name: str) -> None:
        assert button.isVisibleTo(page) and button.isEnabled(), f"{name}: button not offered"
        click(self.qtbot, button)
        self.check(name, page.dialog)  # type: ignore[attr-defined]


def walk_answer_records(
    walk: PageWalk, services: Services, admin: Actor, maija: CustomerRecord
) -> None:
    rid = register_request(services, admin, maija.id, "access").id
    services.access_answers.add_search(admin, rid, "email", True, "Kaksi sähköpostia")
    services.access_answers.add_question(admin, rid, "Mistä saitte tietoni?")
    services.requests.pause(admin, rid, "Odotimme tilausnumeroa")
    services.requests.resume(admin, rid)
    page = walk.pages(services, admin, rid)["answer_records_page"]
    page.search_table.selectRow(0)  # type: ignore[attr-defined]
    page.question_table.selectRow(0)  # type: ignore[attr-defined]
    for name in (
        "search_button",
        "question_button",
        "answer_button",
        "delivery_button",
        "search_language_button",
        "pause_language_button",
    ):
        walk.press(page, getattr(page, name), f"answers, {name}")
    # A requester matched to no customer: the kept invoices of an erasure may be theirs.
    unknown = register_request(services, admin, None, "access", identified=False).id
    page = walk.pages(services, admin, unknown)["answer_records_page"]
    walk.press(page, page.kept_button, "answers, kept_button")  # type: ignore[attr-defined]


def walk_rectification(
    walk: PageWalk, services: Services, admin: Actor, maija: CustomerRecord
) -> None:
    rid = register_request(services, admin, maija.id, "rectification").id
    services.processors.add(admin, ProcessorInput("Postitus Oy", "Email delivery", "FI"))
    services.request_evidence.record_already_correct(
        admin, rid, "Vertasimme osoitettasi sopimukseesi, ja se on oikein."
    )
    pages = walk.pages(services, admin, rid)
    page = pages["rectification_page"]
    for name in ("edit_button", "correct_button", "decline_button", "text_button"):
        walk.press(page, getattr(page, name), f"rectification, {name}")
    recipients = pages["recipients_page"]
    recipients.table.selectRow(0)  # type: ignore[attr-defined]
    for name in ("notified_button", "disproportionate_button"):
        walk.press(recipients, getattr(recipients, name), f"recipients, {name}")


def walk_restriction(walk: PageWalk, services: Services, admin: Actor) -> None:
    first = add_customer(services, admin, "Aino Kivi", email="aino@example.fi")
    rid = register_request(services, admin, first.id, "restriction").id
    page = walk.pages(services, admin, rid)["restriction_page"]
    walk.press(page, page.set_button, "restriction, set_button")  # type: ignore[attr-defined]
    second = add_customer(services, admin, "Eino Kivi", email="eino@example.fi")
    rid = register_request(services, admin, second.id, "restriction").id
    services.request_evidence.restrict(admin, rid, "a")
    services.request_evidence.announce_lift(
        admin, rid, dt.date(2026, 12, 1), "person_asked", "Tarkistimme tietosi ja ne ovat oikein."
    )
    page = walk.pages(services, admin, rid)["restriction_page"]
    for name in ("announce_button", "text_button"):
        walk.press(page, getattr(page, name), f"restriction, {name}")


def walk_objection(walk: PageWalk, services: Services, admin: Actor, maija: CustomerRecord) -> None:
    rid = register_request(services, admin, maija.id, "objection").id
    services.request_actions.record_objection(admin, rid, "analytics", "En halua seurantaa.")
    page = walk.pages(services, admin, rid)["objection_request_page"]
    page.table.selectRow(0)  # type: ignore[attr-defined]
    for name in ("record_button", "decide_button"):
        walk.press(page, getattr(page, name), f"objection, {name}")


def walk_refusal(walk: PageWalk, services: Services, admin: Actor, maija: CustomerRecord) -> None:
    refused = open_request(services, admin, maija.id, "access").record.id
    services.requests.close(
        admin, refused, "refused", "perusteeton", "manifestly_unfounded", "arvio", language="fi"
    )
    page = walk.pages(services, admin, refused)["refusal_page"]
    walk.press(page, page.text_button, "refusal, text_button")  # type: ignore[attr-defined]


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_request_page_dialog_offers_each_letter_once(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    walk = PageWalk(qtbot)
    walk_answer_records(walk, services, admin, maija)
    walk_rectification(walk, services, admin, maija)
    walk_restriction(walk, services, admin)
    walk_objection(walk, services, admin, maija)
    walk_refusal(walk, services, admin, maija)
    assert walk.opened == OPENS
    assert walk.found == {}
