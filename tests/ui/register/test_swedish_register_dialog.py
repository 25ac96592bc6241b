"""The Swedish texts of the processing register written in the window: a purpose's Swedish name,
basis, data and retention and the register-wide texts' Swedish, saved through the service and
read back, refused by field name with the typing kept, and the dialog itself in Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import Services
from l4d_desktop.ui import file_names
from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import click, finish
from tests.helpers.pdf import pdf_text
from tests.ui.shell.test_interface_languages import _english_left

BILLING_ROW = 2  # the notice's third purpose


def make_dialog(qtbot, services: Services, actor: Actor) -> ProcessingRegisterDialog:  # type: ignore[no-untyped-def]
    dialog = ProcessingRegisterDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def billing(services: Services, admin: Actor):  # type: ignore[no-untyped-def]
    register = services.processing_register.register(admin)
    return next(p for p in register.purposes if p.code == "billing")


def test_a_purposes_swedish_texts_are_written_in_the_window_and_read_back(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    before = billing(services, admin)
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(BILLING_ROW)
    form = dialog.form
    # The seeded Swedish is shown beside the Finnish and English.
    assert form.name_sv_edit.text() == before.name_sv
    assert form.text_edits["retention_sv"].toPlainText() == before.retention_sv
    assert form._labels["name_sv"].text() == "Name in S&wedish:"
    assert not form.is_changed()

    form.name_sv_edit.setText("Fakturering och indrivning")
    form.text_edits["basis_note_sv"].setPlainText("Avtal och bokföringslagen (1336/1997).")
    form.text_edits["categories_sv"].setPlainText("Namn, adress och fakturor.")
    form.text_edits["retention_sv"].setPlainText("Verifikaten sparas i sex år.")
    assert form.is_changed()
    click(qtbot, dialog.save_purpose_button)
    assert dialog.purpose_status_label.text() == "Saved."
    assert answers == []

    after = billing(services, admin)
    assert after.name_sv == "Fakturering och indrivning"
    assert after.basis_note_sv == "Avtal och bokföringslagen (1336/1997)."
    assert after.categories_sv == "Namn, adress och fakturor."
    assert after.retention_sv == "Verifikaten sparas i sex år."
    # Finnish and English as they were.
    assert (after.name_fi, after.retention_en) == (before.name_fi, before.retention_en)
    notice = " ".join(pdf_text(services.processing_register.notice_pdf(admin, "sv")).split())
    assert "Fakturering och indrivning" in notice
    assert "Verifikaten sparas i sex år." in notice
    dialog.close()

    again = make_dialog(qtbot, services, admin)
    again.table.selectRow(BILLING_ROW)
    assert again.form.name_sv_edit.text() == "Fakturering och indrivning"
    assert again.form.text_edits["categories_sv"].toPlainText() == "Namn, adress och fakturor."


def test_an_emptied_swedish_text_holds_up_the_swedish_notice_by_name(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(BILLING_ROW)
    dialog.form.text_edits["retention_sv"].setPlainText("  ")
    click(qtbot, dialog.save_purpose_button)
    assert dialog.purpose_status_label.text() == "Saved."  # Swedish may wait
    assert billing(services, admin).retention_sv == ""
    with pytest.raises(BusinessRuleError) as refused:
        services.processing_register.notice_pdf(admin, "sv")
    assert refused.value.params["texts"] == "billing.retention"

    # Written again in the window, the Swedish notice is issued.
    dialog.form.text_edits["retention_sv"].setPlainText("Sex år från räkenskapsperiodens slut.")
    click(qtbot, dialog.save_purpose_button)
    assert services.processing_register.notice_pdf(admin, "sv").startswith(b"%PDF")


def test_the_swedish_notice_saved_from_the_window_names_the_missing_text(
    english, qtbot, services: Services, admin: Actor, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dataskyddsbeskrivning.pdf"
    monkeypatch.setattr(
        file_names.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF (*.pdf)")
    )
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(BILLING_ROW)
    dialog.form.text_edits["retention_sv"].setPlainText("")
    click(qtbot, dialog.save_purpose_button)
    combo = dialog.notice_language_combo
    combo.setCurrentIndex(combo.findData("sv"))
    assert combo.currentText() == "Swedish"
    click(qtbot, dialog.notice_button)
    finish(qtbot, dialog.job)
    assert not target.exists()
    assert answers == [
        (
            "error",
            "The processing register lacks texts this letter or notice prints in its language "
            "(billing.retention); complete them in Register → Processing register.",
        )
    ]

    dialog.form.text_edits["retention_sv"].setPlainText("Sex år från räkenskapsperiodens slut.")
    click(qtbot, dialog.save_purpose_button)
    click(qtbot, dialog.notice_button)
    finish(qtbot, dialog.job)
    assert "Sex år från räkenskapsperiodens slut." in " ".join(
        pdf_text(target.read_bytes()).split()
    )


def test_a_refused_swedish_field_is_named_and_the_typing_stays(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    before = billing(services, admin)
    dialog = make_dialog(qtbot, services, admin)
    dialog.table.selectRow(BILLING_ROW)
    form = dialog.form
    form.text_edits["categories_sv"].setPlainText("x" * 2001)
    form.name_sv_edit.setText("Fakturering")
    click(qtbot, dialog.save_purpose_button)
    error = form.errors._fields["categories_sv"][1]
    assert error.isVisible()
    assert error.text() == "Data categories in Swedish: at most 2000 characters."
    assert form.text_edits["categories_sv"].toPlainText() == "x" * 2001
    assert form.name_sv_edit.text() == "Fakturering"
    assert billing(services, admin) == before  # nothing saved


def test_the_register_wide_texts_have_a_swedish_column_saved_and_read_back(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    seeded = services.processing_register.register(admin)
    dialog = make_dialog(qtbot, services, admin)
    page = dialog.texts_page
    dialog.tabs.setCurrentWidget(page)
    assert [page.headers[lang].text() for lang in ("fi", "sv", "en")] == [
        "In Finnish",
        "In Swedish",
        "In English",
    ]
    security = page.pairs["security"]
    assert security.sv_edit.toPlainText() == seeded.text("security", "sv")
    assert security.sv_edit.accessibleName() == "Security measures, in Swedish"

    # Refused by its field's name, the typing kept; nothing saved.
    source = page.pairs["source"]
    source.sv_edit.setPlainText("y" * 4001)
    click(qtbot, page.save_button)
    assert source.sv_error.isVisible()
    assert source.sv_error.text() == "Swedish text: at most 4000 characters."
    assert source.sv_edit.toPlainText() == "y" * 4001
    assert services.processing_register.register(admin).text("source", "sv") == seeded.text(
        "source", "sv"
    )

    source.sv_edit.setPlainText("Uppgifterna fås av kunden själv.")
    security.sv_edit.setPlainText("Åtkomst endast med användarnamn; brandvägg.")
    click(qtbot, page.save_button)
    assert page.status_label.text() == "2 texts saved."
    assert not page.is_changed()
    saved = services.processing_register.register(admin)
    assert saved.text("source", "sv") == "Uppgifterna fås av kunden själv."
    assert saved.text("security", "sv") == "Åtkomst endast med användarnamn; brandvägg."
    for key in ("source", "security"):  # Finnish and English as they were
        assert (saved.text(key, "fi"), saved.text(key, "en")) == (
            seeded.text(key, "fi"),
            seeded.text(key, "en"),
        )
    dialog.close()
    again = make_dialog(qtbot, services, admin)
    assert again.texts_page.pairs["source"].sv_edit.toPlainText() == (
        "Uppgifterna fås av kunden själv."
    )


def test_the_register_dialog_in_swedish(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    dialog = make_dialog(qtbot, services, admin)
    form = dialog.form
    assert form._labels["name_sv"].text() == "Namn på s&venska:"
    assert form._labels["retention_sv"].text() == "Lagring på svenska:"
    assert dialog.texts_page.sv_header.text() == "På svenska"
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        assert _english_left(dialog, "sv") == []
    form.name_sv_edit.setText("x\x00y")
    click(qtbot, dialog.save_purpose_button)
    assert form.errors._fields["name_sv"][1].text().startswith("Namn på svenska: ")


def test_two_windows_writing_the_same_swedish_text_do_not_overwrite_each_other(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    first = make_dialog(qtbot, services, admin)
    second = make_dialog(qtbot, services, admin)
    for dialog in (first, second):
        dialog.table.selectRow(BILLING_ROW)
    second.form.text_edits["retention_sv"].setPlainText("Andra fönstrets text.")
    first.form.text_edits["retention_sv"].setPlainText("Första fönstrets text.")
    click(qtbot, first.save_purpose_button)
    assert first.purpose_status_label.text() == "Saved."

    click(qtbot, second.save_purpose_button)
    assert second.form.general_error.isVisible()
    assert second.form.general_error.text().startswith("This record was changed by another user")
    assert second.form.text_edits["retention_sv"].toPlainText() == "Andra fönstrets text."
    assert billing(services, admin).retention_sv == "Första fönstrets text."

    # The register-wide texts alike.
    first_security = first.texts_page.pairs["security"]
    second_security = second.texts_page.pairs["security"]
    second_security.sv_edit.setPlainText("Andra fönstrets skydd.")
    first_security.sv_edit.setPlainText("Första fönstrets skydd.")
    click(qtbot, first.texts_page.save_button)
    click(qtbot, second.texts_page.save_button)
    assert second_security.general_error.text().startswith("This record was changed")
    assert second_security.sv_edit.toPlainText() == "Andra fönstrets skydd."
    assert services.processing_register.register(admin).text("security", "sv") == (
        "Första fönstrets skydd."
    )
