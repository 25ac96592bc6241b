"""The built copy's record read back: the start-up check of the C library, and the licence
notices About lists (never a file outside their folder)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from l4d_desktop import build_info
from l4d_desktop.build_info import BuildInfo, c_library_problem


def info(needed: str) -> BuildInfo:
    return BuildInfo("0.1.0", "2026-12-06", "glibc 2.36", needed)


def test_an_older_c_library_gets_a_clear_message_and_a_newer_one_none() -> None:
    message = c_library_problem(info("2.36"), "2.31")
    assert message is not None
    assert message.startswith(
        "L4D Desktop needs the GNU C library 2.36 or newer; this system has 2.31."
    )
    assert c_library_problem(info("2.36"), "2.36") is None
    assert c_library_problem(info("2.36"), "2.40") is None
    assert c_library_problem(info("2.9"), "2.10") is None  # compared as numbers, not text
    assert c_library_problem(info(""), "2.17") is None  # not recorded: nothing claimed
    assert c_library_problem(info("2.36"), "") is None  # musl, Windows, macOS
    assert c_library_problem(None, "2.17") is None  # running from the sources


def test_the_check_runs_only_in_a_built_copy_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "build-info.json").write_text(
        json.dumps({"version": "0.1.0", "build_date": "2026-12-06", "glibc_needed": "99.1"}),
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(build_info, "system_glibc", lambda: "2.36")
    assert build_info.check_c_library() is None  # not frozen
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert "needs the GNU C library 99.1" in (build_info.check_c_library() or "")
    (tmp_path / "build-info.json").write_text("{not json", encoding="utf-8")
    assert build_info.check_c_library() is None  # a damaged record claims nothing


def test_licences_are_read_from_their_folder_only(tmp_path: Path) -> None:
    folder = tmp_path / "licenses"
    (folder / "a-1").mkdir(parents=True)
    (folder / "a-1" / "LICENSE").write_text("MIT text", encoding="utf-8")
    (tmp_path / "secret").write_text("private", encoding="utf-8")
    index = [
        {"name": "a", "version": "1", "license": "MIT", "files": ["a-1/LICENSE"]},
        {"name": "b", "version": "2", "license": "MIT", "files": ["../secret", "/etc/passwd"]},
        {"version": "3"},  # no name: skipped
    ]
    (folder / "index.json").write_text(json.dumps(index), encoding="utf-8")
    found = build_info.bundled_licences(tmp_path)
    assert [(x.name, x.version, x.licence) for x in found] == [("a", "1", "MIT"), ("b", "2", "MIT")]
    assert build_info.licence_text(found[0], tmp_path) == "MIT text"
    assert build_info.licence_text(found[1], tmp_path) == ""
    assert build_info.bundled_licences(tmp_path / "nowhere") == []


def test_a_system_program_gets_the_systems_library_path_in_a_built_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/L4D Desktop/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    env = build_info.system_program_environment()
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in build_info.system_program_environment()
