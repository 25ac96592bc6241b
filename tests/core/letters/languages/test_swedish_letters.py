"""Letters in Swedish: every kind composes and renders in Swedish, and no sentence of the Finnish
or English catalogue leaks into it; the access answer waits for the register's Swedish texts and
names those it lacks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Letter, Signature
from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.letters.words.catalogue import CATALOGUES
from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS, ProcessingRegister
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.core.letters.access_contexts import make_context, make_register, make_subject
from tests.core.letters.letter_contexts import COMPOSERS, KINDS, authority, context, controller
from tests.core.letters.letter_people import HANDLER
from tests.core.letters.letter_reading import body_text, flat, pdf_text
from tests.helpers.customers import add_customer
from tests.helpers.pdf import pdf_text as pdf_text_of

# The register's own words in Swedish, as the pääkäyttäjä writes them.
SWEDISH_TEXTS = {
    "persons": "Kunder och deras kontaktpersoner.",
    "data_categories": "Registret innehåller namn-, kontakt- och faktureringsuppgifter.",
    "recipients": "Uppgifter lämnas ut till myndigheter endast när lagen kräver det.",
    "transfers": "Överföringar utanför EU/EES grundar sig på standardavtalsklausuler.",
    "retention": "Uppgifterna raderas när det inte längre finns grund att bevara dem.",
    "source": "Uppgifterna fås av kunden.",
    "automated_decisions": "Vi fattar inga automatiserade beslut och profilerar inte.",
    "security": "Databaserna är skyddade.",
}


# The built-in consent purposes' Swedish names, as the register holds them.
CONSENT_NAMES_SV = {
    "marketing_email": "Marknadsföringsmeddelanden per e-post",
    "marketing_sms": "Marknadsföringsmeddelanden per textmeddelande",
    "ad_targeting": "Inriktning av reklam",
}


def swedish_context(kind: str) -> LetterContext:
    """The letter context of `kind` with its parties as the Swedish settings give them and the
    consent purposes named in Swedish."""
    ctx = _swedish_parties(kind)
    if ctx.subject is None:
        return ctx
    consents = tuple(
        replace(c, purpose_sv=CONSENT_NAMES_SV[c.purpose_code]) for c in ctx.subject.consents
    )
    return replace(ctx, subject=replace(ctx.subject, consents=consents))


def _swedish_parties(kind: str) -> LetterContext:
    return context(
        kind,
        "sv",
        controller=replace(
            controller("sv"),
            country="Finland",
            contact_title="verkställande direktör",
            register_name="Lean 4D Oy kundregister",
        ),
        authority=replace(
            authority("sv"),
            name="Dataombudsmannens byrå",
            street="Fågelviksgränden 4, 00530 Helsingfors",
            postal="PB 800, 00531 Helsingfors",
        ),
        signature=Signature(
            closing=catalogue("sv")("letter.closing"),
            name=HANDLER,
            title=catalogue("sv")("letter.signer_role"),
            organisation="Lean 4D Oy",
        ),
    )


def swedish_register(register: ProcessingRegister | None = None) -> ProcessingRegister:
    register = register or make_register()
    return replace(
        register,
        purposes=tuple(
            replace(
                p,
                name_sv=f"Ändamål {p.id}",
                categories_sv="namn, kontaktuppgifter",
                retention_sv="under kundrelationen och 2 år därefter",
            )
            for p in register.purposes
        ),
        texts_sv=tuple((k, SWEDISH_TEXTS[k]) for k in REGISTER_TEXT_KEYS),
    )


def sentences(language: str) -> set[str]:
    """The catalogue's fixed wording: each stretch between placeholders of four words or more
    (shorter ones, such as "SHA-256" or a month's number, may be the same in any language)."""
    found = set()
    for entry in CATALOGUES[language].values():
        for part in re.split(r"\{[^}]*\}", entry):
            part = flat(part).strip(" ,.:;()")
            if len(part.split()) >= 4:
                found.add(part)
    return found


OTHERS = {language: sentences(language) for language in ("fi", "en")}


def leaks(text: str) -> list[str]:
    """The Finnish or English sentences `text` contains."""
    text = flat(text)
    return sorted(s for lang in OTHERS for s in OTHERS[lang] if s in text)


def test_the_leak_check_finds_a_planted_sentence() -> None:
    english = catalogue("en")("receipt.free")
    finnish = catalogue("fi")("receipt.free")
    assert leaks(f"Bästa Maija, {english}") == [english.rstrip(".")]
    assert leaks(f"Bästa Maija, {finnish}") == [finnish.rstrip(".")]
    assert leaks(catalogue("sv")("receipt.free")) == []


def _checked(letter: Letter) -> str:
    assert letter.language == "sv"
    body = body_text(letter)
    assert leaks(body) == []
    rendered = pdf_text(letter)
    assert leaks(rendered) == []
    return rendered


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_written_in_swedish_alone(kind: str) -> None:
    letter = COMPOSERS[kind](swedish_context(kind))
    text = _checked(letter)
    assert "Med vänliga hälsningar" in text and "Yours sincerely" not in text
    if kind in ("withdrawal", "objection"):
        assert "Marknadsföringsmeddelanden per e-post" in text
    if "Dina rättsmedel" in text:
        assert "Dataombudsmannens byrå" in text and "PB 800, 00531 Helsingfors" in text
    assert "Bästa " in body_text(letter).splitlines()[1]
    # Dates as Finland's Swedish writes them in letters: 15.1.2026.
    assert "15.1.2026" in text
    assert "Jouni Ojala" in text and "L4D-00042" in text


def test_the_access_answer_and_the_portability_letter_in_swedish() -> None:
    subject = make_subject(events=20)
    access = access_letter.COMPOSERS["access"](
        make_context("sv", subject, register=swedish_register())
    )
    _checked(access)
    text = flat(body_text(access))
    for words in (
        "Din begäran om tillgång till dina personuppgifter",
        "Ändamål 1",
        "under kundrelationen och 2 år därefter",
        SWEDISH_TEXTS["retention"],
        "personuppgiftsbiträden",
        "Avtal (art. 6.1 b)",
    ):
        assert flat(words) in text, words
    portability = portability_letter.COMPOSERS["portability"](
        make_context("sv", subject, kind="portability", register=swedish_register())
    )
    text = _checked(portability)
    assert "på finska, svenska och engelska" in text


def test_the_access_answer_waits_for_the_registers_swedish_and_names_what_is_missing() -> None:
    subject = make_subject(events=5)
    # No Swedish at all: the register-wide texts are named first.
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.COMPOSERS["access"](make_context("sv", subject))
    assert refused.value.code == "letter_register_incomplete"
    assert "retention" in refused.value.params["texts"]
    # Every text but one purpose's retention: that one is named, by codes only.
    register = swedish_register()
    first = replace(register.purposes[0], retention_sv="")
    register = replace(register, purposes=(first, *register.purposes[1:]))
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.COMPOSERS["access"](make_context("sv", subject, register=register))
    assert refused.value.params["texts"] == f"{first.code}.retention"
    # The same register writes the Finnish and English letters as before.
    for language in ("fi", "en"):
        access_letter.COMPOSERS["access"](make_context(language, subject, register=register))


def test_swedish_formats() -> None:
    w = catalogue("sv")
    assert w.date(dt.date(2026, 12, 6)) == "6.12.2026"
    assert w.money(125050) == "1\u00a0250,50\u00a0€"
    assert w.count("request", 1) == "1 begäran"


def test_a_swedish_customers_access_answer_through_the_services(
    services: Services, admin: Actor
) -> None:
    person = add_customer(
        services,
        admin,
        "Åsa Lindqvist",
        email="asa@exempel.fi",
        street="Strandvägen 2",
        postal_code="02400",
        city="Kyrkslätt",
        language="sv",
    )
    services.consents.record(admin, person.id, "marketing_email", True, "web_form")
    services.invoices.add(admin, person.id, "L-2024-1", dt.date(2024, 3, 10), "1250,50")
    received = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, received.id, person.id, "email_on_file")
    assert services.letters.default_language(admin, received.id) == "sv"
    text = flat(pdf_text_of(services.letters.render(admin, received.id, "access", "sv").pdf))
    for words in (
        "Din begäran om tillgång till dina personuppgifter",
        "Skötsel och utveckling av kundrelationen",  # the register's seeded Swedish
        "Marknadsföringsmeddelanden per e-post",  # the consent purpose's Swedish name
        "1 250,50 €",
        "Dataombudsmannens byrå",
        "verkställande direktör",
        "Lean 4D Oy kundregister",
    ):
        assert words in text.replace("\u00a0", " "), words
    assert leaks(text) == []
    # A consent purpose added without a Swedish name: the Swedish answer waits and names it.
    services.consents.add_purpose(admin, "newsletter", "Uutiskirje", "Newsletter", False)
    services.consents.record(admin, person.id, "newsletter", True, "web_form")
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, received.id, "access", "sv")
    assert refused.value.params["texts"] == "consent.newsletter"
    assert services.letters.render(admin, received.id, "access", "fi").pdf.startswith(b"%PDF")
    # Named in Swedish, it no longer holds the letter back.
    services.consents.add_purpose(
        admin, "events", "Tapahtumat", "Events", False, name_sv="Evenemang"
    )
    services.consents.record(admin, person.id, "events", True, "web_form")
    with pytest.raises(BusinessRuleError) as refused:
        services.letters.render(admin, received.id, "access", "sv")
    assert refused.value.params["texts"] == "consent.newsletter"


def test_the_no_data_answer_in_swedish(services: Services, admin: Actor) -> None:
    received = services.requests.register(
        admin,
        RequestInput(
            "access",
            dt.date(2026, 11, 20),
            "email",
            None,
            requester_name="Åsa Öhman",
            requester_contact="Strandvägen 2, 02400 Kyrkslätt",
        ),
    )
    services.access_answers.add_search(admin, received.id, "email", False, "")
    archived, pdf = services.letters.issue(admin, received.id, "no-data", "sv", "save")
    assert archived.language == "sv"
    text = flat(pdf_text_of(pdf))
    for words in (
        "inga uppgifter behandlas",
        "Var vi sökte efter dina uppgifter",
        "Inga uppgifter om dig",
        "24.11.2026",  # the letter's date as Finland's Swedish writes it
        "Dataombudsmannens byrå",
    ):
        assert words in text, words
    assert leaks(text) == []
