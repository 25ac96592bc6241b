"""The user guide: F1 opens it at the part about the window in front, in the interface
language; both languages' guides have every part the windows point to."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.paths import resources_dir
from l4d_desktop.ui.shell.help_window import TOPICS, topic_for
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customer_windows import open_window
from tests.helpers.customers import add_maija

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


def anchors(language: str) -> set[str]:
    text = (resources_dir() / "help" / f"{language}.html").read_text(encoding="utf-8")
    return set(re.findall(r'<a name="([^"]+)">', text))


def test_both_guides_have_every_part_the_windows_point_to() -> None:
    assert anchors("fi") == anchors("en")
    assert set(TOPICS.values()) <= anchors("en")
    assert {"letters", "erasure", "backups", "command-line"} <= anchors("en")


@no_raise_on_offscreen
def test_f1_opens_the_guide_at_the_window_in_front(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.guide_action.shortcut() == QKeySequence("F1")
    assert window.guide_action in window.help_menu.actions()
    assert window.requests_tab is not None and window.customers_tab is not None
    window.tabs.setCurrentWidget(window.requests_tab)
    window.guide_action.trigger()
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)
    assert guide.browser.source().fileName() == "en.html"
    assert guide.browser.source().fragment() == "requests"
    assert "What to do next, by request type" in guide.browser.toPlainText()

    customer = open_window(qtbot, window.customers_tab, add_maija(services, admin).id)
    assert topic_for(customer) == "customers"

    english[2].apply("fi", remember=False)
    qtbot.waitUntil(lambda: guide.browser.source().fileName() == "fi.html")
    assert "Mitä seuraavaksi, pyyntötyypeittäin" in guide.browser.toPlainText()
    assert guide.windowTitle() == "Käyttöopas"
    english[2].apply("en", remember=False)
