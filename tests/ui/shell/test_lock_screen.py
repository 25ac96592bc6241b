"""The idle lock and the end of a session, through the start flow on a real database file:
the lock hides every customer's data, keeps an open dialog's typing, takes only the same
user's password, clears the clipboard; logging out, and a deactivated user, return to the login."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from l4d_desktop.app import StartFlow
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.dialog import CustomerDialog
from l4d_desktop.ui.shell.account_dialogs import LoginDialog
from l4d_desktop.ui.shell.lock_screen import LockScreen
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customers import add_customer as add
from tests.helpers.database import raw_db
from tests.helpers.gui import WAIT_MS, click
from tests.helpers.users import ADMIN_PASSWORD, HANDLER_PASSWORD

NAME = "Maija Meikäläinen"
TYPED = "Teppo Testaaja"


@pytest.fixture
def flow(app_parts, services: Services, admin: Actor) -> Iterator[StartFlow]:  # type: ignore[no-untyped-def]
    _app, settings, language = app_parts
    language.apply("en", remember=False)
    add(services, admin, NAME)
    start = StartFlow(language, settings, services, idle_timeout_ms=1500)
    yield start
    if start.idle_lock is not None:
        start.idle_lock.uninstall()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
            widget.deleteLater()


def log_in(qtbot, flow: StartFlow, username: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    login.username_edit.setText(username)
    login.password_edit.setText(password)
    click(qtbot, login.ok_button)
    assert isinstance(flow.window, MainWindow)
    return flow.window


def visible_texts() -> str:
    """Every text a person could read on the screen: titles, labels, inputs, table cells."""
    seen: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        seen.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QLineEdit):
                seen.append(w.text())
            elif isinstance(w, QTextEdit | QPlainTextEdit):
                seen.append(w.toPlainText())
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                model = w.model()
                for r in range(model.rowCount()):
                    for c in range(model.columnCount()):
                        seen.append(str(model.data(model.index(r, c)) or ""))
    return "\n".join(seen)


def lock_screen() -> LockScreen | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, LockScreen)]
    return next((w for w in found if w.isVisible()), None)


def test_idle_lock_hides_customer_data_and_comes_back_as_it_was(
    flow: StartFlow, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    window = log_in(qtbot, flow, "paakayttaja", ADMIN_PASSWORD)
    tab = window.customers_tab
    assert tab is not None
    customer_id = tab.model.record(0).id
    customer_window = tab.open_customer(customer_id)
    qtbot.waitUntil(lambda: customer_window.loaded, timeout=WAIT_MS)
    tab._show_dialog(None)
    dialog = tab._dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.keyClicks(dialog.name_edit, TYPED)  # typing keeps the lock away meanwhile
    QGuiApplication.clipboard().setText(NAME)
    assert NAME in visible_texts()

    assert flow.idle_lock is not None
    qtbot.waitUntil(lambda: flow.idle_lock is not None and flow.idle_lock.is_locked, timeout=5000)
    screen = lock_screen()
    assert screen is not None and screen.objectName() == "lock_screen"
    shown = visible_texts()
    assert NAME not in shown and TYPED not in shown
    assert not window.isVisible() and not customer_window.isVisible() and not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""

    # Input while locked does not unlock, a wrong password keeps it locked.
    screen.password_edit.setText("väärä salasana joka on pitkä")
    click(qtbot, screen.unlock_button)
    assert flow.idle_lock.is_locked and screen.isVisible()
    assert screen.error_label.isVisibleTo(screen) and screen.error_label.text()
    assert NAME not in visible_texts()

    screen.password_edit.setText(ADMIN_PASSWORD)
    click(qtbot, screen.unlock_button)
    assert not flow.idle_lock.is_locked
    assert window.isVisible() and customer_window.isVisible() and dialog.isVisible()
    assert dialog.name_edit.text() == TYPED  # the typing was kept
    assert NAME in visible_texts()


def test_the_lock_screen_offers_only_the_same_user_and_logs_out(
    flow: StartFlow, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = log_in(qtbot, flow, "kasittelija", HANDLER_PASSWORD)
    assert flow.idle_lock is not None
    flow.idle_lock.lock()
    screen = lock_screen()
    assert screen is not None
    assert "kasittelija" in screen.message_label.text()
    screen.password_edit.setText(ADMIN_PASSWORD)  # another user's password does not open it
    click(qtbot, screen.unlock_button)
    assert flow.idle_lock.is_locked
    screen.reject()  # Esc does not open it either
    assert screen.isVisible()

    click(qtbot, screen.logout_button)
    assert flow.window is None
    assert isinstance(flow.dialog, LoginDialog) and flow.dialog.isVisible()
    assert not isValid(window) or not window.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [flow.dialog]


def test_input_keeps_the_lock_away(flow: StartFlow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = log_in(qtbot, flow, "paakayttaja", ADMIN_PASSWORD)
    assert flow.idle_lock is not None
    for _ in range(6):
        qtbot.wait(500)
        qtbot.keyClick(window.tabs, "a")
    assert not flow.idle_lock.is_locked
    qtbot.waitUntil(lambda: flow.idle_lock is not None and flow.idle_lock.is_locked, timeout=5000)


def test_a_deactivated_user_is_returned_to_the_login_at_the_next_action(
    flow: StartFlow, qtbot, services: Services, admin: Actor, handler: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    window = log_in(qtbot, flow, "kasittelija", HANDLER_PASSWORD)
    services.users.set_active(admin, handler.user_id, False)
    assert window.customers_tab is not None
    window.customers_tab.refresh()
    assert answers == [("error", "Your account is no longer active. Please log in again.")]
    qtbot.waitUntil(lambda: flow.window is None, timeout=WAIT_MS)
    assert isinstance(flow.dialog, LoginDialog) and flow.dialog.isVisible()
    assert not isValid(window) or not window.isVisible()


def test_the_setting_written_in_the_database_gives_the_lock_its_minutes(
    flow: StartFlow, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    with raw_db(services.db.path) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '5')")
    flow.idle_timeout_ms = None
    log_in(qtbot, flow, "paakayttaja", ADMIN_PASSWORD)
    assert flow.idle_lock is not None and flow.idle_lock.minutes == 5
    assert not flow.idle_lock.is_locked
    flow.idle_lock.lock()
    screen = lock_screen()
    assert screen is not None and "5 minute" in screen.message_label.text()
