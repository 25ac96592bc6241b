"""The records behind the evidence letters at the service: which letters they make available,
reasons with substance kept per language, texts only for what is recorded, and the texts gone
with the person's erasure."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.services import Services
from tests.core.erasure.erased_person import EMAIL, file_bytes, found_in, identifiers, make_person
from tests.helpers.clock import FakeClock
from tests.helpers.database import raw_db
from tests.helpers.requests import open_request

FI = "Tarkistimme osoitteesi väestötietojärjestelmästä, ja se on oikein."
EN = "We checked your address against the population register, and it is correct."


def _available(services: Services, admin: Actor, rid: int) -> dict[str, str]:
    return {c.kind: c.reason for c in services.letters.choices(admin, rid)}


def test_restriction_letters_are_offered_only_as_the_records_allow(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    rid = open_request(services, admin, customer.id, "restriction").record.id
    choices = _available(services, admin, rid)
    assert choices["restriction"] == choices["restriction-lifted"] == "letter_needs_restriction"
    services.request_evidence.restrict(admin, rid, "c")
    choices = _available(services, admin, rid)
    assert (choices["restriction"], choices["restriction-lifted"]) == (
        "",
        "letter_needs_lift_notice",
    )
    with pytest.raises(ValidationError) as early:  # today: the person could not be told first
        services.request_evidence.announce_lift(
            admin, rid, dt.date(2026, 11, 24), "person_asked", FI
        )
    assert (early.value.field, early.value.code) == ("lift_on", "lift_date_too_early")
    services.request_evidence.announce_lift(admin, rid, dt.date(2026, 12, 1), "person_asked", FI)
    assert _available(services, admin, rid)["restriction-lifted"] == ""
    # The customer's record lifted behind the request's back: no letter claims a restriction.
    record = services.customers.view(admin, customer.id)
    services.customers.lift_restriction(admin, customer.id, record.version, dt.date(2026, 11, 24))
    choices = _available(services, admin, rid)
    assert choices["restriction"] == choices["restriction-lifted"] == "letter_needs_restriction"


def test_a_text_is_kept_per_language_and_only_for_what_is_recorded(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    rid = open_request(services, admin, customer.id, "rectification").record.id
    with pytest.raises(BusinessRuleError) as alone:
        services.request_evidence.put_text(admin, rid, "already_correct", "en", EN)
    assert alone.value.code == "text_topic_unrecorded"
    for short in ("ok", "Data are fine.", "a b c d"):
        with pytest.raises(ValidationError) as info:
            services.request_evidence.record_already_correct(admin, rid, short, "fi")
        assert (info.value.field, info.value.code) == ("reason", "reason_too_short")
    services.request_evidence.record_already_correct(admin, rid, FI, "fi")
    services.request_evidence.put_text(admin, rid, "already_correct", "en", EN)
    texts = {(t.topic, t.language): t.text for t in services.request_evidence.texts(admin, rid)}
    assert texts == {("already_correct", "fi"): FI, ("already_correct", "en"): EN}
    fi = services.letters.render(admin, rid, "rectification", "fi").pdf
    en = services.letters.render(admin, rid, "rectification", "en").pdf
    assert fi != en
    # A new statement makes the other language's version stale: it goes.
    services.request_evidence.record_already_correct(admin, rid, FI + " Uudelleen.", "fi")
    assert [(t.topic, t.language) for t in services.request_evidence.texts(admin, rid)] == [
        ("already_correct", "fi")
    ]
    with pytest.raises(BusinessRuleError) as missing:
        services.letters.render(admin, rid, "rectification", "en")
    assert (missing.value.code, missing.value.params["language"]) == ("letter_text_missing", "en")


def test_a_second_lift_notice_replaces_the_first_and_must_be_sent_again(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    rid = open_request(services, admin, customer.id, "restriction").record.id
    services.request_evidence.restrict(admin, rid, "a")
    services.request_evidence.announce_lift(admin, rid, dt.date(2026, 12, 4), "data_rectified", FI)
    services.letters.issue(admin, rid, "restriction-lifted", "fi", "save")
    clock.advance(minutes=20)
    services.request_evidence.announce_lift(
        admin, rid, dt.date(2026, 11, 25), "accuracy_verified", FI
    )
    with pytest.raises(BusinessRuleError) as untold:
        services.request_evidence.lift(admin, rid)
    assert untold.value.code == "restriction_lift_not_told"


def test_the_letters_texts_go_with_the_persons_erasure(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=0)
    services.requests.extend(
        admin,
        p.erasure_id,
        None,
        f"Osoitteeseen {EMAIL} liittyviä asiakirjoja on koottava arkistosta.",
        grounds=["complexity"],
    )
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM request_texts").fetchone()[0] == 1
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM request_texts").fetchone()[0] == 0
    assert found_in(file_bytes(services.db.path), identifiers()) == []
