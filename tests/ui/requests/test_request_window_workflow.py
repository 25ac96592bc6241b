"""One request driven from intake to closure through its window's dialogs, a refusal's reasons,
and conflicts and errors shown in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.deadlines import latest_extended_due
from l4d_desktop.core.services import Services
from l4d_desktop.ui.formats import format_date
from l4d_desktop.ui.requests.close_dialog import CloseDialog
from l4d_desktop.ui.requests.identify_dialog import IdentifyDialog
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.requests.workflow_dialogs import ExtendDialog, PauseDialog, ResumeDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import WAIT_MS, click, click_save, column, field_errors
from tests.ui.requests.request_windows import (
    open_window,
    register,
    row_shown,
    save_and_wait,
    value,
    wait_status,
)

# -- from intake to closure -----------------------------------------------------------------------


def test_one_request_from_intake_to_closure_through_the_window(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    # Intake through the Requests tab's dialog.
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    click(qtbot, tab.new_button)
    intake = tab.dialog
    assert intake is not None
    intake.type_combo.setCurrentIndex(intake.type_combo.findData("access"))
    intake.received_edit.setDateTime(QDateTime(QDate(2026, 10, 15), QTime(11, 20)))
    intake.requester_contact_edit.setText("maija@example.fi")
    intake.requester_text_edit.setPlainText("Lähettäkää minulle kopio tiedoistani.")
    qtbot.waitUntil(lambda: not intake._search_timer.isActive())
    click_save(qtbot, intake.buttons)
    assert not intake.isVisible()
    request_id = tab.model.record(0).id

    window = open_window(qtbot, services, admin, request_id)
    assert window.customer_label.text() == "Customer not yet identified"
    statutory = window.record.statutory_due if window.record else None
    assert statutory == dt.date(2026, 11, 16)  # 15.11.2026 is a Sunday

    # Start work, then a doubt sends it to the identity check.
    click(qtbot, window.start_work_button)
    wait_status(qtbot, window, "in_progress")
    assert not window.start_work_button.isEnabled()
    click(qtbot, window.start_check_button)
    wait_status(qtbot, window, "identity_check")

    # Identify: the customer suggested from the contact given, matched by the email on file.
    click(qtbot, window.identify_button)
    identify = window.dialog
    assert isinstance(identify, IdentifyDialog)
    combo = identify.customer_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, maija.id]
    click_save(qtbot, identify.buttons)  # no customer chosen yet
    assert identify.isVisible()
    assert field_errors(identify) == ["Customer: this field is required."]
    combo.setCurrentIndex(1)
    assert identify.method_combo.currentData() == "email_on_file"
    identify.note_edit.setPlainText("Pyyntö tuli rekisterissä olevasta osoitteesta.")
    save_and_wait(qtbot, window, identify)
    wait_status(qtbot, window, "in_progress")
    assert window.record is not None and window.record.customer_id == maija.id
    assert value(window, "identity").startswith("Sent from the email address on file – Jouni Ojala")
    assert "Pyyntö tuli" in value(window, "identity")

    # Waiting for the requester keeps every date.
    dates_before = [value(window, k) for k in ("statutory", "promised", "due")]
    click(qtbot, window.pause_button)
    pause = window.dialog
    assert isinstance(pause, PauseDialog)
    click_save(qtbot, pause.buttons)
    assert field_errors(pause) == ["Reason: a reason is required."]
    pause.reason_edit.setPlainText("Odotetaan lisätietoja")
    save_and_wait(qtbot, window, pause)
    assert window.status_label.text() == "In progress, waiting for the requester"
    assert "Odotetaan lisätietoja" in value(window, "waiting")
    assert [value(window, k) for k in ("statutory", "promised", "due")] == dates_before
    assert window.pause_button.isHidden() and window.resume_button.isEnabled()

    click(qtbot, window.resume_button)
    resume = window.dialog
    assert isinstance(resume, ResumeDialog)
    assert "Odotetaan lisätietoja" in resume.intro_label.text()
    resume.reason_edit.setPlainText("Tiedot saatu")
    save_and_wait(qtbot, window, resume)
    assert window.status_label.text() == "In progress"
    assert "(ended: Tiedot saatu)" in value(window, "waiting")

    # Extension: a notice after the statutory date is refused at its field, then a valid one.
    click(qtbot, window.extend_button)
    extend = window.dialog
    assert isinstance(extend, ExtendDialog)
    latest = latest_extended_due(dt.date(2026, 10, 15))
    assert format_date(latest) in extend.dates_label.text()
    assert format_date(dt.date(2026, 11, 16)) in extend.dates_label.text()
    extend.reason_edit.setPlainText("Pyyntö koskee laajaa aineistoa.")
    extend.complexity_check.setChecked(True)
    # The promised 30 days (to 14.11.) had run out: the handler is told before saving.
    assert format_date(dt.date(2026, 11, 14)) in extend.promise_label.text()
    click_save(qtbot, extend.buttons)  # the letter as the notice today, after the statutory 16.11.
    assert extend.isVisible()
    [error] = field_errors(extend)
    assert "by the statutory deadline (16 Nov 2026)" in error
    assert extend.notice_edit.property("invalid") is True
    assert extend.reason_edit.toPlainText() == "Pyyntö koskee laajaa aineistoa."
    extend.channel_combo.setCurrentIndex(extend.channel_combo.findData("phone"))
    extend.notice_edit.setDate(QDate(2026, 11, 10))
    save_and_wait(qtbot, window, extend)
    assert value(window, "due") == format_date(latest)
    assert value(window, "statutory") == format_date(dt.date(2026, 11, 16))
    assert format_date(dt.date(2026, 11, 10)) in value(window, "extension")
    assert "laajaa aineistoa" in value(window, "extension")
    assert not window.extend_button.isEnabled()  # once only

    # Close as completed.
    click(qtbot, window.close_request_button)
    close = window.dialog
    assert isinstance(close, CloseDialog)
    assert close.outcome_combo.currentData() == "completed"
    assert not close.basis_combo.isEnabled()
    save_and_wait(qtbot, window, close)
    wait_status(qtbot, window, "completed")
    assert window.status_label.text() == "Completed"
    assert value(window, "outcome").startswith("Completed on ")
    assert window.urgency_label.isHidden()
    for button in (
        window.start_check_button,
        window.identify_button,
        window.start_work_button,
        window.pause_button,
        window.extend_button,
        window.close_request_button,
    ):
        assert not button.isEnabled()

    # The timeline, oldest first, in words.
    model = window.timeline_page.model
    assert column(model, 2) == [
        "Registered",
        "Status changed",
        "Status changed",
        "Identity check recorded",
        "Status changed",
        "Waiting for the requester",
        "Waiting ended",
        "Deadline extended",
        "Closed",
    ]
    assert set(column(model, 1)) == {"Jouni Ojala"}
    details = column(model, 3)
    assert details[0] == "Access (Art. 15)"
    assert details[1:3] == ["In progress", "Identity check"]
    assert details[3] == "Sent from the email address on file"
    assert details[5:7] == ["Odotetaan lisätietoja", "Tiedot saatu"]
    assert details[7] == f"Due on {format_date(latest)}"
    assert details[8] == "Completed"
    assert answers == []


def test_a_refusal_needs_reasons_a_basis_and_an_assessment(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, customer_id=maija.id)
    window = open_window(qtbot, services, admin, request_id)
    dialog = window.close_request("refused")
    assert isinstance(dialog, CloseDialog)
    assert dialog.basis_combo.isEnabled() and dialog.assessment_edit.isEnabled()
    click_save(qtbot, dialog.buttons)
    assert field_errors(dialog) == ["Reason: a reason is required."]
    assert dialog.isVisible()

    dialog.reason_edit.setPlainText("Sama pyyntö kolmatta kertaa kuukauden sisällä.")
    click_save(qtbot, dialog.buttons)
    assert field_errors(dialog) == ["Basis of the refusal: this field is required."]

    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("excessive"))
    assert "assessment" in dialog.refusal_hint.text()
    click_save(qtbot, dialog.buttons)
    assert field_errors(dialog) == [
        "Written assessment: a refusal as manifestly unfounded or excessive needs a written "
        "assessment."
    ]
    assert dialog.reason_edit.toPlainText().startswith("Sama pyyntö")

    dialog.assessment_edit.setPlainText("Pyynnöt 2.11., 9.11. ja 16.11.; tiedot eivät muuttuneet.")
    save_and_wait(qtbot, window, dialog)
    wait_status(qtbot, window, "refused")
    assert value(window, "basis") == "Excessive (e.g. repeated)"
    assert value(window, "close_reason").startswith("Sama pyyntö")
    assert value(window, "assessment").startswith("Pyynnöt 2.11.")
    assert window.timeline_page.model.rowCount() == 2
    assert column(window.timeline_page.model, 3)[-1] == "Refused: Excessive (e.g. repeated)"
    assert answers == []


def test_a_basis_typed_for_a_refusal_is_kept_but_not_sent_when_withdrawn(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, "other")
    window = open_window(qtbot, services, admin, request_id)
    dialog = window.close_request("refused")
    assert dialog is not None
    dialog.assessment_edit.setPlainText("luonnos")
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("withdrawn"))
    assert not dialog.assessment_edit.isEnabled()
    assert dialog.assessment_edit.toPlainText() == "luonnos"
    save_and_wait(qtbot, window, dialog)
    wait_status(qtbot, window, "withdrawn")
    assert not row_shown(window, "assessment")


# -- conflicts and errors ---------------------------------------------------------------------------


def test_someone_elses_change_is_reported_and_reloaded(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, customer_id=maija.id)
    window = open_window(qtbot, services, admin, request_id)
    dialog = window.pause()
    assert isinstance(dialog, PauseDialog)
    dialog.reason_edit.setPlainText("Odotetaan henkilöllisyyttä")

    # Meanwhile another user moves the request on.
    services.requests.start_work(admin, request_id)
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "Someone else changed this request" in dialog.general_error.text()
    assert dialog.reason_edit.toPlainText() == "Odotetaan henkilöllisyyttä"
    wait_status(qtbot, window, "in_progress")
    # Saving again goes through against what is stored now.
    save_and_wait(qtbot, window, dialog)
    assert window.record is not None and window.record.paused

    # A step without a dialog: the window says so and reads the request again.
    services.requests.resume(admin, request_id)
    click(qtbot, window.start_check_button)
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert answers[0][0] == "error" and "Someone else changed this request" in answers[0][1]
    qtbot.waitUntil(
        lambda: window.record is not None and not window.record.paused and not window.loading,
        timeout=WAIT_MS,
    )
    assert window.record is not None and window.record.status == "in_progress"


def test_a_rule_the_service_enforces_is_shown_in_words(
    english, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, "erasure", customer_id=maija.id)
    window = open_window(qtbot, services, admin, request_id)
    dialog = window.close_request("completed")
    assert dialog is not None
    assert "only after its erasure has been run" in dialog.intro_label.text()
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.general_error.text() == (
        "An erasure request can be completed only after its erasure has been run."
    )
