"""The backup settings in the window (File menu, pääkäyttäjä): where automatic backups go, how
many are kept (and so how long erased data may lie in them), and the passphrase that encrypts
them; the passphrase is typed twice and never shown or kept."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from l4d_desktop.core.audit.maintenance import KEEP_MAX, KEEP_MIN, BackupSettings
from l4d_desktop.core.errors import L4DError, ValidationError
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class BackupSettingsDialog(TitledDialog):
    TITLE = QT_TRANSLATE_NOOP("BackupSettingsDialog", "Backup settings")
    INTRO = QT_TRANSLATE_NOOP(
        "BackupSettingsDialog",
        "At start the program makes a backup when the last is older than a day. Each is kept "
        "for as many days as backups are kept; the erasure letter tells the person so. With a "
        "passphrase every backup is encrypted: a copy on a memory stick is then useless without "
        "it. The passphrase is not stored anywhere: write it down where you keep the office's "
        "keys, or the backups cannot be restored.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_settings_dialog")
        self.services, self.actor = session.services, session.actor
        self.intro_label = hint_label("backup_settings_intro_label")
        self.folder_edit = QLineEdit(objectName="backup_folder_edit")
        self.choose_button = QPushButton(objectName="backup_folder_button")
        self.choose_button.clicked.connect(self.choose_folder)
        self.keep_spin = QSpinBox(objectName="backup_keep_spin")
        self.keep_spin.setRange(KEEP_MIN, KEEP_MAX)
        self.state_label = QLabel(objectName="backup_encryption_label")
        self.state_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit(objectName="backup_passphrase_edit")
        self.repeat_edit = QLineEdit(objectName="backup_passphrase_repeat_edit")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.plain_check = QCheckBox(objectName="backup_unencrypted_check")
        self.plain_check.toggled.connect(self._plain_toggled)
        self.error_label = QLabel(objectName="backup_settings_error_label")
        self.error_label.setWordWrap(True)
        self.form = QFormLayout()
        self.folder_label, self.keep_label = QLabel(), QLabel()
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        self.form.addRow(self.folder_label, layouts.row((self.folder_edit, 1), self.choose_button))
        self.form.addRow(self.keep_label, self.keep_spin)
        self.form.addRow(self.state_label)
        self.form.addRow(self.passphrase_label, self.passphrase_edit)
        self.form.addRow(self.repeat_label, self.repeat_edit)
        self.form.addRow(self.plain_check)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("backup_settings_save_button")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layouts.column(
            self, self.intro_label, self.form, self.error_label, layouts.STRETCH, self.buttons
        )
        self.settings = self.services.maintenance.backup_settings(self.actor)
        self.folder_edit.setText(self.settings.folder)
        self.keep_spin.setValue(self.settings.keep)
        self.resize(620, 360)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_edit.setPlaceholderText(str(self.settings.default_folder))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.keep_label.setText(self.tr("Backups &kept (days):"))
        self.keep_label.setBuddy(self.keep_spin)
        self.passphrase_label.setText(self.tr("New &passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setText(self.tr("&Again:"))
        self.repeat_label.setBuddy(self.repeat_edit)
        self.plain_check.setText(self.tr("&Stop encrypting backups"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self._show_state(self.settings)

    def _show_state(self, settings: BackupSettings) -> None:
        self.state_label.setText(
            self.tr("Backups are encrypted. Type a new passphrase only to change it.")
            if settings.encrypted
            else self.tr("Backups are not encrypted. Type a passphrase to encrypt them.")
        )
        self.plain_check.setVisible(settings.encrypted)

    def _plain_toggled(self, plain: bool) -> None:
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEnabled(not plain)

    def choose_folder(self) -> None:
        title = self.tr("Choose the backup folder")
        if folder := file_names.ask_folder(self, "backup_folder", title):
            self.folder_edit.setText(str(folder))

    def save(self) -> None:
        passphrase = self.passphrase_edit.text()
        maintenance = self.services.maintenance
        try:
            if passphrase != self.repeat_edit.text():
                raise ValidationError("passphrase", "password_mismatch")
            self.settings = maintenance.set_backup_settings(
                self.actor, self.folder_edit.text(), self.keep_spin.value()
            )
            if self.plain_check.isChecked() and self.settings.encrypted:
                maintenance.set_backup_passphrase(self.actor, None)
            elif passphrase:
                maintenance.set_backup_passphrase(self.actor, passphrase)
        except L4DError as exc:
            self.error_label.setText(error_text(exc))
            return
        finally:
            # Not kept in the widgets longer than needed.
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
        self.settings = maintenance.backup_settings(self.actor)
        feedback.show_info(
            self,
            self.say(self.TITLE),
            self.tr("The backup settings were saved.")
            + " "
            + (
                self.tr("Backups are encrypted.")
                if self.settings.encrypted
                else self.tr("Backups are not encrypted.")
            ),
        )
        self.accept()
