"""Office settings (Register → Office settings…): the pääkäyttäjä changes the due-soon days,
the repeat interval, the idle-lock minutes and the notice version; the values take effect,
the change is audited, a value out of range is refused by name, and others see no entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied, ValidationError
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.office_settings_dialog import OfficeSettingsDialog
from l4d_desktop.ui.shell.main_window import MainWindow
from l4d_desktop.ui.texts import error_text
from tests.helpers.gui import click_save
from tests.helpers.users import make_user


def test_the_administrator_changes_the_office_settings(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, admin, english[2], QSettings())
    qtbot.addWidget(window)
    assert window.office_settings_action.isVisible()
    window.office_settings_action.trigger()
    dialog = window.office_settings_dialog
    assert isinstance(dialog, OfficeSettingsDialog)
    assert dialog.spins["due_soon_days"].value() == 7
    dialog.spins["due_soon_days"].setValue(10)
    dialog.spins["idle_lock_minutes"].setValue(5)
    dialog.notice_edit.setText("2027-01")
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog.buttons)

    assert services.requests.summary(admin).due_soon_days == 10
    assert services.auth.idle_lock_minutes() == 5
    assert services.office_settings.get(admin).notice_version == "2027-01"
    entries = services.audit_viewer.page(admin).records
    assert entries[0].action == "settings.office.update"
    assert entries[0].detail == "due_soon_days,idle_lock_minutes,notice_version"


def test_a_value_out_of_range_is_refused_by_name(english, services: Services, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        services.office_settings.update(admin, {"due_soon_days": "0"})
    assert error_text(caught.value) == "Due soon: a whole number from 1 to 60."
    with pytest.raises(ValidationError):
        services.office_settings.update(admin, {"notice_version": "  "})
    english[2].apply("fi", remember=False)
    assert error_text(caught.value).endswith("kokonaisluku 1–60.")
    english[2].apply("en", remember=False)


def test_others_neither_see_nor_change_them(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    handler = make_user(services, admin, "kaisa", "handler", "omenapuu kukkii keväällä aina")
    window = MainWindow(services, handler, english[2], QSettings())
    qtbot.addWidget(window)
    assert not window.office_settings_action.isVisible()
    with pytest.raises(PermissionDenied):
        services.office_settings.update(handler, {"due_soon_days": "3"})
