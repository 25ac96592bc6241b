"""Changing one's own password (File menu, any user); at the first login it cannot be skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.security.passwords import strength_hint
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import WaitCursor, dialog_buttons
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row
from l4d_desktop.ui.widgets.password_fields import NewPasswordFields
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

if TYPE_CHECKING:
    from l4d_desktop.core.security.auth import AuthService


class ChangePasswordDialog(TitledDialog):
    """Own password change; at the first login it cannot be skipped (cancel logs out). Given
    `current` (the one-time password just typed at the login), only the new one is asked."""

    TITLE = QT_TRANSLATE_NOOP("ChangePasswordDialog", "Change password")

    password_changed = Signal(Actor)

    def __init__(
        self,
        auth: AuthService,
        actor: Actor,
        forced: bool,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self._auth = auth
        self._actor = actor
        self._forced = forced
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.current_edit = QLineEdit(objectName="current_password_edit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwords = NewPasswordFields(self, field="new_password")
        self.current_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        add_field_row(form, self.errors, "current_password", self.current_edit, self.current_label)
        add_field_row(form, self.errors, "new_password", self.passwords.edit, self.new_label)
        add_field_row(
            form, self.errors, "new_password_repeat", self.passwords.repeat, self.repeat_label
        )
        # The policy's own verdict while typing, in place of the plain length count.
        self.strength_label = QLabel(objectName="password_strength_label")
        self.strength_label.setProperty("role", "hint")
        self.strength_label.setWordWrap(True)
        self.passwords.hint.hide()
        form.addRow("", self.strength_label)
        self.passwords.edit.textChanged.connect(lambda _t: self._show_strength())
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons(self, self._change)
        layouts.column(self, self.intro_label, form, self.general_error, self.buttons)
        if current is not None:
            self.current_edit.setText(current)
            form.setRowVisible(self.current_label, False)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro_label.setText(
            self.tr(
                "Your password was set by the main administrator. Choose your own password to continue."
            )
            if self._forced
            else self.tr("Give your current password and choose a new one.")
        )
        self.current_label.setText(self.tr("&Current password:"))
        self.new_label.setText(self.tr("&New password:"))
        self.repeat_label.setText(self.tr("New password &again:"))
        self.ok_button.setText(self.tr("Change &password"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.current_edit.setAccessibleName(self.tr("Current password"))
        self.passwords.retranslate()
        self._show_strength()

    def _show_strength(self) -> None:
        hint = strength_hint(self.passwords.edit.text(), self._actor.username)
        if hint.acceptable:
            text = self.tr("Acceptable: strength {score}/4.").format(score=hint.score)
        elif hint.reason == "password_too_short":
            text = self.tr(
                "Too short: {count}/{min} characters. A few unrelated words make a long "
                "password that is easy to remember."
            ).format(count=hint.length, min=hint.min_length)
        elif hint.reason == "password_too_long":
            text = self.tr("Too long: {count}/{max} characters.").format(
                count=hint.length, max=hint.max_length
            )
        elif hint.reason == "password_contains_username":
            text = self.tr("Not accepted: it contains your username.")
        else:
            text = self.tr("Not accepted: a common or easily guessed password.")
        self.strength_label.setText(text)
        self.strength_label.setAccessibleName(text)

    def _change(self) -> None:
        try:
            new = self.passwords.value()
            with WaitCursor():
                actor = self._auth.change_password(self._actor, self.current_edit.text(), new)
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.current_edit.clear()
        self.passwords.clear()
        self.password_changed.emit(actor)
        self.accept()
