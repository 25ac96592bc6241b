"""The pääkäyttäjä's office settings in one place: how many days count as due soon, the
repeat-request interval, the idle-lock minutes and the privacy-notice version in force."""

from __future__ import annotations

from dataclasses import dataclass

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.security.auth import MAX_IDLE_LOCK_MINUTES
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right

# The whole numbers each setting takes, smallest and largest.
RANGES: dict[str, tuple[int, int]] = {
    "due_soon_days": (1, 60),
    "repeat_interval_days": (1, 730),
    # The login keeps the idle lock within this too: a longer one leaves a desk open.
    "idle_lock_minutes": (1, MAX_IDLE_LOCK_MINUTES),
}
NOTICE_VERSION_MAX = 40
OFFICE_SETTING_KEYS = (*RANGES, "notice_version")


@dataclass(frozen=True)
class OfficeSettings:
    due_soon_days: int
    repeat_interval_days: int
    idle_lock_minutes: int
    notice_version: str


def clean_setting(key: str, raw: str) -> str:
    """The stored form of one setting typed as text; a ValidationError names it."""
    if key == "notice_version":
        return clean_text(raw, key, max_length=NOTICE_VERSION_MAX, required=True)
    if key not in RANGES:
        raise ValidationError(key, "choice_invalid")
    low, high = RANGES[key]
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise ValidationError(key, "number_range", min=low, max=high)
    return str(int(text))


class OfficeSettingsService(Service):
    """Reading and changing them needs `users.admin`; a change is audited with the keys."""

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def get(self, actor: Actor) -> OfficeSettings:
        with self._unit(actor, Right.USERS_ADMIN, "settings.office", write=False) as (session, _):
            number = self.settings.get_int
            return OfficeSettings(
                due_soon_days=number(session, "due_soon_days"),
                repeat_interval_days=number(session, "repeat_interval_days"),
                idle_lock_minutes=number(session, "idle_lock_minutes"),
                notice_version=self.settings.get(session, "notice_version"),
            )

    def update(self, actor: Actor, values: dict[str, str]) -> OfficeSettings:
        """Save the settings given (others unchanged); every value is checked before any is
        saved, the first refused one named."""
        cleaned = {key: clean_setting(key, raw) for key, raw in values.items()}
        with self._unit(actor, Right.USERS_ADMIN, "settings.office.update") as (session, user):
            changed = [k for k, v in cleaned.items() if self.settings.get(session, k) != v]
            for key in changed:
                self.settings.put(session, key, cleaned[key])
            if changed:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="settings.office.update",
                    detail=",".join(changed),
                )
        return self.get(actor)


__all__ = [
    "OFFICE_SETTING_KEYS",
    "RANGES",
    "OfficeSettings",
    "OfficeSettingsService",
    "clean_setting",
]
