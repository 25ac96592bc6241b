"""Where the window's register is chosen: the first start asks, the choice is remembered (a
server's address, never its password), File → Connection changes it, and a server that fails
is said in the user's language without opening anything else."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from l4d_desktop.app import StartFlow, launch
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.connection_settings import remembered_target
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.tls_server import refused_port


@pytest.fixture
def fresh_computer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A computer on which the program has never run: its data folder is empty."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("L4D_DB", raising=False)
    return tmp_path / "data"


def _connection_dialog() -> ConnectionDialog:
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectionDialog)]
    visible = [w for w in found if w.isVisible()]
    assert len(visible) == 1, found
    return visible[0]


def _close(flow: StartFlow) -> None:
    if flow.services is not None:
        flow.services.db.dispose()
    if flow.dialog is not None:
        flow.dialog.close()


def test_the_first_start_asks_and_this_computer_is_remembered(
    english, qtbot, fresh_computer: Path
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, _language = english
    flow = launch()
    dialog = _connection_dialog()
    assert flow.dialog is None  # nothing opened before the user has chosen
    assert dialog.local_choice.isChecked()  # as before servers could be chosen: the default
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, FirstRunDialog)
    qtbot.addWidget(flow.dialog)
    assert not dialog.isVisible()
    assert settings.value("connection/kind") == "local"
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert flow.services is not None
    assert Path(flow.services.db.path).parent == fresh_computer / "L4D Desktop"
    _close(flow)

    # The next start asks no more: this computer's file, as chosen.
    again = launch()
    assert isinstance(again.dialog, FirstRunDialog)
    qtbot.addWidget(again.dialog)
    qtbot.waitUntil(lambda: again.services is not None, timeout=20000)
    _close(again)


def test_a_register_from_before_the_choice_opens_without_a_question(
    english, qtbot, fresh_computer: Path
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, _language = english
    folder = fresh_computer / "L4D Desktop"
    folder.mkdir(parents=True)
    (folder / "l4d.sqlite3").touch()  # a computer that has used the program before
    assert remembered_target(settings) == folder / "l4d.sqlite3"


def test_a_server_that_cannot_be_reached_is_said_in_finnish_and_nothing_is_opened(
    english, qtbot, fresh_computer: Path
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, language = english
    language.apply("fi", remember=False)
    port = refused_port()
    flow = launch(f"postgresql://l4d_app@127.0.0.1:{port}/rekisteri")
    dialog = _connection_dialog()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=30000)
    assert dialog.general_error.text() == (
        f"Tietokantaa 127.0.0.1:{port}/rekisteri ei voi avata: palvelimeen ei saada yhteyttä."
    )
    assert flow.dialog is None and flow.services is None
    assert not fresh_computer.exists() or not list(fresh_computer.rglob("*.sqlite3"))
    assert settings.value("connection/kind") is None  # --db is not a choice to remember
    dialog.rejected.disconnect()  # closed by the test, not quitting its event loop
    dialog.close()


def test_file_connection_remembers_the_choice_and_asks_for_the_switch(
    english, qtbot, answers, services: Services, admin: Actor, fresh_computer: Path
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, language = english
    window = MainWindow(services, admin, language, settings)
    qtbot.addWidget(window)
    assert window.connection_action.isVisible()
    assert window.connection_action.text() == "Co&nnection…"
    window.connection_action.trigger()
    dialog = window.connection_dialog
    assert dialog.local_choice.isChecked() and dialog.cancel_button.text() == "Cancel"
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText("db.toimisto.fi")
    dialog.database_edit.setText("rekisteri")
    dialog.user_edit.setText("l4d_app")
    address = "postgresql://l4d_app@db.toimisto.fi/rekisteri?sslmode=verify-full"
    with qtbot.waitSignal(window.register_chosen) as switched:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert switched.args == [address]
    assert remembered_target(settings) == address
    assert answers == []
    # And back to this computer.
    window.connection_action.trigger()
    again = window.connection_dialog
    assert again.server_choice.isChecked() and again.host_edit.text() == "db.toimisto.fi"
    again.local_choice.setChecked(True)
    with qtbot.waitSignal(window.register_chosen) as back:
        qtbot.mouseClick(again.connect_button, Qt.MouseButton.LeftButton)
    assert back.args == [""]
    assert settings.value("connection/kind") == "local"
    assert settings.value("connection/address") is None


def test_typing_not_saved_keeps_the_session_and_the_choice_waits_for_the_next_start(
    english, qtbot, answers, services: Services, admin: Actor, fresh_computer: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    _app, settings, language = english
    window = MainWindow(services, admin, language, settings)
    qtbot.addWidget(window)
    window.show()

    class Typing(QWidget):
        """A record window whose user answers Cancel to "save your typing?"."""

        def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
            event.ignore()

    typing = Typing()
    qtbot.addWidget(typing)
    typing.show()
    window.connection_action.trigger()
    dialog = window.connection_dialog
    dialog.server_choice.setChecked(True)
    pasted = "postgresql://l4d_app@db.toimisto.fi/rekisteri"
    dialog.address_edit.setText(pasted)
    dialog.address_edit.textEdited.emit(pasted)
    emitted: list[str] = []
    window.register_chosen.connect(emitted.append)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert emitted == [] and window.isVisible()
    assert answers == [
        ("info", "From the next start the program opens the register at db.toimisto.fi/rekisteri.")
    ]
    assert remembered_target(settings) == pasted + "?sslmode=prefer"
    typing.closeEvent = lambda event: event.accept()  # type: ignore[method-assign]


def test_this_computer_chosen_after_a_failed_server_opens_the_data_folders_file(
    english, qtbot, fresh_computer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _app, settings, _language = english
    address = f"postgresql://l4d_app@127.0.0.1:{refused_port()}/rekisteri"
    monkeypatch.setenv("L4D_DB", address)
    flow = launch(address)
    dialog = _connection_dialog()
    assert dialog.cancel_button.text() == "&Quit"  # nothing is open behind it
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=30000)
    dialog.local_choice.setChecked(True)  # the user decides to work on this computer
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, FirstRunDialog)
    qtbot.addWidget(flow.dialog)
    qtbot.waitUntil(lambda: flow.services is not None, timeout=20000)
    assert flow.services is not None
    assert Path(flow.services.db.path) == fresh_computer / "L4D Desktop" / "l4d.sqlite3"
    assert settings.value("connection/kind") == "local"
    _close(flow)
