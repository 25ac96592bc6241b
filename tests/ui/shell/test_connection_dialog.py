"""The window's connection dialog against a real PostgreSQL cluster: the first start's choice,
connecting off the GUI thread, the password from the keyring or asked for, and every failure
said in the dialog, naming the server, with no local file opened instead."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from shiboken6 import isValid

from l4d_desktop.app import StartFlow
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.ui.shell.account_dialogs import FirstRunDialog
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.connection_settings import remembered_target
from l4d_desktop.ui.shell.connection_start import ServerConnection
from tests.helpers.keyrings import MemoryKeyring, memory_keyring  # noqa: F401
from tests.helpers.postgres_cluster import PASSWORD_USER, Cluster
from tests.helpers.tls_server import impostor_server, refused_port
from tests.helpers.users import cheap_hasher

SERVER_PASSWORD = "palvelimen-salasana-42"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def template(any_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated empty register the tests' databases are copied from."""
    any_cluster.run("DROP DATABASE IF EXISTS l4d_gui_template WITH (FORCE)")
    any_cluster.run("CREATE DATABASE l4d_gui_template")
    folder = tmp_path_factory.mktemp("gui-template")
    open_services(
        any_cluster.address("l4d_gui_template"), hasher=cheap_hasher(), local_folder=folder
    ).db.dispose()
    yield "l4d_gui_template"
    any_cluster.run("DROP DATABASE IF EXISTS l4d_gui_template WITH (FORCE)")


