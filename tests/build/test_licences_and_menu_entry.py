"""Licence notices collected from the installed packages' metadata, and the Linux menu entry
and AppStream metadata the README tells to install."""

from __future__ import annotations

import configparser
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_licences

from l4d_desktop import APP_NAME, __version__
from l4d_desktop.app import DESKTOP_ID
from l4d_desktop.paths import resources_dir


def test_every_bundled_package_gets_its_licence_and_qt_its_lgpl(tmp_path: Path) -> None:
    out = bundle_licences.collect(
        tmp_path / "licenses", ["PySide6", "shiboken6", "sqlalchemy", "openpyxl", "l4d_desktop"], []
    )
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    names = [entry["name"].casefold() for entry in index]
    assert {"pyside6_essentials", "shiboken6", "sqlalchemy", "openpyxl", "python"} <= set(names)
    assert "l4d-desktop" not in names  # the program itself is ours
    for entry in index:
        assert entry["files"], entry["name"]
        for name in entry["files"]:
            assert (out / name).is_file() and (out / name).stat().st_size > 0
    qt = next(e for e in index if e["name"].casefold() == "pyside6_essentials")
    assert qt["license"].startswith("LGPL-3.0-only")
    texts = [(out / f).read_text(encoding="utf-8") for f in qt["files"]]
    assert any("GNU LESSER GENERAL PUBLIC LICENSE" in t and "Version 3" in t for t in texts)
    assert any("GNU GENERAL PUBLIC LICENSE" in t for t in texts)  # the LGPL builds on it


def test_the_menu_entry_and_appstream_metadata_name_the_program_and_its_icon() -> None:
    folder = resources_dir() / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(folder / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == APP_NAME
    assert desktop["Icon"] == DESKTOP_ID and desktop["Exec"] == "l4d"
    assert desktop["Terminal"] == "false" and "Office;" in desktop["Categories"]
    assert desktop["GenericName[fi]"]
    meta = ET.parse(folder / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert meta.get("type") == "desktop-application"
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.find("launchable").text == f"{DESKTOP_ID}.desktop"  # type: ignore[union-attr]
    releases = [r.get("version") for r in meta.iter("release")]
    assert releases[0] == __version__, "the newest release is this version"
