"""The pääkäyttäjä's dialogs for one user account: new, edit, and a reset's one-time password."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ConflictError, L4DError
from l4d_desktop.core.security import one_time_passwords
from l4d_desktop.core.security.users import OneTimePassword, UserInfo, UserService
from l4d_desktop.core.vocabulary import Role
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.texts import ROLES, error_text, vocabulary
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.password_fields import NewPasswordFields
from l4d_desktop.ui.widgets.record_dialog import RecordDialog
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog

ROLE_ORDER = (Role.HANDLER, Role.READER, Role.ADMIN)


def role_combo(current: str | None = None) -> QComboBox:
    """The three roles, texts set by `name_roles` (they follow the language)."""
    combo = QComboBox(objectName="role_combo")
    for role in ROLE_ORDER:
        combo.addItem("", role.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def name_roles(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, vocabulary(ROLES, combo.itemData(i)))


class NewUserDialog(RecordDialog):
    """`created` (and `saved`) carry the new UserInfo."""

    created = Signal(UserInfo)

    TITLE = QT_TRANSLATE_NOOP("NewUserDialog", "New user")
    INTRO = QT_TRANSLATE_NOOP(
        "NewUserDialog",
        "The user must replace this initial password with their own at the first login. "
        "Give it to them in person, not by email.",
    )
    LABELS = {
        "username": QT_TRANSLATE_NOOP("NewUserDialog", "&Username:"),
        "full_name": QT_TRANSLATE_NOOP("NewUserDialog", "&Full name:"),
        "title": QT_TRANSLATE_NOOP("NewUserDialog", "&Title (for letters):"),
        "title_en": QT_TRANSLATE_NOOP("NewUserDialog", "Title in &English (for letters):"),
        "title_sv": QT_TRANSLATE_NOOP("NewUserDialog", "Title in S&wedish (for letters):"),
        "role": QT_TRANSLATE_NOOP("NewUserDialog", "&Role:"),
        "password": QT_TRANSLATE_NOOP("NewUserDialog", "&Initial password:"),
        "password_repeat": QT_TRANSLATE_NOOP("NewUserDialog", "Initial password &again:"),
    }

    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("new_user_dialog", parent)
        self._users = users
        self._actor = actor
        self.username_edit = QLineEdit(objectName="username_edit")
        self.full_name_edit = QLineEdit(objectName="full_name_edit")
        self.title_edit = QLineEdit(objectName="title_edit")
        self.title_en_edit = QLineEdit(objectName="title_en_edit")
        self.title_sv_edit = QLineEdit(objectName="title_sv_edit")
        self.role_combo = role_combo()
        self.passwords = NewPasswordFields(self)
        for field, widget in (
            ("username", self.username_edit),
            ("full_name", self.full_name_edit),
            ("title", self.title_edit),
            ("title_en", self.title_en_edit),
            ("title_sv", self.title_sv_edit),
            ("role", self.role_combo),
            ("password", self.passwords.edit),
            ("password_repeat", self.passwords.repeat),
        ):
            self.add_field(field, widget)
        self.form.addRow("", self.passwords.hint)
        self.generate_button = QPushButton(objectName="generate_password_button")
        self.generate_button.clicked.connect(self.generate_password)
        self.form.addRow("", self.generate_button)
        self.finish_layout()
        self.saved.connect(self.created)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        name_roles(self.role_combo)
        self.passwords.retranslate()
        self.generate_button.setText(self.tr("&Generate a one-time password"))

    def generate_password(self) -> None:
        """A random password like a reset's, shown so that it can be read out or written down
        for the user (who replaces it at the first login)."""
        password = one_time_passwords.generate()
        for edit in (self.passwords.edit, self.passwords.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Normal)
            edit.setText(password)

    def submit(self) -> UserInfo:
        info = self._users.create_user(
            self._actor,
            self.username_edit.text(),
            self.full_name_edit.text(),
            str(self.role_combo.currentData()),
            self.passwords.value(),
            self.title_edit.text(),
            self.title_en_edit.text(),
            self.title_sv_edit.text(),
        )
        self.passwords.clear()
        return info


class EditUserDialog(RecordDialog):
    """Full name, title and role; saved against the version the dialog loaded. `saved`
    carries the UserInfo."""

    INTRO = QT_TRANSLATE_NOOP(
        "EditUserDialog",
        "The username cannot be changed. The role gives the usual rights; exceptions "
        "for this user are set under Rights.",
    )
    LABELS = {
        "full_name": QT_TRANSLATE_NOOP("EditUserDialog", "&Full name:"),
        "title": QT_TRANSLATE_NOOP("EditUserDialog", "&Title (for letters):"),
        "title_en": QT_TRANSLATE_NOOP("EditUserDialog", "Title in &English (for letters):"),
        "title_sv": QT_TRANSLATE_NOOP("EditUserDialog", "Title in S&wedish (for letters):"),
        "role": QT_TRANSLATE_NOOP("EditUserDialog", "&Role:"),
    }

    def __init__(
        self, users: UserService, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__("edit_user_dialog", parent)
        self._users = users
        self._actor = actor
        self.user = user
        self.intro_label.setObjectName("edit_user_intro")
        self.general_error.setObjectName("edit_user_error")
        self.full_name_edit = QLineEdit(user.full_name, objectName="full_name_edit")
        self.title_edit = QLineEdit(user.title, objectName="title_edit")
        self.title_en_edit = QLineEdit(user.title_en, objectName="title_en_edit")
        self.title_sv_edit = QLineEdit(user.title_sv, objectName="title_sv_edit")
        self.role_combo = role_combo(user.role)
        self.add_field("full_name", self.full_name_edit)
        self.add_field("title", self.title_edit)
        self.add_field("title_en", self.title_en_edit)
        self.add_field("title_sv", self.title_sv_edit)
        self.add_field("role", self.role_combo)
        self.buttons = self.finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit user {username}").format(username=self.user.username))
        self.full_name_edit.setAccessibleName(self.tr("Full name"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_en_edit.setAccessibleName(self.tr("Title in English"))
        self.title_sv_edit.setAccessibleName(self.tr("Title in Swedish"))
        self.role_combo.setAccessibleName(self.tr("Role"))
        name_roles(self.role_combo)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> UserInfo:
        return self._users.update_user(
            self._actor,
            self.user.id,
            self.user.version,
            full_name=self.full_name_edit.text(),
            title=self.title_edit.text(),
            title_en=self.title_en_edit.text(),
            title_sv=self.title_sv_edit.text(),
            role=str(self.role_combo.currentData()),
        )

    def failed(self, exc: L4DError) -> None:
        if isinstance(exc, ConflictError):
            self._reload_after_conflict(exc)
        else:
            self.errors.show(exc)

    def _reload_after_conflict(self, exc: ConflictError) -> None:
        """Take the newer version but keep what was typed: saving again overwrites it."""
        try:
            self.user = self._users.get_user(self._actor, self.user.id)
        except L4DError as other:
            self.errors.show(other)
            return
        self.errors.show_message(
            error_text(exc)
            + " "
            + self.tr(
                "Now saved: {name}, {title}, {role}. Your typing is kept; save again to "
                "replace those values."
            ).format(
                name=self.user.full_name,
                title=self.user.title or "–",
                role=vocabulary(ROLES, self.user.role),
            )
        )


class OneTimePasswordDialog(TitledDialog):
    """Shows a reset's one-time password once; the text is dropped when the dialog closes."""

    TITLE = QT_TRANSLATE_NOOP("OneTimePasswordDialog", "One-time password")
    INTRO = QT_TRANSLATE_NOOP(
        "OneTimePasswordDialog",
        "The new one-time password of {username}. It is shown only now and is not "
        "kept anywhere: give it to the user in person or read it out over the phone.",
    )

    def __init__(self, otp: OneTimePassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("one_time_password_dialog")
        self._password = otp.password
        self._username = otp.username
        self._expires_at = otp.expires_at
        self.intro_label = QLabel(objectName="one_time_intro")
        self.intro_label.setWordWrap(True)
        self.password_label = QLabel(otp.password, objectName="one_time_password_label")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.password_label.setFont(font)
        self.password_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(objectName="copy_password_button")
        self.copy_button.clicked.connect(self.copy)
        self.expiry_label = QLabel(objectName="one_time_expiry_label")
        self.expiry_label.setWordWrap(True)
        self.instruction_label = QLabel(objectName="one_time_instruction_label")
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setProperty("role", "hint")
        self.close_button = QPushButton(objectName="close_button")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = layouts.row((self.password_label, 1), self.copy_button)
        bottom = layouts.row(layouts.STRETCH, self.close_button)
        layouts.column(
            self, self.intro_label, row, self.expiry_label, self.instruction_label, bottom
        )
        self.setMinimumWidth(560)
        self.retranslate()

    def placeholders(self) -> dict[str, object]:
        return {"username": self._username}

    def retranslate(self) -> None:
        super().retranslate()
        self.password_label.setAccessibleName(self.tr("One-time password"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the one-time password"))
        self.expiry_label.setText(
            self.tr("Valid until {time} (72 hours).").format(time=format_datetime(self._expires_at))
        )
        self.instruction_label.setText(
            self.tr(
                "The user must choose their own password at the first login with it. "
                "A copy left on the clipboard is removed when this window closes."
            )
        )
        self.close_button.setText(self.tr("C&lose"))

    def copy(self) -> None:
        if self._password:
            QGuiApplication.clipboard().setText(self._password)

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._password and clipboard.text() == self._password:
            clipboard.clear()
        self._password = ""
        self.password_label.clear()
        super().done(result)
