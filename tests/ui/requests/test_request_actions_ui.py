"""The action pages of each request type on a real database file: what each builds, the Art. 19
checklist, rectification, restriction, objection, withdrawal and the access copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.register.processors import ProcessorInput, ProcessorRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.pages.actions import NoticePage
from l4d_desktop.ui.requests.pages.evidence_dialogs import LetterTextDialog
from l4d_desktop.ui.requests.pages.objection import (
    DecideObjectionDialog,
    ObjectionRequestPage,
    RequestObjectionDialog,
)
from l4d_desktop.ui.requests.pages.recipients import (
    DisproportionateDialog,
    NotifiedDialog,
    RecipientsPage,
)
from l4d_desktop.ui.requests.pages.rectification import RectificationPage, RectifyDialog
from l4d_desktop.ui.requests.pages.subject_data import SubjectDataPage
from l4d_desktop.ui.requests.pages.withdrawal import WithdrawalPage
from tests.helpers.customers import add_maija
from tests.helpers.gui import cells, click, click_save, column, finish
from tests.helpers.request_actions import host_pages, titles
from tests.helpers.requests import open_request

EVENTS = (
    b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\nmaija@example.fi,2026-11-02T10:00:00Z\n"
)


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin, city="Kirkkonummi", notes="Puoliso Matti soittaa joskus")


@pytest.fixture
def processors(services: Services, admin: Actor) -> list[ProcessorRecord]:
    return [
        services.processors.add(admin, ProcessorInput("Postitus Oy", "Email delivery", "FI")),
        services.processors.add(admin, ProcessorInput("Kirjanpito Ky", "Accounting", "FI")),
    ]


def show(host: QTabWidget, page: object) -> None:
    host.setCurrentWidget(page)  # type: ignore[arg-type]


# -- which pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rtype", "names", "tab_titles"),
    [
        (
            "access",
            ["subject_data_page", "answer_records_page"],
            ["&Data held", "Searched a&nd asked"],
        ),
        ("portability", ["subject_data_page"], ["&Data held"]),
        (
            "rectification",
            ["rectification_page", "recipients_page"],
            ["R&ectification", "Reci&pients (Art. 19)"],
        ),
        ("erasure", ["erasure_page", "recipients_page"], ["&Erasure", "Reci&pients (Art. 19)"]),
        (
            "restriction",
            ["restriction_page", "recipients_page"],
            ["Restrictio&n", "Reci&pients (Art. 19)"],
        ),
        ("objection", ["objection_request_page"], ["Ob&jections"]),
        ("withdrawal", ["withdrawal_page"], ["With&drawal"]),
        ("other", [], []),
    ],
)
def test_each_type_builds_its_pages_each_with_a_changed_signal(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    rtype,
    names,
    tab_titles,
) -> None:  # type: ignore[no-untyped-def]
    host, pages = host_pages(qtbot, services, admin, open_request(services, admin, maija.id, rtype))
    assert list(pages) == names
    assert titles(host) == tab_titles
    for page in pages.values():
        assert hasattr(page, "changed")


def test_an_unidentified_request_says_so(english, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, None, "rectification", identified=False)
    _host, pages = host_pages(qtbot, services, admin, request)
    page = pages["action_notice_page"]
    assert isinstance(page, NoticePage)
    assert "not identified" in page.label.text()


# -- Art. 19 -----------------------------------------------------------------------------------


def test_the_checklist_is_marked_notified_and_disproportionate_with_a_reason(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, processors
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "restriction")
    host, pages = host_pages(qtbot, services, handler, request)
    page = pages["recipients_page"]
    assert isinstance(page, RecipientsPage)
    show(host, page)
    assert column(page.model, 0) == ["Kirjanpito Ky", "Postitus Oy"]
    assert column(page.model, 3) == ["pending", "pending"]
    assert page.state_label.text() == "2 recipients still to be notified."
    assert not page.notified_button.isEnabled()

    page.select_processor(processors[0].id)
    click(qtbot, page.notified_button)
    dialog = page.dialog
    assert isinstance(dialog, NotifiedDialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert cells(page.model, 1)[2:4] == ["Finland", "notified on 23 Nov 2026"]

    page.select_processor(processors[1].id)
    click(qtbot, page.disproportionate_button)
    reason = page.dialog
    assert isinstance(reason, DisproportionateDialog)
    click_save(qtbot, reason.buttons)
    assert reason.isVisible()  # the reason is required
    assert "reason is required" in reason.errors._fields["reason"][1].text()
    # The letters print the reason in their language: it is written in the one chosen.
    assert reason.language_combo.currentData() == "fi"  # the person's letters' language
    reason.language_combo.setCurrentIndex(reason.language_combo.findData("en"))
    reason.reason_edit.setPlainText("The accounts hold no data of this kind.")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, reason.buttons)
    assert cells(page.model, 0)[3:5] == [
        "not notified: disproportionate",
        "The accounts hold no data of this kind.",
    ]
    assert page.state_label.text() == "Every recipient is notified or accounted for."
    assert services.recipient_notices.checklist_complete(admin, request.record.id)
    texts = services.request_evidence.texts(admin, request.record.id)
    assert [(t.topic.split(".")[0], t.language) for t in texts] == [("recipient", "en")]


def test_a_reader_sees_the_checklist_read_only(
    english, qtbot, services: Services, admin: Actor, reader: Actor, maija, processors
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "rectification")
    _host, pages = host_pages(qtbot, services, reader, request)
    page = pages["recipients_page"]
    assert isinstance(page, RecipientsPage)
    assert page.model.rowCount() == 2
    assert page.notified_button.isHidden() and page.disproportionate_button.isHidden()
    rectification = pages["rectification_page"]
    assert isinstance(rectification, RectificationPage)
    assert rectification.edit_button.isHidden()


# -- rectification -----------------------------------------------------------------------------


def test_rectification_goes_through_the_request_and_records_the_field_names(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "rectification")
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["rectification_page"]
    assert isinstance(page, RectificationPage)
    assert not page.empty_label.isHidden()
    click(qtbot, page.edit_button)
    dialog = page.dialog
    assert isinstance(dialog, RectifyDialog)
    assert dialog.windowTitle() == "Rectify the customer's data"
    dialog.form.city_edit.setText("Espoo")
    dialog.form.email_edit.setText("maija.m@example.fi")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert sorted(column(page.model, 0)) == ["City", "Email"]
    assert set(column(page.model, 2)) == {"Kasittelija"}
    changed = services.request_actions.changed_fields(admin, request.record.id)
    assert sorted(c.field for c in changed) == ["city", "email"]
    assert services.customers.view(admin, maija.id).city == "Espoo"


# -- objection ---------------------------------------------------------------------------------


def test_an_objection_to_direct_marketing_stops_it_at_once_and_others_are_decided(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, answers
) -> None:  # type: ignore[no-untyped-def]
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    request = open_request(services, admin, maija.id, "objection")
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["objection_request_page"]
    assert isinstance(page, ObjectionRequestPage)
    assert page.text_button.isHidden()  # nothing decided with reasons yet
    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RequestObjectionDialog)
    assert "stops it at once" in dialog.intro_label.text()
    dialog.check("direct_marketing")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, dialog.buttons)
    assert cells(page.model, 0)[1:3] == ["Direct marketing (incl. ad targeting)", "stopped at once"]
    assert any(kind == "info" and "stopped at once" in text for kind, text in answers)
    states = {s.purpose.code: s.given for s in services.consents.current(admin, maija.id)}
    assert states["marketing_email"] is False

    click(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RequestObjectionDialog)
    dialog.check("analytics")
    dialog.reason_edit.setPlainText("I do not want to be followed.")
    click_save(qtbot, dialog.buttons)
    row = column(page.model, 1).index("Analytics")
    assert cells(page.model, row)[2] == "awaiting decision"
    page.table.selectRow(row)
    assert page.decide_button.isEnabled()
    click(qtbot, page.decide_button)
    decide = page.dialog
    assert isinstance(decide, DecideObjectionDialog)
    decide.outcome_combo.setCurrentIndex(decide.outcome_combo.findData("compelling_grounds"))
    click_save(qtbot, decide.buttons)
    assert decide.isVisible()  # compelling grounds need reasons
    decide.reason_edit.setPlainText("Fraud prevention needs the statistics.")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, decide.buttons)
    row = column(page.model, 1).index("Analytics")
    assert cells(page.model, row)[2:4] == [
        "compelling legitimate grounds: processing goes on",
        "Fraud prevention needs the statistics.",
    ]
    # The letter prints the reasons in its own language: the other one is written here.
    assert not page.text_button.isHidden()
    click(qtbot, page.text_button)
    text = page.dialog
    assert isinstance(text, LetterTextDialog)
    assert [text.topic_combo.itemData(i) for i in range(text.topic_combo.count())] == [
        "objection_decision.analytics"
    ]
    assert text.topic_combo.itemText(0) == "Compelling grounds: analytics"
    text.language_combo.setCurrentIndex(text.language_combo.findData("en"))
    text.text_edit.setPlainText("We need the statistics to prevent fraud against you.")
    with qtbot.waitSignal(page.changed):
        click_save(qtbot, text.buttons)
    kept = {
        (t.topic, t.language) for t in services.request_evidence.texts(admin, request.record.id)
    }
    assert ("objection_decision.analytics", "en") in kept


# -- withdrawal --------------------------------------------------------------------------------


def test_a_withdrawal_then_offers_the_erasure_of_the_web_events(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    for purpose in ("marketing_email", "ad_targeting", "analytics"):
        services.consents.record(admin, maija.id, purpose, True, "web_form")
    assert services.events.import_file(admin, EVENTS, "events.csv").imported == 2
    request = open_request(services, admin, maija.id, "withdrawal", channel="letter")
    _host, pages = host_pages(qtbot, services, admin, request)
    page = pages["withdrawal_page"]
    assert isinstance(page, WithdrawalPage)
    assert page.purpose_list.count() == 3
    assert page.offer_label.isHidden() and page.erase_button.isHidden()

    page.set_checked({"ad_targeting", "analytics"})
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.withdraw_button)
    asked = [text for kind, text in answers if kind == "ask"]
    assert "Record the withdrawal" in asked[0]
    assert "2 web events" in asked[1]  # the offer, answered yes
    assert services.events.count(admin, maija.id) == 0
    assert ("info", "2 web events erased.") in answers
    assert page.purpose_list.count() == 1
    states = {s.purpose.code: s.given for s in services.consents.current(admin, maija.id)}
    assert states == {
        "marketing_email": True,
        "marketing_sms": None,
        "ad_targeting": False,
        "analytics": False,
    }


def test_a_handler_is_told_of_the_offer_but_may_not_erase(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija, answers
) -> None:  # type: ignore[no-untyped-def]
    services.consents.record(admin, maija.id, "analytics", True, "web_form")
    services.events.import_file(admin, EVENTS, "events.csv")
    request = open_request(services, admin, maija.id, "withdrawal")
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["withdrawal_page"]
    assert isinstance(page, WithdrawalPage)
    page.set_checked({"analytics"})
    click(qtbot, page.withdraw_button)
    assert not page.offer_label.isHidden()
    assert "2 web events" in page.offer_label.text()
    assert page.erase_button.isHidden()
    assert services.events.count(admin, maija.id) == 2


# -- access and portability --------------------------------------------------------------------


@pytest.mark.parametrize("as_zip", [False, True])
def test_access_shows_what_is_held_and_writes_the_machine_readable_copy(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    handler: Actor,
    maija,
    tmp_path: Path,
    as_zip,
    answers,
) -> None:  # type: ignore[no-untyped-def]
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    services.invoices.add(admin, maija.id, "Z-1", dt.date(2025, 3, 10), "12,50")
    request = open_request(services, admin, maija.id, "access")
    _host, pages = host_pages(qtbot, services, handler, request)
    page = pages["subject_data_page"]
    assert isinstance(page, SubjectDataPage)
    finish(qtbot, page.load_job)
    assert page.data is not None
    assert page.counts["consents"].text() == "1"
    assert page.counts["invoices"].text() == "1"
    assert page.counts["requests"].text() == "1"
    assert int(page.counts["fields"].text()) >= 5
    assert not page.notes_label.isHidden()  # notes flagged as possibly about others
    assert "letters part" in page.letter_label.text()

    target = tmp_path / "out"
    target.mkdir()
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.write_to(target, as_zip)
    assert page.bundle is not None
    assert page.bundle.path.exists()
    if as_zip:
        assert page.bundle.path.suffix == ".zip"
    else:
        assert all((page.bundle.path / name).exists() for name in page.bundle.files)
    assert str(page.bundle.path) in page.result_label.text()
    assert answers == [("info", page.result_label.text())]  # said where it went


def test_a_reader_sees_no_copy_button(
    english, qtbot, services: Services, admin: Actor, reader: Actor, maija
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "portability")
    _host, pages = host_pages(qtbot, services, reader, request)
    page = pages["subject_data_page"]
    assert isinstance(page, SubjectDataPage)
    assert page.write_button.isHidden()
    assert page.load_job is None
    assert "Only a user who handles requests" in page.status_label.text()
