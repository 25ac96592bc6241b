"""Issue 13, point 9: the File menu offers a backup only to those who may make one (users.admin)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.shell.main_window import MainWindow


def test_the_backup_entry_is_shown_only_with_users_admin(
    english, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    as_admin = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(as_admin)
    assert as_admin.backup_action.isVisible()
    # A handler holds data.export but not users.admin: no entry to pick.
    assert handler.can("data.export")
    as_handler = MainWindow(services, handler, english[2], QSettings())
    qtbot.addWidget(as_handler)
    assert not as_handler.backup_action.isVisible()
    assert as_handler.change_password_action.isVisible()
