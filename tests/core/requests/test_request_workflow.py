"""The request workflow: intake details, identity check, pauses, extension, status moves,
closing and its refusals, the repeat flag, filters, the status bar's counts and the timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput, RequestRecord
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Setting
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db

D = dt.date  # the fake clock's today is Tue 24.11.2026 in Helsinki
NOV_2 = D(2026, 11, 2)


def _reg(
    services: Services,
    actor: Actor,
    rtype: str = "access",
    received: dt.date | str | None = NOV_2,
    customer_id: int | None = None,
    **extra: object,
) -> RequestRecord:
    return services.requests.register(
        actor,
        RequestInput(rtype, received, "email", customer_id, **extra),  # type: ignore[arg-type]
    )


def _code(info: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return info.value.field, info.value.code


def _request_audit(services: Services, request_id: int) -> list[tuple[str, str]]:
    return [
        (r["action"], r["detail"])
        for r in audit_rows(services.db.path)
        if r["object_type"] == "request" and r["object_id"] == request_id
    ]


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


# -- pauses ---------------------------------------------------------------------------------------


def test_a_pause_keeps_every_date_and_shows_its_reason(
    services: Services, handler: Actor, clock: FakeClock
) -> None:
    r = _reg(services, handler)
    paused = services.requests.pause(handler, r.id, "Pyydetty lisätietoja henkilöllisyydestä")
    assert (paused.paused, paused.pause_reason) == (True, "Pyydetty lisätietoja henkilöllisyydestä")
    assert paused.status == r.status
    clock.advance(days=10)
    with pytest.raises(BusinessRuleError) as info:
        services.requests.pause(handler, r.id, "toinen")
    assert info.value.code == "already_paused"
    resumed = services.requests.resume(handler, r.id, "Vastaus saatu")
    assert (resumed.paused, resumed.pause_reason) == (False, "")
    for rec in (paused, resumed):
        assert (rec.received, rec.statutory_due, rec.promised_due, rec.due) == (
            r.received,
            r.statutory_due,
            r.promised_due,
            r.due,
        )
    with pytest.raises(BusinessRuleError) as info:
        services.requests.resume(handler, r.id)
    assert info.value.code == "not_paused"
    [pause] = services.requests.detail(handler, r.id).pauses
    assert (pause.reason, pause.resume_reason) == (
        "Pyydetty lisätietoja henkilöllisyydestä",
        "Vastaus saatu",
    )
    assert (pause.started_by, pause.ended_by) == ("Kasittelija", "Kasittelija")
    assert pause.ended_at == clock.now
    # Pausing again after a resume is fine; a resume without words is fine too.
    services.requests.pause(handler, r.id, "uudelleen")
    assert services.requests.resume(handler, r.id).paused is False
    with raw_db(services.db.path) as conn:
        details = [row[0] for row in conn.execute("SELECT detail FROM audit_log")]
    assert not any("Pyydetty" in d or "Vastaus" in d for d in details)


def test_a_pause_needs_a_reason(services: Services, handler: Actor) -> None:
    r = _reg(services, handler)
    with pytest.raises(ValidationError) as info:
        services.requests.pause(handler, r.id, "   ")
    assert _code(info) == ("reason", "reason_required")


# -- extension ------------------------------------------------------------------------------------


def test_an_extension_sets_the_latest_extended_date_as_due(
    services: Services, handler: Actor
) -> None:
    # Access received Mon 2.11.2026: statutory Wed 2.12., promised 2.12.
    r = _reg(services, handler, received=D(2026, 11, 2))
    assert (r.statutory_due, r.promised_due, r.due) == (D(2026, 12, 2),) * 3
    ext = services.requests.extend(
        handler, r.id, D(2026, 11, 20), "Pyyntöjä on useita ja ne ovat laajoja", version=r.version
    )
    # Two further months on the unrolled one-month date: Tue 2.2.2027.
    assert (ext.extended_due, ext.extension_notice_on, ext.due) == (
        D(2027, 2, 2),
        D(2026, 11, 20),
        D(2027, 2, 2),
    )
    assert (ext.statutory_due, ext.promised_due) == (D(2026, 12, 2), D(2026, 12, 2))
    assert services.requests.detail(handler, r.id).extension_reason.startswith("Pyyntöjä")
    assert _request_audit(services, r.id)[-2] == ("request.extend", "due:2027-02-02")
    with pytest.raises(BusinessRuleError) as info:
        services.requests.extend(handler, r.id, D(2026, 11, 21), "taas")
    assert info.value.code == "already_extended"


def test_an_extension_rolls_the_extended_date_past_a_weekend(
    services: Services, handler: Actor
) -> None:
    # Erasure received Fri 30.10.2026: one month Mon 30.11., + two months Sat 30.1.2027 → Mon 1.2.
    r = _reg(services, handler, "erasure", D(2026, 10, 30))
    assert services.requests.extend(handler, r.id, "2026-11-24", "laaja").due == D(2027, 2, 1)


def test_an_extension_told_after_the_statutory_date_is_refused(
    services: Services, handler: Actor
) -> None:
    # Received Thu 1.10.2026: statutory Mon 2.11.2026 (1.11. is a Sunday).
    r = _reg(services, handler, received=D(2026, 10, 1))
    assert r.statutory_due == D(2026, 11, 2)
    with pytest.raises(BusinessRuleError) as info:
        services.requests.extend(handler, r.id, D(2026, 11, 3), "liian myöhään")
    assert (info.value.code, info.value.params) == (
        "extension_too_late",
        {"statutory": "2026-11-02"},
    )
    # On the statutory date itself it is still in time.
    assert services.requests.extend(handler, r.id, D(2026, 11, 2), "ajoissa").extended_due


@pytest.mark.parametrize(
    ("notice", "reason", "field", "code"),
    [
        (D(2026, 11, 20), "", "reason", "reason_required"),
        (D(2026, 11, 20), " \n ", "reason", "reason_required"),
        (D(2026, 11, 25), "huomenna", "notice_date", "date_in_future"),
        (D(2026, 11, 1), "ennen saapumista", "notice_date", "date_before_received"),
        ("20.11.2026", "päiväys väärin", "notice_date", "date_invalid"),
    ],
)
def test_extension_refusals(
    services: Services, handler: Actor, notice: dt.date | str, reason: str, field: str, code: str
) -> None:
    r = _reg(services, handler, received=D(2026, 11, 2))
    with pytest.raises(ValidationError) as info:
        services.requests.extend(handler, r.id, notice, reason)
    assert _code(info) == (field, code)
    assert services.requests.get(handler, r.id).extended_due is None


# -- closing --------------------------------------------------------------------------------------


def test_completing_and_withdrawing(services: Services, handler: Actor, clock: FakeClock) -> None:
    done = services.requests.close(handler, _reg(services, handler).id, "completed")
    assert (done.status, done.urgency, done.closed_at, done.outcome) == (
        "completed",
        "closed",
        clock.now,
        "completed",
    )
    gone = services.requests.set_status(handler, _reg(services, handler).id, "withdrawn")
    assert (gone.status, gone.refusal_basis) == ("withdrawn", None)
    assert _request_audit(services, gone.id)[-1] == ("request.close", "withdrawn")


def test_a_refusal_needs_reasons_a_basis_and_for_some_an_assessment(
    services: Services, handler: Actor
) -> None:
    r = _reg(services, handler)
    close = services.requests.close
    cases = [
        ({}, ("reason", "reason_required")),
        ({"basis": "legal_claims"}, ("reason", "reason_required")),
        ({"reason": "Perustelut"}, ("basis", "required")),
        ({"reason": "Perustelut", "basis": "bored"}, ("basis", "choice_invalid")),
        (
            {"reason": "Perustelut", "basis": "manifestly_unfounded"},
            ("assessment", "assessment_required"),
        ),
        ({"reason": "Perustelut", "basis": "excessive"}, ("assessment", "assessment_required")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(ValidationError) as info:
            close(handler, r.id, "refused", **kwargs)  # type: ignore[arg-type]
        assert _code(info) == expected, kwargs
    with pytest.raises(ValidationError) as info:
        services.requests.set_status(handler, r.id, "refused")
    assert _code(info) == ("reason", "reason_required")
    assert services.requests.get(handler, r.id).status == "received"

    refused = close(
        handler,
        r.id,
        "refused",
        reason="Sama pyyntö kolmatta kertaa kuukauden sisällä",
        basis="excessive",
        assessment="Kolme samanlaista pyyntöä 30 päivässä; tiedot eivät ole muuttuneet.",
    )
    assert (refused.status, refused.refusal_basis) == ("refused", "excessive")
    d = services.requests.detail(handler, r.id)
    assert d.close_reason.startswith("Sama pyyntö")
    assert d.assessment.startswith("Kolme")
    assert d.closed_by == "Kasittelija"
    assert _request_audit(services, r.id)[-2] == ("request.close", "refused:excessive")


def test_a_basis_or_assessment_belongs_to_a_refusal_only(
    services: Services, handler: Actor
) -> None:
    r = _reg(services, handler)
    with pytest.raises(ValidationError) as info:
        services.requests.close(handler, r.id, "completed", basis="excessive")
    assert _code(info) == ("basis", "refusal_only")
    with pytest.raises(ValidationError) as info:
        services.requests.close(handler, r.id, "withdrawn", assessment="arvio")
    assert _code(info) == ("assessment", "refusal_only")
    with pytest.raises(ValidationError) as info:
        services.requests.close(handler, r.id, "in_progress")
    assert _code(info) == ("outcome", "choice_invalid")


def test_an_erasure_request_is_completed_only_after_the_erasure_ran(
    services: Services, handler: Actor
) -> None:
    r = _reg(services, handler, "erasure")
    with pytest.raises(BusinessRuleError) as info:
        services.requests.close(handler, r.id, "completed")
    assert info.value.code == "erasure_not_run"
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE requests SET erased_at = '2026-11-24 08:00:00.000000'")
    assert services.requests.close(handler, r.id, "completed").status == "completed"
    # Refusing or withdrawing an erasure request needs no erasure.
    other = _reg(services, handler, "erasure")
    assert services.requests.close(handler, other.id, "withdrawn").status == "withdrawn"


def test_a_closed_request_changes_no_further(
    services: Services, handler: Actor, customer: CustomerRecord
) -> None:
    r = _reg(services, handler)
    services.requests.pause(handler, r.id, "odotetaan")
    closed = services.requests.close(handler, r.id, "withdrawn", reason="Peruttu puhelimessa")
    assert closed.paused is False  # closing ends the pause
    attempts = [
        lambda: services.requests.close(handler, r.id, "completed"),
        lambda: services.requests.set_status(handler, r.id, "in_progress"),
        lambda: services.requests.start_identity_check(handler, r.id),
        lambda: services.requests.identify(handler, r.id, customer.id, "email_on_file"),
        lambda: services.requests.pause(handler, r.id, "uudelleen"),
        lambda: services.requests.resume(handler, r.id),
        lambda: services.requests.extend(handler, r.id, D(2026, 11, 20), "syy"),
        lambda: services.requests.assign(handler, r.id, handler.user_id),
    ]
    for attempt in attempts:
        with pytest.raises(BusinessRuleError) as info:
            attempt()
        assert info.value.code == "request_closed"
    assert services.requests.get(handler, r.id) == closed


# -- the repeat flag -----------------------------------------------------------------------------


def test_a_repeat_within_the_interval_is_flagged(
    services: Services, handler: Actor, customer: CustomerRecord, admin: Actor
) -> None:
    first = _reg(services, handler, received=D(2026, 8, 26), customer_id=customer.id)
    second = _reg(services, handler, received=D(2026, 9, 1), customer_id=customer.id)
    # 90 days (the default) before 24.11. is 26.8.: the latest earlier request is linked.
    third = _reg(services, handler, received=D(2026, 11, 24), customer_id=customer.id)
    assert (first.repeat_of, second.repeat_of, third.repeat_of) == (None, first.id, second.id)
    # Another type, another person, or outside the interval: no flag.
    assert _reg(services, handler, "erasure", D(2026, 11, 24), customer.id).repeat_of is None
    other = add_customer(services, admin, "Matti Virtanen")
    assert _reg(services, handler, received=D(2026, 11, 24), customer_id=other.id).repeat_of is None
    with services.db.transaction() as session:
        session.add(Setting(key="repeat_interval_days", value="30"))
    # 30 days before 24.11. is 25.10.; 1.9. is outside.
    assert _reg(services, handler, received=D(2026, 11, 24), customer_id=customer.id).repeat_of == (
        third.id
    )
    fresh_person = add_customer(services, admin, "Liisa Lahtinen")
    _reg(services, handler, received=D(2026, 10, 24), customer_id=fresh_person.id)
    outside = _reg(services, handler, received=D(2026, 11, 24), customer_id=fresh_person.id)
    assert outside.repeat_of is None


def test_the_repeat_flag_is_set_when_the_customer_becomes_known(
    services: Services, handler: Actor, customer: CustomerRecord
) -> None:
    earlier = _reg(services, handler, received=D(2026, 10, 1), customer_id=customer.id)
    unknown = _reg(services, handler, received=D(2026, 11, 20))
    assert unknown.repeat_of is None
    identified = services.requests.identify(handler, unknown.id, customer.id, "email_on_file")
    assert identified.repeat_of == earlier.id


# -- listing, counts, timeline --------------------------------------------------------------------


def test_filters_by_status_type_and_handler(
    services: Services, handler: Actor, admin: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    a = _reg(services, handler, "access", D(2026, 11, 2), handler_id=handler.user_id)
    b = _reg(services, handler, "erasure", D(2026, 10, 30))
    c = _reg(services, handler, "access", D(2026, 11, 10), handler_id=admin.user_id)
    services.requests.identify(handler, b.id, customer.id, "email_on_file")
    services.requests.close(handler, c.id, "withdrawn")
    ids = lambda **kw: [r.id for r in services.requests.list_requests(reader, **kw)]  # noqa: E731
    assert ids() == [b.id, a.id, c.id]
    assert ids(status="open") == [b.id, a.id]
    assert ids(status="in_progress") == [b.id]
    assert ids(status="withdrawn") == [c.id]
    assert ids(type="access") == [a.id, c.id]
    assert ids(type="access", status="open") == [a.id]
    assert ids(handler_id=handler.user_id) == [a.id]
    assert ids(customer_id=customer.id) == [b.id]
    assert services.requests.count(reader, status="open") == 2
    assert services.requests.count(reader, type="erasure") == 1
    assert services.requests.count(reader, handler_id=admin.user_id) == 1
    assert [r.id for r in services.requests.export(admin, status="open", type="access")] == [a.id]
    with pytest.raises(ValidationError) as info:
        services.requests.list_requests(reader, status="lost")
    assert _code(info) == ("status", "choice_invalid")
    with pytest.raises(ValidationError) as info:
        services.requests.count(reader, type="complaint")
    assert _code(info) == ("type", "choice_invalid")


def test_summary_counts_open_due_soon_and_overdue(services: Services, handler: Actor) -> None:
    assert services.requests.summary(handler).open == 0
    _reg(services, handler, "access", D(2026, 11, 24))  # due 24.12. → ok
    _reg(services, handler, "erasure", D(2026, 10, 30))  # due 30.11. → due soon
    _reg(services, handler, "rectification", D(2026, 10, 24))  # due today → due soon
    _reg(services, handler, "access", D(2026, 10, 1))  # due 31.10. → overdue
    late = _reg(services, handler, "objection", D(2026, 10, 17))  # due 17.11. → overdue
    done = _reg(services, handler, "access", D(2026, 10, 2))  # overdue but closed below
    services.requests.close(handler, done.id, "completed")
    s = services.requests.summary(handler)
    assert (s.open, s.due_soon, s.overdue, s.due_soon_days) == (5, 2, 2, 7)
    # A pause does not stop the clock.
    services.requests.pause(handler, late.id, "odotetaan")
    assert services.requests.summary(handler).overdue == 2


def test_the_timeline_tells_the_story_with_names_and_pause_reasons(
    services: Services, handler: Actor, admin: Actor, customer: CustomerRecord, clock: FakeClock
) -> None:
    r = _reg(services, handler, received=D(2026, 11, 20))
    start = clock.now
    clock.advance(minutes=5)
    services.requests.pause(handler, r.id, "Pyydetty asiakasnumeroa")
    clock.advance(days=1)
    services.requests.resume(admin, r.id, "Asiakasnumero saatu")
    services.requests.identify(admin, r.id, customer.id, "customer_number")
    services.requests.detail(admin, r.id)  # a view is not a step
    services.requests.close(admin, r.id, "completed")
    timeline = services.requests.timeline(handler, r.id)
    assert [(e.action, e.code, e.actor_name) for e in timeline] == [
        ("request.create", "access", "Kasittelija"),
        ("request.pause", timeline[1].code, "Kasittelija"),
        ("request.resume", timeline[1].code, "Jouni Ojala"),
        ("request.identify", "customer_number", "Jouni Ojala"),
        ("request.status", "in_progress", "Jouni Ojala"),
        ("request.close", "completed", "Jouni Ojala"),
    ]
    assert timeline[1].code.startswith("pause:")
    assert [e.reason for e in timeline[1:3]] == ["Pyydetty asiakasnumeroa", "Asiakasnumero saatu"]
    assert timeline[0].at == start and timeline[1].at == start + dt.timedelta(minutes=5)
    assert all(e.outcome == "ok" for e in timeline)
    with_views = services.requests.timeline(handler, r.id, include_views=True)
    assert "request.view" in [e.action for e in with_views]
    with pytest.raises(NotFoundError):
        services.requests.timeline(handler, 999)


def test_a_reader_sees_but_cannot_handle(
    services: Services, handler: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    r = _reg(services, handler)
    assert services.requests.detail(reader, r.id).record.id == r.id
    assert services.requests.timeline(reader, r.id)
    calls = [
        lambda: services.requests.identify(reader, r.id, customer.id, "email_on_file"),
        lambda: services.requests.pause(reader, r.id, "syy"),
        lambda: services.requests.extend(reader, r.id, D(2026, 11, 20), "syy"),
        lambda: services.requests.close(reader, r.id, "withdrawn"),
        lambda: services.requests.start_work(reader, r.id),
    ]
    for call in calls:
        before = len(audit_rows(services.db.path))
        with pytest.raises(PermissionDenied):
            call()
        [denial] = audit_rows(services.db.path)[before:]
        assert (denial["outcome"], denial["detail"]) == ("denied", "requests.handle")
    assert services.requests.get(reader, r.id) == r
