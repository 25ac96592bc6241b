"""The dialogs of the main window's menus, of the Users tab, of the connection to a server and
the lock screen offer each mnemonic letter once, in Finnish, Swedish and English: each opened
as the program opens it (the menu's entry, the tab's button, the idle lock), the server's
password question built as the start-up builds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.audit_viewer import AuditViewerDialog
from l4d_desktop.ui.admin.rights_dialog import RightsDialog
from l4d_desktop.ui.admin.user_dialogs import OneTimePasswordDialog
from l4d_desktop.ui.letters.settings_dialog import LetterSettingsDialog
from l4d_desktop.ui.register.backup_settings_dialog import BackupSettingsDialog
from l4d_desktop.ui.register.consent_purposes_dialog import (
    ConsentPurposeDialog,
    ConsentPurposesDialog,
)
from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog
from l4d_desktop.ui.register.processors_dialog import ProcessorEditDialog, ProcessorsDialog
from l4d_desktop.ui.register.purge_queue_dialog import PurgeQueueDialog
from l4d_desktop.ui.register.retention_dialog import RetentionDialog
from l4d_desktop.ui.register.statistics_dialog import StatisticsDialog
from l4d_desktop.ui.shell.about import AboutDialog
from l4d_desktop.ui.shell.connection_dialog import ConnectionDialog
from l4d_desktop.ui.shell.lock_screen import IdleLock, LockScreen
from l4d_desktop.ui.shell.main_window import MainWindow
from l4d_desktop.ui.shell.restore_dialog import RestoreDialog
from l4d_desktop.ui.shell.server_password_dialog import ServerPasswordDialog
from tests.helpers.gui import click
from tests.ui.keyboard.walk import DialogWalk

OPENS: frozenset[type[QDialog]] = frozenset(
    {
        ProcessorsDialog,
        ProcessorEditDialog,
        ConsentPurposesDialog,
        ConsentPurposeDialog,
        ProcessingRegisterDialog,
        LetterSettingsDialog,
        AuditViewerDialog,
        RetentionDialog,
        StatisticsDialog,
        BackupSettingsDialog,
        RestoreDialog,
        ConnectionDialog,
        PurgeQueueDialog,
        AboutDialog,
        RightsDialog,
        OneTimePasswordDialog,
        ServerPasswordDialog,
        LockScreen,
    }
)

# (name, the main window's method that opens it, the attribute it is kept as)
MENU_DIALOGS = (
    ("processors", "open_processors", "processors_dialog"),
    ("processing register", "open_processing_register", "processing_register_dialog"),
    ("consent purposes", "open_consent_purposes", "consent_purposes_dialog"),
    ("letter settings", "open_letter_settings", "letter_settings_dialog"),
    ("audit log", "open_audit_log", "audit_dialog"),
    ("retention", "open_retention", "retention_dialog"),
    ("statistics", "open_statistics", "statistics_dialog"),
    ("backup settings", "open_backup_settings", "backup_settings_dialog"),
    ("restore", "open_restore", "restore_dialog"),
    ("connection", "open_connection", "connection_dialog"),
    ("purge queue", "open_purge_queue", "purge_queue_dialog"),
    ("about", "_about", "about_dialog"),
)

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_window_dialog_offers_each_letter_once(
    english, qtbot, services: Services, admin: Actor, handler: Actor, answers, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    services.processors.add(admin, ProcessorInput("Postitus Oy", "Email delivery", "FI"))
    walk = DialogWalk(qtbot)
    main = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    for name, opener, kept in MENU_DIALOGS:
        getattr(main, opener)()
        dialog = getattr(main, kept)
        if name in ("processors", "consent purposes"):
            walk.check(name, dialog, close=False)
            dialog.add()
            walk.check(f"new of {name}", dialog.dialog)
            dialog.table.selectRow(0)
            dialog.edit()
            walk.check(f"edit of {name}", dialog.dialog)
            dialog.reject()
        elif name == "connection":
            walk.check("connection, this computer", dialog, close=False)
            dialog.server_choice.setChecked(True)
            walk.check("connection, a server", dialog)
        else:
            walk.check(name, dialog)

    users = main.users_tab
    assert users is not None
    main.tabs.setCurrentWidget(users)
    row = next(i for i, u in enumerate(users.model.records()) if u.username == handler.username)
    users.table.selectRow(row)
    click(qtbot, users.rights_button)
    walk.check("rights", users.dialog)
    click(qtbot, users.reset_button)
    walk.check("one-time password", users.dialog)

    for keyring in (True, False):
        asked = ServerPasswordDialog("palvelin.example.fi", "l4d", keyring=keyring, refused=True)
        walk.check(f"server password, keyring {keyring}", asked)

    idle = IdleLock(services.auth, admin, 15)
    idle.lock()
    walk.check("lock screen", idle.screen, close=False)
    assert idle.screen is not None
    idle.screen.close()

    assert walk.opened == OPENS
    assert walk.found == {}