@pytest.fixture
def database(any_cluster: Cluster, template: str) -> Iterator[str]:
    """A fresh register on the server, owned by the role that must give a password."""
    name = f"l4d_gui_{next(_numbers)}"
    any_cluster.run(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{SERVER_PASSWORD}'")
    any_cluster.run(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {PASSWORD_USER}")
    yield name
    any_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    any_cluster.run(f"DROP ROLE IF EXISTS {PASSWORD_USER}")


@pytest.fixture
def workstation(
    english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[StartFlow, QSettings]:  # type: ignore[no-untyped-def]
    """The start flow of a workstation with no ~/.pgpass and its own data folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("L4D_DB", raising=False)
    _app, settings, language = english
    return StartFlow(language, settings), settings


_open_connections: list[ServerConnection] = []


@pytest.fixture(autouse=True)
def _close_connections() -> Iterator[None]:
    """A connection dialog still open at the end is closed without quitting the program (its
    Quit would end the event loop that the following tests wait in)."""
    yield
    while _open_connections:
        connection = _open_connections.pop()
        if connection.dialog is not None:
            connection.dialog.rejected.disconnect(connection._quit)
            connection.dialog.close()


def _opener(folder: Path, address: str, password: str | None) -> Services:
    return open_services(address, password=password, hasher=cheap_hasher(), local_folder=folder)


def _connection(
    flow: StartFlow, settings: QSettings, folder: Path, qtbot, target: str | None
) -> ServerConnection:  # type: ignore[no-untyped-def]
    connection = ServerConnection(settings, partial(_opener, folder), parent=flow)
    connection.connected.connect(flow.services_ready)
    connection.begin(target)
    assert connection.dialog is not None
    _open_connections.append(connection)
    return connection


def _failure(connection: ServerConnection, qtbot) -> str:  # type: ignore[no-untyped-def]
    dialog = connection.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=20000)
    assert dialog.connect_button.isEnabled()  # the user can correct it and try again
    return dialog.general_error.text()


def _dispose(flow: StartFlow) -> None:
    if flow.services is not None:
        flow.services.db.dispose()
    if flow.dialog is not None:
        flow.dialog.close()


def test_the_first_start_asks_and_a_server_is_reached_off_the_gui_thread(
    workstation, any_cluster: Cluster, database: str, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    assert remembered_target(settings) is None  # never chosen, no file here: ask
    release = threading.Event()

    def slow(address: str, password: str | None) -> Services:
        release.wait(20)
        return _opener(tmp_path / "ws", address, password)

    connection = ServerConnection(settings, slow, parent=flow)
    connection.connected.connect(flow.services_ready)
    connection.begin(None)
    _open_connections.append(connection)
    dialog = connection.dialog
    assert isinstance(dialog, ConnectionDialog)
    assert dialog.local_choice.isChecked() and not dialog.server_box.isEnabled()
    assert dialog.cancel_button.text() == "&Quit"
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText(str(any_cluster.socket_dir))
    dialog.database_edit.setText(database)
    dialog.user_edit.setText("postgres")  # trusted on the socket: libpq needs no password
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "Connecting to" in dialog.status_label.text()
    assert database in dialog.status_label.text()
    assert not dialog.connect_button.isEnabled()
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.wait(300)  # the server is "slow": the window goes on answering meanwhile
    timer.stop()
    assert len(ticks) >= 10
    release.set()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstRunDialog), timeout=20000)
    assert connection.dialog is None
    assert settings.value("connection/kind") == "server"
    assert remembered_target(settings) == (
        f"postgresql://postgres@/{database}?host={any_cluster.socket_dir}&sslmode=verify-full"
    )
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.sqlite3"))
    _dispose(flow)


def test_the_password_is_asked_refused_then_kept_in_the_keyring_never_in_the_settings(
    workstation,
    any_cluster: Cluster,
    database: str,
    memory_keyring: MemoryKeyring,  # noqa: F811
    qtbot,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    address = any_cluster.address(database, user=PASSWORD_USER)
    connection = _connection(flow, settings, tmp_path / "ws", qtbot, None)
    dialog = connection.dialog
    assert dialog is not None
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText(address)
    dialog.address_edit.textEdited.emit(address)  # as pasted: the fields fill in
    assert dialog.database_edit.text() == database
    assert dialog.user_edit.text() == PASSWORD_USER
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: connection.password_dialog is not None, timeout=20000)
    asked = connection.password_dialog
    assert asked is not None and asked.isVisible()
    assert database in asked.intro_label.text() and PASSWORD_USER in asked.intro_label.text()
    assert not asked.error.isVisible()  # nothing was tried: nothing was refused
    assert asked.remember_check.isVisible()
    asked.password_edit.setText("väärä-salasana")
    qtbot.mouseClick(asked.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: connection.password_dialog is not asked, timeout=20000)
    again = connection.password_dialog
    assert again is not None and again.error.isVisible()
    assert "refused the password" in again.error.text()
    again.password_edit.setText(SERVER_PASSWORD)
    again.remember_check.setChecked(True)
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstRunDialog), timeout=20000)
    assert list(memory_keyring.entries.values()) == [SERVER_PASSWORD]
    settings.sync()
    files = [p for p in (tmp_path / "cfg").rglob("*") if p.is_file()]
    written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    assert database in written  # the choice is there …
    assert SERVER_PASSWORD not in written and "salasana" not in written  # … the password not
    _dispose(flow)

    # The next start: the remembered server, the keyring's password, nothing asked.
    again_flow = StartFlow(flow.language, settings)
    target = remembered_target(settings)
    assert target == address + "&sslmode=prefer"
    second = _connection(again_flow, settings, tmp_path / "ws", qtbot, str(target))
    qtbot.waitUntil(lambda: again_flow.services is not None, timeout=20000)
    assert second.password_dialog is None
    _dispose(again_flow)


def _fails_naming_the_server(workstation, qtbot, tmp_path: Path, address: str) -> str:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    connection = _connection(flow, settings, tmp_path / "ws", qtbot, address)
    text = _failure(connection, qtbot)
    assert flow.services is None and flow.dialog is None  # no login, nothing opened instead
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.sqlite3"))
    assert "Traceback" not in text
    return text


def test_an_unreachable_server_is_named_in_the_dialog(workstation, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = refused_port()
    text = _fails_naming_the_server(
        workstation, qtbot, tmp_path, f"postgresql://l4d_app@127.0.0.1:{port}/l4d"
    )
    assert (
        text == f"The database 127.0.0.1:{port}/l4d cannot be opened: the server cannot be reached."
    )


def test_a_failed_tls_check_is_named_in_the_dialog(workstation, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with impostor_server(tmp_path) as impostor:
        text = _fails_naming_the_server(workstation, qtbot, tmp_path, impostor.address())
    assert f"127.0.0.1:{impostor.port}/l4d" in text
    assert "TLS certificate could not be verified" in text


def test_a_refused_password_given_up_leaves_the_dialog_open(
    workstation, any_cluster: Cluster, database: str, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    address = any_cluster.address(database, user=PASSWORD_USER)
    connection = _connection(flow, settings, tmp_path / "ws", qtbot, address)
    qtbot.waitUntil(lambda: connection.password_dialog is not None, timeout=20000)
    assert connection.password_dialog is not None
    assert not connection.password_dialog.remember_check.isVisible()  # no keyring here
    connection.password_dialog.reject()
    dialog = connection.dialog
    assert dialog is not None and dialog.connect_button.isEnabled()
    assert flow.services is None and flow.dialog is None


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("postgresql://toimisto:salasana@db.toimisto.fi/l4d", "must not hold a password"),
        ("mysql://toimisto@db.toimisto.fi/l4d", "only postgresql://"),
        ("postgresql://db.toimisto.fi/l4d", "no valid user"),
    ],
)
def test_a_wrong_address_is_said_before_anything_is_tried(
    workstation, qtbot, tmp_path: Path, pasted: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    connection = _connection(flow, settings, tmp_path / "ws", qtbot, None)
    dialog = connection.dialog
    assert dialog is not None
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText(pasted)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert connection.job is None
    assert dialog.general_error.isVisible()
    assert words in dialog.general_error.text()
    assert "salasana" not in dialog.general_error.text()
    assert settings.value("connection/kind") is None


def test_a_missing_field_is_named(workstation, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    connection = _connection(flow, settings, tmp_path / "ws", qtbot, None)
    dialog = connection.dialog
    assert dialog is not None
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText("db.toimisto.fi")
    dialog.user_edit.setText("l4d_app")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.general_error.text() == "Database: this field is required."
    assert connection.job is None


def test_file_connection_switches_a_running_session_to_the_server(
    workstation,
    any_cluster: Cluster,
    database: str,
    services: Services,
    qtbot,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    flow, settings = workstation
    flow.services = services
    actor = services.auth.create_first_admin("jouni", "Jouni Ojala", "pitkä-ja-hyvä-salasana-1")
    flow._open_main_window(actor)
    window = flow.window
    assert window is not None  # deleted by the switch: not left to qtbot to close
    window.connection_action.trigger()
    dialog = window.connection_dialog
    dialog.server_choice.setChecked(True)
    dialog.host_edit.setText(str(any_cluster.socket_dir))
    dialog.database_edit.setText(database)
    dialog.user_edit.setText("postgres")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    # The old session is gone at once; the server is connected to in the connection dialog.
    assert flow.window is None and flow.services is None
    connection = flow.findChild(ServerConnection)
    assert connection is not None
    _open_connections.append(connection)
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstRunDialog), timeout=30000)
    assert flow.services is not None and flow.services is not services
    assert flow.services.db.url.endswith(
        f"/{database}?host={any_cluster.socket_dir}&sslmode=verify-full"
    )
    qtbot.waitUntil(lambda: not isValid(window))  # the old session's window is gone
    assert settings.value("connection/kind") == "server"
    _dispose(flow)
