"""Nothing typed is lost: a dialog or window closed (Esc, Cancel, its close button) while it
holds unsaved typing asks Save / Discard / Cancel first; Ctrl+S saves; Enter in a search field
searches and never saves the dialog.

Use::

    class InvoiceDialog(KeepsTyping, TitledDialog):   # before the dialog base
        def save(self) -> None: ...                   # saves and closes, or shows the errors

    choice = feedback.ask_unsaved(window, text)       # a window that is not a dialog
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from l4d_desktop.ui import feedback


def is_search_field(widget: QWidget | None) -> bool:
    """A field that finds something rather than holding the dialog's data."""
    return isinstance(widget, QLineEdit) and "search" in widget.objectName()


def typed_state(owner: QWidget) -> tuple[object, ...]:
    """What the user can type or choose in `owner`, as comparable values (search fields and
    read-only fields left out)."""
    values: list[object] = []
    for child in owner.findChildren(QWidget):
        if not child.isEnabled() or is_search_field(child):
            continue
        if isinstance(child, QDateTimeEdit):
            values.append(child.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(child, QLineEdit):
            if not child.isReadOnly() and not isinstance(child.parent(), QAbstractSpinBox):
                values.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            if not child.isReadOnly():
                values.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            values.append(child.currentIndex())
        elif isinstance(child, QAbstractSpinBox):
            values.append(child.text())
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            values.append(child.isChecked())
    return tuple(values)


class KeepsTyping:
    """Mixed into a QDialog (before it) that has `save()`: saving closes it on success."""

    save: Callable[[], None]
    _typed_at_start: tuple[object, ...] | None = None
    _save_shortcut: QShortcut | None = None

    def _dialog(self) -> QDialog:
        assert isinstance(self, QDialog)
        return self

    def showEvent(self, event: QShowEvent) -> None:
        dialog = self._dialog()
        if self._typed_at_start is None:
            # What the dialog was opened with is the saved state; typing changes it.
            self._typed_at_start = typed_state(dialog)
            self._save_shortcut = QShortcut(
                QKeySequence.StandardKey.Save, dialog, activated=lambda: self.save()
            )
        super().showEvent(event)  # type: ignore[misc]

    def has_unsaved_typing(self) -> bool:
        start = self._typed_at_start
        return start is not None and typed_state(self._dialog()) != start

    def reject(self) -> None:
        dialog = self._dialog()
        if dialog.isVisible() and self.has_unsaved_typing():
            choice = feedback.ask_unsaved(dialog)
            if choice == feedback.Unsaved.CANCEL:
                return
            if choice == feedback.Unsaved.SAVE:
                self.save()  # closes the dialog once saved; errors keep it open
                return
        super().reject()  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and is_search_field(self._dialog().focusWidget()):
            event.accept()  # the field searched (returnPressed); the dialog is not saved
            return
        super().keyPressEvent(event)  # type: ignore[misc]


__all__ = ["KeepsTyping", "is_search_field", "typed_state"]
