"""Retention runs: what each rule finds due, what a run removes or minimises, and that the
person's bytes are gone from the file and its WAL afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import PermissionDenied, ValidationError
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Customer, Invoice, RetentionRun, WebEvent
from tests.core.erasure.erased_person import file_bytes
from tests.helpers.clock import FakeClock
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.database import audit_rows, table_count

OLD_AGENT = "Vanhaselain/1.0 (Zyxwkone)"
NEW_AGENT = "Tuoreselain/2.0 (Qwrtkone)"


def add_events(services: Services, customer_id: int, at: dt.datetime, n: int, agent: str) -> None:
    with services.db.transaction() as s:
        for i in range(n):
            s.add(
                WebEvent(
                    customer_id=customer_id, at=at + dt.timedelta(minutes=i), ip="192.0.2.9",
                    page=f"/sivu/{i}", user_agent=agent,
                )
            )  # fmt: skip


def due_of(services: Services, admin: Actor) -> dict[str, int]:
    return {g.rule: g.count for g in services.retention.due(admin)}


def test_web_events_past_14_months_are_due_and_gone_after_a_run_younger_ones_stay(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    maija = add_maija(services, admin)
    add_events(services, maija.id, clock() - dt.timedelta(days=17 * 30), 450, OLD_AGENT)
    add_events(services, maija.id, clock() - dt.timedelta(days=13 * 30), 5, NEW_AGENT)
    assert due_of(services, admin)["web_events"] == 450

    result = services.retention.run(admin, "web_events")

    assert result.items == 450 and result.rules[0].batches == 3  # batches of 200
    assert result.scrub is not None and result.scrub.ok
    with services.db.read() as s:
        agents = set(s.scalars(select(WebEvent.user_agent)))
        run = s.scalars(select(RetentionRun)).one()
        assert (run.rule, run.items, run.batches, run.status) == ("web_events", 450, 3, "done")
    assert agents == {NEW_AGENT}
    assert due_of(services, admin)["web_events"] == 0
    # Scrubbed like an erasure: no byte of the purged rows in the file or its WAL.
    blob = file_bytes(services.db.path)
    assert OLD_AGENT.encode() not in blob and NEW_AGENT.encode() in blob
    purges = [r for r in audit_rows(services.db.path) if r["action"] == "retention.purge"]
    assert [r["detail"] for r in purges] == ["web_events:200", "web_events:200", "web_events:50"]
    journal = services.db.erasure_journal().entries()
    assert [(e.kind, e.ref, e.state) for e in journal] == [("rule", "web_events", "done")] * 3


def test_an_inactive_customer_with_a_kept_invoice_ends_with_only_the_invoice(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    clock.now = dt.datetime(2022, 3, 1, 9, 0, tzinfo=dt.UTC)
    gone = add_customer(services, admin, "Eino Vanhanen", email="eino@example.fi")
    services.invoices.add(admin, gone.id, "V-2022", dt.date(2022, 3, 1), "120")
    add_events(services, gone.id, clock(), 3, OLD_AGENT)
    services.consents.record(admin, gone.id, "marketing_email", True, "web_form")
    clock.now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    active = add_maija(services, admin)  # created now: active

    assert due_of(services, admin)["inactive_customers"] == 1
    result = services.retention.run(admin, "inactive_customers")

    assert result.items == 1
    with services.db.read() as s:
        assert [c.id for c in s.scalars(select(Customer))] == [active.id]
        invoice = s.scalars(select(Invoice)).one()
        assert s.scalars(select(WebEvent)).all() == []
        assert (invoice.invoice_number, invoice.customer_id) == ("V-2022", None)
        assert invoice.kept_until == dt.date(2028, 12, 31)
    # The voucher keeps the buyer's name; the email and the web events are gone from the file.
    blob = file_bytes(services.db.path)
    assert b"eino@example.fi" not in blob and OLD_AGENT.encode() not in blob
    journal = services.db.erasure_journal().entries()
    assert [(e.kind, e.ref, e.state) for e in journal] == [("customer", str(gone.id), "done")]


def test_a_closed_request_past_its_period_keeps_type_dates_and_outcome_only(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    clock.now = dt.datetime(2022, 11, 20, 9, 0, tzinfo=dt.UTC)
    maija = add_maija(services, admin)
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2022, 11, 20), "email", maija.id)
    )
    services.requests.close(admin, r.id, "withdrawn", reason="Peruttu puhelimessa")
    clock.now = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)

    services.retention.run(admin, "closed_requests")

    after = services.requests.get(admin, r.id)
    assert after.customer_id is None and after.subject_ref
    assert (after.type, after.outcome, after.received) == ("access", "withdrawn", r.received)
    assert b"Peruttu puhelimessa" not in file_bytes(services.db.path)


def test_only_a_confirmed_rule_runs_by_itself(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    maija = add_maija(services, admin)
    add_events(services, maija.id, clock() - dt.timedelta(days=500), 4, OLD_AGENT)
    with pytest.raises(ValidationError) as err:
        services.retention.set_rule(
            admin, "web_events", period_months=14, confirmed=False, auto_run=True, version=0
        )
    assert err.value.field == "auto_run"
    assert services.retention.run_approved().items == 0
    rule = services.retention.set_rule(
        admin, "web_events", period_months=14, confirmed=True, auto_run=True, version=0
    )
    assert (rule.confirmed, rule.auto_run, rule.version) == (True, True, 1)
    assert services.retention.run_approved().items == 4


def test_a_period_out_of_range_names_the_field(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        services.retention.set_rule(
            admin, "web_events", period_months=0, confirmed=True, auto_run=False, version=0
        )
    assert (err.value.field, err.value.code) == ("period_months", "retention_period_invalid")


def test_a_handler_can_neither_see_the_queue_nor_run_it(services: Services, handler: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.retention.due(handler)
    with pytest.raises(PermissionDenied):
        services.retention.run(handler)


def test_two_runs_at_once_remove_each_item_once(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    import threading

    maija = add_maija(services, admin)
    add_events(services, maija.id, clock() - dt.timedelta(days=600), 1000, OLD_AGENT)
    results = []
    runs = [
        threading.Thread(target=lambda: results.append(services.retention.run(admin, "web_events")))
        for _ in range(2)
    ]
    for t in runs:
        t.start()
    for t in runs:
        t.join(timeout=60)
    assert sum(r.items for r in results) == 1000
    with services.db.read() as s:
        assert s.scalars(select(WebEvent)).all() == []
        assert sum(r.items for r in s.scalars(select(RetentionRun))) == 1000
    purged = [r for r in audit_rows(services.db.path) if r["action"] == "retention.purge"]
    assert sum(int(r["detail"].split(":")[1]) for r in purged) == 1000


def test_a_cancelled_run_keeps_the_batches_it_committed(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    maija = add_maija(services, admin)
    add_events(services, maija.id, clock() - dt.timedelta(days=600), 500, OLD_AGENT)
    seen: list[tuple[int, int]] = []
    result = services.retention.run(
        admin, "web_events", progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen)
    )
    assert seen == [(200, 500)]
    assert result.cancelled and result.items == 200
    with services.db.read() as s:
        assert len(s.scalars(select(WebEvent)).all()) == 300
        run = s.scalars(select(RetentionRun)).one()
        assert (run.items, run.status) == (200, "cancelled")


def test_a_withdrawn_consent_goes_after_its_period_a_given_or_recent_one_stays(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    from l4d_desktop.core.store.models import ConsentEvent

    maija = add_maija(services, admin)
    eino = add_customer(services, admin, "Eino Esimerkki", email="eino@example.fi")
    long_ago = clock() - dt.timedelta(days=4 * 365)
    record = services.consents.record
    record(admin, maija.id, "marketing_email", True, "web_form", at=long_ago)
    record(admin, maija.id, "marketing_email", False, "email", at=long_ago + dt.timedelta(days=9))
    record(admin, maija.id, "analytics", True, "web_form", at=long_ago)  # still given
    record(admin, eino.id, "marketing_email", True, "web_form", at=long_ago)
    record(admin, eino.id, "marketing_email", False, "email", at=clock() - dt.timedelta(days=300))
    assert due_of(services, admin)["withdrawn_consents"] == 1

    services.retention.run(admin, "withdrawn_consents")

    with services.db.read() as s:
        left = {(e.customer_id, e.given) for e in s.scalars(select(ConsentEvent))}
    assert left == {(maija.id, True), (eino.id, True), (eino.id, False)}
    assert len(list(services.consents.history(admin, maija.id))) == 1


def test_kept_invoices_go_the_day_after_their_keeping_time(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    with services.db.transaction() as s:
        for number, kept_until in (("K-1", dt.date(2026, 11, 23)), ("K-2", dt.date(2026, 11, 24))):
            s.add(
                Invoice(
                    invoice_number=number, invoice_date=dt.date(2019, 5, 1), amount_cents=100,
                    buyer_name="Ostaja", created_by=admin.user_id, created_at=clock(),
                    updated_at=clock(), kept_until=kept_until, keep_reason="accounting_act",
                )
            )  # fmt: skip
    assert due_of(services, admin)["kept_invoices"] == 1
    services.retention.run(admin, "kept_invoices")
    with services.db.read() as s:
        assert [i.invoice_number for i in s.scalars(select(Invoice))] == ["K-2"]


def test_failed_logins_are_forgotten_after_a_year(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    from l4d_desktop.core.errors import AuthenticationError

    with pytest.raises(AuthenticationError):
        services.auth.login("maija.meikalainen@example.fi", "väärä salasana tässä")
    clock.advance(days=200)
    assert due_of(services, admin)["login_attempts"] == 0
    clock.advance(days=200)
    assert due_of(services, admin)["login_attempts"] == 1
    before = table_count(services.db.path, "login_attempts")
    services.retention.run(admin, "login_attempts")
    assert table_count(services.db.path, "login_attempts") == before - 1
