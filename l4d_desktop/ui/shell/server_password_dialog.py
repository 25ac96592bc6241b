"""The database password of a server, asked when neither the keyring nor ~/.pgpass has it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.dialog_parts import dialog_buttons, error_line, show_error
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class ServerPasswordDialog(TitledDialog):
    """Emits `password_given(password, remember)`; `remember` can be ticked only when the
    system has a keyring (the password is never written anywhere else)."""

    TITLE = QT_TRANSLATE_NOOP("ServerPasswordDialog", "Server password")
    INTRO = QT_TRANSLATE_NOOP(
        "ServerPasswordDialog", "The server {server} asks for the password of the user {user}."
    )

    password_given = Signal(str, bool)

    def __init__(
        self,
        server: str,
        user: str,
        *,
        keyring: bool,
        refused: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("server_password_dialog")
        self._server, self._user, self._keyring = server, user, keyring
        self.intro_label = QLabel(wordWrap=True)
        self.password_edit = QLineEdit(objectName="server_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        self.remember_check = QCheckBox(objectName="remember_check")
        self.error = error_line("server_password_error")
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons(self, self._give)
        form = QFormLayout()
        form.addRow(self.password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.error)
        layout.addLayout(layouts.row(layouts.STRETCH, self.buttons))
        self.remember_check.setVisible(keyring)  # after the layout has made it a child
        self.setMinimumWidth(420)
        self.retranslate()
        if refused:
            show_error(
                self.error, self.tr("The server refused the password. Check it and try again.")
            )

    def placeholders(self) -> dict[str, object]:
        return {"server": self._server, "user": self._user}

    def _give(self) -> None:
        password = self.password_edit.text()
        if not password:
            show_error(self.error, self.tr("Type the password."))
            return
        remember = self._keyring and self.remember_check.isChecked()
        self.password_edit.clear()  # the dialog keeps no copy
        self.accept()
        self.password_given.emit(password, remember)

    def retranslate(self) -> None:
        super().retranslate()
        self.password_label.setText(self.tr("&Password:"))
        self.remember_check.setText(self.tr("&Remember in this computer's keyring"))
        self.ok_button.setText(self.tr("&Connect"))
        self.cancel_button.setText(self.tr("Cancel"))
