"""The processing register (Art. 30): seeded from the privacy notice, kept by the pääkäyttäjä
(version-checked, audited), and printed as the privacy notice in both languages. The seed's
unconfirmed bases and their confirmation: test_basis_confirmation.py."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.register.processing import (
    REGISTER_TEXT_KEYS,
    LegalBasis,
    Purpose,
    load_register,
)
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.pdf import pdf_text

# The purposes as the notice lists them ("Tietojen käyttötarkoitus"), in its order.
NOTICE_PURPOSES = [
    "asiakassuhteen hoitaminen ja kehittäminen",
    "palveluiden tuottaminen, tarjoaminen, kehittäminen, parantaminen ja suojaaminen",
    "laskutus, perintä ja asiakastapahtumien varmentaminen",
    "mainonnan kohdentaminen",
    "palveluita koskeva analysointi ja tilastointi",
    "asiakasviestintä, markkinointi ja mainonta",
    "palveluihin liittyvien rekisterinpitäjän ja muiden toimeksiantoihin liittyvien henkilöiden "
    "ja tahojen oikeuksien ja/tai omaisuuden suojaaminen ja turvaaminen",
    "rekisterinpitäjän lakisääteisten velvoitteiden hoitaminen",
]


def purpose(services: Services, actor: Actor, code: str) -> Purpose:
    [found] = [p for p in services.processing_register.register(actor).purposes if p.code == code]
    return found


def fields_of(p: Purpose, **changes: Any) -> dict[str, Any]:
    """Everything update_purpose takes, as the purpose has it now, with `changes` applied."""
    data = dataclasses.asdict(p)
    for key in ("id", "code", "position"):
        del data[key]
    data.update(changes)
    return data


def words(text: str) -> str:
    return " ".join(text.split())


# -- the seed ----------------------------------------------------------------------------------


def test_the_register_is_seeded_from_the_notice(services: Services, admin: Actor) -> None:
    register = services.processing_register.register(admin)
    assert [p.name_fi.lower() for p in register.purposes] == NOTICE_PURPOSES
    assert [p.position for p in register.purposes] == list(range(1, 9))
    assert all(p.name_en for p in register.purposes)
    known = {str(b) for b in LegalBasis}
    for p in register.purposes:
        assert p.legal_bases and set(p.legal_bases) <= known
        for language in ("fi", "en"):
            assert p.basis_note(language) and p.categories(language) and p.retention(language)
        assert p.version == 1
    bases = {p.code: p.legal_bases for p in register.purposes}
    assert bases["billing"] == ("contract", "legal_obligation")
    assert bases["ad_targeting"] == ("consent",)
    assert set(bases["marketing"]) >= {"consent", "legitimate_interest"}
    assert bases["statutory_duties"] == ("legal_obligation",)
    billing = purpose(services, admin, "billing")
    assert "1336/1997" in billing.retention_fi and "six years" in billing.retention_en
    assert "14 kuukautta" in purpose(services, admin, "analytics").retention_fi

    assert [key for key, _fi, _en in register.texts] == list(REGISTER_TEXT_KEYS)
    assert all(fi and en for _key, fi, en in register.texts)
    assert "automaattista päätöksentekoa" in register.text("automated_decisions", "fi")
    assert "palomuurit" in register.text("security", "fi")
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM processing_purposes").fetchone()[0] == 8
        assert conn.execute(
            "SELECT count(*) FROM processing_purposes WHERE updated_by IS NOT NULL"
        ).fetchone() == (0,)


def test_anyone_viewing_requests_reads_it_and_load_register_gives_the_same(
    services: Services, admin: Actor, reader: Actor
) -> None:
    register = services.processing_register.register(reader)
    with services.db.read() as session:
        assert load_register(session) == register
    _, versions = services.processing_register.register_for_editing(reader)
    assert versions == {key: 1 for key in REGISTER_TEXT_KEYS}


# -- keeping it ----------------------------------------------------------------------------------


def test_the_paakayttaja_confirms_a_basis_version_checked_and_audited(
    services: Services, admin: Actor
) -> None:
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE processing_purposes SET basis_confirmed = false WHERE code = 'billing'")
    billing = purpose(services, admin, "billing")
    saved = services.processing_register.update_purpose(
        admin,
        billing.id,
        **fields_of(
            billing,
            legal_bases=["contract", "legal_obligation", "legitimate_interest"],
            basis_note_fi="Sopimus ja kirjanpitolaki; oikeutettu etu: saatavien periminen.",
            basis_note_en="Contract and the Accounting Act; legitimate interest: collection.",
            basis_confirmed=True,
        ),
    )
    assert saved.basis_confirmed and saved.version == 2
    assert saved.legal_bases == ("contract", "legal_obligation", "legitimate_interest")
    assert purpose(services, admin, "billing") == saved
    [entry] = [r for r in audit_rows(services.db.path) if r["action"].startswith("register.")]
    assert entry["action"] == "register.purpose.update"
    assert (entry["object_type"], entry["object_id"]) == ("processing_purpose", billing.id)
    assert (entry["actor_id"], entry["outcome"]) == (admin.user_id, "ok")
    assert entry["detail"] == "basis_confirmed"
    with raw_db(services.db.path) as conn:
        row = conn.execute(
            "SELECT updated_by FROM processing_purposes WHERE id = ?", (billing.id,)
        ).fetchone()
    assert row == (admin.user_id,)

    # Someone else's dialog still holds version 1: refused, nothing changed.
    with pytest.raises(ConflictError):
        services.processing_register.update_purpose(
            admin, billing.id, **fields_of(billing, name_en="Stale")
        )
    assert purpose(services, admin, "billing") == saved

    # Saving what is there changes nothing and logs nothing.
    before = len(audit_rows(services.db.path))
    same = services.processing_register.update_purpose(admin, billing.id, **fields_of(saved))
    assert same == saved
    assert len(audit_rows(services.db.path)) == before


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name_fi": "  "}, "name_fi", "required"),
        ({"name_en": "x" * 301}, "name_en", "too_long"),
        ({"legal_bases": ["contract", "vested_interest"]}, "legal_bases", "legal_basis_unknown"),
        ({"legal_bases": []}, "legal_bases", "legal_basis_required"),
        ({"retention_en": "a\x00b"}, "retention_en", "control_chars"),
        (
            {"basis_confirmed": True, "basis_note_fi": ""},
            "basis_note_fi",
            "legitimate_interest_unnamed",
        ),
    ],
)
def test_what_the_register_refuses(
    services: Services, admin: Actor, changes: dict[str, Any], field: str, code: str
) -> None:
    customers = purpose(services, admin, "customer_relationship")  # legitimate interest
    with pytest.raises(ValidationError) as caught:
        services.processing_register.update_purpose(
            admin, customers.id, **fields_of(customers, **changes)
        )
    assert (caught.value.field, caught.value.code) == (field, code)
    assert purpose(services, admin, "customer_relationship") == customers


def test_a_register_wide_text_is_changed_in_both_languages(
    services: Services, admin: Actor
) -> None:
    _, versions = services.processing_register.register_for_editing(admin)
    version = services.processing_register.update_text(
        admin,
        "transfers",
        version=versions["transfers"],
        fi="Tietoja ei siirretä ETA:n ulkopuolelle.",
        en="No data are transferred outside the EEA.",
    )
    assert version == versions["transfers"] + 1
    register = services.processing_register.register(admin)
    assert register.text("transfers", "en") == "No data are transferred outside the EEA."
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["object_type"], entry["detail"]) == (
        "register.text.update",
        "register_text",
        "transfers",
    )
    with pytest.raises(ConflictError):
        services.processing_register.update_text(
            admin, "transfers", version=versions["transfers"], fi="x", en="y"
        )
    with pytest.raises(ValidationError) as caught:
        services.processing_register.update_text(admin, "slogan", version=1, fi="x", en="y")
    assert caught.value.field == "key"
    with pytest.raises(ValidationError) as caught:
        services.processing_register.update_text(
            admin, "transfers", version=version, fi="x" * 4001, en="y"
        )
    assert (caught.value.field, caught.value.code) == ("text_fi", "too_long")


def test_only_the_paakayttaja_keeps_it_and_a_refusal_is_logged(
    services: Services, admin: Actor, handler: Actor, reader: Actor
) -> None:
    billing = purpose(services, admin, "billing")
    for actor in (handler, reader):
        with pytest.raises(PermissionDenied):
            services.processing_register.update_purpose(
                actor, billing.id, **fields_of(billing, basis_confirmed=True)
            )
        with pytest.raises(PermissionDenied):
            services.processing_register.update_text(
                actor, "security", version=1, fi="Ei suojausta.", en="No security."
            )
    assert purpose(services, admin, "billing") == billing
    denied = [r for r in audit_rows(services.db.path) if r["outcome"] == "denied"]
    assert [(r["actor_id"], r["action"], r["detail"]) for r in denied] == [
        (handler.user_id, "register.purpose.update", "users.admin"),
        (handler.user_id, "register.text.update", "users.admin"),
        (reader.user_id, "register.purpose.update", "users.admin"),
        (reader.user_id, "register.text.update", "users.admin"),
    ]


# -- the privacy notice --------------------------------------------------------------------------


def test_the_privacy_notice_in_both_languages(
    services: Services, admin: Actor, handler: Actor
) -> None:
    mail = services.processors.add(
        admin, ProcessorInput("Postitus Oy", "Sähköpostin välitys", "SE")
    )
    services.processors.add(
        admin, ProcessorInput("Pilvi Inc", "Palvelimet", "US", transfer="dpf", role_en="Hosting")
    )
    gone = services.processors.add(admin, ProcessorInput("Vanha Kirjanpito Ky", "Kirjanpito"))
    services.processors.deactivate(admin, gone.id)
    # An English notice never prints the Finnish role: it waits for the English one.
    with pytest.raises(BusinessRuleError) as untold:
        services.processing_register.notice_pdf(handler, "en")
    assert (untold.value.code, untold.value.params["processor"]) == (
        "processor_role_missing",
        "Postitus Oy",
    )
    english = dataclasses.replace(mail.as_input(), role_en="Email delivery")
    services.processors.update(admin, mail.id, mail.version, english)
    register = services.processing_register.register(admin)

    for language, unconfirmed, authority, outside in (
        ("fi", "vahvistamatta", "Tietosuojavaltuutetun toimisto", "ETA:n ulkopuolella"),
        ("en", "to be confirmed", "Office of the Data Protection Ombudsman", "outside the EEA"),
    ):
        pdf = services.processing_register.notice_pdf(handler, language)
        assert pdf.startswith(b"%PDF")
        text = pdf_text(pdf)
        for p in register.purposes:
            assert words(p.name(language)) in text
        assert unconfirmed not in text
        assert "Postitus Oy" in text and "Pilvi Inc" in text
        assert "Vanha Kirjanpito Ky" not in text  # no longer a recipient
        roles = ("Sähköpostin välitys", "Palvelimet", "Email delivery", "Hosting")
        assert [r for r in roles if r in text] == (
            list(roles[:2]) if language == "fi" else list(roles[2:])
        )
        assert outside in text
        assert authority in text
        assert "Lintulahdenkuja 4, 00530 Helsinki" in text and "+358 29 566 6700" in text
        assert "Jouni Ojala" in text and "2989855-5" in text
        assert words(register.text("automated_decisions", language)) in text

    notices = [r for r in audit_rows(services.db.path) if r["action"] == "register.notice"]
    assert [(r["actor_id"], r["detail"]) for r in notices] == [
        (handler.user_id, "fi"),
        (handler.user_id, "en"),
    ]


def test_the_notice_is_an_export(services: Services, admin: Actor, reader: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.processing_register.notice_pdf(reader, "fi")
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["outcome"], entry["detail"]) == (
        "register.notice",
        "denied",
        "data.export",
    )
    with pytest.raises(ValidationError) as caught:
        services.processing_register.notice_pdf(admin, "de")
    assert caught.value.field == "language"
