"""The request workflow: pauses, extension, closing and its refusals, and the repeat flag."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ValidationError,
)
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Setting
from tests.core.requests.workflow_requests import D, _code, _reg, _request_audit
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer
from tests.helpers.database import raw_db

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

LATE = "Aineistoa on koottava useasta arkistosta käsin"
G = ["complexity"]


def test_an_extension_sets_the_latest_extended_date_as_due(
    services: Services, handler: Actor
) -> None:
    # Access received Mon 2.11.2026: statutory Wed 2.12., promised 2.12.
    r = _reg(services, handler, received=D(2026, 11, 2))
    assert (r.statutory_due, r.promised_due, r.due) == (D(2026, 12, 2),) * 3
    ext = services.requests.extend(
        handler,
        r.id,
        D(2026, 11, 20),
        "Pyyntöjä on useita ja ne ovat laajoja",
        grounds=["number_of_requests"],
        notice_channel="email",
        version=r.version,
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
        services.requests.extend(
            handler, r.id, None, "Taas uusi jatko samalla perusteella", grounds=["complexity"]
        )
    assert info.value.code == "already_extended"


def test_an_extension_rolls_the_extended_date_past_a_weekend(
    services: Services, handler: Actor
) -> None:
    # Erasure received Fri 30.10.2026: one month Mon 30.11., + two months Sat 30.1.2027 → Mon 1.2.
    r = _reg(services, handler, "erasure", D(2026, 10, 30))
    reason = "Laaja pyyntö vaatii paljon selvitystä"
    ext = services.requests.extend(handler, r.id, "2026-11-24", reason, grounds=["complexity"])
    assert ext.due == D(2027, 2, 1)


def test_an_extension_told_after_the_statutory_date_is_refused(
    services: Services, handler: Actor
) -> None:
    # Received Thu 1.10.2026: statutory Mon 2.11.2026 (1.11. is a Sunday).
    r = _reg(services, handler, received=D(2026, 10, 1))
    assert r.statutory_due == D(2026, 11, 2)
    with pytest.raises(BusinessRuleError) as info:
        services.requests.extend(
            handler, r.id, D(2026, 11, 3), LATE, grounds=G, notice_channel="phone"
        )
    assert (info.value.code, info.value.params) == (
        "extension_too_late",
        {"statutory": "2026-11-02"},
    )
    # On the statutory date itself it is still in time.
    assert services.requests.extend(
        handler, r.id, D(2026, 11, 2), LATE, grounds=G, notice_channel="phone"
    ).extended_due


@pytest.mark.parametrize(
    ("notice", "reason", "field", "code"),
    [
        (D(2026, 11, 20), "", "reason", "reason_required"),
        (D(2026, 11, 20), " \n ", "reason", "reason_required"),
        (D(2026, 11, 20), "Laaja.", "reason", "reason_too_short"),
        (D(2026, 11, 25), LATE, "notice_date", "date_in_future"),
        (D(2026, 11, 1), LATE, "notice_date", "date_before_received"),
        ("20.11.2026", LATE, "notice_date", "date_invalid"),
    ],
)
def test_extension_refusals(
    services: Services, handler: Actor, notice: dt.date | str, reason: str, field: str, code: str
) -> None:
    r = _reg(services, handler, received=D(2026, 11, 2))
    with pytest.raises(ValidationError) as info:
        services.requests.extend(handler, r.id, notice, reason, grounds=G, notice_channel="email")
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
        lambda: services.requests.extend(handler, r.id, None, LATE, grounds=G),
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
