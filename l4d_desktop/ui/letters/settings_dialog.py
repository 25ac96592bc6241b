"""The pääkäyttäjä's letter settings: the controller and the register as every letter's
letterhead prints them, the data protection contact, the supervisory authority that refusals
and access responses name, and the printer's correction of the address position for window
envelopes, tried out with the calibration page (printed or saved with the offsets typed, before
they are saved).

Save sends every field; the service checks them one by one and names the first it refuses,
which is marked beside its field with everything typed left as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.core.vocabulary import Right
from l4d_desktop.ui.letters.calibration import CalibrationPart
from l4d_desktop.ui.letters.printing import PrintReport
from l4d_desktop.ui.letters.settings_fields import (
    GROUPS,
    OFFSET_KEYS,
    offset_spin,
    offset_text,
    offset_value,
    text_edit,
)
from l4d_desktop.ui.letters.settings_words import FIELD_LABELS, FIELD_NAMES
from l4d_desktop.ui.operations import BackgroundJob
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.dialog_parts import error_line
from l4d_desktop.ui.widgets.form import labelled_row, save_cancel_buttons
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class LetterSettingsDialog(TitledDialog):
    """`saved` is emitted once the settings were saved (the dialog then closes)."""

    TITLE = QT_TRANSLATE_NOOP("LetterSettingsDialog", "Letter settings")
    INTRO = QT_TRANSLATE_NOOP(
        "LetterSettingsDialog",
        "What every letter and the privacy notice print about the company, whom to "
        "contact and where to complain; and how the printer places the address for "
        "window envelopes. A change applies to letters written after it; letters "
        "already archived stay as they left.",
    )

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="letter_settings_dialog")
        services, actor = session.services, session.actor
        self._services, self._actor = services, actor
        self.can_edit = actor.can(Right.USERS_ADMIN)
        self.values: dict[str, str] = {}

        self.edits: dict[str, QLineEdit] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.forms: dict[str, QFormLayout] = {}
        self.groups: dict[str, QGroupBox] = {}
        for group, keys in GROUPS.items():
            box = QGroupBox(objectName=f"letter_settings_{group}_group")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.groups[group] = box
            self.forms[group] = form
            for key in keys:
                self._add_row(group, key)

        self.intro_label = hint_label("letter_settings_intro_label")
        self.envelope_hint = hint_label("envelope_hint_label")
        self.contact_hint = hint_label("contact_hint_label")
        self.forms["contact"].insertRow(0, self.contact_hint)
        self.forms["envelope"].addRow(self.envelope_hint)
        self.calibration = CalibrationPart(
            services, actor, *(self.spins[key] for key in OFFSET_KEYS), parent=self
        )
        self.print_calibration_button = self.calibration.print_button
        self.save_calibration_button = self.calibration.save_button
        self.calibration_label = self.calibration.status_label
        self.forms["envelope"].addRow(self.calibration)
        self.general_error = error_line("letter_settings_error_label")
        self.buttons = save_cancel_buttons(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        left = QVBoxLayout()
        left.addWidget(self.groups["controller"])
        left.addWidget(self.groups["envelope"])
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.groups["contact"])
        right.addWidget(self.groups["authority"])
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.load()
        self.resize(max(self.sizeHint().width(), 1100), self.sizeHint().height())

    def _add_row(self, group: str, key: str) -> None:
        widget: QWidget
        if key in OFFSET_KEYS:
            widget = self.spins[key] = offset_spin(key)
        else:
            widget = self.edits[key] = text_edit(key)
        label, error = labelled_row(self.forms[group], widget)
        error.setObjectName(f"{key}_error")
        self.labels[key] = label
        self.error_labels[key] = error
        widget.setEnabled(self.can_edit)

    # -- texts -----------------------------------------------------------------------------

    def field_name(self, key: str) -> str:
        """The field as an error message names it: which group's field, in words."""
        return self.tr(FIELD_NAMES[key]) if key in FIELD_NAMES else key

    def retranslate(self) -> None:
        super().retranslate()
        self.groups["controller"].setTitle(self.tr("Controller"))
        self.groups["contact"].setTitle(self.tr("Data protection contact person"))
        self.contact_hint.setText(
            self.tr(
                "Letters and the privacy notice name this person as whom to ask. A letter is "
                "signed by the handler of its request, with their own name and title."
            )
        )
        self.groups["authority"].setTitle(self.tr("Supervisory authority"))
        self.groups["envelope"].setTitle(self.tr("Envelope window"))
        for key, label in self.labels.items():
            label.setText(self.tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key + ":")
        for key in ("controller_web", "authority_web"):
            self.edits[key].setPlaceholderText(self.tr("optional"))
        for spin in self.spins.values():
            spin.setSuffix(self.tr(" mm"))
        self.envelope_hint.setText(
            self.tr(
                "Print the calibration page, fold it into a window envelope and measure how "
                "far the address field's frame should move; enter that here and print the page "
                "again. The page uses the offsets typed here, saved or not."
            )
        )
        self._update()

    # -- reading and saving ----------------------------------------------------------------

    def load(self) -> None:
        try:
            self.values = dict(self._services.letters.settings_values(self._actor))
        except L4DError as exc:
            self._show_general(error_text(exc))
            self._update()
            return
        for key in self.values:
            if key not in self.labels:
                self._add_row("controller", key)
                self.labels[key].setText(key + ":")
        for key, value in self.values.items():
            if key in self.spins:
                self.spins[key].setValue(offset_value(value))
            elif key in self.edits:
                self.edits[key].setText(value)
                self.edits[key].setCursorPosition(0)  # a long value shows its beginning
        self._update()

    def typed(self) -> dict[str, str]:
        """Every field as typed; the offsets as the settings store them."""
        values = {key: edit.text() for key, edit in self.edits.items() if key in self.values}
        for key, spin in self.spins.items():
            values[key] = offset_text(spin.value())
        return values

    def save(self) -> None:
        if not self.can_edit or not self.values:
            return
        self.clear_errors()
        try:
            self._services.letters.update_settings(self._actor, self.typed())
        except L4DError as exc:
            self.show_error(exc)
            return
        self.saved.emit()
        self.accept()

    # -- errors ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for key, label in self.error_labels.items():
            label.clear()
            label.hide()
            self._mark(key, False)
        self.general_error.clear()
        self.general_error.hide()

    def show_error(self, exc: L4DError) -> None:
        """The error beside the field it names (named in words), or below the form."""
        self.clear_errors()
        field = exc.field if isinstance(exc, ValidationError) else None
        if field is None or field not in self.error_labels:
            self._show_general(error_text(exc))
            return
        params = {k: v for k, v in exc.params.items() if k != "field"}
        text = error_text(ValidationError(self.field_name(field), exc.code, **params))
        label = self.error_labels[field]
        label.setText(text)
        label.show()
        self._mark(field, True)
        widget = self.edits.get(field) or self.spins.get(field)
        if widget is not None:
            widget.setFocus()

    def _mark(self, key: str, invalid: bool) -> None:
        widget = self.edits.get(key) or self.spins.get(key)
        if widget is None:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    # -- the calibration page --------------------------------------------------------------

    @property
    def calibration_job(self) -> BackgroundJob | None:
        return self.calibration.job

    @property
    def last_report(self) -> PrintReport | None:
        return self.calibration.last_report

    @property
    def last_saved_path(self) -> Path | None:
        return self.calibration.last_saved_path

    def _update(self) -> None:
        loaded = bool(self.values)
        if self.save_button is not None:
            self.save_button.setEnabled(self.can_edit and loaded)
        self.calibration.set_ready(loaded)
