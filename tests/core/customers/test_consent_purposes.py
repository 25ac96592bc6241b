"""Consent purposes kept by the pääkäyttäjä: added with a Swedish name, their names edited (a
built-in purpose's too, its code never), refused with the field named, audited, announced;
an edit made from names changed meanwhile is refused; a Swedish letter names the purpose in
Swedish once the name is written."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows
from tests.helpers.pdf import pdf_text


def by_code(services: Services, admin: Actor, code: str):  # type: ignore[no-untyped-def]
    return next(p for p in services.consents.purposes(admin) if p.code == code)


def test_a_purpose_is_added_with_its_swedish_name(services: Services, admin: Actor) -> None:
    made = services.consents.add_purpose(
        admin, "newsletter", "Uutiskirje", "Newsletter", False, name_sv="Nyhetsbrev"
    )
    assert (made.name("fi"), made.name("en"), made.name("sv")) == (
        "Uutiskirje",
        "Newsletter",
        "Nyhetsbrev",
    )
    assert not made.builtin and not made.direct_marketing
    assert by_code(services, admin, "newsletter") == made


def test_the_names_are_edited_the_code_kept_audited_and_announced(
    services: Services, admin: Actor
) -> None:
    heard: list[frozenset[Change]] = []
    services.changes.subscribe(heard.append)
    built_in = by_code(services, admin, "analytics")
    assert built_in.builtin
    before = len(audit_rows(services.db.path))
    edited = services.consents.edit_purpose(
        admin, "analytics", " Verkkoanalytiikka ", "Web analytics", "Webbanalys", built_in
    )
    assert (edited.code, edited.id, edited.builtin) == ("analytics", built_in.id, True)
    assert (edited.name_fi, edited.name_en, edited.name_sv) == (
        "Verkkoanalytiikka",
        "Web analytics",
        "Webbanalys",
    )
    assert edited.direct_marketing == built_in.direct_marketing
    assert by_code(services, admin, "analytics") == edited
    entries = audit_rows(services.db.path)[before:]
    assert [(e["action"], e["object_type"], e["object_id"], e["detail"]) for e in entries] == [
        ("consent.edit_purpose", "consent_purpose", built_in.id, "analytics")
    ]
    assert Change.REGISTER in heard[-1]
    assert services.audit.verify().ok


def test_an_edit_from_names_changed_meanwhile_is_refused(services: Services, admin: Actor) -> None:
    seen = by_code(services, admin, "marketing_sms")
    # Two windows opened on the same names; the first saves.
    services.consents.edit_purpose(
        admin, "marketing_sms", seen.name_fi, seen.name_en, "Sms-reklam", seen
    )
    with pytest.raises(ConflictError):
        services.consents.edit_purpose(
            admin, "marketing_sms", "Tekstiviestit", seen.name_en, "", seen
        )
    now = by_code(services, admin, "marketing_sms")
    assert (now.name_fi, now.name_sv) == (seen.name_fi, "Sms-reklam")


def test_of_two_edits_at_once_from_the_same_names_one_is_refused(
    services: Services, admin: Actor
) -> None:
    """Two workstations save over the same names at the same moment: whichever way the two
    transactions interleave, one rename is saved and the other refused, never both."""
    seen = by_code(services, admin, "ad_targeting")
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(name_sv: str) -> None:
        start.wait()
        try:
            services.consents.edit_purpose(
                admin, "ad_targeting", seen.name_fi, seen.name_en, name_sv, seen
            )
            outcomes[name_sv] = "saved"
        except ConflictError:
            outcomes[name_sv] = "refused"

    threads = [threading.Thread(target=save, args=(n,)) for n in ("Reklam A", "Reklam B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes.values()) == ["refused", "saved"]
    [winner] = [name for name, outcome in outcomes.items() if outcome == "saved"]
    assert by_code(services, admin, "ad_targeting").name_sv == winner
    edits = [e for e in audit_rows(services.db.path) if e["action"] == "consent.edit_purpose"]
    assert [e["outcome"] for e in edits] == ["ok"]


@pytest.mark.parametrize(
    ("code", "names", "field", "error"),
    [
        ("analytics", ("", "Analytics", ""), "name_fi", "required"),
        ("analytics", ("Analytiikka", "  ", ""), "name_en", "required"),
        ("analytics", ("Analytiikka", "Analytics", "x" * 201), "name_sv", "too_long"),
        ("analytics", ("Analytiikka", "Analytics", "Ana\x07lys"), "name_sv", "control_chars"),
        ("no_such_purpose", ("Analytiikka", "Analytics", ""), "code", "purpose_unknown"),
    ],
)
def test_bad_names_are_refused_naming_the_field(
    services: Services,
    admin: Actor,
    code: str,
    names: tuple[str, str, str],
    field: str,
    error: str,
) -> None:
    before = by_code(services, admin, "analytics")
    with pytest.raises(ValidationError) as refused:
        services.consents.edit_purpose(admin, code, *names)
    assert (refused.value.field, refused.value.code) == (field, error)
    assert by_code(services, admin, "analytics") == before


def test_only_the_paakayttaja_edits_a_purpose(
    services: Services, admin: Actor, handler: Actor
) -> None:
    seen = by_code(services, admin, "analytics")
    with pytest.raises(PermissionDenied) as refused:
        services.consents.edit_purpose(handler, "analytics", "A", "B", "C", seen)
    assert refused.value.right == "users.admin"
    assert by_code(services, admin, "analytics") == seen


def test_the_swedish_withdrawal_letter_names_the_purpose_in_swedish(
    services: Services, admin: Actor
) -> None:
    services.consents.add_purpose(admin, "newsletter", "Uutiskirje", "Newsletter", False)
    person = add_customer(services, admin, "Åsa Lindqvist", city="Kyrkslätt", language="sv")
    services.consents.record(
        admin,
        person.id,
        "newsletter",
        True,
        "web_form",
        at=dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC),
    )
    received = services.requests.register(
        admin, RequestInput("withdrawal", dt.date(2026, 11, 20), "email", person.id)
    )
    services.requests.identify(admin, received.id, person.id, "email_on_file")
    services.request_actions.withdraw_consents(admin, received.id, ["newsletter"])
    [entry] = [e for e in services.consents.history(admin, person.id) if not e.given]
    assert entry.purpose_sv == ""
    # Without its Swedish name the Swedish letter waits, naming the purpose.
    with pytest.raises(BusinessRuleError) as waits:
        services.letters.render(admin, received.id, "withdrawal", "sv")
    assert (waits.value.code, waits.value.params["texts"]) == (
        "letter_register_incomplete",
        "consent.newsletter",
    )
    seen = by_code(services, admin, "newsletter")
    services.consents.edit_purpose(
        admin, "newsletter", "Uutiskirje", "Newsletter", "Nyhetsbrev", seen
    )
    [entry] = [e for e in services.consents.history(admin, person.id) if not e.given]
    assert entry.purpose_sv == "Nyhetsbrev"
    pdf = services.letters.render(admin, received.id, "withdrawal", "sv").pdf
    text = " ".join(pdf_text(pdf).replace("\u00a0", " ").split())
    assert "Nyhetsbrev" in text
    assert "Uutiskirje" not in text and "Newsletter" not in text
