"""An erasure request driven through the main window from intake to closure: the request is
registered in the Requests tab, opened in its window, the requester identified, the erasure plan
shown and run from the request's own page, and the request closed; the register keeps the
invoice for the Accounting Act and the request only under its pseudonymous reference."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import NotFoundError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.close_dialog import CloseDialog
from l4d_desktop.ui.requests.identify_dialog import IdentifyDialog
from l4d_desktop.ui.requests.pages.erasure import ErasurePage
from l4d_desktop.ui.requests.window import RequestWindow
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customers import add_maija
from tests.helpers.gui import WAIT_MS, click, click_save, finish


def settle(qtbot, window: RequestWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.loaded and not window.loading, timeout=WAIT_MS)


def test_an_erasure_request_from_intake_to_closure_in_the_window(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    maija = add_maija(services, admin)
    services.invoices.add(admin, maija.id, "Z-7", dt.date(2024, 3, 10), "49,90")
    _app, settings, language = english
    main = MainWindow(services, admin, language, settings)
    qtbot.addWidget(main)
    main.show()
    tab = main.requests_tab
    assert tab is not None

    # Intake in the Requests tab.
    click(qtbot, tab.new_button)
    intake = tab.dialog
    assert intake is not None
    intake.type_combo.setCurrentIndex(intake.type_combo.findData("erasure"))
    intake.received_edit.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(14, 5)))
    intake.channel_combo.setCurrentIndex(intake.channel_combo.findData("email"))
    intake.requester_contact_edit.setText("maija@example.fi")
    intake.requester_text_edit.setPlainText("Poistakaa kaikki tietoni rekisteristänne.")
    qtbot.waitUntil(lambda: not intake._search_timer.isActive())
    click_save(qtbot, intake.buttons)
    assert not intake.isVisible()
    assert tab.model.rowCount() == 1
    request_id = tab.model.record(0).id

    # Opened from the list, in its own window.
    window = main.request_windows.open(request_id)
    settle(qtbot, window)
    assert window.record is not None and window.record.customer_id is None

    # Closing before the erasure has run is refused in words.
    click(qtbot, window.identify_button)
    identify = window.dialog
    assert isinstance(identify, IdentifyDialog)
    identify.customer_combo.setCurrentIndex(identify.customer_combo.findData(maija.id))
    click_save(qtbot, identify.buttons)
    assert not identify.isVisible()
    qtbot.waitUntil(
        lambda: window.record is not None and window.record.customer_id == maija.id,
        timeout=WAIT_MS,
    )
    settle(qtbot, window)
    assert window.record.status == "in_progress"

    click(qtbot, window.close_request_button)
    early = window.dialog
    assert isinstance(early, CloseDialog)
    click_save(qtbot, early.buttons)
    assert early.isVisible()
    assert "only after its erasure has been run" in early.general_error.text()
    early.reject()

    # The plan, on the request's own page, before anything happens; then the run.
    page = window.findChild(ErasurePage)
    assert page is not None and page.plan is not None
    window.tabs.setCurrentWidget(page)
    kept = [(i.kind, i.kept_until) for i in page.plan.kept]
    assert kept == [("invoice", dt.date(2030, 12, 31))]
    assert not page.run_button.isHidden()
    # Not before the confirmation letter has left: afterwards its address is gone.
    assert not page.run_button.isEnabled()
    assert "before running the erasure" in page.letter_label.text()
    # The confirmation letter, saved from the request's Letters page, is archived; the plan
    # then says so and the erasure may run.
    letters = window.letters_page
    window.tabs.setCurrentWidget(letters)
    qtbot.waitUntil(lambda: letters.select_kind("erasure"), timeout=WAIT_MS)
    letters.save_to(tmp_path / "poisto.pdf")
    finish(qtbot, letters.issue_job)
    assert (tmp_path / "poisto.pdf").read_bytes().startswith(b"%PDF")
    [archived] = services.letters.archive(admin, request_id)
    assert (archived.kind, archived.how) == ("erasure", "save")
    page = window.findChild(ErasurePage)
    assert page is not None
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.letter_ready, timeout=WAIT_MS)
    window.tabs.setCurrentWidget(page)
    assert page.run_button.isEnabled()
    click(qtbot, page.run_button)
    finish(qtbot, page.job)
    asked = [text for kind, text in answers if kind == "ask"]
    assert len(asked) == 1 and "Maija Meikäläinen" in asked[0]
    settle(qtbot, window)
    with pytest.raises(NotFoundError):
        services.customers.view(admin, maija.id)

    # Now it can be closed as completed.
    click(qtbot, window.close_request_button)
    close = window.dialog
    assert isinstance(close, CloseDialog)
    assert close.outcome_combo.currentData() == "completed"
    click_save(qtbot, close.buttons)
    assert not close.isVisible(), close.general_error.text()
    qtbot.waitUntil(
        lambda: window.record is not None and window.record.status == "completed",
        timeout=WAIT_MS,
    )

    # What the register keeps: the voucher with its purge date, the request without the person.
    record = services.requests.get(admin, request_id)
    assert record.customer_id is None and record.subject_ref
    with sqlite3.connect(services.db.path) as conn:
        kept = conn.execute("SELECT buyer_name, kept_until FROM invoices").fetchall()
        words = conn.execute("SELECT requester_text, requester_contact FROM requests").fetchall()
    assert kept == [("Maija Meikäläinen", "2030-12-31")]
    assert words == [("", "")]
    tab.refresh()
    assert tab.model.rowCount() == 0  # no longer open
    assert answers == [("ask", asked[0])]
