"""The main window's menu entries that open a dialog: each dialog's module loads when it is first
asked for (start-up stays fast), on the window's session and change bus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtWidgets import QDialog

from l4d_desktop.ui.session import Session


class DialogOpeners:
    """Mixed into the main window, which provides `session` and is the dialogs' parent. No
    visible words here: the dialogs carry their own."""

    session: Session
    _settings: QSettings
    register_chosen: SignalInstance
    close_other_windows: Callable[[], bool]

    def open_processors(self) -> None:
        from l4d_desktop.ui.register.processors_dialog import ProcessorsDialog

        self._open_dialog("processors_dialog", ProcessorsDialog)

    def open_processing_register(self) -> None:
        from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog

        self._open_dialog("processing_register_dialog", ProcessingRegisterDialog)

    def open_consent_purposes(self) -> None:
        from l4d_desktop.ui.register.consent_purposes_dialog import ConsentPurposesDialog

        self._open_dialog("consent_purposes_dialog", ConsentPurposesDialog)

    def open_letter_settings(self) -> None:
        from l4d_desktop.ui.letters.settings_dialog import LetterSettingsDialog

        self._open_dialog("letter_settings_dialog", LetterSettingsDialog)

    def open_office_settings(self) -> None:
        from l4d_desktop.ui.admin.office_settings_dialog import OfficeSettingsDialog

        self._open_dialog("office_settings_dialog", OfficeSettingsDialog)

    def open_audit_log(self) -> None:
        from l4d_desktop.ui.admin.audit_viewer import AuditViewerDialog

        self._open_dialog("audit_dialog", AuditViewerDialog, modeless=True)

    def open_retention(self) -> None:
        from l4d_desktop.ui.register.retention_dialog import RetentionDialog

        self._open_dialog("retention_dialog", RetentionDialog)

    def open_statistics(self) -> None:
        from l4d_desktop.ui.register.statistics_dialog import StatisticsDialog

        self._open_dialog("statistics_dialog", StatisticsDialog, modeless=True)

    def save_annual_report(self) -> None:
        from l4d_desktop.ui.register.annual_report import save_annual_report

        self.annual_report_job = save_annual_report(self, self.session)

    def open_backup_settings(self) -> None:
        from l4d_desktop.ui.register.backup_settings_dialog import BackupSettingsDialog

        self._open_dialog("backup_settings_dialog", BackupSettingsDialog)
        self.backup_settings_dialog.accepted.connect(self.show_last_backup)

    def open_restore(self) -> None:
        from l4d_desktop.ui.shell.restore_dialog import RestoreDialog

        self._open_dialog("restore_dialog", RestoreDialog)
        # The database under the window has been replaced: nothing in it may be used again.
        self.restore_dialog.restored.connect(lambda _report: self.close())

    def open_connection(self) -> None:
        from l4d_desktop.ui.shell.connection_change import open_connection_dialog

        self.connection_dialog = open_connection_dialog(self, self._settings, self._switch_register)

    def _switch_register(self, address: str) -> bool:
        """The session ends for the register chosen under File → Connection, unless a window
        keeps typing not saved (then the choice waits for the next start)."""
        if not self.close_other_windows():
            return False
        self.register_chosen.emit(address)
        return True

    def open_purge_queue(self) -> None:
        from l4d_desktop.ui.register.purge_queue_dialog import PurgeQueueDialog

        self._open_dialog("purge_queue_dialog", PurgeQueueDialog)

    def _open_dialog(
        self, name: str, make: Callable[..., QDialog], *, modeless: bool = False
    ) -> None:
        """A register dialog, built when asked for (its module loads then) on the session and
        its change bus, kept as `name`."""
        dialog = make(self.session, self)
        setattr(self, name, dialog)
        if modeless:
            dialog.show()
        else:
            dialog.open()

    def _about(self) -> None:
        from l4d_desktop.ui.shell.about import AboutDialog

        self._open_dialog("about_dialog", AboutDialog)
