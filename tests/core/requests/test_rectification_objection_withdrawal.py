"""A request's actions, part two: rectification (Art. 16), objection (Art. 21) and consent
withdrawal (Art. 7(3)), each recorded without the values it changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.actions import ErasureOffer
from l4d_desktop.core.services import Services
from tests.helpers.clock import TODAY
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.requests import RECEIVED
from tests.helpers.requests import register_request as open_request


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with raw_db(path) as conn:
        return conn.execute(sql).fetchall()


# -- rectification (Art. 16) -----------------------------------------------------------------


def test_rectification_records_which_fields_changed_never_their_values(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    r = open_request(services, admin, customer.id, "rectification")
    data = CustomerInput(
        **{**customer.as_input().__dict__, "email": "maija.uusi@example.fi", "city": "Espoo"}
    )
    done = services.request_actions.rectify(handler, r.id, customer.version, data)
    assert done.changed_fields == ("email", "city")
    assert (done.customer.email, done.customer.city) == ("maija.uusi@example.fi", "Espoo")
    assert done.customer.version == customer.version + 1

    changes = services.request_actions.changed_fields(handler, r.id)
    assert [(c.field, c.changed_by) for c in changes] == [
        ("email", "Kasittelija"),
        ("city", "Kasittelija"),
    ]
    assert all(c.changed_at == services.clock() for c in changes)

    # Neither the old nor the new value is kept with the request or in the audit log.
    stored = rows(services.db.path, "SELECT * FROM request_field_changes")
    audit = audit_rows(services.db.path)
    for value in ("maija@example.fi", "maija.uusi@example.fi", "Kirkkonummi", "Espoo"):
        assert value not in repr(stored)
        assert value not in repr(audit)
    update = [e for e in audit if e["action"] == "request.rectify"]
    assert [(e["object_type"], e["object_id"], e["detail"]) for e in update] == [
        ("request", r.id, f"customer:{customer.id}")
    ]
    # The request's timeline shows it.
    assert "request.rectify" in [t.action for t in services.requests.timeline(handler, r.id)]


def test_rectification_on_a_stale_version_or_with_bad_values_changes_nothing(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    r = open_request(services, admin, customer.id, "rectification")
    services.customers.update(
        admin, customer.id, customer.version, CustomerInput(name="Maija Muutettu")
    )
    with pytest.raises(ConflictError):
        services.request_actions.rectify(
            admin, r.id, customer.version, CustomerInput(name="Maija Meikäläinen")
        )
    fresh = services.customers.view(admin, customer.id)
    with pytest.raises(ValidationError) as bad:
        services.request_actions.rectify(
            admin, r.id, fresh.version, CustomerInput(name="Maija", email="ei-osoite")
        )
    assert bad.value.field == "email"
    assert table_count(services.db.path, "request_field_changes") == 0
    assert services.customers.view(admin, customer.id).name == "Maija Muutettu"
    # Nothing changed: nothing recorded, but the save is still a save.
    same = services.request_actions.rectify(admin, r.id, fresh.version, fresh.as_input())
    assert same.changed_fields == ()
    assert table_count(services.db.path, "request_field_changes") == 0


def test_actions_need_a_matching_open_identified_request(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    data = customer.as_input()
    access = open_request(services, admin, customer.id, "access")
    with pytest.raises(BusinessRuleError) as wrong:
        services.request_actions.rectify(admin, access.id, customer.version, data)
    assert (wrong.value.code, wrong.value.params) == ("request_type_mismatch", {"type": "access"})

    unmatched = open_request(services, admin, None, "rectification", identified=False)
    unchecked = open_request(services, admin, customer.id, "rectification", identified=False)
    for r in (unmatched, unchecked):
        with pytest.raises(BusinessRuleError) as info:
            services.request_actions.rectify(admin, r.id, customer.version, data)
        assert info.value.code == "request_not_identified"

    closed = open_request(services, admin, customer.id, "restriction")
    services.requests.close(admin, closed.id, "completed")
    with pytest.raises(BusinessRuleError) as shut:
        services.request_evidence.restrict(admin, closed.id, "a")
    assert shut.value.code == "request_closed"
    with pytest.raises(NotFoundError):
        services.request_evidence.restrict(admin, 999, "a")
    assert not services.customers.view(admin, customer.id).restricted


# -- objection (Art. 21) ---------------------------------------------------------------------


def test_an_objection_to_direct_marketing_stops_it_at_once(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    for purpose in ("marketing_email", "ad_targeting", "analytics"):
        services.consents.record(admin, customer.id, purpose, True, "web_form")
    assert [c.id for c in services.customers.marketing_list(admin, "ad_targeting")] == [customer.id]
    r = open_request(services, admin, customer.id, "objection")
    outcome = services.request_actions.record_objection(handler, r.id, "direct_marketing")
    assert outcome.objection.outcome == "stopped" and not outcome.objection.pending
    assert outcome.objection.decided_by == "Kasittelija"
    assert (outcome.objection.request_id, outcome.objection.received_on) == (r.id, RECEIVED)
    assert set(outcome.consents_withdrawn) == {"marketing_email", "ad_targeting"}
    assert outcome.suppressed
    for purpose in ("marketing_email", "ad_targeting"):
        assert list(services.customers.marketing_list(admin, purpose)) == []
    assert table_count(services.db.path, "suppressions") == 2
    # Analytics is no direct marketing: its consent stays.
    states = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert states["analytics"] is True
    # No balancing: the outcome cannot be decided again.
    with pytest.raises(BusinessRuleError) as decided:
        services.objections.decide_objection(admin, outcome.objection.id, "compelling_grounds", "x")
    assert decided.value.code == "objection_decided"
    ledger = rows(
        services.db.path,
        f"SELECT method, request_id FROM consent_events WHERE given = 0 AND customer_id = {customer.id}",
    )
    assert ledger == [("objection", r.id), ("objection", r.id)]


def test_an_objection_to_other_processing_waits_for_the_handlers_decision(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    r = open_request(services, admin, customer.id, "objection")
    outcome = services.request_actions.record_objection(
        handler, r.id, "analytics", "Ei halua seurantaa."
    )
    assert outcome.objection.pending and outcome.consents_withdrawn == ()
    assert not outcome.suppressed and table_count(services.db.path, "suppressions") == 0
    oid = outcome.objection.id

    with pytest.raises(ValidationError) as no_reason:
        services.objections.decide_objection(handler, oid, "compelling_grounds", "")
    assert (no_reason.value.field, no_reason.value.code) == ("reason", "reason_required")
    for bad in ("stopped", "maybe"):
        with pytest.raises(ValidationError) as wrong:
            services.objections.decide_objection(handler, oid, bad)
        assert wrong.value.field == "outcome"

    decision = services.objections.decide_objection(handler, oid, "upheld")
    assert decision.objection.outcome == "upheld" and decision.consents_withdrawn == ("analytics",)
    assert decision.objection.decided_at == services.clock()
    states = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert states["analytics"] is False
    with pytest.raises(BusinessRuleError):
        services.objections.decide_objection(handler, oid, "upheld")
    entries = [(e["action"], e["detail"]) for e in audit_rows(services.db.path)]
    assert ("objection.decide", "upheld") in entries
    assert "Ei halua" not in repr(entries)


def test_compelling_grounds_keep_the_processing_with_reasons(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    r = open_request(services, admin, customer.id, "objection")
    oid = services.request_actions.record_objection(admin, r.id, "service_development").objection.id
    decision = services.objections.decide_objection(
        admin, oid, "compelling_grounds", "Tietoturvan valvonta edellyttää lokeja."
    )
    assert decision.objection.outcome == "compelling_grounds"
    assert decision.objection.outcome_reason == "Tietoturvan valvonta edellyttää lokeja."
    assert decision.consents_withdrawn == ()
    listed = services.objections.list_objections(admin, customer.id)
    assert [(o.id, o.outcome) for o in listed] == [(oid, "compelling_grounds")]
    with pytest.raises(NotFoundError):
        services.objections.decide_objection(admin, 999, "upheld")


def test_deciding_needs_both_rights(
    services: Services, admin: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    oid = services.objections.record(admin, customer.id, "analytics", TODAY).objection.id
    with pytest.raises(PermissionDenied) as info:
        services.objections.decide_objection(reader, oid, "upheld")
    assert info.value.right == "requests.handle"
    assert services.objections.list_objections(admin, customer.id)[0].pending


# -- consent withdrawal (Art. 7(3)) ----------------------------------------------------------


EVENTS = (
    b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\nmaija@example.fi,2026-11-02T10:00:00Z\n"
)


def test_a_withdrawal_writes_the_ledger_and_offers_erasure_of_what_relied_on_it(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    for purpose in ("marketing_email", "ad_targeting", "analytics"):
        services.consents.record(admin, customer.id, purpose, True, "web_form")
    assert services.events.import_file(admin, EVENTS, "events.csv").imported == 2
    r = open_request(services, admin, customer.id, "withdrawal", channel="letter")

    first = services.request_actions.withdraw_consents(handler, r.id, ["analytics"])
    assert (first.withdrawn, first.not_given) == (("analytics",), ())
    assert first.erasure_offered == ()  # ad targeting still covers the web events

    at = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)  # when the letter said so
    second = services.request_actions.withdraw_consents(
        handler, r.id, ["ad_targeting", "marketing_sms", "analytics"], at
    )
    assert second.withdrawn == ("ad_targeting",)
    assert second.not_given == ("marketing_sms", "analytics")
    assert second.erasure_offered == (ErasureOffer("web_events", 2, ("ad_targeting", "analytics")),)
    assert services.request_actions.erasure_offered(handler, r.id) == second.erasure_offered

    ledger = rows(
        services.db.path,
        "SELECT p.code, e.method, e.request_id FROM consent_events e JOIN consent_purposes p"
        f" ON p.id = e.purpose_id WHERE e.given = 0 AND e.customer_id = {customer.id} ORDER BY e.id",
    )
    assert ledger == [("analytics", "letter", r.id), ("ad_targeting", "letter", r.id)]
    states = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert states == {
        "marketing_email": True,
        "marketing_sms": None,
        "ad_targeting": False,
        "analytics": False,
    }

    # Erasing the data is for those who may erase.
    with pytest.raises(PermissionDenied) as info:
        services.request_actions.erase_web_events(handler, customer.id, r.id)
    assert info.value.right == "customers.erase"
    assert services.events.count(admin, customer.id) == 2
    other = add_customer(services, admin, "Eino Aalto")
    with pytest.raises(BusinessRuleError) as not_theirs:
        services.request_actions.erase_web_events(admin, other.id, r.id)
    assert not_theirs.value.code == "request_other_customer"

    assert services.request_actions.erase_web_events(admin, customer.id, r.id) == 2
    assert services.events.count(admin, customer.id) == 0
    assert services.request_actions.erasure_offered(admin, r.id) == ()
    assert services.request_actions.erase_web_events(admin, customer.id, r.id) == 0
    entries = [(e["action"], e["detail"]) for e in audit_rows(services.db.path)]
    assert entries.count(("request.erase_events", f"customer:{customer.id}")) == 1
    assert ("request.withdraw", "ad_targeting") in entries
    assert services.audit.verify().ok


def test_web_events_are_not_erased_while_a_consent_still_covers_them(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    services.events.import_file(admin, EVENTS, "events.csv")
    r = open_request(services, admin, customer.id, "withdrawal")
    assert services.request_actions.withdraw_consents(admin, r.id, ["ad_targeting"]).withdrawn == ()
    with pytest.raises(BusinessRuleError) as info:
        services.request_actions.erase_web_events(admin, customer.id, r.id)
    assert info.value.code == "consent_still_given"
    assert services.events.count(admin, customer.id) == 2


def test_withdrawal_refusals(services: Services, admin: Actor, customer: CustomerRecord) -> None:
    services.consents.record(admin, customer.id, "analytics", True, "web_form")
    r = open_request(services, admin, customer.id, "withdrawal")
    for purposes, field, code in (
        ([], "purposes", "required"),
        (["  "], "purposes", "required"),
        (["newsletter"], "purposes", "purpose_unknown"),
    ):
        with pytest.raises(ValidationError) as info:
            services.request_actions.withdraw_consents(admin, r.id, purposes)
        assert (info.value.field, info.value.code) == (field, code)
    before = services.clock() - dt.timedelta(hours=1)
    with pytest.raises(ValidationError) as order:
        services.request_actions.withdraw_consents(admin, r.id, ["analytics"], before)
    assert (order.value.field, order.value.code) == ("at", "consent_time_order")
    with pytest.raises(ValidationError):
        services.request_actions.withdraw_consents(
            admin, r.id, ["analytics"], services.clock() + dt.timedelta(minutes=1)
        )
    objection = open_request(services, admin, customer.id, "objection")
    with pytest.raises(BusinessRuleError):
        services.request_actions.withdraw_consents(admin, objection.id, ["analytics"])
    states = {s.purpose.code: s.given for s in services.consents.current(admin, customer.id)}
    assert states["analytics"] is True
