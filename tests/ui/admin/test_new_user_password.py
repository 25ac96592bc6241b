"""New user: the pääkäyttäjä can have the one-time password generated, shown to be read out,
and the user logs in with it once and must then choose their own."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.security import one_time_passwords
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.user_dialogs import NewUserDialog
from tests.helpers.gui import click, click_save


def test_a_generated_initial_password_is_shown_and_works_once(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = NewUserDialog(services.users, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.generate_button.text() == "&Generate a one-time password"
    dialog.username_edit.setText("kaisa")
    dialog.full_name_edit.setText("Kaisa Käsittelijä")
    click(qtbot, dialog.generate_button)
    password = dialog.passwords.edit.text()
    assert password == dialog.passwords.repeat.text()
    assert len(password) == 23 and set(password) <= set(one_time_passwords.ALPHABET + "-")
    assert dialog.passwords.edit.echoMode() == QLineEdit.EchoMode.Normal, "shown to read out"
    click(qtbot, dialog.generate_button)
    assert dialog.passwords.edit.text() != password, "a new one each time"
    password = dialog.passwords.edit.text()
    with qtbot.waitSignal(dialog.created):
        click_save(qtbot, dialog.buttons)

    actor = services.auth.login("kaisa", password)
    assert actor.must_change_password
