"""The dialogs before the main window: first run (pääkäyttäjä), login, forced password change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4d_desktop import APP_NAME
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError, LoginThrottled
from l4d_desktop.ui.form import FieldErrors, make_error_label
from l4d_desktop.ui.language import LanguageCombo, LanguageSwitcher
from l4d_desktop.ui.password_fields import NewPasswordFields
from l4d_desktop.ui.texts import error_text

if TYPE_CHECKING:  # the database layer may still be loading when these dialogs appear
    from l4d_desktop.core.auth import AuthService


class _WaitCursor:
    """argon2 takes a tenth of a second: show that something happens."""

    def __enter__(self) -> None:
        # Imported here: PySide6 builds its large `Qt` namespace on first import (~40 ms), which
        # the first window can do without.
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _field_row(
    form: QFormLayout, label: QLabel, widget: QWidget, errors: FieldErrors, name: str
) -> None:
    error = make_error_label()
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    label.setBuddy(widget)
    form.addRow(label, box)
    errors.add(name, widget, error)


def _bottom_row(language: LanguageCombo, buttons: QDialogButtonBox) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(language)
    row.addStretch(1)
    row.addWidget(buttons)
    return row


def _dialog_buttons(
    dialog: QDialog, on_accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel in the platform's order. Added by role with our own texts: the standard-
    button flags cost PySide6 ~25 ms to build on first use, before the very first window."""
    box = QDialogButtonBox()
    ok = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    box.accepted.connect(on_accept)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel


def _opening_label() -> QLabel:
    label = QLabel(objectName="opening_label")
    label.setProperty("role", "hint")
    return label


class FirstRunDialog(QDialog):
    """Creates the pääkäyttäjä on an empty database. There is no default account."""

    admin_created = Signal(Actor)

    def __init__(
        self, auth: AuthService | None, language: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self._auth = auth
        self.opening_label = _opening_label()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.username_edit = QLineEdit(objectName="username_edit")
        self.full_name_edit = QLineEdit(objectName="full_name_edit")
        self.title_edit = QLineEdit(objectName="title_edit")
        self.passwords = NewPasswordFields(self)
        self.username_label, self.full_name_label, self.title_label = QLabel(), QLabel(), QLabel()
        self.password_label, self.repeat_label = QLabel(), QLabel()
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)

        form = QFormLayout()
        _field_row(form, self.username_label, self.username_edit, self.errors, "username")
        _field_row(form, self.full_name_label, self.full_name_edit, self.errors, "full_name")
        _field_row(form, self.title_label, self.title_edit, self.errors, "title")
        _field_row(form, self.password_label, self.passwords.edit, self.errors, "password")
        _field_row(form, self.repeat_label, self.passwords.repeat, self.errors, "password_repeat")
        form.addRow("", self.passwords.hint)
        self.buttons, self.ok_button, self.cancel_button = _dialog_buttons(self, self._create)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.opening_label)
        layout.addLayout(_bottom_row(LanguageCombo(language), self.buttons))
        self.setMinimumWidth(520)
        self.retranslate()
        self.set_auth(auth)

    def set_auth(self, auth: AuthService | None) -> None:
        """Typing may start at once; saving waits until the database is open."""
        self._auth = auth
        self.ok_button.setEnabled(auth is not None)
        self.opening_label.setVisible(auth is None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app} – first start").format(app=APP_NAME))
        self.intro_label.setText(
            self.tr(
                "Welcome. This database has no users yet. Create the main administrator "
                "(pääkäyttäjä) account: it grants the other accounts and their rights."
            )
        )
        self.username_label.setText(self.tr("&Username:"))
        self.full_name_label.setText(self.tr("&Full name:"))
        self.title_label.setText(self.tr("&Title (for letters):"))
        self.password_label.setText(self.tr("&Password:"))
        self.repeat_label.setText(self.tr("Password &again:"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Managing Director"))
        self.ok_button.setText(self.tr("&Create account"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.opening_label.setText(self.tr("Opening the database…"))
        self.passwords.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _create(self) -> None:
        if self._auth is None:
            return
        try:
            password = self.passwords.value()
            with _WaitCursor():
                actor = self._auth.create_first_admin(
                    self.username_edit.text(),
                    self.full_name_edit.text(),
                    password,
                    self.title_edit.text(),
                )
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.passwords.clear()
        self.admin_created.emit(actor)
        self.accept()


class LoginDialog(QDialog):
    logged_in = Signal(Actor)

    def __init__(
        self, auth: AuthService | None, language: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self._auth = auth
        self.opening_label = _opening_label()
        self._wait_left = 0
        self.heading_label = QLabel()
        self.heading_label.setProperty("role", "heading")
        self.username_edit = QLineEdit(objectName="username_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.error_label = QLabel(objectName="login_error_label")
        self.error_label.setProperty("role", "form-error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.buttons, self.ok_button, self.cancel_button = _dialog_buttons(self, self._login)
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.opening_label)
        layout.addLayout(_bottom_row(LanguageCombo(language), self.buttons))
        self.setMinimumWidth(420)
        self.retranslate()
        self.set_auth(auth)

    def set_auth(self, auth: AuthService | None) -> None:
        """Typing may start at once; logging in waits until the database is open."""
        self._auth = auth
        self.ok_button.setEnabled(auth is not None and self._wait_left <= 0)
        self.opening_label.setVisible(auth is None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app} – log in").format(app=APP_NAME))
        self.heading_label.setText(
            self.tr("Log in with the username the main administrator gave you.")
        )
        self.username_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.ok_button.setText(self.tr("&Log in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.opening_label.setText(self.tr("Opening the database…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _login(self) -> None:
        if self._wait_left > 0 or self._auth is None:
            return
        try:
            with _WaitCursor():
                actor = self._auth.login(self.username_edit.text(), self.password_edit.text())
        except LoginThrottled as exc:
            self._show_error(error_text(exc))
            self._start_countdown(exc.seconds)
            return
        except L4DError as exc:
            self.password_edit.clear()
            self._show_error(error_text(exc))
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _start_countdown(self, seconds: int) -> None:
        self._wait_left = seconds
        self.ok_button.setEnabled(False)
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.error_label.hide()


class ChangePasswordDialog(QDialog):
    """Own password change; at the first login it cannot be skipped (cancel logs out)."""

    password_changed = Signal(Actor)

    def __init__(
        self, auth: AuthService, actor: Actor, forced: bool, parent: QWidget | None = None
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
        _field_row(form, self.current_label, self.current_edit, self.errors, "current_password")
        _field_row(form, self.new_label, self.passwords.edit, self.errors, "new_password")
        _field_row(
            form, self.repeat_label, self.passwords.repeat, self.errors, "new_password_repeat"
        )
        form.addRow("", self.passwords.hint)
        self.buttons, self.ok_button, self.cancel_button = _dialog_buttons(self, self._change)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
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
        self.ok_button.setText(self.tr("&Change password"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.passwords.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change(self) -> None:
        try:
            new = self.passwords.value()
            with _WaitCursor():
                actor = self._auth.change_password(self._actor, self.current_edit.text(), new)
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.current_edit.clear()
        self.passwords.clear()
        self.password_changed.emit(actor)
        self.accept()
