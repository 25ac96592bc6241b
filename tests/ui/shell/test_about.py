"""Help → About: the version and build, where the database and the logs are, whom to ask, and
the bundled components' licences with their texts, for every logged-in user."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from l4d_desktop import __version__
from l4d_desktop.app import DESKTOP_ID
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.paths import resources_dir
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.about import AboutDialog, safe_location
from l4d_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def built_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundle folder as the build leaves it: build-info.json and the licence notices."""
    root = tmp_path / "_internal"
    icons = root / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copy(resources_dir() / "icons" / "l4d-desktop.svg", icons)
    licences = root / "licenses"
    (licences / "PySide6_Essentials-6.11.3").mkdir(parents=True)
    (licences / "PySide6_Essentials-6.11.3" / "LGPL-3.0.txt").write_text(
        "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n", encoding="utf-8"
    )
    (tmp_path / "secret.txt").write_text("not a licence", encoding="utf-8")
    index = [
        {
            "name": "PySide6_Essentials",
            "version": "6.11.3",
            "license": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
            "files": ["PySide6_Essentials-6.11.3/LGPL-3.0.txt"],
        },
        # A hostile index naming a file outside the folder: listed, its "text" never read.
        {"name": "evil", "version": "1", "license": "MIT", "files": ["../../secret.txt"]},
    ]
    (licences / "index.json").write_text(json.dumps(index), encoding="utf-8")
    (root / "build-info.json").write_text(
        json.dumps(
            {
                "version": __version__,
                "build_date": "2026-12-06",
                "built_on": "glibc 2.36",
                "glibc_needed": "2.36",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_about_a_built_copy_names_build_database_logs_support_and_licences(
    english, qtbot, services: Services, admin: Actor, reader: Actor, built_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    # A reader may not see the letter settings, but sees whom to ask.
    dialog = AboutDialog(Session(services, reader))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "About L4D Desktop"
    assert dialog.heading.text() == f"L4D Desktop {__version__}"
    assert dialog.version_value.text() == __version__
    assert dialog.build_value.text() == "2026-12-06 on glibc 2.36"
    assert dialog.database_value.text() == str(services.db.path)
    assert dialog.logs_value.text().endswith("logs")
    support = dialog.support_value.text().splitlines()
    assert support == ["Lean 4D Oy", "Jouni Ojala", "jouni@lean4d.fi", "+358 40 071 7454"]
    assert dialog.licences_box.title() == "Bundled components and their licences (2)"
    assert dialog.licence_list.item(0).text() == (
        "PySide6_Essentials 6.11.3 — LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
    )
    assert dialog.licence_text.toPlainText().startswith("GNU LESSER GENERAL PUBLIC LICENSE")
    dialog.licence_list.setCurrentRow(1)
    assert dialog.licence_text.toPlainText() == ""
    assert not dialog.no_licences.isVisible()


def test_about_from_the_sources_says_so_and_speaks_finnish(
    app_parts, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("fi", remember=False)
    dialog = AboutDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Tietoja ohjelmasta L4D Desktop"
    assert dialog.build_value.text() == "ei käännetty kopio (ajetaan lähdekoodista)"
    assert dialog.no_licences.isVisible() and dialog.licence_list.count() == 0
    app_parts[2].apply("en", remember=False)  # an open dialog follows a language change
    qtbot.waitUntil(lambda: dialog.windowTitle() == "About L4D Desktop")
    assert dialog.build_value.text() == "not a built copy (running from the sources)"


def test_every_window_gets_the_programs_icon(english) -> None:  # type: ignore[no-untyped-def]
    # create_application (the app_parts under `english`) set it for every window to come.
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(48, 48).isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_ID


def test_the_help_menu_opens_about(english, qtbot, services: Services, handler: Actor) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, handler, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    assert isinstance(window.about_dialog, AboutDialog)
    assert window.about_dialog.isVisible()
    window.about_dialog.close()


def test_a_server_address_is_shown_without_its_password() -> None:
    assert safe_location("sqlite:////home/a/l4d.sqlite3") == "/home/a/l4d.sqlite3"
    assert (
        safe_location("postgresql+psycopg://l4d:s3cr3t@db.example:5432/l4d?sslmode=require")
        == "postgresql+psycopg://l4d@db.example:5432/l4d?sslmode=require"
    )
    assert "s3cr3t" not in safe_location("postgresql://:s3cr3t@db.example/l4d")
    assert safe_location("postgresql://db.example/l4d") == "postgresql://db.example/l4d"
