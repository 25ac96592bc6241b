"""The controller and the supervisory authority as a document in Finnish, Swedish or English
prints them, read from the settings the pääkäyttäjä keeps (inside the caller's transaction)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from l4d_desktop.core.letters.context import Authority, Controller
from l4d_desktop.core.letters.words import catalogue, check_language, country_name
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


def signer_title(
    name: str,
    title_fi: str,
    title_en: str,
    controller: Controller,
    language: str,
    title_sv: str = "",
) -> str:
    """The signer's title in the letter's language. The data protection contact signs with the
    title the settings give in that language (one person, one title in a letter); anyone else
    with their account's title in that language, or, without one, as the handler of the
    request: a letter never carries a title in the other language."""
    if name == controller.contact_name and controller.contact_title:
        return controller.contact_title
    title = {"fi": title_fi, "en": title_en, "sv": title_sv}.get(language, "")
    return title or catalogue(language)("letter.signer_role")


def sender_country(recipient_country: str, home_country: str) -> str:
    """The return line's country for a letter going abroad, in capitals and in English, which
    the post of any country reads (UPU S42); "" for a letter that stays in the home country."""
    if not recipient_country or recipient_country.upper() == home_country.upper():
        return ""
    return country_name(home_country.upper(), "en").upper()


# The settings that hold the authority's street and postal address, by letter language.
_AUTHORITY_ADDRESS: dict[str, tuple[str, str]] = {
    "fi": ("authority_street", "authority_postal"),
    "en": ("authority_street", "authority_postal_en"),
    "sv": ("authority_street_sv", "authority_postal_sv"),
}


def authority_of(session: Session, settings: SettingsStore, language: str) -> Authority:
    check_language(language)
    # English letters give the postal address as it is written from abroad; Swedish ones the
    # authority's Swedish address (Helsingfors).
    street, postal = _AUTHORITY_ADDRESS[language]
    return Authority(
        name=settings.get(session, f"authority_name_{language}"),
        street=settings.get(session, street),
        postal=settings.get(session, postal),
        phone=settings.get(session, "authority_phone"),
        web=settings.get(session, "authority_web"),
    )
