"""Terms as the official texts have them, read back from letters rendered on a real database in
Finnish and English: the authority's address from abroad, the sender's country on mail abroad,
the signer's title and the contact person in the letter's language, the promised date on a
working day; and the catalogues' words for objection, decisions, search and suppression."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import register_request
from tests.helpers.users import HANDLER_PASSWORD, make_user

ABROAD = {"name": "John Smith", "street": "1 High Street", "postal_code": "SW1A 1AA"}


def refusal_text(services: Services, admin: Actor, customer_id: int, language: str) -> str:
    rid = register_request(services, admin, customer_id, "access").id
    services.requests.identify(admin, rid, customer_id, "email_on_file")
    services.requests.close(
        admin,
        rid,
        "refused",
        "Sama pyyntö toistuu viikoittain." if language == "fi" else "Repeated every week.",
        "manifestly_unfounded",
        "Kymmenen samaa pyyntöä." if language == "fi" else "Ten identical requests.",
    )
    return pdf_text(services.letters.render(admin, rid, "refusal", language).pdf)


@pytest.mark.parametrize(
    ("language", "postal", "not_postal"),
    [
        ("fi", "PL 800, 00531 Helsinki", "P.O. Box 800"),
        ("en", "P.O. Box 800, FI-00531 Helsinki, Finland", "PL 800"),
    ],
)
def test_the_authority_is_written_to_as_from_abroad_in_english(
    services: Services, admin: Actor, language: str, postal: str, not_postal: str
) -> None:
    person = add_customer(services, admin, "Maija Meikäläinen", city="Helsinki", language=language)
    text = refusal_text(services, admin, person.id, language)
    assert postal in text and not_postal not in text
    assert "Lintulahdenkuja 4, 00530 Helsinki" in text  # the visiting address, in both


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_return_line_names_the_country_on_mail_abroad(
    services: Services, admin: Actor, language: str
) -> None:
    home = add_customer(services, admin, "Maija Meikäläinen", city="Helsinki")
    abroad = add_customer(services, admin, city="London", country="GB", **ABROAD)
    texts = {}
    for person in (home, abroad):
        rid = register_request(services, admin, person.id, "access").id
        services.requests.identify(admin, rid, person.id, "email_on_file")
        texts[person.id] = pdf_text(services.letters.render(admin, rid, "receipt", language).pdf)
    assert "Lapinkylä, Kirkkonummi, FINLAND" in texts[abroad.id]
    assert "FINLAND" not in texts[home.id]
    kingdom = "YHDISTYNYT KUNINGASKUNTA" if language == "fi" else "UNITED KINGDOM"
    assert kingdom in texts[abroad.id]  # the destination, as before


@pytest.mark.parametrize(
    ("language", "contact", "role"),
    [
        ("fi", "tietosuoja-asioiden yhteyshenkilöömme: Jouni Ojala (toimitusjohtaja)", "tietosuojapyyntöjen käsittelijä"),
        ("en", "data protection contact person, Jouni Ojala (Managing Director)", "Data protection request handler"),
    ],
)  # fmt: skip
def test_the_signer_and_the_contact_are_labelled_in_the_letters_language(
    services: Services, admin: Actor, language: str, contact: str, role: str
) -> None:
    person = add_customer(services, admin, "Maija Meikäläinen", city="Helsinki")
    # Signed by the pääkäyttäjä, who is also the contact person: one title, the settings' one.
    rid = register_request(services, admin, person.id, "access").id
    text = pdf_text(services.letters.render(admin, rid, "receipt", language).pdf)
    assert contact in text
    closing = text[text.index(catalogue(language)("letter.closing")) :]
    title = "toimitusjohtaja" if language == "fi" else "Managing Director"
    assert f"Jouni Ojala {title} Lean 4D Oy" in closing
    if language == "en":
        assert "toimitusjohtaja" not in text
    # Signed by a handler without a title: their role, never someone else's title.
    handler = make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)
    rid = register_request(services, admin, person.id, "access").id
    text = pdf_text(services.letters.render(handler, rid, "receipt", language).pdf)
    closing = text[text.index(catalogue(language)("letter.closing")) :]
    assert f"Kasittelija {role} Lean 4D Oy" in closing
    assert text.count("toimitusjohtaja" if language == "fi" else "Managing Director") == 1
    # A handler with titles in both languages signs with the one of the letter's language.
    services.users.update_user(
        admin,
        handler.user_id,
        services.users.get_user(admin, handler.user_id).version,
        full_name="Kasittelija",
        title="asiakaspalvelupäällikkö",
        title_en="Customer Service Manager",
        role="handler",
    )
    text = pdf_text(services.letters.render(handler, rid, "receipt", language).pdf)
    mine, other = ("asiakaspalvelupäällikkö", "Customer Service Manager")[
        :: 1 if language == "fi" else -1
    ]
    assert f"Kasittelija {mine} Lean 4D Oy" in text and other not in text


@pytest.mark.parametrize(
    ("language", "shown", "promised"),
    [("fi", "18.12.2026", "20.12.2026"), ("en", "18 December 2026", "20 December 2026")],
)
def test_the_promised_date_is_the_last_working_day_on_or_before_it(
    services: Services, admin: Actor, language: str, shown: str, promised: str
) -> None:
    """Received Fri 20.11.2026: the notice's 30 days end on Sunday 20.12.2026."""
    person = add_customer(services, admin, "Maija Meikäläinen", city="Helsinki")
    rid = register_request(services, admin, person.id, "access").id
    text = pdf_text(services.letters.render(admin, rid, "receipt", language).pdf)
    assert shown in text and promised not in text


def test_finnish_letters_use_the_official_words() -> None:
    fi = catalogue("fi")
    entries = {key: fi(key, **dict.fromkeys(fi.placeholders(key), 1)) for key in fi}
    for key, text in entries.items():
        lowered = text.lower()
        # One word for objection throughout: vastustaminen, the article's own.
        assert "vastalause" not in lowered and "vastustus" not in lowered, key
        assert "kieltää" not in lowered, key
        # No "päätös" of ours that suggests an appealable decision (the Commission's adequacy
        # decisions in the transfer lines are official names).
        if not key.startswith(("transfer_", "notice.automated", "info.automated")):
            assert "päätös" not in lowered, key
        assert "hakuhakemisto" not in lowered, key
    assert (
        "huomattavan tärkeä ja perusteltu syy, joka syrjäyttää" in entries["objection.compelling"]
    )
    # The rights by the titles of their articles.
    for key in ("notice.right.objection", "info.rights.objection"):
        assert entries[key].startswith("Vastustamisoikeus (21 artikla)")
    for key in ("notice.right.erasure", "info.rights.erasure"):
        assert entries[key].startswith("Oikeus poistaa tiedot (”oikeus tulla unohdetuksi”")
    for key in ("objection.suppressed", "erasure.suppression_explained"):
        assert "pseudonymisoitu" in entries[key] and "henkilötieto" in entries[key]
        assert "6 artiklan 1 kohdan f alakohta" in entries[key]


def test_english_letters_have_no_jargon_and_describe_the_suppression_entry_truthfully() -> None:
    en = catalogue("en")
    entries = {key: en(key, **dict.fromkeys(en.placeholders(key), 1)) for key in en}
    for key, text in entries.items():
        assert "index" not in text.lower(), key
        assert "cannot be recovered" not in text, key
        assert not text.startswith("Decision"), key
    for key in ("objection.suppressed", "erasure.suppression_explained"):
        assert "pseudonymised" in entries[key] and "still personal data" in entries[key]
        assert "Article 6(1)(f)" in entries[key]
