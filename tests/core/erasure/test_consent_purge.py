"""Data that relied only on a withdrawn consent (Art. 7(3), 17(1)(b)): shown as a plan first,
erased in one audited transaction under the plan the handler saw, and listed by the withdrawal
letter, which also offers full erasure; the core functions serve any caller (a retention run
too), with or without a request."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.erasure.consent_purge import plan_consent_purge
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import register_request as open_request

EVENTS = (
    b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\nmaija@example.fi,2026-11-02T10:00:00Z\n"
)
LATE_EVENT = b"email,time\nmaija@example.fi,2026-11-03T10:00:00Z\n"
LANGS = ("fi", "en")


@pytest.fixture
def consenting(services: Services, admin: Actor, customer: CustomerRecord) -> CustomerRecord:
    for purpose in ("marketing_email", "ad_targeting", "analytics"):
        services.consents.record(admin, customer.id, purpose, True, "web_form")
    services.events.import_file(admin, EVENTS, "events.csv")
    return customer


def test_the_plan_lists_only_data_no_consent_still_covers(
    services: Services, admin: Actor, consenting: CustomerRecord
) -> None:
    c = consenting
    r = open_request(services, admin, c.id, "withdrawal")
    services.request_actions.withdraw_consents(admin, r.id, ["ad_targeting"])
    assert services.consent_purge.plan(admin, c.id, ["ad_targeting"]).empty  # analytics covers
    with pytest.raises(BusinessRuleError) as info:
        services.consent_purge.plan(admin, c.id, ["marketing_email"])
    assert info.value.code == "consent_still_given"
    services.request_actions.withdraw_consents(admin, r.id, ["analytics"])
    plan = services.consent_purge.plan(admin, c.id, ["analytics"])
    assert [(x.kind, x.count, x.relied_on) for x in plan.lines] == [
        ("web_events", 2, ("ad_targeting", "analytics"))
    ]
    with services.db.read() as session:  # the same from the session-level function
        assert plan_consent_purge(session, c.id, ["analytics"]).token == plan.token


@pytest.mark.parametrize("language", LANGS)
def test_the_withdrawal_letter_says_what_will_go_then_what_went_and_offers_full_erasure(
    services: Services, admin: Actor, handler: Actor, consenting: CustomerRecord, language: str
) -> None:
    c = consenting
    r = open_request(services, admin, c.id, "withdrawal")
    services.request_actions.withdraw_consents(admin, r.id, ["ad_targeting", "analytics"])
    _, before = services.letters.issue(admin, r.id, "withdrawal", language, "save")
    text = pdf_text(before)
    if language == "fi":
        assert "Poistamme vielä seuraavat tiedot, jotka perustuivat vain peruuttamaasi" in text
        assert "viimeistään 21.12.2026" in text
        assert "Verkkosivustoltamme kerätyt tekniset tiedot (2 tapahtumaa)" in text
        assert "Voit myös pyytää kaikkien henkilötietojesi poistamista" in text
    else:
        assert "We will also erase the following data, which relied only on the consent" in text
        assert "Technical data collected on our website (2 events)" in text
        assert "You can also ask us to erase all your personal data (Article 17 GDPR)" in text

    plan = services.consent_purge.plan(admin, c.id, ["ad_targeting", "analytics"])
    services.events.import_file(admin, LATE_EVENT, "events.csv")  # the data change meanwhile
    with pytest.raises(BusinessRuleError) as stale:
        services.consent_purge.run(admin, c.id, plan.purposes, plan.token, r.id)
    assert stale.value.code == "consent_purge_changed"
    assert services.events.count(admin, c.id) == 3
    with pytest.raises(PermissionDenied):
        services.consent_purge.run(handler, c.id, plan.purposes, plan.token, r.id)

    fresh = services.consent_purge.plan(admin, c.id, ["ad_targeting", "analytics"])
    result = services.consent_purge.run(admin, c.id, fresh.purposes, fresh.token, r.id)
    assert [(e.kind, e.count) for e in result.erased] == [("web_events", 3)]
    assert result.scrub is not None and result.scrub.ok
    assert services.events.count(admin, c.id) == 0
    assert services.consent_purge.erased_for_request(admin, r.id) == result.erased
    entry = [e for e in audit_rows(services.db.path) if e["action"] == "consent.purge"][-1]
    assert entry["detail"] == "ad_targeting,analytics|web_events:3"
    assert services.audit.verify().ok

    _, after = services.letters.issue(admin, r.id, "withdrawal", language, "save")
    text = pdf_text(after)
    if language == "fi":
        assert (
            "Poistimme seuraavat tiedot, jotka perustuivat vain peruuttamaasi suostumukseen" in text
        )
        assert "(3 tapahtumaa), poistettu 24.11.2026" in text
        assert "Poistamme vielä" not in text
    else:
        assert "We erased the following data, which relied only on the consent you withdrew" in text
        assert "(3 events), erased on 24 November 2026" in text


def test_a_retention_run_uses_the_same_functions_without_a_request(
    services: Services, admin: Actor, consenting: CustomerRecord
) -> None:
    c = consenting
    services.consents.record(admin, c.id, "ad_targeting", False, "email")
    services.consents.record(admin, c.id, "analytics", False, "email")
    plan = services.consent_purge.plan(admin, c.id, ["analytics"])
    result = services.consent_purge.run(admin, c.id, ["analytics"], plan.token)
    assert [(e.kind, e.count, e.request_id) for e in result.erased] == [("web_events", 2, None)]
    with raw_db(services.db.path) as conn:
        rows = conn.execute(
            "SELECT request_id, customer_id, purposes, kind, count FROM consent_purges"
        ).fetchall()
    assert rows == [(None, c.id, "analytics", "web_events", 2)]


def test_the_withdrawal_pages_erasure_runs_only_what_the_handler_was_shown(
    services: Services, admin: Actor, consenting: CustomerRecord
) -> None:
    c = consenting
    r = open_request(services, admin, c.id, "withdrawal")
    result = services.request_actions.withdraw_consents(admin, r.id, ["ad_targeting", "analytics"])
    (offer,) = result.erasure_offered
    services.events.import_file(admin, LATE_EVENT, "events.csv")
    with pytest.raises(BusinessRuleError) as info:
        services.request_actions.erase_web_events(admin, c.id, r.id, offer.count)
    assert info.value.code == "consent_purge_changed"
    assert services.events.count(admin, c.id) == 3
    assert services.request_actions.erase_web_events(admin, c.id, r.id, 3) == 3
    # It went through the consent purge: the letter can list it.
    erased = services.consent_purge.erased_for_request(admin, r.id)
    assert [(e.kind, e.count) for e in erased] == [("web_events", 3)]


def test_two_handlers_running_one_plan_erase_once(
    services: Services, admin: Actor, consenting: CustomerRecord
) -> None:
    """The second run of the same plan (e.g. from another workstation) finds the data gone,
    is refused, and records nothing twice."""
    c = consenting
    r = open_request(services, admin, c.id, "withdrawal")
    services.request_actions.withdraw_consents(admin, r.id, ["ad_targeting", "analytics"])
    plan = services.consent_purge.plan(admin, c.id, ["analytics"])
    services.consent_purge.run(admin, c.id, ["analytics"], plan.token, r.id)
    with pytest.raises(BusinessRuleError) as info:
        services.consent_purge.run(admin, c.id, ["analytics"], plan.token, r.id)
    assert info.value.code == "consent_purge_changed"
    assert len(services.consent_purge.erased_for_request(admin, r.id)) == 1
