"""The controller and the supervisory authority as a document in Finnish or English prints
them, read from the settings the pääkäyttäjä keeps (inside the caller's transaction)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from l4d_desktop.core.letters.context import Authority, Controller
from l4d_desktop.core.letters.words import check_language, country_name
from l4d_desktop.core.store.settings import SettingsStore


def controller_of(session: Session, settings: SettingsStore, language: str) -> Controller:
    check_language(language)

    def get(key: str) -> str:
        return settings.get(session, key)

    return Controller(
        name=get("controller_name"),
        street=get("controller_street"),
        postal_code=get("controller_postal_code"),
        city=get("controller_city"),
        country=country_name(get("controller_country"), language),
        business_id=get("controller_business_id"),
        phone=get("controller_phone"),
        email=get("controller_email"),
        web=get("controller_web"),
        contact_name=get("privacy_contact_name"),
        contact_title=get(f"privacy_contact_title_{language}"),
        contact_phone=get("privacy_contact_phone"),
        contact_email=get("privacy_contact_email"),
        register_name=get(f"register_name_{language}"),
    )


def authority_of(session: Session, settings: SettingsStore, language: str) -> Authority:
    check_language(language)
    return Authority(
        name=settings.get(session, f"authority_name_{language}"),
        street=settings.get(session, "authority_street"),
        postal=settings.get(session, "authority_postal"),
        phone=settings.get(session, "authority_phone"),
        web=settings.get(session, "authority_web"),
    )
