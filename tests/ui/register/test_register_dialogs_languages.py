"""Every dialog of the Register menu walked in Finnish and in Swedish, as the main windows are
(tests/ui/shell/test_interface_languages.py): no English its language translates is left, on
any of its tabs, and the recipients register's edit dialog with it; nor do two of its controls
share a mnemonic letter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.letters.settings_dialog import LetterSettingsDialog
from l4d_desktop.ui.register.backup_settings_dialog import BackupSettingsDialog
from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog
from l4d_desktop.ui.register.processors_dialog import ProcessorsDialog
from l4d_desktop.ui.register.purge_queue_dialog import PurgeQueueDialog
from l4d_desktop.ui.register.retention_dialog import RetentionDialog
from l4d_desktop.ui.register.statistics_dialog import StatisticsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.gui import click
from tests.helpers.mnemonics import clashes
from tests.ui.shell.test_interface_languages import _english_left

DIALOGS = [
    ProcessingRegisterDialog,
    ProcessorsDialog,
    RetentionDialog,
    PurgeQueueDialog,
    StatisticsDialog,
    BackupSettingsDialog,
    LetterSettingsDialog,
]


def on_every_tab(dialog: QWidget, language: str) -> tuple[list[str], dict[str, list[str]]]:
    """The English left and the mnemonic clashes, tab by tab."""
    left = _english_left(dialog, language) if language != "en" else []
    clashing = dict(clashes(dialog))
    for tabs in dialog.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            if language != "en":
                left += _english_left(dialog, language)
            clashing.update(clashes(dialog))
    return sorted(set(left)), clashing


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_the_register_dialogs_leave_no_english_and_no_mnemonic_twice(
    app_parts, qtbot, services: Services, admin: Actor, answers, language: str, dialog_class
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply(language, remember=False)
    dialog = dialog_class(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    assert on_every_tab(dialog, language) == ([], {})
    if language == "en":
        return
    # The check sees English where there is some: the same dialog opened in English.
    app_parts[2].apply("en", remember=False)
    in_english = dialog_class(Session(services, admin))
    qtbot.addWidget(in_english)
    in_english.show()
    assert on_every_tab(in_english, language)[0] != []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_recipients_edit_dialog_leaves_no_english_and_no_mnemonic_twice(
    app_parts, qtbot, services: Services, admin: Actor, answers, language: str
) -> None:  # type: ignore[no-untyped-def]
    services.processors.add(admin, ProcessorInput("Postitus Oy", "Postitus", "FI"))
    app_parts[2].apply(language, remember=False)
    dialog = ProcessorsDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    click(qtbot, dialog.edit_button)
    assert dialog.dialog is not None
    assert on_every_tab(dialog.dialog, language) == ([], {})
