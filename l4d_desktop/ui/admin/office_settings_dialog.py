"""Office settings (Register menu, pääkäyttäjä): due-soon days, the repeat-request interval,
the idle-lock minutes and the privacy-notice version, each with what it changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from l4d_desktop.core.office_settings import NOTICE_VERSION_MAX, RANGES, OfficeSettings
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.widgets.record_dialog import RecordDialog


class OfficeSettingsDialog(RecordDialog):
    """`saved` carries the OfficeSettings as stored."""

    TITLE = QT_TRANSLATE_NOOP("OfficeSettingsDialog", "Office settings")
    INTRO = QT_TRANSLATE_NOOP(
        "OfficeSettingsDialog",
        "These apply to every user. Requests due within the due-soon days are shown in yellow; "
        "a request of the same type from the same person within the repeat interval is flagged "
        "as a possible repeat; the program locks itself after the idle minutes; new consents "
        "record the privacy-notice version in force.",
    )
    LABELS = {
        "due_soon_days": QT_TRANSLATE_NOOP("OfficeSettingsDialog", "&Due soon (days):"),
        "repeat_interval_days": QT_TRANSLATE_NOOP(
            "OfficeSettingsDialog", "&Repeat-request interval (days):"
        ),
        "idle_lock_minutes": QT_TRANSLATE_NOOP(
            "OfficeSettingsDialog", "&Lock after idle (minutes):"
        ),
        "notice_version": QT_TRANSLATE_NOOP("OfficeSettingsDialog", "Privacy &notice version:"),
    }

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__("office_settings_dialog", parent)
        self._service = session.services.office_settings
        self._actor = session.actor
        current = self._service.get(self._actor)
        self.spins: dict[str, QSpinBox] = {}
        for key, (low, high) in RANGES.items():
            spin = QSpinBox(objectName=f"{key}_spin")
            spin.setRange(low, high)
            spin.setValue(getattr(current, key))
            self.spins[key] = spin
            self.add_field(key, spin)
        self.notice_edit = QLineEdit(current.notice_version, objectName="notice_version_edit")
        self.notice_edit.setMaxLength(NOTICE_VERSION_MAX)
        self.add_field("notice_version", self.notice_edit)
        self.finish_layout()
        self.retranslate()

    def submit(self) -> OfficeSettings:
        values = {key: str(spin.value()) for key, spin in self.spins.items()}
        values["notice_version"] = self.notice_edit.text()
        return self._service.update(self._actor, values)
