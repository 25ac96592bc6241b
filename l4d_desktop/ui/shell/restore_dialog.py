"""Restoring a backup from the File menu: the backup is checked and what will be replayed is
shown before anything is replaced; the restore runs off the GUI thread, and the window closes
afterwards, since the database under it has been replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from l4d_desktop.core.errors import L4DError
from l4d_desktop.core.retention.restore import RestoreReport
from l4d_desktop.ui import feedback, file_names
from l4d_desktop.ui.formats import format_datetime
from l4d_desktop.ui.operations import BackgroundJob, is_busy, start_with_progress
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts import error_text
from l4d_desktop.ui.widgets import layouts
from l4d_desktop.ui.widgets.labels import hint_label
from l4d_desktop.ui.widgets.titled_dialog import TitledDialog


class RestoreDialog(TitledDialog):
    """`restored` carries the report once the database has been replaced."""

    restored = Signal(object)

    TITLE = QT_TRANSLATE_NOOP("RestoreDialog", "Restore a backup")
    INTRO = QT_TRANSLATE_NOOP(
        "RestoreDialog",
        "The database is replaced by the backup you choose. Everyone erased or purged since the "
        "backup was made is erased again before the database is used, so a restore never "
        "brings them back. The current database is kept aside until the restore has succeeded; "
        "afterwards the program closes and must be started again.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.services, self.actor = session.services, session.actor
        self.backup: Path | None = None
        self.chosen: Path | None = None  # an encrypted backup waiting for its passphrase
        self.job: BackgroundJob | None = None
        self.intro_label = hint_label("restore_intro_label")
        self.file_edit = QLineEdit(objectName="restore_file_edit", readOnly=True)
        self.choose_button = QPushButton(objectName="restore_choose_button")
        self.choose_button.clicked.connect(self.choose)
        # Asked for only when the chosen backup is encrypted; never kept after the restore.
        self.passphrase_edit = QLineEdit(objectName="restore_passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self._check_again)
        self.passphrase_edit.setVisible(False)
        self.preview_label = QLabel(objectName="restore_preview_label")
        self.preview_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layouts.column(
            self,
            self.intro_label,
            layouts.row((self.file_edit, 1), self.choose_button),
            self.passphrase_edit,
            self.preview_label,
            layouts.STRETCH,
            self.buttons,
        )
        self.resize(640, 300)
        self.retranslate()
        self._show_preview(None)

    def retranslate(self) -> None:
        super().retranslate()
        self.file_edit.setPlaceholderText(self.tr("No backup chosen"))
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.choose_button.setText(self.tr("C&hoose backup…"))
        self.passphrase_edit.setPlaceholderText(
            self.tr("The backup's passphrase (press Enter to check it)")
        )
        self.passphrase_edit.setAccessibleName(self.tr("Backup passphrase"))
        self.restore_button.setText(self.tr("&Restore"))
        self.cancel_button.setText(self.tr("&Cancel"))

    def choose(self) -> None:
        path = file_names.ask_open_file(
            self,
            "restore",
            self.tr("Choose the backup"),
            self.tr("Backups (*.sqlite3 *.enc)"),
        )
        if path is not None:
            self.set_backup(path)

    def set_backup(self, path: Path) -> None:
        """Check `path` as the restore will, and say what it would replay."""
        self.backup = path
        self.file_edit.setText(str(path))
        passphrase = self.passphrase_edit.text() or None
        try:
            preview = self.services.retention.preview_restore(self.actor, path, passphrase)
        except L4DError as exc:
            self.backup = None
            if exc.code in ("backup_passphrase_needed", "backup_passphrase_wrong"):
                self.passphrase_edit.setVisible(True)
                self.passphrase_edit.setFocus()
                self.chosen = path
            self._show_preview(error_text(exc))
            return
        when = format_datetime(preview.backup_time) if preview.backup_time else "–"
        self._show_preview(
            self.tr("The backup of {when} is sound.").format(when=when)
            + " "
            + self.tr("%n erasure(s)", "", preview.erasures)
            + " "
            + self.tr("and %n retention rule(s) will be applied again.", "", preview.purges)
            + self._consent_purges(preview.consent_purges)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the passphrase field checks it (returnPressed); it must never also press
        # the default button and start the restore.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.passphrase_edit:
            event.accept()
            return
        super().keyPressEvent(event)

    def _consent_purges(self, n: int) -> str:
        """The purges after a withdrawn consent replayed, said only when there are some."""
        if not n:
            return ""
        return " " + self.tr(
            "%n purge(s) of data that relied on a withdrawn consent will be carried out again.",
            "",
            n,
        )

    def _check_again(self) -> None:
        """The passphrase typed: check the encrypted backup with it."""
        if self.chosen is not None:
            self.set_backup(self.chosen)

    def _show_preview(self, text: str | None) -> None:
        self.preview_label.setText(text or self.tr("Choose the backup to restore."))
        self.restore_button.setEnabled(self.backup is not None and not is_busy(self.job))

    def restore(self) -> None:
        backup = self.backup
        if backup is None or is_busy(self.job):
            return
        services, actor = self.services, self.actor
        passphrase = self.passphrase_edit.text() or None
        self.job = start_with_progress(
            self,
            self.tr("Restore a backup"),
            self.tr("Restoring the backup and erasing again what was erased since…"),
            lambda _job: services.retention.restore(actor, backup, passphrase=passphrase),
            self._restored,
            self._failed,
        )
        self.restore_button.setEnabled(False)

    def _restored(self, report: RestoreReport) -> None:
        feedback.show_info(
            self,
            self.tr("Restore a backup"),
            self.tr("The backup was restored.")
            + " "
            + self.tr("%n erasure(s) were carried out again", "", report.erasures_replayed)
            + " "
            + self.tr("and %n row(s) purged again.", "", report.rows_removed)
            + " "
            + self.tr("The program closes now; start it again."),
        )
        self.accept()
        self.restored.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(self.backup is not None)
        text = error_text(exc) if isinstance(exc, L4DError) else type(exc).__name__
        feedback.show_error(self, self.tr("Restore a backup"), text)
