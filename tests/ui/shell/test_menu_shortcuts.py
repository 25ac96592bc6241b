"""The main window's menus show the keys of their actions: Lock, Quit and the user guide have
one in every interface language, and every key an action has is on the action itself (shown in
its menu), not on a hidden shortcut elsewhere in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_menus_show_their_actions_keys(
    english, qtbot, services: Services, admin: Actor, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    main = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(main)
    keys = {
        action.objectName(): action.shortcut().toString()
        for menu_action in main.menuBar().actions()
        for action in menu_action.menu().actions()
        if not action.isSeparator()
    }
    assert keys["lock_action"] == "Ctrl+L"
    assert keys["quit_action"]  # the platform's key, or Ctrl+Q
    assert main.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert main.guide_action.shortcut().toString()
    # No menu action's key is also taken by a hidden shortcut of the window.
    hidden = {s.key().toString() for s in main.findChildren(QShortcut)}
    assert not hidden & {k for k in keys.values() if k}
