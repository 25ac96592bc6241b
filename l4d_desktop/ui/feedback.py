"""The one place that shows message boxes, so that tests can answer them without blocking."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two named answers; the safe answer (`no`) is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


class Unsaved(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, text: str | None = None) -> Unsaved:
    """Save, Discard or Cancel (go on typing); Save is the default, Esc cancels."""
    title = QCoreApplication.translate("UnsavedTyping", "Unsaved changes")
    question = QCoreApplication.translate(
        "UnsavedTyping", "What you typed is not saved yet. Save it before closing?"
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text or question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedTyping", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedTyping", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedTyping", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if clicked is discard else Unsaved.CANCEL
