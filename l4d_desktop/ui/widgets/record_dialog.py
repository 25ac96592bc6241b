"""The record dialog written once: fields with their errors beside them, Save through one service
call, the saved record reported by signal.

Use::

    class InvoiceDialog(RecordDialog):
        TITLE = QT_TRANSLATE_NOOP("InvoiceDialog", "Add invoice")   # in the class's context
        LABELS = {"invoice_number": QT_TRANSLATE_NOOP("InvoiceDialog", "Invoice &number:")}

        def __init__(self, invoices, actor, customer_id, parent=None) -> None:
            super().__init__("invoice_dialog", parent)
            self.number_edit = QLineEdit(objectName="invoice_number_edit")
            self.add_field("invoice_number", self.number_edit)   # the service's field name
            self.finish_layout()
            self.retranslate()   # the title, intro and labels above; override to say more

        def submit(self) -> InvoiceRecord:   # one service call; a ValidationError marks the field
            return self._invoices.add(self._actor, self._customer_id, self.number_edit.text())

    dialog.saved.connect(window.invoice_added)   # only after the service accepted
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from l4d_desktop.core.errors import L4DError
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row, lay_out_form_dialog
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog
from l4d_desktop.ui.widgets.unsaved import KeepsTyping


class RecordDialog(KeepsTyping, TitledDialog):
    """Subclasses add their fields, call `finish_layout()`, and write `submit()` and
    `retranslate()`. Save (or Ctrl+S) calls `submit()`; a domain error is shown beside the
    fields it names (the typing stays), success emits `saved` with the result and closes the
    dialog. Closing it with unsaved typing asks Save / Discard / Cancel (KeepsTyping)."""

    saved = Signal(object)  # what submit() returned

    # Besides TITLE and INTRO, the field labels: each a QT_TRANSLATE_NOOP in the subclass's
    # own context, so that `retranslate()` here says them in the current language.
    LABELS: ClassVar[dict[str, str]] = {}  # field name -> its label

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.intro_label = QLabel(objectName="intro_label")
        self.intro_label.setWordWrap(True)
        self.general_error = QLabel(objectName="general_error")
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.buttons: QDialogButtonBox | None = None

    def add_field(self, name: str, widget: QWidget) -> QLabel:
        """A labelled row for the service's field `name`; its label is in `self.labels`."""
        label = add_field_row(self.form, self.errors, name, widget)
        self.labels[name] = label
        return label

    def finish_layout(self, *, intro: bool = True) -> QDialogButtonBox:
        """Intro, form, the general error line and Save / Cancel, in that order."""
        self.buttons = lay_out_form_dialog(
            self, self.form, self.general_error, self.save, self.intro_label if intro else None
        )
        return self.buttons

    def retranslate(self) -> None:
        """The title, intro and field labels from the class's words; a subclass with more to
        say overrides this and calls it first."""
        super().retranslate()
        for field, text in self.LABELS.items():
            self.labels[field].setText(self.tr(text))

    # Each dialog's one service call that saves what the fields hold, returning its result.
    submit: Callable[[], object]

    def save(self) -> None:
        try:
            result = self.submit()
        except L4DError as exc:
            self.failed(exc)
            return
        self.saved.emit(result)
        self.accept()

    def failed(self, exc: L4DError) -> None:
        """A refused save: marks the fields the error names. Override for e.g. a conflict."""
        self.errors.show(exc)
