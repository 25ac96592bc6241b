"""Register → Yearly accountability report: the year and the file asked, the PDF and the request
register CSV written off the GUI thread, in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui import file_names
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.gui import finish
from tests.helpers.pdf import pdf_text


def test_the_report_is_saved_with_its_csv(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    out = tmp_path / "out" / "annual-report-2025.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (2025, True))
    monkeypatch.setattr(file_names, "ask_save_file", lambda *_a, **_k: out)
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.annual_report_action.isVisible()
    window.annual_report_action.trigger()
    finish(qtbot, window.annual_report_job)
    assert "Data protection annual report 2025" in pdf_text(out.read_bytes())
    assert (out.parent / "annual-report-2025-requests.csv").is_file()
    assert answers[-1][0] == "info"
