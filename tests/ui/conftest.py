"""GUI fixtures: settings isolated per test, the app's own translators, message boxes answered,
and Maija in the register."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from l4d_desktop.app import create_application
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui import feedback
from l4d_desktop.ui.feedback import Unsaved
from l4d_desktop.ui.language import LanguageSwitcher
from tests.helpers.customers import add_maija


@pytest.fixture
def app_parts(
    qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[QApplication, QSettings, LanguageSwitcher]]:
    # QSettings would otherwise write into the developer's own profile.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    app, settings, language = create_application()
    yield app, settings, language
    language.apply("en", remember=False)
    app.setStyleSheet("")


class UnsavedReplies(list[Unsaved]):
    """The answers a test queues for the Save / Discard / Cancel question, used up in order;
    `asked` counts every question. Beyond the queue the answer is Discard: a window still
    holding typing when the test ends is closed without a box that nobody could answer."""

    asked = 0


@pytest.fixture(autouse=True)
def unsaved_replies(monkeypatch: pytest.MonkeyPatch) -> UnsavedReplies:
    replies = UnsavedReplies()

    def answer(_parent: object, _text: str | None = None) -> Unsaved:
        replies.asked += 1
        return replies.pop(0) if replies else Unsaved.DISCARD

    monkeypatch.setattr(feedback, "ask_unsaved", answer)
    return replies


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are answered "yes" and recorded instead of blocking the test."""
    from l4d_desktop.ui import feedback

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(feedback, "show_error", lambda _p, t, x: seen.append(("error", x)))
    monkeypatch.setattr(feedback, "show_info", lambda _p, t, x: seen.append(("info", x)))

    def ask(_p: object, _t: str, text: str, _y: str, _n: str) -> bool:
        seen.append(("ask", text))
        return True

    monkeypatch.setattr(feedback, "ask", ask)
    return seen


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    """Maija Meikäläinen with her email address and phone number."""
    return add_maija(services, admin)
