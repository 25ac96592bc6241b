"""The dialogs before the main window: first run (the pääkäyttäjä account) and login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from l4d_desktop import APP_NAME
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import L4DError, LoginThrottled
from l4d_desktop.ui.language import LanguageCombo, LanguageSwitcher
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets.dialog_parts import (
    ThrottleWait,
    WaitCursor,
    bottom_row,
    dialog_buttons,
    error_line,
    opening_label,
    show_error,
)
from l4d_desktop.ui.widgets.form import FieldErrors, add_field_row
from l4d_desktop.ui.widgets.password_fields import NewPasswordFields
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

if TYPE_CHECKING:  # the database layer may still be loading when these dialogs appear
    from l4d_desktop.core.security.auth import AuthService


# Where the login keeps the last username that logged in on this computer (not a secret: the
# password is asked for every time).
LAST_USERNAME_KEY = "login/last_username"


class FirstRunDialog(TitledDialog):
    """Creates the pääkäyttäjä on an empty database (there is no default account) and logs
    them in with the password just chosen: `admin_created` carries the logged-in Actor."""

    TITLE = QT_TRANSLATE_NOOP("FirstRunDialog", "{app} – first start")
    INTRO = QT_TRANSLATE_NOOP(
        "FirstRunDialog",
        "Welcome. This database has no users yet. Create the main administrator "
        "(pääkäyttäjä) account: it grants the other accounts and their rights.",
    )

    admin_created = Signal(Actor)

    def __init__(
        self, auth: AuthService | None, language: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self._auth = auth
        self.opening_label = opening_label()
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
        add_field_row(form, self.errors, "username", self.username_edit, self.username_label)
        add_field_row(form, self.errors, "full_name", self.full_name_edit, self.full_name_label)
        add_field_row(form, self.errors, "title", self.title_edit, self.title_label)
        add_field_row(form, self.errors, "password", self.passwords.edit, self.password_label)
        add_field_row(
            form, self.errors, "password_repeat", self.passwords.repeat, self.repeat_label
        )
        form.addRow("", self.passwords.hint)
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons(self, self._create)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.opening_label)
        layout.addLayout(bottom_row(LanguageCombo(language), self.buttons))
        self.setMinimumWidth(520)
        self.retranslate()
        self.set_auth(auth)

    def set_auth(self, auth: AuthService | None) -> None:
        """Typing may start at once; saving waits until the database is open."""
        self._auth = auth
        self.ok_button.setEnabled(auth is not None)
        self.opening_label.setVisible(auth is None)

    def placeholders(self) -> dict[str, object]:
        return {"app": APP_NAME}

    def retranslate(self) -> None:
        super().retranslate()
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

    def _create(self) -> None:
        if self._auth is None:
            return
        try:
            password = self.passwords.value()
            with WaitCursor():
                created = self._auth.create_first_admin(
                    self.username_edit.text(),
                    self.full_name_edit.text(),
                    password,
                    self.title_edit.text(),
                )
                # A login like any other (audited, counted), without typing it all again.
                actor = self._auth.login(created.username, password)
        except L4DError as exc:
            self.errors.show(exc)
            return
        self.passwords.clear()
        QSettings().setValue(LAST_USERNAME_KEY, actor.username)
        self.admin_created.emit(actor)
        self.accept()


class LoginDialog(TitledDialog):
    """Opens with the username that last logged in here filled in, the password to type."""

    logged_in = Signal(Actor)

    TITLE = QT_TRANSLATE_NOOP("LoginDialog", "{app} – log in")

    def __init__(
        self, auth: AuthService | None, language: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self._auth = auth
        self.opening_label = opening_label()
        self.heading_label = QLabel()
        self.heading_label.setProperty("role", "heading")
        self.username_edit = QLineEdit(objectName="username_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.error_label = error_line("login_error_label")
        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons(self, self._login)
        self._wait = ThrottleWait(self.ok_button, self.error_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.opening_label)
        layout.addLayout(bottom_row(LanguageCombo(language), self.buttons))
        self.setMinimumWidth(420)
        self.one_time_password = ""
        self.retranslate()
        self.set_auth(auth)
        last = QSettings().value(LAST_USERNAME_KEY, "", type=str)
        if last:
            self.username_edit.setText(str(last))
            self.password_edit.setFocus()

    def set_auth(self, auth: AuthService | None) -> None:
        """Typing may start at once; logging in waits until the database is open."""
        self._auth = auth
        self.ok_button.setEnabled(auth is not None and not self._wait.waiting)
        self.opening_label.setVisible(auth is None)

    def placeholders(self) -> dict[str, object]:
        return {"app": APP_NAME}

    def retranslate(self) -> None:
        super().retranslate()
        self.heading_label.setText(
            self.tr("Log in with the username the main administrator gave you.")
        )
        self.username_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.ok_button.setText(self.tr("&Log in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.opening_label.setText(self.tr("Opening the database…"))

    def _login(self) -> None:
        if self._wait.waiting or self._auth is None:
            return
        try:
            with WaitCursor():
                actor = self._auth.login(self.username_edit.text(), self.password_edit.text())
        except LoginThrottled as exc:
            self._wait.start(exc.seconds, error_text(exc))
            return
        except L4DError as exc:
            self.password_edit.clear()
            show_error(self.error_label, error_text(exc))
            self.password_edit.setFocus()
            return
        # The one-time password, for the change that must follow, so it is not asked again.
        self.one_time_password = self.password_edit.text() if actor.must_change_password else ""
        self.password_edit.clear()
        QSettings().setValue(LAST_USERNAME_KEY, actor.username)
        self.logged_in.emit(actor)
        self.accept()
