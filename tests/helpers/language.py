"""The user-interface language a GUI test reads its words in: `english` switches the app's own
translators to English for the test (and `app_parts` switches back afterwards)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from l4d_desktop.ui.language import LanguageSwitcher

    AppParts = tuple[QApplication, QSettings, LanguageSwitcher]


@pytest.fixture
def english(app_parts: AppParts) -> AppParts:
    """The application, its settings and its language switcher, speaking English."""
    app_parts[2].apply("en", remember=False)
    return app_parts
