"""The pääkäyttäjä's letter settings on a real database file: grouped fields read and saved,
refused values named beside their field with the typing kept, the envelope calibration page
printed and saved with the offsets typed (unsaved), and the menu entry only for users.admin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDoubleSpinBox

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters import printing as letter_printing
from l4d_desktop.ui.letters.settings_dialog import LetterSettingsDialog
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.gui import WAIT_MS, click, click_save, finish
from tests.helpers.pdf import pdf_text

# A value each field accepts, typed after a refusal.
CORRECTED = {
    "controller_name": "Lean 4D Oy",
    "privacy_contact_email": "jouni@lean4d.fi",
    "controller_postal_code": "02520",
    "controller_business_id": "2989855-5",
    "controller_email": "jouni@lean4d.fi",
    "privacy_contact_phone": "+358 40 071 7454",
    "controller_web": "lean4d.fi",
}


def make_dialog(qtbot: Any, services: Services, actor: Actor) -> LetterSettingsDialog:
    dialog = LetterSettingsDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_the_fields_are_grouped_and_read_from_the_settings(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.windowTitle() == "Letter settings"
    assert [g.title() for g in dialog.groups.values()] == [
        "Controller",
        "Data protection contact person",
        "Supervisory authority",
        "Envelope window",
    ]
    saved = services.letters.settings_values(admin)
    assert set(dialog.edits) | set(dialog.spins) == set(saved)
    for key, edit in dialog.edits.items():
        assert edit.text() == saved[key], key
    assert dialog.edits["controller_name"].text() == "Lean 4D Oy"
    assert dialog.edits["authority_name_en"].text() == "Office of the Data Protection Ombudsman"
    for spin in dialog.spins.values():
        assert isinstance(spin, QDoubleSpinBox)
        assert (spin.minimum(), spin.maximum(), spin.singleStep()) == (-30.0, 30.0, 0.5)
        assert spin.value() == 0.0
        assert spin.suffix() == " mm"
    assert dialog.labels["envelope_offset_x_mm"].text() == "&Right (+) or left (−):"
    assert dialog.save_button.isEnabled()
    assert dialog.print_calibration_button.isEnabled()


def test_saved_settings_are_read_back_by_the_next_dialog(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.edits["controller_city"].setText("Kirkkonummi")
    dialog.edits["controller_web"].setText("lean4d.fi")
    dialog.edits["privacy_contact_title_en"].setText("CEO")
    dialog.spins["envelope_offset_x_mm"].setValue(2.5)
    dialog.spins["envelope_offset_y_mm"].setValue(-1.0)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        click_save(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.letters.settings_values(admin)
    assert saved["controller_city"] == "Kirkkonummi"
    assert saved["controller_web"] == "lean4d.fi"
    assert (saved["envelope_offset_x_mm"], saved["envelope_offset_y_mm"]) == ("2.5", "-1")

    again = make_dialog(qtbot, services, admin)
    assert again.edits["controller_city"].text() == "Kirkkonummi"
    assert again.edits["privacy_contact_title_en"].text() == "CEO"
    assert again.spins["envelope_offset_x_mm"].value() == 2.5
    assert again.spins["envelope_offset_y_mm"].value() == -1.0


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("controller_name", "", "Controller's name: this field is required."),
        (
            "authority_street",
            "x" * 250,
            "Supervisory authority's visiting address: at most 200 characters.",
        ),
        (
            "privacy_contact_email",
            "jouni@lean4d.fi\tx",
            "Data protection contact's email: contains control characters that are not allowed.",
        ),
        # Checked as the customer register checks the same kinds of value.
        (
            "controller_postal_code",
            "2520",
            "Controller's postal code: a Finnish postal code has exactly 5 digits.",
        ),
        (
            "controller_business_id",
            "2989855-4",
            "Controller's business ID: not a valid Finnish business ID (y-tunnus, e.g. "
            "2989855-5).",
        ),
        ("controller_email", "jouni@", "Controller's email: not a valid email address."),
        ("privacy_contact_phone", "040 12", "Data protection contact's phone: not a valid phone number."),
        ("controller_web", "lean 4d", "Controller's website: not a web address (e.g. tietosuoja.fi or https://www.lean4d.fi)."),
    ],
)  # fmt: skip
def test_a_refused_value_is_named_beside_its_field_and_the_typing_is_kept(
    english, qtbot, services: Services, admin: Actor, key: str, typed: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.edits["controller_city"].setText("Masala")
    dialog.edits[key].setText(typed)
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    error = dialog.error_labels[key]
    assert error.isVisible()
    assert error.text() == message
    assert dialog.edits[key].property("invalid") is True
    assert dialog.focusWidget() is dialog.edits[key]
    # Everything typed stays as typed; nothing was saved.
    assert dialog.edits[key].text() == typed
    assert dialog.edits["controller_city"].text() == "Masala"
    assert services.letters.settings_values(admin)["controller_city"] != "Masala"
    # Corrected, the error goes and the save goes through.
    dialog.edits[key].setText(CORRECTED.get(key, "ok"))
    click_save(qtbot, dialog.buttons)
    assert not error.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.letters.settings_values(admin)["controller_city"] == "Masala"


def test_the_calibration_page_uses_the_offsets_typed_without_saving_them(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, monkeypatch, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.spins["envelope_offset_x_mm"].setValue(3.5)
    dialog.spins["envelope_offset_y_mm"].setValue(-2.0)
    target = tmp_path / "calibration.pdf"
    asked: list[Path] = []

    def ask_save_path(_parent: object, _title: str, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(letter_printing, "ask_save_path", ask_save_path)
    click(qtbot, dialog.save_calibration_button)
    finish(qtbot, dialog.calibration_job)
    assert answers == []
    assert asked[0].name == "calibration-page.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Window envelope calibration page" in text
    assert "Current offset: +3.5 mm horizontally, -2.0 mm vertically." in text
    assert dialog.last_saved_path == target
    assert dialog.calibration_label.text().startswith(f"Saved to {target}.")
    assert services.letters.settings_values(admin)["envelope_offset_x_mm"] == "0"

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(150)
    monkeypatch.setattr(letter_printing, "ask_printer", lambda *_a: printer)
    click(qtbot, dialog.print_calibration_button)
    finish(qtbot, dialog.calibration_job)
    assert answers == []
    report = dialog.last_report
    # Print to file writes the page's own PDF: text, not an image of it.
    assert report is not None and len(report.pages) == 1 and report.sent_as == "file"
    assert "Current offset: +3.5 mm horizontally, -2.0 mm vertically." in pdf_text(
        printed.read_bytes()
    )
    assert dialog.calibration_label.text().startswith("Sent to the printer.")


def test_only_the_paakayttaja_gets_the_menu_entry(
    english, qtbot, services: Services, admin: Actor, handler: Actor, reader: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.letter_settings_action in window.register_menu.actions()
    assert window.letter_settings_action.isVisible()
    assert window.letter_settings_action.text() == "&Letter settings…"
    window.letter_settings_action.trigger()
    assert isinstance(window.letter_settings_dialog, LetterSettingsDialog)
    assert window.letter_settings_dialog.isVisible()
    window.letter_settings_dialog.close()

    for actor in (handler, reader):
        other = MainWindow(services, actor, english[2], QSettings())
        qtbot.addWidget(other)
        assert not other.letter_settings_action.isVisible()
    with pytest.raises(PermissionDenied):
        services.letters.settings_values(handler)


def test_without_the_right_the_dialog_saves_nothing(
    english, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, handler)
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "You do not have the right to do this."
    assert not dialog.save_button.isEnabled()
    assert not dialog.edits["controller_name"].isEnabled()
    assert not dialog.print_calibration_button.isEnabled()
    assert not dialog.save_calibration_button.isEnabled()
