"""File → Lock shows the lock screen at once; File → Log out returns to the login, after every
other window has closed, each asking about unsaved typing (Cancel keeps the session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from l4d_desktop.app import StartFlow
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from l4d_desktop.ui.feedback import Unsaved
from l4d_desktop.ui.shell.account_dialogs import LoginDialog
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.gui import click_save

PASSWORD = "kesäkuun lumi sataa hiljaa"
no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def flow(english, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    _app, settings, language = english
    services = open_services(
        tmp_path / "l4d.sqlite3",
        clock=FakeClock(),
        hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    start = StartFlow(language, settings, services)
    yield start
    if start.window is not None:
        start.window.close()
    if start.idle_lock is not None and start.idle_lock.screen is not None:
        start.idle_lock.screen.close()
    if start.dialog is not None:
        start.dialog.close()
    services.db.dispose()


def logged_in(flow: StartFlow, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    login.username_edit.setText("jouni")
    login.password_edit.setText(PASSWORD)
    click_save(qtbot, login.buttons)
    window = flow.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_file_lock_locks_at_once(flow: StartFlow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = logged_in(flow, qtbot)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    assert window.lock_action in window.file_menu.actions()
    window.lock_action.trigger()
    assert flow.idle_lock is not None and flow.idle_lock.screen is not None
    assert not window.isVisible()


@no_raise_on_offscreen
def test_log_out_asks_about_typing_and_returns_to_the_login(
    flow: StartFlow, qtbot, unsaved_replies
) -> None:  # type: ignore[no-untyped-def]
    window = logged_in(flow, qtbot)
    actor = flow.services.auth.login("jouni", PASSWORD)
    maija = flow.services.customers.create(actor, CustomerInput(name="Maija Meikäläinen"))
    assert window.customers_tab is not None
    customer = window.customers_tab.open_customer(maija.id)
    qtbot.waitUntil(lambda: customer.loaded)
    customer.basic_page.form.city_edit.setText("Espoo")

    unsaved_replies.append(Unsaved.CANCEL)
    window.log_out_action.trigger()
    assert flow.window is window and customer.isVisible(), "Cancel keeps the session"

    unsaved_replies.append(Unsaved.DISCARD)
    window.log_out_action.trigger()
    assert flow.window is None
    assert isinstance(flow.dialog, LoginDialog)
    assert flow.dialog.username_edit.text() == "jouni"
