"""Showing a service's validation errors next to the fields they name, in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.dialog_parts import fit_window

INVALID_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }
QLabel[role="field-error"] { color: #b71c1c; }
QLabel[role="form-error"] { color: #b71c1c; font-weight: bold; }
QLabel[role="hint"] { color: #555555; }
"""


def make_error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "field-error")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Maps field names to (input widget, error label); a general label takes the rest. A
    field's line shows every problem named for it, the window grows to show them in full, and
    the line empties as soon as the field is changed (keeping its room until the next save,
    so that the form does not jump while one types)."""

    def __init__(self, general: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general = general
        general.setProperty("role", "form-error")
        general.setWordWrap(True)
        general.hide()

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)
        for signal in _change_signals(widget):
            signal.connect(lambda *_a, f=field: self.corrected(f))

    def corrected(self, field: str) -> None:
        """The field was changed: its error goes, its line keeps its height for now."""
        widget, label = self._fields[field]
        if label.isHidden() or not label.text():
            return
        _mark(widget, False)
        label.setMinimumHeight(label.height())
        label.clear()

    def clear(self) -> None:
        for widget, label in self._fields.values():
            _mark(widget, False)
            label.clear()
            label.setMinimumHeight(0)
            label.hide()
        self._general.clear()
        self._general.hide()

    def show(self, exc: L4DError) -> None:
        """Mark every field the error names and focus the first one."""
        self.clear()
        errors = list(getattr(exc, "all_errors", None) or [exc])
        first_widget: QWidget | None = None
        for err in errors:
            text = error_text(err)
            field = err.field if isinstance(err, ValidationError) else None
            if field in self._fields:
                widget, label = self._fields[field]
                _mark(widget, True)
                label.setText(_joined(label.text(), text))
                label.show()
                first_widget = first_widget or widget
            else:
                self._general.setText(_joined(self._general.text(), text))
                self._general.show()
        fit_window(self._general)
        if first_widget is not None:
            first_widget.setFocus()

    def show_message(self, text: str) -> None:
        self.clear()
        self._general.setText(text)
        self._general.show()
        fit_window(self._general)


def _joined(shown: str, text: str) -> str:
    """Every problem once, one a line."""
    lines = shown.split("\n") if shown else []
    return "\n".join(lines if text in lines else [*lines, text])


def _change_signals(widget: QWidget) -> list[Any]:
    """The signals by which the user changes `widget`'s value."""
    names = ("textChanged", "currentIndexChanged", "editTextChanged", "dateTimeChanged")
    names += ("valueChanged", "toggled")
    return [getattr(widget, n) for n in names if hasattr(widget, n)]


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def labelled_row(
    form: QFormLayout, widget: QWidget, label: QLabel | None = None
) -> tuple[QLabel, QLabel]:
    """A labelled input with its own (hidden) error line beneath it: the label to translate
    and the error line."""
    label = label or QLabel()
    error = make_error_label()
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    label.setBuddy(widget)
    form.addRow(label, box)
    return label, error


def add_field_row(
    form: QFormLayout, errors: FieldErrors, name: str, widget: QWidget, label: QLabel | None = None
) -> QLabel:
    """A labelled input whose error line shows the errors naming the service's field `name`;
    returns the label to translate."""
    label, error = labelled_row(form, widget, label)
    errors.add(name, widget, error)
    return label


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel in the platform's order. Save runs `on_save`, which closes the dialog
    only when the service accepted; Cancel closes it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def lay_out_form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    general_error: QLabel,
    on_save: Callable[[], None],
    intro: QLabel | None = None,
) -> QDialogButtonBox:
    """Intro, the form, the general error line and Save / Cancel: the shape of every record
    dialog."""
    buttons = save_cancel_buttons(dialog, on_save)
    layout = QVBoxLayout(dialog)
    if intro is not None:
        layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(general_error)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(560)
    return buttons
