"""The login remembers the last username on this computer and asks only for the password; the
username rule's message says which letters it takes (a–z, not å, ä or ö)."""

from __future__ import annotations

import pytest

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.shell.account_dialogs import LoginDialog
from l4d_desktop.ui.texts import error_text
from tests.helpers.gui import click_save

PASSWORD = "kesäkuun lumi sataa hiljaa"


def test_the_login_remembers_the_last_username(english, qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    first = LoginDialog(services.auth, english[2])
    qtbot.addWidget(first)
    assert first.username_edit.text() == ""
    first.username_edit.setText("jouni")
    first.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(first.logged_in):
        click_save(qtbot, first.buttons)

    again = LoginDialog(services.auth, english[2])
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.username_edit.text() == "jouni"
    assert again.password_edit.text() == ""
    assert again.focusWidget() is again.password_edit


def test_a_failed_login_remembers_nothing(english, qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    dialog = LoginDialog(services.auth, english[2])
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("someone")
    dialog.password_edit.setText("wrong password typed here")
    click_save(qtbot, dialog.buttons)
    assert LoginDialog(services.auth, english[2]).username_edit.text() == ""


def test_the_username_rule_names_its_letters(english, services: Services) -> None:  # type: ignore[no-untyped-def]
    admin_name = "jouni"
    services.auth.create_first_admin(admin_name, "Jouni Ojala", PASSWORD)
    admin = services.auth.login(admin_name, PASSWORD)
    with pytest.raises(ValidationError) as caught:
        services.users.create_user(admin, "äijä", "Äijä Öhman", "reader", PASSWORD + " ja lisää")
    text = error_text(caught.value)
    assert "a–z" in text and "not å, ä or ö" in text
    english[2].apply("fi", remember=False)
    assert "a–z (ei å, ä eikä ö)" in error_text(caught.value)
    english[2].apply("en", remember=False)
