"""A user's first day, in Finnish, Swedish and English: first run → login → customer → request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from l4d_desktop.app import StartFlow, launch
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import open_services
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog, LoginDialog
from l4d_desktop.ui.shell.main_window import MainWindow
from l4d_desktop.ui.shell.password_dialog import ChangePasswordDialog
from tests.helpers.clock import FakeClock

PASSWORD = "kesäkuun lumi sataa hiljaa"

TEXTS = {
    "fi": {
        "tabs": ["&Asiakkaat", "&Pyynnöt", "&Käyttäjät"],
        "email_error": "Sähköposti",
        "due": "14.2.2026",
        "type": "Tarkastusoikeus (15 art.)",
        "login_failed": "Kirjautuminen",
    },
    "sv": {
        "tabs": ["&Kunder", "&Begäranden", "&Användare"],
        "email_error": "E-post",
        "due": "14.2.2026",
        "type": "Tillgång (art. 15)",
        "login_failed": "Inloggningen misslyckades",
    },
    "en": {
        "tabs": ["&Customers", "&Requests", "&Users"],
        "email_error": "Email: not a valid email address.",
        "due": "14 Feb 2026",
        "type": "Access (Art. 15)",
        "login_failed": "Login failed",
    },
}


def _click_ok(qtbot, buttons: QDialogButtonBox) -> None:  # type: ignore[no-untyped-def]
    """Click the accepting button, whatever its text (Log in, Create account, Save…)."""
    ok = next(
        b
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def flow(app_parts, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    _app, settings, language = app_parts
    services = open_services(
        tmp_path / "l4d.sqlite3",
        clock=FakeClock(),
        hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    start = StartFlow(language, settings, services)
    yield start
    if start.window is not None:
        start.window.close()
    if start.dialog is not None:
        start.dialog.close()
    services.db.dispose()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_first_day_at_the_office(flow: StartFlow, qtbot, lang: str, answers) -> None:  # type: ignore[no-untyped-def]
    texts = TEXTS[lang]
    flow.language.apply(lang)
    flow.start()

    first_run = flow.dialog
    assert isinstance(first_run, FirstRunDialog)
    qtbot.addWidget(first_run)
    qtbot.keyClicks(first_run.username_edit, "jouni")
    first_run.full_name_edit.setText("Jouni Ojala")
    first_run.title_edit.setText("toimitusjohtaja")
    first_run.passwords.edit.setText(PASSWORD)
    first_run.passwords.repeat.setText(PASSWORD + "x")
    _click_ok(qtbot, first_run.buttons)
    assert first_run.isVisible(), "a mismatch keeps the dialog open"
    first_run.passwords.repeat.setText(PASSWORD)
    _click_ok(qtbot, first_run.buttons)

    # The new pääkäyttäjä is logged in at once; logging out leads to the login, which knows
    # the username and refuses a wrong password.
    created = flow.window
    assert isinstance(created, MainWindow)
    created.log_out()  # the flow closes and deletes it
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    assert login.username_edit.text() == "jouni"
    login.password_edit.setText("väärä salasana joka on pitkä")
    _click_ok(qtbot, login.buttons)
    assert texts["login_failed"] in login.error_label.text()
    login.password_edit.setText(PASSWORD)
    _click_ok(qtbot, login.buttons)

    window = flow.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == texts["tabs"]

    # -- a customer, first with a bad email, then corrected
    tab = window.customers_tab
    assert tab is not None
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    dialog.name_edit.setText("Äijälä Pirjo")
    dialog.email_edit.setText("pirjo@@example")
    dialog.phone_edit.setText("040 123 4567")
    dialog.postal_code_edit.setText("02520")
    dialog.city_edit.setText("Kirkkonummi")
    _click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    email_error = dialog.errors._fields["email"][1]
    assert texts["email_error"] in email_error.text()
    assert dialog.name_edit.text() == "Äijälä Pirjo", "nothing typed is lost"
    dialog.email_edit.setText("pirjo@example.fi")
    _click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    assert tab.model.rowCount() == 1
    assert tab.model.record(0).phone == "+358401234567"

    # -- search as you type, Unicode and case-insensitive, and by the national phone form
    tab.search_edit.setText("äIJÄ")
    qtbot.waitUntil(lambda: not tab._search_timer.isActive())
    assert tab.model.rowCount() == 1
    tab.search_edit.setText("040 123")
    tab.refresh()
    assert tab.model.rowCount() == 1
    tab.search_edit.setText("nobody")
    tab.refresh()
    assert tab.model.rowCount() == 0

    # -- a request for that customer
    window.tabs.setCurrentWidget(window.requests_tab)
    requests_tab = window.requests_tab
    assert requests_tab is not None
    qtbot.mouseClick(requests_tab.new_button, Qt.MouseButton.LeftButton)
    rdialog = requests_tab.dialog
    assert rdialog is not None
    rdialog.customer_search_edit.setText("pirjo")
    qtbot.waitUntil(lambda: not rdialog._search_timer.isActive())
    assert rdialog.customer_combo.count() == 2
    assert rdialog.customer_combo.currentData() is not None
    rdialog.type_combo.setCurrentIndex(rdialog.type_combo.findData("access"))
    rdialog.received_edit.setDate(QDate(2026, 1, 15))
    rdialog.channel_combo.setCurrentIndex(rdialog.channel_combo.findData("email"))
    assert texts["due"] in rdialog.dates_preview.text()
    _click_ok(qtbot, rdialog.buttons)
    assert not rdialog.isVisible()

    requests_tab.status_combo.setCurrentIndex(requests_tab.status_combo.findData(""))
    model = requests_tab.model
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts["type"] in cells
    assert "Äijälä Pirjo" in cells
    assert texts["due"] in cells
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None, "overdue"
    assert answers == []


def test_language_switch_relabels_the_open_window(flow: StartFlow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    flow.services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    flow.language.apply("en")
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    login.username_edit.setText("jouni")
    login.password_edit.setText(PASSWORD)
    _click_ok(qtbot, login.buttons)
    window = flow.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "&Customers"
    window.language_actions["fi"].trigger()
    # Qt posts the LanguageChange events; the window re-labels itself when they are delivered.
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Asiakkaat")
    assert window.customers_tab is not None
    assert window.customers_tab.new_button.text() != "&New customer…"
    # Qt's own dialogs follow: the standard Cancel button of a dialog box is Finnish too.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Customers")
    assert QSettings().value("ui/language", type=str) == "en"


def test_new_user_must_change_password_and_reader_sees_no_user_tab(
    flow: StartFlow, qtbot, answers
) -> None:  # type: ignore[no-untyped-def]
    auth, users = flow.services.auth, flow.services.users
    admin = auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    users.create_user(admin, "liisa", "Liisa Lukija", "reader", "alkusalasana lukijalle tänään")
    flow.language.apply("en")
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    login.username_edit.setText("liisa")
    login.password_edit.setText("alkusalasana lukijalle tänään")
    _click_ok(qtbot, login.buttons)
    change = flow.dialog
    assert isinstance(change, ChangePasswordDialog)
    qtbot.addWidget(change)
    # The one-time password was typed a moment ago: only the new one is asked.
    assert not change.current_edit.isVisibleTo(change)
    assert login.password_edit.text() == "" and login.one_time_password == ""
    change.passwords.edit.setText("short")
    change.passwords.repeat.setText("short")
    _click_ok(qtbot, change.buttons)
    assert "at least 15" in change.errors._fields["new_password"][1].text()
    change.passwords.edit.setText("omenapuu kukkii keväällä aina")
    change.passwords.repeat.setText("omenapuu kukkii keväällä aina")
    _click_ok(qtbot, change.buttons)
    window = flow.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.users_tab is None
    assert window.customers_tab is not None
    assert not window.customers_tab.new_button.isVisible()
    assert window.requests_tab is not None
    assert not window.requests_tab.new_button.isVisible()


def test_admin_creates_and_deactivates_a_user(flow: StartFlow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    admin = flow.services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    flow.language.apply("en")
    flow._open_main_window(admin)
    window = flow.window
    assert window is not None and window.users_tab is not None
    qtbot.addWidget(window)
    tab = window.users_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    dialog.username_edit.setText("kaisa")
    dialog.full_name_edit.setText("Kaisa Käsittelijä")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("handler"))
    dialog.passwords.edit.setText("alkusalasana käsittelijälle")
    dialog.passwords.repeat.setText("alkusalasana käsittelijälle")
    _click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    usernames = [u.username for u in tab.model.records()]
    assert usernames == ["jouni", "kaisa"]

    # The last administrator cannot deactivate themselves: the service refuses, the tab says so.
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.deactivate_button, Qt.MouseButton.LeftButton)
    assert answers[-1][0] == "error" and "administer users" in answers[-1][1]
    assert tab.model.record(0).active

    tab.table.selectRow(1)
    qtbot.mouseClick(tab.deactivate_button, Qt.MouseButton.LeftButton)
    assert not tab.model.record(1).active
    tab.table.selectRow(1)
    assert tab.reactivate_button.isEnabled()
    qtbot.mouseClick(tab.reactivate_button, Qt.MouseButton.LeftButton)
    assert tab.model.record(1).active


def test_window_geometry_and_tab_are_remembered(flow: StartFlow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    admin = flow.services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    flow._open_main_window(admin)
    window = flow.window
    assert window is not None
    window.resize(700, 500)
    window.tabs.setCurrentIndex(2)
    window.close()
    flow._open_main_window(admin)
    again = flow.window
    assert again is not None and again is not window
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 500)


def test_backup_from_the_menu(flow: StartFlow, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = flow.services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    flow._open_main_window(admin)
    window = flow.window
    assert window is not None
    qtbot.addWidget(window)
    window.backup_to(tmp_path / "copy.sqlite3")
    assert (tmp_path / "copy.sqlite3").exists()
    assert answers and answers[-1][0] == "info"


def test_launch_shows_the_first_window_before_the_database_is_open(
    app_parts, qtbot, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "fresh" / "l4d.sqlite3"
    flow = launch(path)
    dialog = flow.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("jouni")  # typing works while the database opens
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert dialog.ok_button.isEnabled()
    assert not dialog.opening_label.isVisible()
    assert dialog.username_edit.text() == "jouni"
    assert flow.services is not None
    flow.services.db.dispose()


def test_launch_on_an_initialised_database_shows_the_login(
    app_parts, qtbot, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "l4d.sqlite3"
    services = open_services(
        path, hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    )
    services.auth.create_first_admin("jouni", "Jouni Ojala", PASSWORD)
    services.db.dispose()
    flow = launch(path)
    assert isinstance(flow.dialog, LoginDialog)
    qtbot.addWidget(flow.dialog)
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert flow.dialog.ok_button.isEnabled()
    assert flow.services is not None
    flow.services.db.dispose()


def test_a_database_from_a_newer_program_is_refused_with_a_message(
    app_parts, qtbot, tmp_path: Path, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "l4d.sqlite3"
    open_services(path).db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()
    exits: list[int] = []
    monkeypatch.setattr("l4d_desktop.app.QCoreApplication.exit", lambda code=0: exits.append(code))
    flow = launch(path)
    assert flow.dialog is not None
    qtbot.addWidget(flow.dialog)
    qtbot.waitUntil(lambda: bool(exits), timeout=20000)
    assert exits == [1]
    assert answers and answers[0][0] == "error" and "newer version" in answers[0][1]
