"""Swedish names of a customer file's columns and values, for the lists a bilingual office keeps
in Swedish (Namn, E-post, Språk …); compared in the same loose form as the Finnish ones."""

from __future__ import annotations

SWEDISH_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("Namn", "Fullständigt namn", "Kundens namn"),
    "customer_number": ("Kundnummer", "Kundnr"),
    "email": ("E-post", "E-postadress", "Epost"),
    "phone": ("Telefon", "Telefonnummer", "Tfn", "Mobil", "Mobiltelefon"),
    "street": ("Gatuadress", "Adress", "Postadress", "Utdelningsadress"),
    "postal_code": ("Postnummer", "Postnr"),
    "city": ("Postanstalt", "Postort", "Ort", "Stad", "Kommun"),
    "country": ("Land",),
    "company": ("Företag", "Företagets namn", "Firma"),
    "business_id": ("FO-nummer", "FO-nr", "Företags- och organisationsnummer"),
    "language": ("Språk", "Kontaktspråk"),
    "marketing_consent": ("Samtycke till marknadsföring", "Marknadsföring"),
    "notes": ("Anteckningar", "Tilläggsuppgifter", "Kommentarer"),
}

# A cell of the language column, in any of the three languages' words.
LANGUAGE_VALUES: dict[str, tuple[str, ...]] = {
    "fi": ("finska", "på finska"),
    "en": ("engelska", "på engelska"),
    "sv": ("sv", "swe", "svenska", "på svenska", "ruotsi", "ruotsiksi", "swedish"),
}

CONSENT_YES = frozenset({"ja", "j"})
CONSENT_NO = frozenset({"nej"})
