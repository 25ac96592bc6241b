"""Objections and withdrawals take effect on receipt (Art. 21(3), 7(3)): the consent ledger and
the suppression entry carry the receipt and, apart from it, the time they were recorded; one
objection request may cover several purposes, each recorded and answered in the letter."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import raw_db
from tests.helpers.pdf import pdf_text
from tests.helpers.requests import register_request as open_request

# 20.11.2026 00:00 in Helsinki: the start of the day of receipt.
RECEIPT = dt.datetime(2026, 11, 19, 22, 0, tzinfo=dt.UTC)
LANGS = ("fi", "en")


def _ledger(services: Services, customer_id: int) -> list[tuple[object, ...]]:
    with raw_db(services.db.path) as conn:
        return conn.execute(
            "SELECT p.code, e.given, e.at, e.recorded_at, e.request_id FROM consent_events e"
            " JOIN consent_purposes p ON p.id = e.purpose_id"
            f" WHERE e.customer_id = {customer_id} ORDER BY e.id"
        ).fetchall()


@pytest.mark.parametrize("language", LANGS)
def test_one_objection_request_covers_several_purposes_each_in_effect_from_receipt(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock, language: str
) -> None:
    clock.now = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    clock.now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    r = open_request(services, admin, customer.id, "objection")
    outcomes = services.request_actions.record_objections(
        admin, r.id, ["direct_marketing", "analytics"]
    )
    assert [o.objection.purpose for o in outcomes] == ["direct_marketing", "analytics"]
    assert [o.objection.request_id for o in outcomes] == [r.id, r.id]
    assert outcomes[0].consents_withdrawn == ("marketing_email",)
    assert outcomes[1].objection.pending
    # The ledger: withdrawn as of the receipt, recorded now.
    ended = [row for row in _ledger(services, customer.id) if not row[1]]
    assert len(ended) == 1
    code, _, at, recorded_at, request_id = ended[0]
    assert (code, request_id) == ("marketing_email", r.id)
    assert str(at).startswith("2026-11-19 22:00:00")
    assert str(recorded_at).startswith("2026-11-24 08:00:00")
    # The suppression entries: in effect from the receipt, recorded today.
    with raw_db(services.db.path) as conn:
        entries = conn.execute("SELECT kind, effective_on, created_on FROM suppressions").fetchall()
    # Dates as text whichever engine read them (a server gives date objects).
    assert sorted((kind, str(on), str(made)) for kind, on, made in entries) == [
        ("email", "2026-11-20", "2026-11-24"),
        ("phone", "2026-11-20", "2026-11-24"),
    ]
    # The same purpose twice under one request is refused, and nothing of the call is kept.
    with pytest.raises(BusinessRuleError) as info:
        services.request_actions.record_objections(
            admin, r.id, ["service_development", "analytics"]
        )
    assert info.value.code == "objection_purpose_recorded"
    assert len(services.objections.list_objections(admin, customer.id)) == 2
    # Each purpose is answered in the letter: marketing stopped on receipt, analytics decided.
    services.objections.decide_objection(admin, outcomes[1].objection.id, "upheld")
    _, pdf = services.letters.issue(admin, r.id, "objection", language, "save")
    text = pdf_text(pdf)
    if language == "fi":
        assert "Lopetimme tietojesi käsittelyn suoramarkkinointia varten heti 20.11.2026" in text
        assert "Hyväksyimme vastustamisesi ja lopetimme tietojesi käsittelyn" in text
        assert (
            "Suoramarkkinointi, myös" in text and "Palveluiden analysointi ja tilastointi" in text
        )
    else:
        assert "for direct marketing at once, on 20 November 2026" in text
        assert "We accepted your objection" in text
        assert text.count("Direct marketing, including") == 1


def test_an_objection_to_marketing_after_a_later_consent_ends_it_after_that_consent(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    """A consent given after the receipt is ended by an entry no earlier than itself, so that
    the ledger's latest entry says the consent has ended."""
    services.consents.record(admin, customer.id, "marketing_sms", True, "web_form")
    r = open_request(services, admin, customer.id, "objection")
    services.request_actions.record_objection(admin, r.id, "direct_marketing")
    states = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert states["marketing_sms"] is False


def test_a_withdrawal_takes_effect_on_receipt_unless_the_handler_names_the_moment(
    services: Services, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    clock.now = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    clock.now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    r = open_request(services, admin, customer.id, "withdrawal")
    services.request_actions.withdraw_consents(admin, r.id, ["analytics"])
    (ended,) = [row for row in _ledger(services, customer.id) if not row[1]]
    assert str(ended[2]).startswith(str(RECEIPT.replace(tzinfo=None)))
    assert str(ended[3]).startswith("2026-11-24 08:00:00")
    # The letter dates the withdrawal from receipt, not from the day it was typed in.
    for language, row in (
        ("fi", "Palveluiden analysointi ja tilastointi 20.11.2026"),
        ("en", "Analysis and statistics of our services 20 November 2026"),
    ):
        _, pdf = services.letters.issue(admin, r.id, "withdrawal", language, "save")
        assert row in pdf_text(pdf)
