"""A request's intake and identity check: the details kept, the refusals that name their
field, assigning a handler, customer suggestions, identifying and status moves."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from l4d_desktop.core.services import Services
from tests.core.requests.workflow_requests import D, _code, _reg, _request_audit
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db

# -- intake --------------------------------------------------------------------------------------


def test_intake_keeps_the_moment_the_words_and_the_handler(
    services: Services, handler: Actor, admin: Actor, customer: CustomerRecord
) -> None:
    # 23:30 UTC on 23.11. is 01:30 on 24.11. in Helsinki: the office date counts.
    at = dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC)
    r = _reg(
        services,
        handler,
        received=None,
        customer_id=customer.id,
        received_at=at,
        requester_text="Haluan kopion kaikista tiedoistani.\nTerveisin Maija",
        requester_name="Maija Meikäläinen",
        requester_contact="maija@example.fi",
        handler_id=handler.user_id,
    )
    assert (r.received, r.received_at) == (D(2026, 11, 24), at)
    assert (r.handler_id, r.handler_name) == (handler.user_id, "Kasittelija")
    assert (r.customer_number, r.paused, r.repeat_of) == (customer.customer_number, False, None)
    d = services.requests.detail(admin, r.id)
    assert d.record == services.requests.get(admin, r.id)
    assert d.requester_text == "Haluan kopion kaikista tiedoistani.\nTerveisin Maija"
    assert (d.requester_name, d.requester_contact) == ("Maija Meikäläinen", "maija@example.fi")
    assert (d.received_by_id, d.received_by) == (handler.user_id, "Kasittelija")
    assert d.pauses == ()
    # The view of the detail is audited; the audit holds no word of the requester's.
    assert _request_audit(services, r.id) == [("request.create", "access"), ("request.view", "")]
    with raw_db(services.db.path) as conn:
        dump = "\n".join(str(row) for row in conn.execute("SELECT * FROM audit_log"))
    assert "Maija" not in dump and "kopion" not in dump


def test_a_received_time_as_text_and_a_matching_date_are_accepted(
    services: Services, handler: Actor
) -> None:
    r = _reg(services, handler, received="2026-11-20", received_at="2026-11-20T09:15:00+02:00")
    assert r.received == D(2026, 11, 20)
    assert r.received_at == dt.datetime(2026, 11, 20, 7, 15, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("extra", "field", "code"),
    [
        ({"received_at": dt.datetime(2026, 11, 20, 10, 0)}, "received_at", "time_invalid"),
        ({"received_at": "eilen"}, "received_at", "time_invalid"),
        (
            {"received_at": dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)},
            "received_at",
            "date_in_future",
        ),
        (
            {"received_at": dt.datetime(2026, 11, 19, 10, 0, tzinfo=dt.UTC)},
            "received",
            "received_mismatch",
        ),
        ({"requester_text": "a\x00b"}, "requester_text", "control_chars"),
        ({"requester_name": "x" * 201}, "requester_name", "too_long"),
        ({"requester_contact": "a\nb"}, "requester_contact", "control_chars"),
        ({"handler_id": 999}, "handler", "not_found"),
    ],
)
def test_intake_refusals_name_the_field(
    services: Services, handler: Actor, extra: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _reg(services, handler, received=D(2026, 11, 20), **extra)
    assert _code(info) == (field, code)


def test_the_handler_must_be_allowed_to_handle(
    services: Services, handler: Actor, reader: Actor
) -> None:
    with pytest.raises(ValidationError) as info:
        _reg(services, handler, handler_id=reader.user_id)
    assert _code(info) == ("handler", "not_a_handler")


def test_assigning_a_handler_later(services: Services, handler: Actor, admin: Actor) -> None:
    r = _reg(services, handler)
    assigned = services.requests.assign(admin, r.id, handler.user_id, version=r.version)
    assert (assigned.handler_id, assigned.handler_name) == (handler.user_id, "Kasittelija")
    cleared = services.requests.assign(admin, r.id, None)
    assert (cleared.handler_id, cleared.handler_name) == (None, "")
    assert _request_audit(services, r.id)[-2:] == [
        ("request.assign", f"user:{handler.user_id}"),
        ("request.assign", "none"),
    ]


def test_customer_suggestions_by_email_name_phone_and_number(
    services: Services, handler: Actor, customer: CustomerRecord, admin: Actor
) -> None:
    other = add_customer(services, admin, "Matti Virtanen", email="matti@example.fi")
    suggest = services.requests.suggest_customers
    assert [c.id for c in suggest(handler, "maija@example.fi")] == [customer.id]
    assert [c.id for c in suggest(handler, "meikäläinen")] == [customer.id]
    assert [c.id for c in suggest(handler, "040 123 4567")] == [customer.id]
    assert [c.id for c in suggest(handler, customer.customer_number)] == [customer.id]
    # A whole signature: no customer has every word, but the email in it finds one.
    found = suggest(handler, "Terveisin Matti V. <matti@example.fi>, puh. 040 123 4567")
    assert {c.id for c in found} == {customer.id, other.id}
    assert suggest(handler, "") == []
    for i in range(12):
        add_customer(services, admin, f"Maija Testi {i}")
    assert len(suggest(handler, "maija")) == 10


# -- identity check and status moves -------------------------------------------------------------


def test_identifying_links_the_customer_and_starts_the_work(
    services: Services, handler: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    r = _reg(services, handler)
    assert r.status == "received"
    clock.advance(hours=1)
    done = services.requests.identify(
        handler, r.id, customer.id, "id_document_seen", note="ajokortti", version=r.version
    )
    assert (done.status, done.customer_id, done.identity_method) == (
        "in_progress",
        customer.id,
        "id_document_seen",
    )
    assert done.identified_at == clock.now
    d = services.requests.detail(handler, r.id)
    assert (d.identified_by, d.identity_note) == ("Kasittelija", "ajokortti")
    assert _request_audit(services, r.id)[1:3] == [
        ("request.identify", "id_document_seen"),
        ("request.status", "in_progress"),
    ]
    # Dates never move with the identity check.
    assert (done.statutory_due, done.promised_due, done.due) == (
        r.statutory_due,
        r.promised_due,
        r.due,
    )


def test_identity_check_first_then_identified(
    services: Services, handler: Actor, customer: CustomerRecord
) -> None:
    r = _reg(services, handler, customer_id=customer.id)
    checking = services.requests.start_identity_check(handler, r.id)
    assert checking.status == "identity_check"
    # The customer linked at intake is kept when none is named.
    done = services.requests.identify(handler, r.id, None, "email_on_file")
    assert (done.status, done.customer_id) == ("in_progress", customer.id)
    # A doubt arising later may send it back, but never back to "received".
    assert services.requests.start_identity_check(handler, r.id).status == "identity_check"
    with pytest.raises(BusinessRuleError) as info:
        services.requests.set_status(handler, r.id, "received")
    assert info.value.code == "status_transition"
    assert services.requests.start_work(handler, r.id).status == "in_progress"
    with pytest.raises(BusinessRuleError):
        services.requests.start_work(handler, r.id)  # already in progress
    with pytest.raises(ValidationError) as bad:
        services.requests.set_status(handler, r.id, "waiting")
    assert _code(bad) == ("status", "choice_invalid")


def test_identify_refusals(services: Services, handler: Actor) -> None:
    r = _reg(services, handler)
    with pytest.raises(ValidationError) as info:
        services.requests.identify(handler, r.id, None, "email_on_file")
    assert _code(info) == ("customer", "required")
    with pytest.raises(ValidationError) as info:
        services.requests.identify(handler, r.id, 999, "email_on_file")
    assert _code(info) == ("customer", "not_found")
    with pytest.raises(ValidationError) as info:
        services.requests.identify(handler, r.id, None, "passport_copy_stored")
    assert _code(info) == ("method", "choice_invalid")
    with pytest.raises(ValidationError) as info:
        services.requests.identify(handler, r.id, None, "other")
    assert _code(info) == ("note", "required")
    with pytest.raises(NotFoundError):
        services.requests.identify(handler, 999, None, "email_on_file")
    assert services.requests.get(handler, r.id).status == "received"


def test_a_stale_version_is_a_conflict(
    services: Services, handler: Actor, customer: CustomerRecord
) -> None:
    r = _reg(services, handler, customer_id=customer.id)
    services.requests.pause(handler, r.id, "odotetaan henkilöllisyystodistusta", version=r.version)
    with pytest.raises(ConflictError):
        services.requests.identify(handler, r.id, None, "email_on_file", version=r.version)
    with pytest.raises(ConflictError):
        services.requests.close(handler, r.id, "withdrawn", version=r.version)
