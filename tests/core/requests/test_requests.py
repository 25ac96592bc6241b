"""The requests desk: registration with the three dates, refusals, order and urgency."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import NotFoundError, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db, table_count

D = dt.date  # the fake clock's today is Tue 24.11.2026 in Helsinki


def test_register_computes_the_three_dates(
    services: Services, handler: Actor, customer: CustomerRecord
) -> None:
    # Received Thu 15.1.2026, the first example in LEGAL.md (a late registration).
    r = services.requests.register(
        handler, RequestInput("access", D(2026, 1, 15), "email", customer.id)
    )
    assert (r.statutory_due, r.promised_due, r.due) == (
        D(2026, 2, 16),
        D(2026, 2, 14),
        D(2026, 2, 14),
    )
    assert (r.type, r.status, r.channel, r.received) == (
        "access",
        "received",
        "email",
        D(2026, 1, 15),
    )
    assert (r.customer_id, r.customer_name) == (customer.id, "Maija Meikäläinen")
    with raw_db(services.db.path) as conn:
        row = conn.execute(
            "SELECT received_on, statutory_due, promised_due, due, received_by FROM requests"
        ).fetchone()
    assert row == ("2026-01-15", "2026-02-16", "2026-02-14", "2026-02-14", handler.user_id)


def test_a_type_without_a_promise_is_due_on_the_statutory_date(
    services: Services, handler: Actor
) -> None:
    r = services.requests.register(handler, RequestInput("erasure", "2026-01-31", "letter"))
    assert (r.statutory_due, r.promised_due, r.due) == (D(2026, 3, 2), None, D(2026, 3, 2))


def test_the_received_date_may_be_typed_as_iso_text(services: Services, handler: Actor) -> None:
    r = services.requests.register(handler, RequestInput("portability", " 2026-03-31 ", "phone"))
    assert (r.received, r.due) == (D(2026, 3, 31), D(2026, 4, 30))


def test_the_customer_may_be_left_empty(services: Services, handler: Actor) -> None:
    r = services.requests.register(handler, RequestInput("other", D(2026, 11, 24), "in-person"))
    assert (r.customer_id, r.customer_name) == (None, "")
    assert services.requests.get(handler, r.id) == r


def test_a_received_date_in_the_future_is_refused(services: Services, handler: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.requests.register(handler, RequestInput("access", D(2026, 11, 25), "email"))
    assert (info.value.field, info.value.code) == ("received", "date_in_future")
    assert table_count(services.db.path, "requests") == 0


def test_today_follows_the_office_calendar(
    services: Services, handler: Actor, clock: FakeClock
) -> None:
    # 23:30 UTC on 24.11. is already 01:30 on 25.11. in Helsinki.
    clock.now = dt.datetime(2026, 11, 24, 23, 30, tzinfo=dt.UTC)
    r = services.requests.register(handler, RequestInput("access", D(2026, 11, 25), "email"))
    assert r.days_left == 30


def test_an_unknown_customer_is_refused(services: Services, handler: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.requests.register(handler, RequestInput("access", D(2026, 11, 20), "email", 999))
    assert (info.value.field, info.value.code) == ("customer", "not_found")
    assert table_count(services.db.path, "requests") == 0


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (RequestInput("complaint", D(2026, 11, 20), "email"), "type", "choice_invalid"),
        (RequestInput("access", D(2026, 11, 20), "fax"), "channel", "choice_invalid"),
        (RequestInput("access", "20.11.2026", "email"), "received", "date_invalid"),
        (RequestInput("access", "", "email"), "received", "date_invalid"),
    ],
)
def test_bad_input_is_refused_by_field(
    services: Services, handler: Actor, data: RequestInput, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.requests.register(handler, data)
    assert (info.value.field, info.value.code) == (field, code)


def test_a_missing_request_is_not_found(services: Services, handler: Actor) -> None:
    with pytest.raises(NotFoundError):
        services.requests.get(handler, 42)


def test_the_list_is_sorted_by_due_date_with_days_left_and_urgency(
    services: Services, handler: Actor, reader: Actor, customer: CustomerRecord
) -> None:
    reg = services.requests.register
    # due 24.12. (promised), 30 days left → ok
    fresh = reg(handler, RequestInput("access", D(2026, 11, 24), "email", customer.id))
    # erasure received 30.10.: one month = Mon 30.11., 6 days left → due soon
    soon = reg(handler, RequestInput("erasure", D(2026, 10, 30), "letter"))
    # access received 1.10.: promised 31.10., statutory Sun 1.11. → Mon 2.11.: due 31.10., overdue
    late = reg(handler, RequestInput("access", D(2026, 10, 1), "phone", customer.id))
    # objection received 17.10.: one month 17.11. (Tue): overdue by 7 days
    later = reg(handler, RequestInput("objection", D(2026, 10, 17), "email"))
    # rectification received 24.10.: one month Tue 24.11. = today → due soon with 0 days left
    today = reg(handler, RequestInput("rectification", D(2026, 10, 24), "email"))
    # restriction received 1.11.: one month Tue 1.12. → 7 days left, still due soon
    week = reg(handler, RequestInput("restriction", D(2026, 11, 1), "email"))
    # withdrawal received 2.11.: one month Wed 2.12. → 8 days left → ok
    eight = reg(handler, RequestInput("withdrawal", D(2026, 11, 2), "email"))

    rows = services.requests.list_requests(reader)
    assert [r.id for r in rows] == [
        late.id,
        later.id,
        today.id,
        soon.id,
        week.id,
        eight.id,
        fresh.id,
    ]
    assert [(r.due, r.days_left, r.urgency) for r in rows] == [
        (D(2026, 10, 31), -24, "overdue"),
        (D(2026, 11, 17), -7, "overdue"),
        (D(2026, 11, 24), 0, "due_soon"),
        (D(2026, 11, 30), 6, "due_soon"),
        (D(2026, 12, 1), 7, "due_soon"),
        (D(2026, 12, 2), 8, "ok"),
        (D(2026, 12, 24), 30, "ok"),
    ]
    assert services.requests.count(reader) == 7
    assert services.requests.count(reader, open_only=True) == 7
    page = services.requests.list_requests(reader, offset=2, limit=2)
    assert [r.id for r in page] == [today.id, soon.id]


def test_days_left_move_with_the_clock(
    services: Services, handler: Actor, clock: FakeClock
) -> None:
    r = services.requests.register(handler, RequestInput("access", D(2026, 11, 24), "email"))
    assert (r.days_left, r.urgency) == (30, "ok")
    clock.advance(days=23)
    week_before = services.requests.get(handler, r.id)
    assert (week_before.days_left, week_before.urgency) == (7, "due_soon")
    clock.advance(days=8)
    later = services.requests.get(handler, r.id)
    assert (later.days_left, later.urgency) == (-1, "overdue")


def test_registration_is_audited_with_ids_only(services: Services, handler: Actor) -> None:
    r = services.requests.register(handler, RequestInput("access", D(2026, 11, 20), "email"))
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["object_type"], last["object_id"]) == (
        handler.user_id,
        "request.create",
        "request",
        r.id,
    )


def test_preview_shows_the_dates_before_saving(services: Services, reader: Actor) -> None:
    d = services.requests.preview(reader, "access", D(2026, 1, 31))
    assert (d.statutory, d.promised, d.due) == (D(2026, 3, 2), D(2026, 3, 2), D(2026, 3, 2))


def test_listing_requests_costs_the_same_queries_for_few_or_many(services, handler) -> None:  # type: ignore[no-untyped-def]
    """Each row's customer name comes from one joined query, not a query per row."""
    from sqlalchemy import event

    from l4d_desktop.core.customers.fields import CustomerInput
    from l4d_desktop.core.requests.service import RequestInput

    customer = services.customers.create(handler, CustomerInput(name="Aino Asiakas"))

    def statements_for_listing() -> int:
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(services.db.engine, "before_cursor_execute", listener)
        try:
            services.requests.list_requests(handler)
        finally:
            event.remove(services.db.engine, "before_cursor_execute", listener)
        return len(seen)

    services.requests.register(handler, RequestInput("access", "2026-11-20", "email", customer.id))
    few = statements_for_listing()
    for _ in range(20):
        services.requests.register(
            handler, RequestInput("erasure", "2026-11-20", "email", customer.id)
        )
    assert statements_for_listing() == few
    assert {r.customer_name for r in services.requests.list_requests(handler)} == {"Aino Asiakas"}
