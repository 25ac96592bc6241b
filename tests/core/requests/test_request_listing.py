"""The request list: filters, the status bar's counts, the timeline, and what a reader may do."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.services import Services
from tests.core.requests.workflow_requests import D, _code, _reg
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows

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
        lambda: services.requests.extend(
            reader, r.id, None, "Pyyntö on poikkeuksellisen laaja", grounds=["complexity"]
        ),
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
