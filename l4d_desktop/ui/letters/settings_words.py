"""The letter settings' fields in words: the label beside each, and the name an error message
gives it; the dialog translates them ("LetterSettingsDialog" translation context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The label beside each field, by key; a key missing here is labelled with itself.
FIELD_LABELS: dict[str, str] = {
    "controller_name": QT_TRANSLATE_NOOP("LetterSettingsDialog", "&Name:"),
    "controller_street": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Street address:"),
    "controller_postal_code": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Postal code:"),
    "controller_city": QT_TRANSLATE_NOOP("LetterSettingsDialog", "City:"),
    "controller_country": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Country (ISO code):"),
    "controller_business_id": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Business ID:"),
    "controller_phone": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Phone:"),
    "controller_email": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Email:"),
    "controller_web": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Website:"),
    "register_name_fi": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name, Finnish:"),
    "register_name_sv": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name, Swedish:"),
    "register_name_en": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name, English:"),
    "privacy_contact_name": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Contact person's n&ame:"),
    "privacy_contact_title_fi": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Contact person's title, Finnish:"
    ),
    "privacy_contact_title_sv": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Contact person's title, Swedish:"
    ),
    "privacy_contact_title_en": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Contact person's title, English:"
    ),
    "privacy_contact_phone": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Phone:"),
    "privacy_contact_email": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Email:"),
    "authority_name_fi": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Name, &Finnish:"),
    "authority_name_sv": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Name, Swedish:"),
    "authority_name_en": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Name, English:"),
    "authority_street": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Visiting address:"),
    "authority_street_sv": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Visiting address, Swedish:"),
    "authority_postal": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Postal address, Finnish:"),
    "authority_postal_sv": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Postal address, Swedish:"),
    "authority_postal_en": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Postal address, English (from abroad):"
    ),
    "authority_phone": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Phone:"),
    "authority_web": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Website:"),
    "envelope_offset_x_mm": QT_TRANSLATE_NOOP("LetterSettingsDialog", "&Right (+) or left (−):"),
    "envelope_offset_y_mm": QT_TRANSLATE_NOOP("LetterSettingsDialog", "&Down (+) or up (−):"),
}

# The field as an error message names it: which group's field, in words.
FIELD_NAMES: dict[str, str] = {
    "controller_name": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's name"),
    "controller_street": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's street address"),
    "controller_postal_code": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's postal code"),
    "controller_city": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's city"),
    "controller_country": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's country"),
    "controller_business_id": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's business ID"),
    "controller_phone": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's phone"),
    "controller_email": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's email"),
    "controller_web": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Controller's website"),
    "register_name_fi": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name in Finnish"),
    "register_name_sv": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name in Swedish"),
    "register_name_en": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Register's name in English"),
    "privacy_contact_name": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's name"
    ),
    "privacy_contact_title_fi": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's title in Finnish"
    ),
    "privacy_contact_title_sv": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's title in Swedish"
    ),
    "privacy_contact_title_en": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's title in English"
    ),
    "privacy_contact_phone": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's phone"
    ),
    "privacy_contact_email": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Data protection contact's email"
    ),
    "authority_name_fi": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's name in Finnish"
    ),
    "authority_name_sv": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's name in Swedish"
    ),
    "authority_name_en": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's name in English"
    ),
    "authority_street": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's visiting address"
    ),
    "authority_street_sv": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's visiting address in Swedish"
    ),
    "authority_postal": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's postal address"
    ),
    "authority_postal_sv": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's postal address in Swedish"
    ),
    "authority_postal_en": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Supervisory authority's postal address for English letters"
    ),
    "authority_phone": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Supervisory authority's phone"),
    "authority_web": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Supervisory authority's website"),
    "envelope_offset_x_mm": QT_TRANSLATE_NOOP(
        "LetterSettingsDialog", "Envelope offset to the right"
    ),
    "envelope_offset_y_mm": QT_TRANSLATE_NOOP("LetterSettingsDialog", "Envelope offset downwards"),
}
