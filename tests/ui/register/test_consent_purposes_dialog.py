"""Register → Consent purposes: the list in the window's language, a purpose added and a
built-in one renamed through the dialogs (read back from the service), a refusal naming the
field, a rename made meanwhile kept in view, in Finnish and Swedish; the consent page then
names the purpose in Swedish."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.register.consent_purposes_dialog import (
    ConsentPurposeDialog,
    ConsentPurposesDialog,
)
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer
from tests.helpers.gui import cells, click, click_save, column


def make_dialog(qtbot, services: Services, actor: Actor) -> ConsentPurposesDialog:  # type: ignore[no-untyped-def]
    dialog = ConsentPurposesDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def row_of(dialog: ConsentPurposesDialog, code: str) -> int:
    return next(i for i, p in enumerate(dialog.records) if p.code == code)


def test_in_finnish_a_purpose_is_added_and_a_built_in_one_renamed(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("fi", remember=False)
    main = MainWindow(services, admin, app_parts[2], QSettings())
    qtbot.addWidget(main)
    assert main.consent_purposes_action.text() == "Suostu&musten käyttötarkoitukset…"
    main.consent_purposes_action.trigger()
    dialog = main.consent_purposes_dialog
    assert isinstance(dialog, ConsentPurposesDialog)
    assert dialog.windowTitle() == "Suostumusten käyttötarkoitukset"
    analytics = dialog.records[row_of(dialog, "analytics")]
    assert cells(dialog.model, row_of(dialog, "analytics"))[:2] == [
        analytics.name_fi,
        "analytics",
    ]
    assert cells(dialog.model, row_of(dialog, "marketing_email"))[5:] == ["kyllä", "kyllä"]

    click(qtbot, dialog.add_button)
    new = dialog.dialog
    assert isinstance(new, ConsentPurposeDialog)
    assert new.labels["name_sv"].text() == "Nimi &ruotsiksi:"
    qtbot.keyClicks(new.code_edit, "newsletter")
    qtbot.keyClicks(new.name_en_edit, "Newsletter")
    click_save(qtbot, new.buttons)  # no Finnish name
    assert new.isVisible()
    assert new.errors._fields["name_fi"][1].text().startswith("Nimi suomeksi:")
    new.name_fi_edit.setText("Uutiskirje")
    qtbot.keyClicks(new.name_sv_edit, "Nyhetsbrev")
    click_save(qtbot, new.buttons)
    assert not new.isVisible()
    made = next(p for p in services.consents.purposes(admin) if p.code == "newsletter")
    assert (made.name_fi, made.name_en, made.name_sv, made.builtin) == (
        "Uutiskirje",
        "Newsletter",
        "Nyhetsbrev",
        False,
    )
    assert dialog.selected() == made
    assert cells(dialog.model, row_of(dialog, "newsletter"))[6] == "ei"

    dialog.table.selectRow(row_of(dialog, "analytics"))
    click(qtbot, dialog.edit_button)
    edit = dialog.dialog
    assert isinstance(edit, ConsentPurposeDialog) and edit is not new
    assert edit.code_edit.isReadOnly() and not edit.direct_marketing_check.isEnabled()
    assert edit.name_sv_edit.text() == analytics.name_sv
    edit.name_sv_edit.clear()
    qtbot.keyClicks(edit.name_sv_edit, "Webbanalys")
    click_save(qtbot, edit.buttons)
    assert not edit.isVisible()
    renamed = next(p for p in services.consents.purposes(admin) if p.code == "analytics")
    assert (renamed.name_fi, renamed.name_sv) == (analytics.name_fi, "Webbanalys")
    assert cells(dialog.model, row_of(dialog, "analytics"))[3] == "Webbanalys"


def test_in_swedish_the_swedish_names_are_shown_and_a_rename_meanwhile_is_kept_in_view(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.add_button.text() == "&Lägg till…"
    sms = dialog.records[row_of(dialog, "marketing_sms")]
    assert cells(dialog.model, row_of(dialog, "marketing_sms"))[0] == sms.name_sv
    dialog.table.selectRow(row_of(dialog, "analytics"))
    click(qtbot, dialog.edit_button)
    edit = dialog.dialog
    assert edit is not None
    assert edit.labels["name_sv"].text() == "Namn på s&venska:"
    # Someone else renames it meanwhile; saving over it is refused once, the typing kept.
    seen = edit.record
    assert seen is not None
    services.consents.edit_purpose(admin, "analytics", "Analytiikka", seen.name_en, "Analys", seen)
    edit.name_sv_edit.setText("Webbanalys")
    click_save(qtbot, edit.buttons)
    assert edit.isVisible()
    assert "Analytiikka / Analys" in edit.general_error.text()
    assert edit.name_sv_edit.text() == "Webbanalys"
    click_save(qtbot, edit.buttons)
    assert not edit.isVisible()
    now = next(p for p in services.consents.purposes(admin) if p.code == "analytics")
    assert (now.name_fi, now.name_sv) == (seen.name_fi, "Webbanalys")
    qtbot.waitUntil(lambda: "Webbanalys" in column(dialog.model, 0))

    # The customer's consent page names the purpose in Swedish.
    person = add_customer(services, admin, "Åsa Lindqvist", language="sv")
    services.consents.record(admin, person.id, "analytics", True, "web_form")
    window = open_window(qtbot, make_tab(qtbot, services, admin), person.id)
    page = window.consents_page
    assert "Webbanalys" in column(page.state_model, 0)
    assert column(page.history_model, 1) == ["Webbanalys"]


def test_a_handler_sees_the_purposes_but_cannot_change_them(
    english, qtbot, services: Services, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, handler)
    assert len(dialog.records) >= 4
    assert not dialog.add_button.isVisible() and not dialog.edit_button.isVisible()
    dialog.table.selectRow(0)
    dialog.edit()
    assert dialog.dialog is None
