"""The file names a save dialog offers speak the window's language: the audit log's export and
checkpoint, the database backup and the request register, in Finnish and in English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui import file_names, spreadsheet_files
from l4d_desktop.ui.admin.audit_viewer import AuditViewerDialog
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow

OFFERED = {
    "fi": [
        "l4d-tarkastusloki-{date}.csv",
        "l4d-tarkastusloki-tarkistuspiste-{date}.json",
        "l4d-varmuuskopio-{date}.sqlite3",
        "pyynnot-{date}",
    ],
    "en": [
        "l4d-audit-{date}.csv",
        "l4d-audit-checkpoint-{date}.json",
        "l4d-backup-{date}.sqlite3",
        "requests-{date}",
    ],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_save_dialogs_offer_names_in_the_window_s_language(
    english, qtbot, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    offered: list[str] = []

    def ask_save_file(_p: Any, _purpose: str, _title: str, name: str, *_a: Any, **_k: Any) -> None:
        offered.append(name)

    def ask_target(_p: Any, _purpose: str, _title: str, stem: str) -> None:
        offered.append(stem)

    monkeypatch.setattr(file_names, "ask_save_file", ask_save_file)
    monkeypatch.setattr(spreadsheet_files, "ask_target", ask_target)
    viewer = AuditViewerDialog(Session(services, admin))
    qtbot.addWidget(viewer)
    viewer.choose_export_file()
    viewer.choose_checkpoint_file()
    main = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(main)
    main.backup_action.trigger()
    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    tab.export_register()
    assert offered == OFFERED[lang]
    assert not any(Path(name).is_absolute() for name in offered)


NOTICE_AND_CALIBRATION = {
    "fi": ["tietosuojaseloste-fi-{date}.pdf", "kalibrointisivu.pdf"],
    "sv": ["dataskyddsbeskrivning-fi-{date}.pdf", "kalibreringssida.pdf"],
    "en": ["privacy-notice-fi-{date}.pdf", "calibration-page.pdf"],
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_notice_and_the_calibration_page_are_offered_in_the_window_s_language(
    english, qtbot, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from l4d_desktop.ui.letters import printing as letter_printing
    from l4d_desktop.ui.letters.settings_dialog import LetterSettingsDialog
    from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog

    english[2].apply(lang, remember=False)
    offered: list[str] = []

    def ask_save_file(_p: Any, _purpose: str, _title: str, name: str, *_a: Any, **_k: Any) -> None:
        offered.append(name)

    def ask_save_path(_p: Any, _title: str, suggested: Path) -> None:
        offered.append(suggested.name)

    monkeypatch.setattr(file_names, "ask_save_file", ask_save_file)
    monkeypatch.setattr(letter_printing, "ask_save_path", ask_save_path)
    register = ProcessingRegisterDialog(Session(services, admin))
    qtbot.addWidget(register)
    register.notice_language_combo.setCurrentIndex(register.notice_language_combo.findData("fi"))
    register.choose_notice_file()
    settings = LetterSettingsDialog(Session(services, admin))
    qtbot.addWidget(settings)
    settings.calibration.save_calibration()
    assert offered == NOTICE_AND_CALIBRATION[lang]
