"""A request's actions, part one: the Art. 19 checklist of recipients, restriction (Art. 18)
from a request, and the rights every action needs."""

from __future__ import annotations

import datetime as dt

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
from l4d_desktop.core.requests.recipients import pending_count
from l4d_desktop.core.services import Services
from tests.helpers.clock import TODAY
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, table_count
from tests.helpers.requests import RECEIVED
from tests.helpers.requests import register_request as open_request


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


# -- restriction (Art. 18) -------------------------------------------------------------------


def test_a_restriction_from_a_request_keeps_the_person_out_until_lifted_after_telling(
    services: Services, admin: Actor, handler: Actor, customer: CustomerRecord
) -> None:
    other = add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    for c in (customer, other):
        services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    r = open_request(services, admin, customer.id, "restriction")

    restriction = services.request_evidence.restrict(handler, r.id, "a", customer.version)
    assert restriction.active and restriction.restricted_at == services.clock()
    restricted = services.customers.view(handler, customer.id)
    assert restricted.restricted and restricted.restricted_at == services.clock()
    assert [c.id for c in services.customers.export(handler)] == [other.id]
    assert [c.id for c in services.customers.export_selected(handler, [customer.id])] == []
    assert [c.id for c in services.customers.marketing_list(handler, "marketing_email")] == [
        other.id
    ]
    with pytest.raises(BusinessRuleError) as again:  # already set under this request
        services.request_evidence.restrict(handler, r.id, "a")
    assert again.value.code == "already_restricted"

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
        ("request.restrict", "ground:a"),
        ("customer.unrestrict", "told:2026-11-24"),
    ]


def test_a_restriction_from_a_request_checks_the_version(
    services: Services, admin: Actor, customer: CustomerRecord
) -> None:
    r = open_request(services, admin, customer.id, "restriction")
    services.customers.update(admin, customer.id, customer.version, CustomerInput(name="Maija M"))
    with pytest.raises(ConflictError):
        services.request_evidence.restrict(admin, r.id, "a", customer.version)
    assert not services.customers.view(admin, customer.id).restricted


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
        lambda: services.request_evidence.restrict(reader, requests["restriction"].id, "a"),
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
