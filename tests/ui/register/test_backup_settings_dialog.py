"""The backup settings dialog on a real database: the folder and the number kept saved, bad
values named in words, a passphrase typed twice turns encryption on (and the next automatic
backup is encrypted), and encryption turned off again; the File menu opens it."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.backup_crypt import is_encrypted
from l4d_desktop.ui.register.backup_settings_dialog import BackupSettingsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.gui import click_save

PASSPHRASE = "korppi lentää yöllä 42"


def make_dialog(qtbot, services: Services, actor: Actor) -> BackupSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupSettingsDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_folder_and_count_are_saved_and_a_passphrase_encrypts_the_backups(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    assert dialog.keep_spin.value() == 7 and dialog.folder_edit.text() == ""
    assert dialog.state_label.text().startswith("Backups are not encrypted.")
    assert not dialog.plain_check.isVisible()
    folder = tmp_path / "varmuuskopiot"
    dialog.folder_edit.setText(str(folder))
    dialog.keep_spin.setValue(10)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    click_save(qtbot, dialog.buttons)
    assert ("info", "The backup settings were saved. Backups are encrypted.") in answers
    assert dialog.passphrase_edit.text() == ""  # not kept in the widget
    saved = services.maintenance.backup_settings(admin)
    assert (saved.folder, saved.keep, saved.encrypted) == (str(folder), 10, True)
    with raw_db(services.db.path) as conn:
        values = [v for (v,) in conn.execute("SELECT value FROM settings")]
    assert not any(PASSPHRASE in v for v in values)
    made = services.maintenance.backup_if_due(admin)
    assert made is not None and made.parent == folder and is_encrypted(made)
    actions = [r["action"] for r in audit_rows(services.db.path)]
    assert "settings.backup" in actions and "settings.backup_key" in actions

    again = make_dialog(qtbot, services, admin)
    assert again.state_label.text().startswith("Backups are encrypted.")
    assert again.plain_check.isVisible()
    again.plain_check.setChecked(True)
    assert not again.passphrase_edit.isEnabled()
    click_save(qtbot, again.buttons)
    assert not services.maintenance.backup_settings(admin).encrypted


def test_bad_values_are_named_and_nothing_is_saved(
    english, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, services, admin)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "x")
    click_save(qtbot, dialog.buttons)
    assert dialog.error_label.text() == "Backup passphrase: the passwords do not match."
    dialog.passphrase_edit.setText("lyhyt")
    dialog.repeat_edit.setText("lyhyt")
    click_save(qtbot, dialog.buttons)
    assert dialog.error_label.text() == "Backup passphrase: at least 12 characters."
    dialog.folder_edit.setText(str(services.db.path.parent / "kopiot"))
    click_save(qtbot, dialog.buttons)
    assert dialog.error_label.text().startswith("Backup folder: not the database's own folder")
    assert not services.maintenance.backup_settings(admin).encrypted
    assert services.maintenance.backup_settings(admin).folder == ""
    assert answers == []


def test_the_file_menu_opens_it_for_the_paakayttaja_only(
    english, qtbot, services: Services, admin: Actor, handler: Actor
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from l4d_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.backup_settings_action.text() == "Backup se&ttings…"
    window.backup_settings_action.trigger()
    assert window.backup_settings_dialog.isVisible()
    window.backup_settings_dialog.reject()
    other = MainWindow(services, handler, english[2], QSettings())
    qtbot.addWidget(other)
    assert not other.backup_settings_action.isVisible()


def test_a_backup_from_the_file_menu_is_encrypted_and_named_so_when_backups_are(
    english, qtbot, services: Services, admin: Actor, tmp_path: Path, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from l4d_desktop.ui import file_names
    from l4d_desktop.ui.shell.main_window import MainWindow

    services.maintenance.set_backup_passphrase(admin, PASSPHRASE)
    asked = []

    def ask_save_file(_p, _purpose, _title, name, filters, **_kw):  # type: ignore[no-untyped-def]
        asked.append((name, filters))
        return tmp_path / name.replace("{date}", "tanaan")

    monkeypatch.setattr(file_names, "ask_save_file", ask_save_file)
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    window.backup_action.trigger()
    assert asked == [("l4d-backup-{date}.sqlite3.enc", "Encrypted backup (*.enc)")]
    made = tmp_path / "l4d-backup-tanaan.sqlite3.enc"
    assert is_encrypted(made)
    assert answers == [("info", f"The backup was made, verified and encrypted:\n{made}")]
