"""Whom the program's users ask for help: the controller as the letter settings name it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from l4d_desktop.core.store.settings import SettingsStore


@dataclass(frozen=True)
class SupportContact:
    organisation: str
    person: str
    email: str
    phone: str


def support_contact(settings: SettingsStore, session: Session) -> SupportContact:
    """The controller's name, its data-protection contact person and their email and phone
    (the controller's own when the person's are not set)."""

    def get(key: str) -> str:
        return settings.get(session, key).strip()

    return SupportContact(
        organisation=get("controller_name"),
        person=get("privacy_contact_name"),
        email=get("privacy_contact_email") or get("controller_email"),
        phone=get("privacy_contact_phone") or get("controller_phone"),
    )
