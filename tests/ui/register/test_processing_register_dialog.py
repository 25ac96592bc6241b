"""The processing register dialog on a real database file: confirming a basis, errors that name
the field and keep the typing, the register-wide texts, the privacy notice PDF, and who sees it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QCheckBox

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.database import raw_db
from tests.helpers.gui import cells, click, finish

BILLING_ROW = 2  # the notice's third purpose


def tick(qtbot, check: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself: a checkbox's widget is wider than its box and words."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def unconfirm(services: Services) -> None:
    """Every basis a proposal, as the seed leaves them (the test template has them confirmed)."""
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE processing_purposes SET basis_confirmed = false")


def make_dialog(qtbot, services: Services, actor: Actor) -> ProcessingRegisterDialog:  # type: ignore[no-untyped-def]
    dialog = ProcessingRegisterDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_paakayttaja_confirms_a_basis_and_finds_it_saved_on_reopening(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    unconfirm(services)
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.model.rowCount() == 8
    # The pääkäyttäjä is told which purposes hold up the access letters and the notice.
    assert dialog.pending_label.isVisible()
    billing_name = "Billing, collection and verifying customer transactions"
    assert billing_name in dialog.pending_label.text()
    assert dialog.pending_label.text().startswith("No access letter or privacy notice is issued")
    assert cells(dialog.model, BILLING_ROW) == [
        "Billing, collection and verifying customer transactions",
        "Contract, legal obligation",
        "to be confirmed",
    ]
    dialog.table.selectRow(BILLING_ROW)
    form = dialog.form
    assert form.name_en_edit.text() == "Billing, collection and verifying customer transactions"
    assert not form.confirmed_check.isChecked()

    tick(qtbot, form.basis_checks["legitimate_interest"])
    form.text_edits["basis_note_en"].setPlainText(
        "Contract; the Accounting Act; legitimate interest: collecting what is owed."
    )
    tick(qtbot, form.confirmed_check)
    click(qtbot, dialog.save_purpose_button)
    assert dialog.purpose_status_label.text() == "Saved."
    assert cells(dialog.model, BILLING_ROW)[2] == "confirmed"
    assert billing_name not in dialog.pending_label.text()
    assert "Targeting advertising" in dialog.pending_label.text()
    assert answers == []  # nothing was asked or refused
    dialog.close()

    again = make_dialog(qtbot, services, admin)
    again.table.selectRow(BILLING_ROW)
    form = again.form
    assert form.confirmed_check.isChecked()
    assert form.basis_checks["legitimate_interest"].isChecked()
    assert form.basis_checks["contract"].isChecked()
    assert not form.basis_checks["consent"].isChecked()
    assert "collecting what is owed" in form.text_edits["basis_note_en"].toPlainText()
    [billing] = [
        p for p in services.processing_register.register(admin).purposes if p.code == "billing"
    ]
    assert billing.basis_confirmed and billing.version == 2
    assert billing.legal_bases == ("contract", "legal_obligation", "legitimate_interest")


def test_a_refused_save_names_the_field_and_keeps_the_typing(
    english, qtbot, services: Services, admin: Actor, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    unconfirm(services)
    before = services.processing_register.register(admin)
    dialog = make_dialog(qtbot, services, admin)
    form = dialog.form  # the first purpose is shown: the customer relationship
    assert form.purpose is not None and form.purpose.code == "customer_relationship"

    form.name_en_edit.setText("   ")
    form.text_edits["categories_en"].setPlainText("Name, email address and my careful typing.")
    click(qtbot, dialog.save_purpose_button)
    name_error = form.errors._fields["name_en"][1]
    assert name_error.isVisible()
    assert name_error.text() == "Name in English: this field is required."
    assert form.text_edits["categories_en"].toPlainText() == (
        "Name, email address and my careful typing."
    )
    assert dialog.purpose_status_label.text() == ""

    # Confirming a legitimate interest needs it named, in both languages.
    form.name_en_edit.setText("Customer relationship")
    form.text_edits["basis_note_fi"].setPlainText("")
    tick(qtbot, form.confirmed_check)
    click(qtbot, dialog.save_purpose_button)
    assert not name_error.isVisible()
    note_error = form.errors._fields["basis_note_fi"][1]
    assert note_error.text() == (
        "Basis explained in Finnish: name the legitimate interest pursued before confirming "
        "the basis."
    )
    tick(qtbot, form.basis_checks["contract"])
    tick(qtbot, form.basis_checks["legitimate_interest"])
    click(qtbot, dialog.save_purpose_button)
    assert form.errors._fields["legal_bases"][1].text() == (
        "Legal bases: choose at least one legal basis."
    )
    assert form.name_en_edit.text() == "Customer relationship"
    assert services.processing_register.register(admin) == before

    # Moving to another purpose asks before the typing is dropped; keeping it stays put.
    answers_no: list[str] = []

    def keep_editing(_p: object, _t: str, text: str, _y: str, _n: str) -> bool:
        answers_no.append(text)
        return False

    monkeypatch.setattr(feedback, "ask", keep_editing)
    dialog.table.selectRow(BILLING_ROW)
    assert answers_no and "not saved" in answers_no[0]
    assert form.purpose.code == "customer_relationship"
    assert form.name_en_edit.text() == "Customer relationship"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    dialog.reject()  # nor does closing drop it unasked
    assert dialog.isVisible() and len(answers_no) == 2


def test_the_register_wide_texts_are_saved_and_a_refusal_shows_beside_the_text(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    page = dialog.texts_page
    dialog.tabs.setCurrentWidget(page)
    security = page.pairs["security"]
    assert "firewalls" in security.en_edit.toPlainText()
    security.en_edit.setPlainText("Access by username only; databases behind a firewall.")
    transfers = page.pairs["transfers"]
    transfers.fi_edit.setPlainText("x" * 4001)
    click(qtbot, page.save_button)
    # Saved in the order shown: transfers comes first and is refused; security is not reached.
    assert transfers.fi_error.isVisible()
    assert transfers.fi_error.text() == "Finnish text: at most 4000 characters."
    assert transfers.fi_edit.toPlainText() == "x" * 4001
    register = services.processing_register.register(admin)
    assert "firewalls" in register.text("security", "en")

    transfers.fi_edit.setPlainText("Tietoja ei siirretä ETA:n ulkopuolelle.")
    click(qtbot, page.save_button)
    assert not transfers.fi_error.isVisible()
    assert "saved" in page.status_label.text()
    register = services.processing_register.register(admin)
    assert register.text("security", "en") == (
        "Access by username only; databases behind a firewall."
    )
    assert register.text("transfers", "fi") == "Tietoja ei siirretä ETA:n ulkopuolelle."
    assert not page.is_changed()
    # Saved again with the versions it now holds: no conflict.
    security.fi_edit.setPlainText("Käyttäjätunnus ja palomuuri.")
    click(qtbot, page.save_button)
    assert services.processing_register.register(admin).text("security", "fi") == (
        "Käyttäjätunnus ja palomuuri."
    )


def test_the_privacy_notice_is_saved_as_a_pdf(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "privacy-notice.pdf"
    monkeypatch.setattr(
        file_names.QFileDialog,
        "getSaveFileName",
        lambda *_a, **_k: (str(target), "PDF (*.pdf)"),
    )
    dialog = make_dialog(qtbot, services, admin)
    assert not dialog.pending_label.isVisible()  # every basis is confirmed
    assert dialog.notice_button.text() == "Save privacy &notice as PDF…"
    dialog.notice_language_combo.setCurrentIndex(1)  # English
    click(qtbot, dialog.notice_button)
    finish(qtbot, dialog.job)
    assert answers == []
    assert dialog.notice_label.text() == f"The privacy notice was saved to {target}."
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "Privacy notice" in text and "to be confirmed" not in text


def test_the_notice_waits_for_the_bases_and_says_which_to_confirm(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with raw_db(services.db.path) as conn:
        conn.execute(
            "UPDATE processing_purposes SET basis_confirmed = false WHERE code = 'ad_targeting'"
        )
    target = tmp_path / "privacy-notice.pdf"
    monkeypatch.setattr(
        file_names.QFileDialog,
        "getSaveFileName",
        lambda *_a, **_k: (str(target), "PDF (*.pdf)"),
    )
    dialog = make_dialog(qtbot, services, admin)
    click(qtbot, dialog.notice_button)
    finish(qtbot, dialog.job)
    assert not target.exists()
    shown = " ".join([*(text for _kind, text in answers), dialog.notice_label.text()])
    assert "not confirmed yet: ad_targeting" in shown


def test_only_the_paakayttaja_gets_the_menu_entry_and_the_service_refuses_the_others(
    english, qtbot, services: Services, admin: Actor, reader: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.processing_register_action in window.register_menu.actions()
    assert window.processing_register_action.isVisible()
    assert window.processing_register_action.text() == "&Processing register…"
    window.processing_register_action.trigger()
    assert isinstance(window.processing_register_dialog, ProcessingRegisterDialog)
    assert window.processing_register_dialog.isVisible()
    window.processing_register_dialog.close()

    as_reader = MainWindow(services, reader, english[2], QSettings())
    qtbot.addWidget(as_reader)
    assert not as_reader.processing_register_action.isVisible()
    assert not as_reader.register_menu.menuAction().isVisible()
    [first, *_] = services.processing_register.register(reader).purposes
    with pytest.raises(PermissionDenied):
        services.processing_register.update_purpose(
            reader,
            first.id,
            version=first.version,
            name_fi=first.name_fi,
            name_en=first.name_en,
            legal_bases=first.legal_bases,
            basis_note_fi=first.basis_note_fi,
            basis_note_en=first.basis_note_en,
            basis_confirmed=True,
            categories_fi=first.categories_fi,
            categories_en=first.categories_en,
            retention_fi=first.retention_fi,
            retention_en=first.retention_en,
        )
