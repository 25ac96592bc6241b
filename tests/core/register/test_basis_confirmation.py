"""Legal bases before letters: the seed's proposals are unconfirmed, no access letter or privacy
notice leaves while one it prints is, the pääkäyttäjä confirms them, and marketing to existing
customers is printed as legitimate interest with the 917/2014 rule as the reason it needs no
consent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied, ValidationError
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from l4d_desktop.core.store import migrate
from l4d_desktop.core.store.database import Database
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_maija
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import register_request
from tests.helpers.users import ADMIN_PASSWORD

UNFINISHED = ("vahvistamatta", "ehdotus", "to be confirmed", "proposed", "vielä kesken")


def unconfirm(services: Services, *codes: str) -> None:
    """As the seed leaves a purpose: its basis a proposal."""
    with raw_db(services.db.path) as conn:
        for code in codes:
            conn.execute(
                "UPDATE processing_purposes SET basis_confirmed = false WHERE code = ?", (code,)
            )


@pytest.fixture
def seeded(tmp_path: Path, clock: FakeClock, fast_hasher: PasswordHasher) -> Iterator[Services]:
    """A register migrated from nothing, as a new office gets it (not the test template)."""
    svc = open_services(tmp_path / "new" / "l4d.sqlite3", clock=clock, hasher=fast_hasher)
    svc.auth.create_first_admin("paakayttaja", "Jouni Ojala", ADMIN_PASSWORD, "toimitusjohtaja")
    yield svc
    svc.db.dispose()


def test_the_seed_proposes_and_the_documents_wait_for_the_paakayttaja(seeded: Services) -> None:
    admin = seeded.auth.login("paakayttaja", ADMIN_PASSWORD)
    register = seeded.processing_register.register(admin)
    assert not any(p.basis_confirmed for p in register.purposes)
    bases = {p.code: p.legal_bases for p in register.purposes}
    assert bases["marketing"] == ("contract", "consent", "legitimate_interest")
    assert not any("soft_opt_in" in b for b in bases.values())
    # One word for objection, and the suppression entry as what it is.
    texts = {p.code: p for p in register.purposes}
    assert "Markkinointikielto" not in texts["marketing"].retention_fi
    assert "pseudonymisoitu henkilötieto" in texts["marketing"].retention_fi
    assert "pseudonymised personal data" in texts["marketing"].retention_en
    assert "kielletään" not in texts["ad_targeting"].retention_fi
    assert "voi vastustaa" in texts["ad_targeting"].basis_note_fi
    assert "joka syrjäyttää rekisteröidyn edut" in texts["analytics"].basis_note_fi
    assert "markkinointikiellot" not in register.text("data_categories", "fi")
    assert "käsittelyn vastustamiset" in register.text("data_categories", "fi")
    for language in ("fi", "en"):
        with pytest.raises(BusinessRuleError) as refused:
            seeded.processing_register.notice_pdf(admin, language)
        assert refused.value.code == "basis_unconfirmed"
        # Every purpose is named by the code `register confirm` takes.
        named = refused.value.params["purposes"].split(", ")
        assert named == [p.code for p in register.purposes]
        assert "register confirm PURPOSE" in refused.value.message()
    for p in register.purposes:
        seeded.processing_register.confirm_basis(admin, p.code)
    assert "Tietosuojaseloste" in pdf_text(seeded.processing_register.notice_pdf(admin, "fi"))


def test_confirming_is_audited_once_and_needs_the_right(
    services: Services, admin: Actor, reader: Actor
) -> None:
    unconfirm(services, "billing")
    with pytest.raises(PermissionDenied):
        services.processing_register.confirm_basis(reader, "billing")
    confirmed = services.processing_register.confirm_basis(admin, "billing")
    assert confirmed.basis_confirmed and confirmed.version == 2
    again = services.processing_register.confirm_basis(admin, "billing")
    assert again == confirmed
    entries = [r for r in audit_rows(services.db.path) if r["action"] == "register.purpose.confirm"]
    assert [(r["outcome"], r["detail"]) for r in entries] == [
        ("denied", "users.admin"),
        ("ok", "basis_confirmed"),
    ]
    with pytest.raises(ValidationError) as unknown:
        services.processing_register.confirm_basis(admin, "no_such_purpose")
    assert (unknown.value.field, unknown.value.code) == ("purpose", "purpose_unknown")


def test_a_legitimate_interest_is_confirmed_only_when_named(
    services: Services, admin: Actor
) -> None:
    unconfirm(services, "rights_protection")
    with raw_db(services.db.path) as conn:
        conn.execute(
            "UPDATE processing_purposes SET basis_note_en = '' WHERE code = 'rights_protection'"
        )
    with pytest.raises(ValidationError) as refused:
        services.processing_register.confirm_basis(admin, "rights_protection")
    assert (refused.value.field, refused.value.code) == (
        "basis_note_en",
        "legitimate_interest_unnamed",
    )


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_access_letter_waits_for_the_bases_it_prints(
    services: Services, admin: Actor, language: str
) -> None:
    """Only the purposes that apply to the person (EDPB 01/2022) are printed, so only theirs
    hold the letter back: Maija has no web visits, so analytics is not among them."""
    person = add_maija(services, admin)
    rid = register_request(services, admin, person.id, "access").id
    services.requests.identify(admin, rid, person.id, "email_on_file")
    unconfirm(services, "analytics", "customer_relationship")
    for attempt in (
        lambda: services.letters.render(admin, rid, "access", language),
        lambda: services.letters.issue(admin, rid, "access", language, "save"),
    ):
        with pytest.raises(BusinessRuleError) as refused:
            attempt()
        assert refused.value.code == "basis_unconfirmed"
        assert refused.value.params["purposes"] == "customer_relationship"
    assert services.letters.archive(admin, rid) == ()
    services.processing_register.confirm_basis(admin, "customer_relationship")
    text = pdf_text(services.letters.render(admin, rid, "access", language).pdf)
    for word in UNFINISHED:
        assert word not in text.lower()


@pytest.mark.parametrize(
    ("language", "basis", "rule"),
    [
        (
            "fi",
            "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
            "lain 917/2014 200 §:n 2 momentti sallii markkinoinnin",
        ),
        (
            "en",
            "legitimate interest (Article 6(1)(f))",
            "section 200(2) of Act 917/2014 allows marketing",
        ),
    ],
)
def test_marketing_to_existing_customers_is_legitimate_interest_with_the_rule_as_reason(
    services: Services, admin: Actor, language: str, basis: str, rule: str
) -> None:
    text = pdf_text(services.processing_register.notice_pdf(admin, language))
    heading = "markkinointi ja mainonta" if language == "fi" else "marketing and advertising"
    marketing = text[text.index(heading) :]
    assert basis in marketing[:400]
    assert rule in marketing
    # The ePrivacy rule is the reason no consent is needed, never an Art. 6 basis of its own.
    assert "existing customer relationship (Act" not in text
    assert "olemassa oleva asiakassuhde (sähköisen" not in text
    for word in UNFINISHED:
        assert word not in text.lower()


def test_the_upgrade_turns_the_soft_opt_in_into_legitimate_interest(tmp_path: Path) -> None:
    """A register at 0008 whose pääkäyttäjä confirmed the old marketing bases: the basis becomes
    legitimate interest, with the seed's note rewritten, and waits for a new confirmation."""
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    try:
        with db.engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            conn.begin()
            command.upgrade(cfg, "0008")
            conn.commit()
        with raw_db(path) as conn:
            conn.execute(
                "UPDATE processing_purposes SET basis_confirmed = true, "
                "legal_bases = 'consent,soft_opt_in,legitimate_interest' WHERE code = 'marketing'"
            )
        migrate.upgrade(db)
    finally:
        db.dispose()
    with raw_db(path) as conn:
        bases, confirmed, note_fi, note_en = conn.execute(
            "SELECT legal_bases, basis_confirmed, basis_note_fi, basis_note_en "
            "FROM processing_purposes WHERE code = 'marketing'"
        ).fetchone()
        transfers = conn.execute(
            "SELECT fi, en FROM processing_register_texts WHERE key = 'transfers'"
        ).fetchone()
    assert (bases, confirmed) == ("consent,legitimate_interest", 0)
    assert "200 §:n 2 momentti" in note_fi and "section 200(2)" in note_en
    assert "vakiosopimuslausekkeita" not in transfers[0]
    assert "such as" not in transfers[1]
