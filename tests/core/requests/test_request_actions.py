"""The actions of rectification, restriction, objection and withdrawal requests, and the Art. 19
checklist of recipients: their effect on exports and marketing lists, and their refusals."""

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
from l4d_desktop.core.register.processors import ProcessorInput, ProcessorRecord
from l4d_desktop.core.requests.actions import ErasureOffer
from l4d_desktop.core.requests.recipients import pending_count
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.requests import RECEIVED
from tests.helpers.requests import register_request as open_request

TODAY = dt.date(2026, 11, 24)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with raw_db(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def processors(services: Services, admin: Actor) -> list[ProcessorRecord]:
    return [
        services.processors.add(admin, ProcessorInput("Postitus Oy", "Sähköposti", "FI", "a@b.fi")),
        services.processors.add(admin, ProcessorInput("Kirjanpito Ky", "Kirjanpito", "FI")),
    ]


# -- Art. 19 checklist -----------------------------------------------------------------------


def test_the_checklist_has_a_line_per_active_processor_until_each_is_marked(
    services: Services,
    admin: Actor,
    handler: Actor,
    reader: Actor,
    customer: CustomerRecord,
    processors: list[ProcessorRecord],
) -> None:
    mailer, books = processors
    gone = services.processors.add(admin, ProcessorInput("Vanha Oy"))
    services.processors.deactivate(admin, gone.id)
    r = open_request(services, admin, customer.id, "rectification")

    lines = services.recipient_notices.checklist(reader, r.id)
    assert [(x.processor_name, x.status) for x in lines] == [
        ("Kirjanpito Ky", "pending"),
        ("Postitus Oy", "pending"),
    ]
    assert not services.recipient_notices.checklist_complete(reader, r.id)
    assert table_count(services.db.path, "recipient_notices") == 0  # viewing writes nothing

    told = services.recipient_notices.mark_notified(handler, r.id, mailer.id, TODAY)
    assert (told.status, told.notified_on, told.recorded_by) == ("notified", TODAY, "Kasittelija")
    assert told.recorded_at == services.clock()
    assert not services.recipient_notices.checklist_complete(handler, r.id)

    with pytest.raises(ValidationError) as no_reason:
        services.recipient_notices.mark_disproportionate(handler, r.id, books.id, "  ")
    assert (no_reason.value.field, no_reason.value.code) == ("reason", "reason_required")
    line = services.recipient_notices.mark_disproportionate(
        handler, r.id, books.id, "Ei enää asiakkaan tietoja; sopimus päättyi 2025."
    )
    assert line.status == "disproportionate" and line.notified_on is None
    assert services.recipient_notices.checklist_complete(reader, r.id)

    # A processor deactivated later: its marked line stays, no new pending line appears.
    services.processors.deactivate(admin, mailer.id)
    assert [(x.processor_name, x.processor_active) for x in
            services.recipient_notices.checklist(admin, r.id)] == [
        ("Kirjanpito Ky", True),
        ("Postitus Oy", False),
    ]  # fmt: skip
    with pytest.raises(BusinessRuleError) as inactive:
        services.recipient_notices.mark_notified(admin, r.id, gone.id, TODAY)
    assert inactive.value.code == "processor_inactive"
    # A new active processor opens a pending line again.
    services.processors.add(admin, ProcessorInput("Uusi Oy"))
    assert not services.recipient_notices.checklist_complete(admin, r.id)

    entries = [e for e in audit_rows(services.db.path) if e["action"].startswith("request.rec")]
    assert [(e["action"], e["object_id"], e["detail"]) for e in entries] == [
        ("request.recipient_notified", r.id, f"processor:{mailer.id}"),
        ("request.recipient_disproportionate", r.id, f"processor:{books.id}"),
    ]


def test_a_line_may_be_marked_again_and_dates_are_checked(
    services: Services, admin: Actor, customer: CustomerRecord, processors: list[ProcessorRecord]
) -> None:
    mailer = processors[0]
    r = open_request(services, admin, customer.id, "erasure")
    with pytest.raises(ValidationError) as future:
        services.recipient_notices.mark_notified(admin, r.id, mailer.id, TODAY.replace(day=25))
    assert future.value.code == "date_in_future"
    with pytest.raises(ValidationError) as early:
        services.recipient_notices.mark_notified(admin, r.id, mailer.id, RECEIVED.replace(day=19))
    assert (early.value.field, early.value.code) == ("notified_on", "date_before_received")
    services.recipient_notices.mark_disproportionate(admin, r.id, mailer.id, "Ei yhteystietoa.")
    line = services.recipient_notices.mark_notified(admin, r.id, mailer.id, RECEIVED)
    assert (line.status, line.reason, line.notified_on) == ("notified", "", RECEIVED)
    assert table_count(services.db.path, "recipient_notices") == 1
    with pytest.raises(NotFoundError):
        services.recipient_notices.mark_notified(admin, r.id, 999, TODAY)
    with pytest.raises(NotFoundError):
        services.recipient_notices.checklist(admin, 999)


def test_only_rectification_erasure_and_restriction_have_a_checklist(
    services: Services, admin: Actor, customer: CustomerRecord, processors: list[ProcessorRecord]
) -> None:
    for rtype in ("rectification", "erasure", "restriction"):
        r = open_request(services, admin, customer.id, rtype)
        assert len(services.recipient_notices.checklist(admin, r.id)) == 2
    for rtype in ("access", "objection", "withdrawal"):
        r = open_request(services, admin, customer.id, rtype)
        with pytest.raises(BusinessRuleError) as info:
            services.recipient_notices.checklist(admin, r.id)
        assert info.value.code == "request_type_mismatch"
        with pytest.raises(BusinessRuleError):
            services.recipient_notices.mark_notified(admin, r.id, processors[0].id, TODAY)
        with services.db.read() as session:
            assert pending_count(session, r.id) == 0


def test_marking_needs_the_right_to_handle_requests(
    services: Services, admin: Actor, reader: Actor, customer: CustomerRecord,
    processors: list[ProcessorRecord],
) -> None:  # fmt: skip
    r = open_request(services, admin, customer.id, "restriction")
    with pytest.raises(PermissionDenied) as info:
        services.recipient_notices.mark_notified(reader, r.id, processors[0].id, TODAY)
    assert info.value.right == "requests.handle"
    with pytest.raises(PermissionDenied):
        services.recipient_notices.mark_disproportionate(reader, r.id, processors[0].id, "x")
    assert table_count(services.db.path, "recipient_notices") == 0


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
        services.request_actions.restrict(admin, closed.id)
    assert shut.value.code == "request_closed"
    with pytest.raises(NotFoundError):
        services.request_actions.restrict(admin, 999)
    assert not services.customers.view(admin, customer.id).restricted


# -- restriction (Art. 18) -------------------------------------------------------------------


def test_a_restriction_from_a_request_keeps_the_person_out_until_lifted_after_telling(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    other = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    for c in (customer, other):
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    r = open_request(services, admin, customer.id, "restriction")

    restricted = services.request_actions.restrict(handler, r.id, customer.version)
    assert restricted.restricted and restricted.restricted_at == services.clock()
    assert [c.id for c in services.customers.export(handler)] == [other.id]
    assert [c.id for c in services.customers.export_selected(handler, [customer.id])] == []
    assert [c.id for c in services.customers.marketing_list(handler, "marketing_email")] == [
        other.id
    ]
    again = services.request_actions.restrict(handler, r.id)  # already set: no change
    assert again.version == restricted.version

    with pytest.raises(ValidationError) as untold:
        services.customers.set_restriction(handler, customer.id, False, restricted.version)
    assert (untold.value.field, untold.value.code) == ("person_told_on", "required")
    with pytest.raises(ValidationError) as future:
        services.customers.lift_restriction(
            handler, customer.id, restricted.version, TODAY + dt.timedelta(days=1)
        )
    assert future.value.code == "date_in_future"
    assert services.customers.view(handler, customer.id).restricted

    lifted = services.customers.lift_restriction(handler, customer.id, restricted.version, TODAY)
    assert not lifted.restricted
    assert {c.id for c in services.customers.marketing_list(handler, "marketing_email")} == {
        customer.id,
        other.id,
    }
    entries = [
        (e["action"], e["detail"])
        for e in audit_rows(services.db.path)
        if e["action"] in ("request.restrict", "customer.unrestrict")
    ]
    assert entries == [
        ("request.restrict", f"customer:{customer.id}"),
        ("customer.unrestrict", "told:2026-11-24"),
    ]


def test_a_restriction_from_a_request_checks_the_version(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    r = open_request(services, admin, customer.id, "restriction")
    services.customers.update(admin, customer.id, customer.version, CustomerInput(name="Maija M"))
    with pytest.raises(ConflictError):
        services.request_actions.restrict(admin, r.id, customer.version)
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


# -- rights ------------------------------------------------------------------------------------


def test_a_reader_may_take_no_action(
    services: Services, admin: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    requests = {
        t: open_request(services, admin, customer.id, t)
        for t in ("rectification", "restriction", "objection", "withdrawal")
    }
    calls = [
        lambda: services.request_actions.rectify(
            reader, requests["rectification"].id, customer.version, customer.as_input()
        ),
        lambda: services.request_actions.restrict(reader, requests["restriction"].id),
        lambda: services.request_actions.record_objection(
            reader, requests["objection"].id, "direct_marketing"
        ),
        lambda: services.request_actions.withdraw_consents(
            reader, requests["withdrawal"].id, ["analytics"]
        ),
        lambda: services.request_actions.erase_web_events(
            reader, customer.id, requests["withdrawal"].id
        ),
        lambda: services.customers.lift_restriction(reader, customer.id, None, TODAY),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    # … but may read what was done.
    assert services.request_actions.changed_fields(reader, requests["rectification"].id) == []
    assert table_count(services.db.path, "objections") == 0
    assert not services.customers.view(admin, customer.id).restricted
