"""The Swedish title in the New user and Edit user dialogs: typed, saved, read back from the
service; shown again when editing; a bad one marked by its field's name."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.user_dialogs import EditUserDialog, NewUserDialog
from tests.helpers.gui import click_save

INITIAL = "ensimmäinen salasana vaihdetaan"


def test_a_new_user_gets_the_swedish_title_typed(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = NewUserDialog(services.users, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.labels["title_sv"].text() == "Title in S&wedish (for letters):"
    assert dialog.labels["title_sv"].buddy() is dialog.title_sv_edit
    dialog.username_edit.setText("kaisa")
    dialog.full_name_edit.setText("Kaisa Käsittelijä")
    dialog.title_en_edit.setText("Project Manager")
    qtbot.keyClicks(dialog.title_sv_edit, "Projektledare")
    dialog.passwords.edit.setText(INITIAL)
    dialog.passwords.repeat.setText(INITIAL)
    with qtbot.waitSignal(dialog.created) as made:
        click_save(qtbot, dialog.buttons)
    info = services.users.get_user(admin, made.args[0].id)
    assert (info.title_en, info.title_sv) == ("Project Manager", "Projektledare")


def test_the_edit_dialog_shows_and_saves_the_swedish_title(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    made = services.users.create_user(
        admin, "kaisa", "Kaisa Käsittelijä", "handler", INITIAL, title_sv="handläggare"
    )
    dialog = EditUserDialog(services.users, admin, made)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title_sv_edit.text() == "handläggare"
    assert dialog.title_sv_edit.accessibleName() == "Title in Swedish"
    assert dialog.labels["title_sv"].buddy() is dialog.title_sv_edit  # Alt+W reaches it
    dialog.title_sv_edit.clear()
    dialog.title_sv_edit.setText("x" * 201)
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    error = dialog.errors._fields["title_sv"][1].text()
    assert error == "Title in Swedish: at most 200 characters."
    dialog.title_sv_edit.clear()
    qtbot.keyClicks(dialog.title_sv_edit, "Projektledare")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog.buttons)
    saved = services.users.get_user(admin, made.id)
    assert (saved.title_sv, saved.version) == ("Projektledare", made.version + 1)


def test_the_finnish_and_swedish_labels(qtbot, app_parts, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    for language, label in (
        ("fi", "Tehtävänimike ruot&siksi (kirjeisiin):"),
        ("sv", "Titel på s&venska (för brev):"),
    ):
        app_parts[2].apply(language, remember=False)
        dialog = NewUserDialog(services.users, admin)
        qtbot.addWidget(dialog)
        assert dialog.labels["title_sv"].text() == label
