"""The user guide (Help → User guide, F1 in any window): the guide in the interface language,
opened at the part about the window in front."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from l4d_desktop.paths import resources_dir
from l4d_desktop.ui.formats import ui_language
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.retranslate import Retranslating

# The guide's part for each window or tab, by its object name.
TOPICS = {
    "customers_tab": "customers",
    "customer_window": "customers",
    "customer_dialog": "customers",
    "requests_tab": "requests",
    "request_dialog": "requests",
    "request_window": "next-steps",
    "users_tab": "users",
    "new_user_dialog": "users",
    "edit_user_dialog": "users",
    "audit_dialog": "users",
    "office_settings_dialog": "settings",
    "letter_settings_dialog": "letters",
    "login_dialog": "first-start",
    "first_run_dialog": "first-start",
}


def guide_path(language: str) -> QUrl:
    return QUrl.fromLocalFile(str(resources_dir() / "help" / f"{language}.html"))


def topic_for(window: QWidget | None) -> str:
    """The guide's part for `window`; the main window's by its tab in front."""
    if window is None:
        return ""
    tabs = window.findChild(QTabWidget, "main_tabs")
    if tabs is not None and tabs.currentWidget() is not None:
        return TOPICS.get(tabs.currentWidget().objectName(), "")
    return TOPICS.get(window.objectName(), "")


class HelpWindow(Retranslating, QWidget):
    """One window for the guide, raised when asked again; it follows the interface language."""

    def __init__(self) -> None:
        super().__init__()  # a window of its own: a modal dialog in front does not block it
        self.setObjectName("help_window")
        self.browser = QTextBrowser(objectName="help_browser")
        self.browser.setOpenExternalLinks(False)
        self.topic = ""
        layouts.column(self, (self.browser, 1))
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        # The guide follows the locale, which the language switch sets after this event.
        QTimer.singleShot(0, self, lambda: self.show_topic(self.topic, raise_window=False))

    def show_topic(self, topic: str, *, raise_window: bool = True) -> None:
        self.topic = topic
        url = guide_path(ui_language())
        if topic:
            url.setFragment(topic)
        self.browser.setSource(url)
        if topic:
            self.browser.scrollToAnchor(topic)
        if raise_window:
            self.show()
            self.raise_()
            self.activateWindow()


__all__ = ["TOPICS", "HelpWindow", "guide_path", "topic_for"]
