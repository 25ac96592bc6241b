"""The Users tab on a real database file: the list with each account's state, editing with a
conflict, the rights grid, a password reset's one-time password, unlocking, and every user's own
password change with its strength hint."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtGui import QGuiApplication

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.rights_dialog import RightsDialog
from l4d_desktop.ui.admin.user_dialogs import EditUserDialog, OneTimePasswordDialog
from l4d_desktop.ui.admin.users_tab import UsersTab
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog
from tests.helpers.clock import FakeClock
from tests.helpers.gui import cells, click, click_save
from tests.helpers.users import ADMIN_PASSWORD, HANDLER_PASSWORD


def make_tab(qtbot, services: Services, admin: Actor) -> UsersTab:  # type: ignore[no-untyped-def]
    tab = UsersTab(Session(services, admin))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def select(tab: UsersTab, username: str) -> None:
    row = next(i for i, u in enumerate(tab.model.records()) if u.username == username)
    tab.table.selectRow(row)


def test_the_list_shows_each_account_and_its_state(
    english, qtbot, services: Services, admin: Actor, handler: Actor, clock: FakeClock, answers
) -> None:  # type: ignore[no-untyped-def]
    services.users.create_user(admin, "uusi", "Uusi Käyttäjä", "reader", "alkusalasana lukijalle")
    for _ in range(10):  # ten failures in a row lock the account
        with contextlib.suppress(L4DError):
            services.auth.login("kasittelija", "väärä salasana joka ei käy")
        clock.advance(seconds=60)
    tab = make_tab(qtbot, services, admin)
    assert [tab.model.headerData(c, _horizontal()) for c in range(7)] == [
        "Username",
        "Full name",
        "Title",
        "Role",
        "State",
        "Locked until",
        "One-time password expires",
    ]
    rows = {cells(tab.model, r)[0]: cells(tab.model, r) for r in range(tab.model.rowCount())}
    assert rows["paakayttaja"][1:5] == [
        "Jouni Ojala",
        "toimitusjohtaja",
        "Main administrator",
        "active",
    ]
    assert rows["kasittelija"][3:5] == ["Handler", "locked"]
    assert rows["kasittelija"][5]  # the time the lock ends
    assert rows["uusi"][4] == "must change password"

    # Buttons follow the selection and the account's state.
    assert not tab.edit_button.isEnabled() and not tab.unlock_button.isEnabled()
    select(tab, "paakayttaja")
    assert tab.edit_button.isEnabled() and tab.rights_button.isEnabled()
    assert not tab.unlock_button.isEnabled() and not tab.reactivate_button.isEnabled()
    select(tab, "kasittelija")
    assert tab.unlock_button.isEnabled()
    click(qtbot, tab.unlock_button)
    select(tab, "kasittelija")
    assert cells(tab.model, tab.table.currentIndex().row())[4:6] == ["active", ""]
    assert not tab.unlock_button.isEnabled()
    assert services.auth.login("kasittelija", HANDLER_PASSWORD).username == "kasittelija"

    # Deactivation and reactivation are both confirmed.
    click(qtbot, tab.deactivate_button)
    assert answers[-1][0] == "ask" and "Deactivate Kasittelija?" in answers[-1][1]
    select(tab, "kasittelija")
    assert cells(tab.model, tab.table.currentIndex().row())[4] == "deactivated"
    click(qtbot, tab.reactivate_button)
    assert answers[-1][0] == "ask" and "Reactivate Kasittelija?" in answers[-1][1]


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_edit_keeps_the_typing_through_a_conflict(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    select(tab, "kasittelija")
    tab.table.doubleClicked.emit(tab.table.currentIndex())  # a double click edits
    dialog = tab.dialog
    assert isinstance(dialog, EditUserDialog)
    assert dialog.full_name_edit.text() == "Kasittelija"
    assert dialog.role_combo.currentText() == "Handler"
    dialog.full_name_edit.setText("Kaisa Käsittelijä")
    dialog.title_edit.setText("asiakaspalvelija")

    # Meanwhile someone else changes the same user.
    stored = services.users.get_user(admin, handler.user_id)
    services.users.update_user(
        admin, stored.id, stored.version, full_name="K. Käsittelijä", title="", role="handler"
    )
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "changed by another user" in dialog.general_error.text()
    assert "K. Käsittelijä" in dialog.general_error.text()
    assert dialog.full_name_edit.text() == "Kaisa Käsittelijä"  # the typing is kept

    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("reader"))
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    saved = services.users.get_user(admin, handler.user_id)
    assert (saved.full_name, saved.title, saved.role) == (
        "Kaisa Käsittelijä",
        "asiakaspalvelija",
        "reader",
    )
    select(tab, "kasittelija")
    assert cells(tab.model, tab.table.currentIndex().row())[1:4] == [
        "Kaisa Käsittelijä",
        "asiakaspalvelija",
        "Reader",
    ]


def test_the_rights_grid_grants_and_revokes(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    select(tab, "kasittelija")
    click(qtbot, tab.rights_button)
    grid = tab.dialog
    assert isinstance(grid, RightsDialog)
    assert grid.objectName() == "rights_dialog"
    assert grid.rights[0] == "customers.view"
    assert "View customers" in grid.capability_labels[0].text()
    assert "customers.view" in grid.capability_labels[0].text()
    assert grid.cell("customers.edit", grid.FROM_ROLE) == "✓"
    assert grid.cell("audit.read", grid.FROM_ROLE) == "–"
    assert grid.choices["customers.edit"].currentText() == "As the role"

    grid.set_choice("audit.read", True)
    grid.set_choice("customers.edit", False)
    assert grid.cell("audit.read", grid.EFFECTIVE) == "✓"  # the preview follows the choice
    assert grid.cell("customers.edit", grid.EFFECTIVE) == "–"
    assert grid.cell("customers.edit", grid.FROM_ROLE) == "✓"
    click_save(qtbot, grid.buttons)
    assert not grid.isVisible()
    rights = services.users.get_user(admin, handler.user_id).rights
    assert "audit.read" in rights and "customers.edit" not in rights

    # Opened again, the grid shows the two exceptions; back to the role removes one.
    click(qtbot, tab.rights_button)
    grid = tab.dialog
    assert isinstance(grid, RightsDialog)
    assert grid.choices["audit.read"].currentText() == "Granted"
    assert grid.choices["customers.edit"].currentText() == "Revoked"
    grid.set_choice("customers.edit", None)
    click_save(qtbot, grid.buttons)
    rights = services.users.get_user(admin, handler.user_id).rights
    assert "audit.read" in rights and "customers.edit" in rights


def test_the_only_administrator_cannot_lose_the_right_to_administer(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    select(tab, "paakayttaja")
    click(qtbot, tab.rights_button)
    grid = tab.dialog
    assert isinstance(grid, RightsDialog)
    # Two changes: the first would be saved on its own, the second is refused.
    grid.set_choice("audit.read", False)
    grid.set_choice("users.admin", False)
    click_save(qtbot, grid.buttons)
    assert grid.isVisible()
    assert "keep the right to administer users" in grid.general_error.text()
    assert "Nothing was changed" in grid.general_error.text()
    assert grid.choices["audit.read"].currentText() == "As the role"
    assert grid.choices["users.admin"].currentText() == "As the role"
    assert grid.cell("users.admin", grid.EFFECTIVE) == "✓"
    stored = services.users.get_user(admin, admin.user_id)
    assert {"users.admin", "audit.read"} <= stored.rights


def test_a_reset_shows_the_one_time_password_once(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, services, admin)
    select(tab, "kasittelija")
    click(qtbot, tab.reset_button)
    assert answers[-1][0] == "ask" and "one-time password" in answers[-1][1]
    shown = tab.dialog
    assert isinstance(shown, OneTimePasswordDialog)
    password = shown.password_label.text()
    assert len(password.replace("-", "")) >= 20
    assert shown.password_label.font().fixedPitch() or shown.password_label.font().family()
    assert "72 hours" in shown.expiry_label.text()
    assert "first login" in shown.instruction_label.text()
    click(qtbot, shown.copy_button)
    assert QGuiApplication.clipboard().text() == password

    # The list shows until when the one-time password works.
    select(tab, "kasittelija")
    assert cells(tab.model, tab.table.currentIndex().row())[4:7][0] == "must change password"
    assert cells(tab.model, tab.table.currentIndex().row())[6]

    click(qtbot, shown.close_button)
    assert not shown.isVisible()
    assert shown.password_label.text() == ""
    assert QGuiApplication.clipboard().text() != password

    actor = services.auth.login("kasittelija", password)
    assert actor.must_change_password
    with pytest.raises(L4DError):
        services.auth.login("kasittelija", HANDLER_PASSWORD)


def test_changing_ones_own_password_with_the_hint(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = ChangePasswordDialog(services.auth, handler, forced=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passwords.edit.setText("lyhyt ja")
    assert "Too short: 8/15 characters" in dialog.strength_label.text()
    dialog.passwords.edit.setText("kasittelija on minun nimeni")
    assert "username" in dialog.strength_label.text()
    dialog.passwords.edit.setText("password12345678")
    assert "common" in dialog.strength_label.text()
    new = "sininen lintu laulaa koivussa"
    dialog.passwords.edit.setText(new)
    assert "Acceptable" in dialog.strength_label.text()
    dialog.passwords.repeat.setText(new)

    dialog.current_edit.setText("tämä ei ole oikea salasana")
    click_save(qtbot, dialog.buttons)
    assert dialog.isVisible()
    widget, label = dialog.errors._fields["current_password"]
    assert "not correct" in label.text() and widget.property("invalid")

    dialog.current_edit.setText(HANDLER_PASSWORD)
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    assert services.auth.login("kasittelija", new).username == "kasittelija"


def test_the_file_menu_offers_every_user_their_own_password_change(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from l4d_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.change_password_action in window.file_menu.actions()
    assert window.change_password_action.text() == "&Change my password…"
    window.change_password_action.trigger()
    dialog = window.change_password_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    dialog.current_edit.setText(ADMIN_PASSWORD)
    dialog.passwords.edit.setText("uusi pitkä salasana talveksi")
    dialog.passwords.repeat.setText("uusi pitkä salasana talveksi")
    click_save(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    services.auth.login("paakayttaja", "uusi pitkä salasana talveksi")
