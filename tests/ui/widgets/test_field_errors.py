"""Errors beside fields: every problem of a field is shown, in full (the window grows instead
of squeezing the fields), it goes as soon as the field is changed without the form jumping,
and the login's fields keep their size after a wrong password."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.shell.account_dialogs import LoginDialog
from tests.helpers.gui import click_save, field_errors

PASSWORD = "kesäkuun lumi sataa hiljaa"


@pytest.fixture
def dialog(english, qtbot, services: Services, admin: Actor) -> CustomerDialog:  # type: ignore[no-untyped-def]
    shown = CustomerDialog(services.customers, admin)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_problem_of_a_field_is_shown(dialog: CustomerDialog) -> None:
    problems = ValidationError("email", "email_invalid")
    problems.all_errors = [  # type: ignore[attr-defined]
        problems,
        ValidationError("email", "too_long", max=254),
        ValidationError("name", "required"),
    ]
    dialog.errors.show(problems)
    email_error = next(e for e in field_errors(dialog) if e.startswith("Email"))
    assert email_error.split("\n") == [
        "Email: not a valid email address.",
        "Email: at most 254 characters.",
    ]
    layout = dialog.layout()
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width()), "nothing clipped"


def test_an_error_goes_when_the_field_is_corrected_and_nothing_jumps(
    dialog: CustomerDialog, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.setText("Aino Aalto")
    dialog.email_edit.setText("not an address")
    click_save(qtbot, dialog.buttons)
    assert field_errors(dialog) == ["Email: not a valid email address."]
    assert dialog.email_edit.property("invalid") is True
    below = dialog.phone_edit.mapTo(dialog, dialog.phone_edit.rect().topLeft()).y()

    dialog.email_edit.setText("aino@example.fi")
    assert field_errors(dialog) in ([], [""]), "the message went at the first change"
    assert dialog.email_edit.property("invalid") is False
    qtbot.wait(10)
    assert dialog.phone_edit.mapTo(dialog, dialog.phone_edit.rect().topLeft()).y() == below
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog.buttons)


def test_the_login_fields_keep_their_size_after_a_wrong_password(
    english, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    login = LoginDialog(services.auth, english[2])
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    before = (login.username_edit.size(), login.password_edit.size())
    login.username_edit.setText("jouni")
    login.password_edit.setText("väärä salasana joka on pitkä")
    click_save(qtbot, login.buttons)
    assert not login.error_label.isHidden()
    assert (login.username_edit.size(), login.password_edit.size()) == before
