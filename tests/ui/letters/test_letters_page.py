"""The letters page: the kinds in words, the preview, the archive, rights, and its place in the
request window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters.page import LettersPage
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_customer as add
from tests.helpers.gui import WAIT_MS, click, finish
from tests.helpers.requests import open_request
from tests.ui.letters.letter_pages import make_page


def kinds(page: LettersPage) -> dict[str, tuple[str, bool, str]]:
    """Kind code → (text, enabled, tooltip) as the list shows them."""
    shown = {}
    for row in range(page.kind_list.count()):
        item = page.kind_list.item(row)
        enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        shown[item.data(Qt.ItemDataRole.UserRole)] = (item.text(), enabled, item.toolTip())
    return shown


# -- the kinds and the language ------------------------------------------------------------


def test_the_kinds_are_listed_in_words_and_the_unavailable_ones_greyed_out_with_why(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    shown = kinds(page)
    assert len(shown) == 13
    assert shown["no-data"][1:] == (
        False,
        "The request is linked to a customer whose data are held: the access response answers it.",
    )
    assert [page.kind_list.item(r).text() for r in range(3)] == [
        "Acknowledgement of receipt",
        "Request for identification",
        "Notice of extension",
    ]
    assert shown["access"][:2] == ("Access response", True)
    assert shown["access"][2] == "Everything the register holds about the person (Art. 15)."
    assert shown["receipt"][1]
    # The requester is identified: a letter asking for identification would not be true.
    assert shown["identification"][1:] == (
        False,
        "The requester's identity is already confirmed: this letter would ask for what is no "
        "longer needed.",
    )
    assert shown["extension"] == (
        "Notice of extension",
        False,
        "The deadline has not been extended: record the extension first.",
    )
    assert shown["refusal"][1:] == (
        False,
        "The request has not been refused: close it as refused, with the basis, first.",
    )
    assert shown["erasure"][1:] == (False, "This letter does not answer a request of this type.")
    assert page.unavailable_label.isVisible()
    # The request's own answer is offered first; a greyed-out kind cannot be chosen.
    assert page.current_kind() == "access"
    assert not page.select_kind("erasure")
    assert page.current_kind() == "access"
    # The customer's language is the default, named so; the other one is there to choose.
    assert page.current_language() == "fi"
    assert page.language_radios["fi"].text() == "Finnish (the customer's)"
    assert page.language_radios["en"].text() == "English"
    assert page.preview_button.isEnabled() and page.print_button.isEnabled()
    assert page.archive_model.rowCount() == 0
    assert page.archive_note.text() == "No letter has been printed or saved yet."


def test_before_the_customer_is_linked_only_the_requester_letters_can_be_written(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, None, "access", identified=False)
    page = make_page(qtbot, services, admin, request)
    shown = kinds(page)
    assert shown["access"][1:] == (
        False,
        "The request is not linked to a customer, so the letter has no one to go to: link the "
        "customer first.",
    )
    assert page.current_kind() == "receipt"
    assert page.current_language() == "fi"


# -- preview -------------------------------------------------------------------------------


def test_the_preview_of_a_receipt_shows_its_pages_and_archives_nothing(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    page.set_language("en")
    click(qtbot, page.preview_button)
    assert not page.preview_button.isEnabled()  # one thing at a time
    finish(qtbot, page.preview_job)
    assert answers == []
    document = page.preview_widget.document
    assert isinstance(document, QPdfDocument)
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    assert page.preview_widget.view.document() is document
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)
    assert page.caption_label.text().startswith(
        "Preview of the Acknowledgement of receipt in English, 1 page"
    )
    assert page.preview_button.isEnabled()
    # A preview is not archived.
    assert services.letters.archive(admin, request.record.id) == ()
    # Another choice: the caption says the preview is of the earlier one.
    page.set_language("fi")
    assert "Another letter is chosen now" in page.caption_label.text()


def test_an_unprintable_name_is_named_in_the_error(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    person = add(
        services, admin, "Yamada 山田", street="Kirkkotie 5", postal_code="02400", city="Espoo"
    )
    request = open_request(services, admin, person.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    page.preview()
    finish(qtbot, page.preview_job)
    [(kind, text)] = answers
    assert kind == "error"
    assert text.startswith("The letter contains characters that no embedded font can print (")
    assert "(U+5C71, U+7530)" in text  # named by code point
    assert page.preview_widget.document is None


# -- the archive ---------------------------------------------------------------------------


def test_an_archived_copy_is_shown_again_as_it_left(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    page.save_to(tmp_path / "kirje.pdf")
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    page.select_kind("access")
    page.save_to(tmp_path / "vastaus.pdf")
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    # The letter that just left is the one selected, newest first.
    assert [a.kind for a in page.archive_model.records()] == ["access", "receipt"]
    assert page.selected_letter() == page.letters[-1]
    assert page.select_letter(page.letters[0].id)
    letter = page.letters[0]
    assert page.open_copy_button.isEnabled()
    click(qtbot, page.open_copy_button)
    finish(qtbot, page.copy_job)
    assert answers == []
    assert page.preview_widget.pages == letter.pages
    assert page.caption_label.text().startswith(
        "Archived copy of the Acknowledgement of receipt in Finnish, saved as PDF on "
        "24 Nov 2026 10:00 by Jouni Ojala."
    )
    assert letter.sha256 in page.caption_label.text()


def test_after_the_erasure_only_the_hash_is_kept_and_the_page_says_so(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "erasure")
    rid = request.record.id
    page = make_page(qtbot, services, admin, request)
    assert page.current_kind() == "erasure"
    page.save_to(tmp_path / "kirje.pdf")
    finish(qtbot, page.issue_job)
    finish(qtbot, page.load_job)
    plan = services.erasure.plan(admin, rid)
    services.erasure.run(admin, rid, plan.token)

    page.refresh()
    finish(qtbot, page.load_job)
    [letter] = page.letters
    assert not letter.has_pdf
    assert page.select_letter(letter.id)
    note = "The PDF of this letter was removed with the person's erasure; only its hash is kept."
    assert page.archive_note.text() == f"{note}\nSHA-256: {letter.sha256}"
    assert not page.open_copy_button.isEnabled()
    model = page.archive_model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == note
    assert model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole) == (
        f"SHA-256: {letter.sha256}\n{note}"
    )
    # Nothing can be written to the erased person any more, and the page says why.
    shown = kinds(page)
    assert not any(enabled for _text, enabled, _tip in shown.values())
    assert shown["receipt"][2] == (
        "The person's data have been erased, so no letter can be written to them any more."
    )
    assert not page.preview_button.isEnabled() and not page.save_button.isEnabled()
    # Asked all the same (the service refuses): the words, not the code.
    page.open_copy()
    assert answers == [("info", note)]


# -- rights --------------------------------------------------------------------------------


def test_a_reader_sees_the_letters_but_cannot_make_or_open_them(
    english, qtbot, services: Services, admin: Actor, reader: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "access")
    services.letters.issue(admin, request.record.id, "receipt", "fi", "print")
    page = make_page(qtbot, services, reader, request)
    assert kinds(page)["access"][1]
    assert not page.preview_button.isEnabled()
    assert not page.print_button.isEnabled()
    assert not page.save_button.isEnabled()
    assert not page.open_copy_button.isVisible()
    assert page.archive_model.rowCount() == 1
    assert page.rights_label.isVisible()
    assert page.rights_label.text().startswith("Previewing a letter needs the rights")


def test_a_handler_without_the_export_right_previews_but_does_not_print(
    english, qtbot, services: Services, admin: Actor, handler: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    services.users.set_right(admin, handler.user_id, "data.export", False)
    limited = services.auth.login("kasittelija", "punainen tupa ja perunamaa")
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, limited, request)
    assert page.preview_button.isEnabled()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.rights_label.text() == (
        "Printing and saving letters needs the right to export and print as well."
    )


# -- in the request window -----------------------------------------------------------------


def test_the_request_window_has_the_letters_last_and_keeps_the_preview_through_a_reload(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, tmp_path, answers
) -> None:  # type: ignore[no-untyped-def]
    request = open_request(services, admin, maija.id, "rectification")
    # The rectification letter speaks of a record: here, that the data were already correct.
    services.request_evidence.record_already_correct(
        admin, request.record.id, "Vertasimme osoitettasi sopimukseesi, ja se on oikein."
    )
    window = RequestWindow(Session(services, admin), request.record.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT_MS)
    page = window.letters_page
    finish(qtbot, page.load_job)
    tabs = window.tabs
    assert tabs.indexOf(page) == tabs.count() - 1
    assert tabs.tabText(tabs.count() - 1) == "Le&tters"
    assert page.current_kind() == "rectification"
    tabs.setCurrentWidget(page)
    page.preview()
    finish(qtbot, page.preview_job)
    document = page.preview_widget.document
    assert document is not None
    # A letter that left changes the request's record: the window reads it again.
    with qtbot.waitSignal(window.changed, timeout=WAIT_MS):
        page.save_to(tmp_path / "kirje.pdf")
        finish(qtbot, page.issue_job)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT_MS)
    finish(qtbot, page.load_job)
    assert answers == []
    assert tabs.currentWidget() is page
    assert tabs.indexOf(page) == tabs.count() - 1
    assert page.preview_widget.document is document
    assert page.archive_model.rowCount() == 1


def test_a_change_of_interface_language_keeps_the_choices(
    app_parts, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    _app, _settings, language = app_parts
    language.apply("en", remember=False)
    request = open_request(services, admin, maija.id, "access")
    page = make_page(qtbot, services, admin, request)
    assert page.select_kind("receipt")
    page.set_language("en")
    before = kinds(page)
    language.apply("fi", remember=False)
    language.apply("en", remember=False)
    assert kinds(page) == before
    assert (page.current_kind(), page.current_language()) == ("receipt", "en")
