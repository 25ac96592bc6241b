"""A new password typed twice, with a live hint about its length and strength."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.security.passwords import MAX_LENGTH, MIN_LENGTH, normalise


class NewPasswordFields(QObject):
    """Not a widget of its own: the dialog places the two edits and the hint in its form."""

    def __init__(self, parent: QObject, field: str = "password") -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit()
        self.repeat = QLineEdit()
        for e in (self.edit, self.repeat):
            e.setEchoMode(QLineEdit.EchoMode.Password)
            e.setMaxLength(MAX_LENGTH)
        self.edit.setObjectName(f"{field}_edit")
        self.repeat.setObjectName(f"{field}_repeat_edit")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.edit.textChanged.connect(self._update_hint)
        self._update_hint()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(QCoreApplication.translate("PasswordFields", "New password"))
        self.repeat.setAccessibleName(
            QCoreApplication.translate("PasswordFields", "New password again")
        )
        self._update_hint()

    def value(self) -> str:
        """The password if both entries match; otherwise a validation error on the repeat field."""
        if self.edit.text() != self.repeat.text():
            raise ValidationError(f"{self.field}_repeat", "password_mismatch")
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.repeat.clear()

    def _update_hint(self) -> None:
        n = len(normalise(self.edit.text()))
        if n < MIN_LENGTH:
            text = QCoreApplication.translate(
                "PasswordFields",
                "{count} / {min} characters. A few unrelated words make a long password that "
                "is easy to remember.",
            ).format(count=n, min=MIN_LENGTH)
        else:
            text = QCoreApplication.translate(
                "PasswordFields",
                "{count} characters: long enough. Common phrases are still refused.",
            ).format(count=n)
        self.hint.setText(text)
