"""The processing register in Swedish: seeded Swedish beside Finnish and English, the privacy
notice written in Swedish from it, refused while a text it prints has no Swedish (naming which),
and the Swedish texts kept by the pääkäyttäjä without a form that lacks them erasing them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.letters.words.catalogue import CATALOGUES
from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.pdf import pdf_text


def words(text: str) -> str:
    return " ".join(text.split())


def other_sentences() -> set[str]:
    """The Finnish and English catalogues' fixed wording of four words or more."""
    found = set()
    for language in ("fi", "en"):
        for entry in CATALOGUES[language].values():
            for part in re.split(r"\{[^}]*\}", entry):
                part = words(part).strip(" ,.:;()")
                if len(part.split()) >= 4:
                    found.add(part)
    return found


def test_the_seeded_register_has_its_swedish(services: Services, admin: Actor) -> None:
    register = services.processing_register.register(admin)
    for key in REGISTER_TEXT_KEYS:
        assert register.text(key, "sv").strip(), key
        assert register.text(key, "sv") not in (register.text(key, "fi"), register.text(key, "en"))
    for p in register.purposes:
        for field in ("name", "basis_note", "categories", "retention"):
            assert p.field(field, "sv").strip(), (p.code, field)
    marketing = next(p for p in register.purposes if p.code == "marketing")
    assert "lagen om tjänster inom elektronisk kommunikation 917/2014" in marketing.basis_note_sv
    billing = next(p for p in register.purposes if p.code == "billing")
    assert "bokföringslagen 1336/1997" in billing.retention_sv


def test_the_privacy_notice_in_swedish(services: Services, admin: Actor, handler: Actor) -> None:
    mail = ProcessorInput("Postitus Oy", "Sähköpostin välitys", "SE", role_sv="E-postförmedling")
    services.processors.add(admin, mail)
    cloud = ProcessorInput("Pilvi Inc", "Pilvipalvelu", "US", transfer="dpf", role_sv="Molntjänst")
    services.processors.add(admin, cloud)
    register = services.processing_register.register(admin)
    text = pdf_text(services.processing_register.notice_pdf(handler, "sv"))
    # What each processor does, in Swedish; its Finnish role nowhere.
    assert "E-postförmedling" in text and "Molntjänst" in text
    assert "Sähköpostin välitys" not in text and "Pilvipalvelu" not in text
    assert "Dataskyddsbeskrivning" in text
    for p in register.purposes:
        assert words(p.name("sv")) in text
    for key in ("persons", "automated_decisions"):
        assert words(register.text(key, "sv")) in text
    # The authority by its Swedish name and address; countries in Swedish.
    assert "Dataombudsmannens byrå" in text
    assert "PB 800, 00531 Helsingfors" in text
    assert "Sverige" in text and "USA" in text
    assert "Rätt att göra invändningar" in text and "personuppgiftsbiträde" in text.lower()
    leaked = sorted(s for s in other_sentences() if s in text)
    assert leaked == []
    details = [
        r["detail"] for r in audit_rows(services.db.path) if r["action"] == "register.notice"
    ]
    assert details == ["sv"]


def test_the_swedish_notice_waits_for_every_text_it_prints(
    services: Services, admin: Actor
) -> None:
    editing, versions = services.processing_register.register_for_editing(admin)
    persons = (editing.text("persons", "fi"), editing.text("persons", "en"))
    services.processing_register.update_text(
        admin, "persons", version=versions["persons"], fi=persons[0], en=persons[1], sv=""
    )
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE processing_purposes SET retention_sv = '' WHERE code = 'billing'")
    with pytest.raises(BusinessRuleError) as refused:
        services.processing_register.notice_pdf(admin, "sv")
    assert refused.value.code == "letter_register_incomplete"
    assert refused.value.params["texts"] == "persons, billing.retention"
    # The Finnish and English notices do not wait for the Swedish.
    for language in ("fi", "en"):
        assert services.processing_register.notice_pdf(admin, language).startswith(b"%PDF")


def test_the_swedish_texts_are_kept_and_a_form_without_them_keeps_them(
    services: Services, admin: Actor
) -> None:
    register, versions = services.processing_register.register_for_editing(admin)
    before = register.text("security", "sv")
    version = services.processing_register.update_text(
        admin,
        "security",
        version=versions["security"],
        fi=register.text("security", "fi") + " Lisäys.",
        en=register.text("security", "en"),
    )
    after = services.processing_register.register(admin)
    assert after.text("security", "sv") == before  # a form without Swedish erased nothing
    services.processing_register.update_text(
        admin,
        "security",
        version=version,
        fi=after.text("security", "fi"),
        en=after.text("security", "en"),
        sv=before + " Tillägg.",
    )
    assert services.processing_register.register(admin).text("security", "sv").endswith("Tillägg.")
    billing = next(p for p in after.purposes if p.code == "billing")
    common = {
        "name_fi": billing.name_fi,
        "name_en": billing.name_en,
        "legal_bases": billing.legal_bases,
        "basis_note_fi": billing.basis_note_fi,
        "basis_note_en": billing.basis_note_en,
        "basis_confirmed": billing.basis_confirmed,
        "categories_fi": billing.categories_fi,
        "categories_en": billing.categories_en,
        "retention_fi": billing.retention_fi,
        "retention_en": billing.retention_en,
    }
    saved = services.processing_register.update_purpose(
        admin, billing.id, version=billing.version, **common, name_sv="Fakturering"
    )
    assert saved.name_sv == "Fakturering" and saved.retention_sv == billing.retention_sv
    with pytest.raises(ValidationError) as bad:
        services.processing_register.update_purpose(
            admin, billing.id, version=saved.version, **common, retention_sv="x\x00y"
        )
    assert bad.value.field == "retention_sv"


def test_a_processors_role_is_written_in_swedish_and_swedish_documents_wait_for_it(
    services: Services, admin: Actor
) -> None:
    mail = services.processors.add(admin, ProcessorInput("Postitus Oy", "Kirjeiden postitus", "FI"))
    with pytest.raises(BusinessRuleError) as refused:
        services.processing_register.notice_pdf(admin, "sv")
    assert refused.value.code == "processor_role_missing"
    assert refused.value.params == {"processor": "Postitus Oy", "language": "sv"}
    assert services.processing_register.notice_pdf(admin, "fi").startswith(b"%PDF")

    swedish = replace(mail.as_input(), role_sv="Postutdelning")
    saved = services.processors.update(admin, mail.id, mail.version, swedish)
    assert (saved.role, saved.role_sv, saved.role_in("sv")) == (
        "Kirjeiden postitus",
        "Postutdelning",
        "Postutdelning",
    )
    text = words(pdf_text(services.processing_register.notice_pdf(admin, "sv")))
    assert "Postitus Oy" in text and "Postutdelning" in text
    assert "Kirjeiden postitus" not in text
    # Kept when the role in another language changes; checked as the others are.
    english = replace(saved.as_input(), role_en="Mail delivery")
    assert services.processors.update(admin, saved.id, saved.version, english).role_sv == (
        "Postutdelning"
    )
    with pytest.raises(ValidationError) as bad:
        services.processors.add(admin, ProcessorInput("X Oy", role_sv="x" * 201))
    assert bad.value.field == "role_sv"
