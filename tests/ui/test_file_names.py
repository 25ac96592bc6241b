"""Asking for a file name: each purpose starts in the folder it last used, a missing suffix is added."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from l4d_desktop.ui import file_names


def test_each_purpose_remembers_its_own_last_folder(
    app_parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    exports = tmp_path / "exports"
    exports.mkdir()
    offered: list[str] = []

    def get_save_file_name(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(exports / "list"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    first = file_names.ask_save_file(
        None, "customer_export", "Export", "customers.csv", "CSV (*.csv)", suffix=".csv"
    )
    assert first == exports / "list.csv"
    assert offered == [str(Path.home() / "customers.csv")]

    file_names.ask_save_file(None, "customer_export", "Export", "customers.csv", "CSV (*.csv)")
    assert offered[-1] == str(exports / "customers.csv")
    assert file_names.last_folder("backup", tmp_path) == tmp_path  # another purpose: its default


def test_a_cancelled_dialog_gives_no_path_and_remembers_nothing(
    app_parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: "")
    assert file_names.ask_open_file(None, "web_events", "Import", "*.jsonl", tmp_path) is None
    assert file_names.ask_folder(None, "portability", "Folder") is None
    assert file_names.last_folder("web_events", tmp_path) == tmp_path


def test_a_suggested_name_carries_todays_date_and_its_suffix_is_added(
    app_parts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def get_save_file_name(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(tmp_path / "audit"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    chosen = file_names.ask_save_file(None, "audit_export", "Export", "audit-{date}.csv", "CSV")
    assert chosen == tmp_path / "audit.csv"
    assert offered == [str(Path.home() / f"audit-{dt.date.today().isoformat()}.csv")]
