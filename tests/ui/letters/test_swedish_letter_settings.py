"""The Swedish letter settings in the letter-settings dialog: the register's name, the contact's
title and the authority's name and addresses that Swedish letters and the Swedish notice print,
each in its group under its own words, saved and read back, refused by name, and in Swedish."""

from __future__ import annotations

from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.settings import LETTER_SETTING_KEYS
from l4d_desktop.ui.letters.settings_dialog import GROUPS, LetterSettingsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import WAIT_MS, click_save
from tests.helpers.pdf import pdf_text
from tests.ui.shell.test_interface_languages import _english_left

SWEDISH = {
    "register_name_sv": ("controller", "Register's name, Swedish:"),
    "privacy_contact_title_sv": ("contact", "Contact person's title, Swedish:"),
    "authority_name_sv": ("authority", "Name, Swedish:"),
    "authority_street_sv": ("authority", "Visiting address, Swedish:"),
    "authority_postal_sv": ("authority", "Postal address, Swedish:"),
}


def make_dialog(qtbot: Any, services: Services, actor: Actor) -> LetterSettingsDialog:
    dialog = LetterSettingsDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_every_letter_setting_has_its_place_and_the_swedish_ones_are_these() -> None:
    # None is left to the fallback that shows a key the dialog does not know under its code.
    placed = {key for keys in GROUPS.values() for key in keys}
    assert set(LETTER_SETTING_KEYS) <= placed
    assert {key for key in LETTER_SETTING_KEYS if key.endswith("_sv")} == set(SWEDISH)
    for key, (group, _label) in SWEDISH.items():
        assert key in GROUPS[group], key


def test_the_swedish_settings_are_shown_saved_and_printed(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    saved = services.letters.settings_values(admin)
    for key, (group, label) in SWEDISH.items():
        assert dialog.labels[key].text() == label
        assert dialog.groups[group].isAncestorOf(dialog.edits[key]), key
        assert dialog.edits[key].text() == saved[key]
    assert dialog.edits["authority_postal_sv"].text() == "PB 800, 00531 Helsingfors"
    # A value longer than its field shows its beginning, not its tail.
    assert all(edit.cursorPosition() == 0 for edit in dialog.edits.values())

    typed = {
        "register_name_sv": "Lean 4D Ab:s kundregister",
        "privacy_contact_title_sv": "vd",
        "authority_name_sv": "Dataombudsmannens byrå (Finland)",
        "authority_street_sv": "Fågelviksgränden 4 A, 00530 Helsingfors",
        "authority_postal_sv": "PB 800, FI-00531 Helsingfors",
    }
    for key, value in typed.items():
        dialog.edits[key].setText(value)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        click_save(qtbot, dialog.buttons)
    after = services.letters.settings_values(admin)
    assert {key: after[key] for key in typed} == typed
    # The Finnish and English twins as they were.
    for key in ("register_name_fi", "authority_name_en", "authority_postal", "authority_street"):
        assert after[key] == saved[key]

    notice = " ".join(pdf_text(services.processing_register.notice_pdf(admin, "sv")).split())
    for key in ("register_name_sv", "authority_name_sv", "authority_postal_sv"):
        assert typed[key] in notice, key
    finnish = " ".join(pdf_text(services.processing_register.notice_pdf(admin, "fi")).split())
    assert typed["authority_name_sv"] not in finnish

    again = make_dialog(qtbot, services, admin)
    assert again.edits["privacy_contact_title_sv"].text() == "vd"


def test_a_refused_swedish_setting_is_named_beside_its_field(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.edits["authority_name_sv"].setText("  ")
    dialog.edits["register_name_sv"].setText("Kundregistret")
    click_save(qtbot, dialog.buttons)
    error = dialog.error_labels["authority_name_sv"]
    assert error.isVisible()
    assert error.text() == "Supervisory authority's name in Swedish: this field is required."
    assert dialog.edits["register_name_sv"].text() == "Kundregistret"
    assert services.letters.settings_values(admin)["authority_name_sv"] == (
        "Dataombudsmannens byrå"
    )


def test_the_letter_settings_in_swedish(app_parts, qtbot, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.labels["authority_postal_sv"].text() == "Postadress, svenska:"
    assert dialog.labels["privacy_contact_title_sv"].text() == "Kontaktpersonens titel, svenska:"
    assert _english_left(dialog, "sv") == []
    dialog.edits["authority_street_sv"].setText("x" * 250)
    click_save(qtbot, dialog.buttons)
    assert (
        dialog.error_labels["authority_street_sv"]
        .text()
        .startswith("Tillsynsmyndighetens besöksadress på svenska: ")
    )
