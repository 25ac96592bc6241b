"""The mnemonic letters (the underlined &-letters) a window offers at one time, and the ones
two of its controls share: Alt+letter then reaches only one of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single &, folded; None without one ("&&" is a literal &)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def _offered(
    window: QWidget, *, disabled: bool = False, stays_disabled: Collection[QWidget] = ()
) -> list[str]:
    """The texts with a mnemonic reachable in `window` as it is shown now (`disabled`: and
    those of the buttons shown disabled, which a choice in the window may enable, except the
    ones in `stays_disabled`, which nothing the window does enables)."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            if widget.isEnabled() or (disabled and widget not in stays_disabled):
                texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if widget.buddy().isVisibleTo(window):
                texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible()]
    return texts


def clashes(
    window: QWidget, *, disabled: bool = False, stays_disabled: Collection[QWidget] = ()
) -> dict[str, list[str]]:
    """Letter -> the texts that share it, for every letter offered more than once
    (`disabled`: counting the buttons shown disabled as well, but those in `stays_disabled`)."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in _offered(window, disabled=disabled, stays_disabled=stays_disabled):
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """The same within one menu's visible entries."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            letter = mnemonic(action.text())
            if letter is not None:
                by_letter[letter].append(action.text())
    return {k: v for k, v in by_letter.items() if len(v) > 1}
