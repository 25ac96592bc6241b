"""Two records of one person merged into one by the pääkäyttäjä: the plan first, then one
transaction that joins ledgers, objections, events, invoices, requests and letters, keeps the
consent ledger's history, audits both numbers, and refuses restricted or erasing people and any
record changed meanwhile without leaving anything half done."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.merge import JOINED_COLUMNS
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    L4DError,
    NotFoundError,
    PermissionDenied,
)
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import Base
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db, reopen
from tests.helpers.requests import register_request

EVENTS = (
    b"email,time\naino.k@example.fi,2026-11-01T10:00:00Z\naino.k@example.fi,2026-11-02T10:00:00Z\n"
)
LEDGER = (
    "SELECT purpose_id, given, at, method, notice_version, recorded_by, recorded_at, request_id "
    "FROM consent_events WHERE customer_id = ? ORDER BY at, id"
)
TABLES = ("customers", "consent_events", "objections", "web_events", "invoices", "requests")


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with raw_db(path) as conn:
        return {
            t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES
        }


def _ledger(path: Path, customer_id: int) -> list[tuple[Any, ...]]:
    with raw_db(path) as conn:
        return [tuple(r) for r in conn.execute(LEDGER, (customer_id,))]


@pytest.fixture
def pair(services: Services, admin: Actor) -> tuple[CustomerRecord, CustomerRecord]:
    """Aino entered twice: an older record with an address, a newer one with a phone, her web
    events, an invoice, an access request with its receipt letter, and consents on both."""
    kept = add_customer(
        services, admin, "Aino Kivi", email="aino@example.fi", street="Kuja 1",
        postal_code="00100", city="Helsinki", notes="Asiakas vuodesta 2019.",
    )  # fmt: skip
    duplicate = add_customer(
        services, admin, "Aino Kivi", email="aino.k@example.fi", phone="040 765 4321",
        notes="Soitti marraskuussa.",
    )  # fmt: skip
    services.consents.record(
        admin, kept.id, "analytics", True, "web_form", at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    )
    services.consents.record(
        admin, duplicate.id, "analytics", False, "email", at=dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    )
    services.consents.record(
        admin, duplicate.id, "marketing_email", True, "web_form",
        at=dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    services.objections.record(admin, duplicate.id, "service_development", dt.date(2026, 11, 2))
    services.events.import_file(admin, EVENTS, "events.csv")
    services.invoices.add(admin, duplicate.id, "2026-0077", dt.date(2026, 10, 1), "49,00")
    access = register_request(services, admin, duplicate.id, "access")
    services.letters.issue(admin, access.id, "receipt", "fi", "save")
    return services.customers.view(admin, kept.id), services.customers.view(admin, duplicate.id)


def test_the_plan_shows_both_sides_and_what_joins(
    services: Services, admin: Actor, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    kept, duplicate = pair
    before = _rows(services.db.path)
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    fields = {f.field: f for f in plan.fields}
    assert (fields["email"].kept, fields["email"].duplicate) == (
        "aino@example.fi",
        "aino.k@example.fi",
    )
    assert fields["email"].proposed == "kept" and fields["phone"].proposed == "duplicate"
    assert not fields["name"].differs
    assert plan.notes == "Asiakas vuodesta 2019.\n\nSoitti marraskuussa."
    assert dict(plan.moved) == {
        "consents": 2,
        "objections": 1,
        "web_events": 2,
        "invoices": 1,
        "requests": 1,
        "letters": 1,
        "consent_purges": 0,
    }
    assert plan.conflicts == ("email_differs", "consents_differ")
    assert plan.allowed
    assert _rows(services.db.path) == before  # a plan changes nothing in the register…
    views = [r for r in audit_rows(services.db.path) if r["action"] == "customer.view"][-2:]
    assert [(r["object_id"], r["detail"]) for r in views] == [  # … and is audited as a view
        (kept.id, "customer_merge"),
        (duplicate.id, "customer_merge"),
    ]


def test_the_merge_joins_everything_in_one_audited_transaction(
    services: Services, admin: Actor, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    kept, duplicate = pair
    path = services.db.path
    expected_ledger = sorted(
        _ledger(path, kept.id) + _ledger(path, duplicate.id), key=lambda r: r[2]
    )
    announced: list[frozenset[Change]] = []
    services.changes.subscribe(announced.append)
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)

    result = services.customer_merge.merge(
        admin,
        kept.customer_number,
        duplicate.customer_number,
        kept_version=plan.kept.version,
        duplicate_version=plan.duplicate.version,
        choices={"email": "duplicate"},
    )
    merge_announced = announced[-1]

    merged = result.customer
    assert (merged.id, merged.customer_number) == (kept.id, kept.customer_number)
    assert (merged.email, merged.phone, merged.street) == (
        "aino.k@example.fi",
        "+358407654321",
        "Kuja 1",
    )
    assert merged.notes == plan.notes
    with pytest.raises(NotFoundError):
        services.customers.view(admin, duplicate.id)
    # The consent ledger holds every entry of both, as recorded; the latest by time decides.
    assert _ledger(path, kept.id) == expected_ledger
    assert _ledger(path, duplicate.id) == []
    current = {s.purpose.code: s.given for s in services.consents.current(admin, kept.id)}
    assert (current["analytics"], current["marketing_email"]) == (False, True)
    profile = services.profiles.profile(admin, kept.id, "customer_service")
    assert [i.invoice_number for i in services.invoices.list_invoices(admin, kept.id)] == [
        "2026-0077"
    ]
    assert len(services.objections.list_objections(admin, kept.id)) == 1
    assert services.events.count(admin, kept.id) == 2
    assert profile.customer.id == kept.id
    with raw_db(path) as conn:
        assert [tuple(r) for r in conn.execute("SELECT customer_id FROM requests")] == [(kept.id,)]
        assert conn.execute("SELECT count(*) FROM letters").fetchall()[0][0] == 1
    # Audited against both records, with both numbers; announced as a change of both kinds.
    entries = [r for r in audit_rows(path) if r["action"] == "customer.merge"]
    detail = f"kept={kept.customer_number} duplicate={duplicate.customer_number}"
    assert [(r["object_id"], r["detail"], r["outcome"]) for r in entries] == [
        (kept.id, detail, "ok"),
        (duplicate.id, detail, "ok"),
    ]
    assert {Change.CUSTOMERS, Change.REQUESTS} <= merge_announced
    assert services.audit.verify().ok


def test_the_ledger_stays_append_only(
    services: Services, admin: Actor, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    kept, duplicate = pair
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    services.customer_merge.merge(
        admin, kept.customer_number, duplicate.customer_number,
        kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
    )  # fmt: skip
    with raw_db(services.db.path) as conn, pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE consent_events SET method = 'other' WHERE customer_id = ?", (kept.id,))


def test_an_objection_to_marketing_holds_for_the_merged_person(
    services: Services, admin: Actor
) -> None:
    kept = add_customer(services, admin, "Eero Esimerkki", email="eero@example.fi")
    duplicate = add_customer(services, admin, "Eero Esimerkki", email="eero.e@example.fi")
    services.consents.record(admin, kept.id, "marketing_email", True, "web_form")
    services.objections.record(admin, duplicate.id, "direct_marketing", dt.date(2026, 11, 20))
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    assert "marketing_objection" in plan.conflicts

    result = services.customer_merge.merge(
        admin, kept.customer_number, duplicate.customer_number,
        kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
    )  # fmt: skip

    assert "marketing_email" in result.consents_withdrawn and result.suppressed
    current = {s.purpose.code: s.given for s in services.consents.current(admin, kept.id)}
    assert current["marketing_email"] is False
    # The kept address is barred too: a later record with it gets no marketing consent.
    again = add_customer(services, admin, "Eero E.", email="eero@example.fi")
    with pytest.raises(BusinessRuleError) as barred:
        services.consents.record(admin, again.id, "marketing_email", True, "web_form")
    assert barred.value.code == "marketing_suppressed"


@pytest.mark.parametrize("side", ["kept", "duplicate"])
def test_a_restricted_or_erasing_person_is_not_merged(
    services: Services, admin: Actor, side: str
) -> None:
    kept = add_customer(services, admin, "Aino Kivi", email="aino@example.fi")
    duplicate = add_customer(services, admin, "Aino Kivi", email="aino.k@example.fi")
    target = kept if side == "kept" else duplicate
    register_request(services, admin, target.id, "erasure")
    before = _rows(services.db.path)
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    assert [(r.code, r.customer_number) for r in plan.refusals] == [
        ("merge_erasure_open", target.customer_number)
    ]
    with pytest.raises(BusinessRuleError) as refused:
        services.customer_merge.merge(
            admin, kept.customer_number, duplicate.customer_number,
            kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
        )  # fmt: skip
    assert refused.value.code == "merge_erasure_open"
    assert target.customer_number in refused.value.message()
    assert _rows(services.db.path) == before


def test_a_restricted_person_is_not_merged(services: Services, admin: Actor) -> None:
    kept = add_customer(services, admin, "Aino Kivi")
    duplicate = add_customer(services, admin, "Aino Kivi")
    services.customers.set_restriction(admin, duplicate.id, True)
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    with pytest.raises(BusinessRuleError) as refused:
        services.customer_merge.merge(
            admin, kept.customer_number, duplicate.customer_number,
            kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
        )  # fmt: skip
    assert refused.value.code == "merge_restricted"
    assert "restricted" in refused.value.message()
    assert services.customers.view(admin, duplicate.id).restricted


def test_one_record_is_not_merged_with_itself_and_numbers_must_exist(
    services: Services, admin: Actor
) -> None:
    one = add_customer(services, admin, "Aino Kivi")
    with pytest.raises(BusinessRuleError) as same:
        services.customer_merge.plan(admin, one.customer_number, one.customer_number)
    assert same.value.code == "merge_same_customer"
    with pytest.raises(NotFoundError):
        services.customer_merge.plan(admin, one.customer_number, "999999")


def test_only_the_administrator_merges(
    services: Services, admin: Actor, handler: Actor, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    kept, duplicate = pair
    with pytest.raises(PermissionDenied):
        services.customer_merge.plan(handler, kept.customer_number, duplicate.customer_number)
    with pytest.raises(PermissionDenied):
        services.customer_merge.merge(
            handler, kept.customer_number, duplicate.customer_number,
            kept_version=kept.version, duplicate_version=duplicate.version,
        )  # fmt: skip


@pytest.mark.parametrize("edited", ["kept", "duplicate"])
def test_an_edit_after_the_plan_refuses_the_merge(
    services: Services, admin: Actor, pair: tuple[CustomerRecord, CustomerRecord], edited: str
) -> None:
    kept, duplicate = pair
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    record = kept if edited == "kept" else duplicate
    services.customers.update(
        admin, record.id, record.version, CustomerInput(name="Aino Kivi-Koski", email=record.email)
    )
    before = _rows(services.db.path)
    with pytest.raises(ConflictError):
        services.customer_merge.merge(
            admin, kept.customer_number, duplicate.customer_number,
            kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
        )  # fmt: skip
    assert _rows(services.db.path) == before


def _race(services: Services, editor: Services, admin: Actor, n: int) -> None:
    """One merge and one edit of the duplicate, started together."""
    kept = add_customer(services, admin, f"Aino Kivi {n}")
    duplicate = add_customer(services, admin, f"Aino Kivi {n}", phone="040 765 4321")
    services.invoices.add(admin, duplicate.id, f"R-{n}", dt.date(2026, 10, 1), "5")
    plan = services.customer_merge.plan(admin, kept.customer_number, duplicate.customer_number)
    outcomes: dict[str, object] = {}
    start = threading.Barrier(2)

    def merge() -> None:
        start.wait()
        try:
            outcomes["merge"] = services.customer_merge.merge(
                admin, kept.customer_number, duplicate.customer_number,
                kept_version=plan.kept.version, duplicate_version=plan.duplicate.version,
            )  # fmt: skip
        except L4DError as exc:
            outcomes["merge"] = exc

    def edit() -> None:
        start.wait()
        try:
            outcomes["edit"] = editor.customers.update(
                admin, duplicate.id, duplicate.version,
                CustomerInput(name=f"Aino Kivi {n}", phone="040 111 2222"),
            )  # fmt: skip
        except L4DError as exc:
            outcomes["edit"] = exc

    threads = [threading.Thread(target=merge), threading.Thread(target=edit)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    moved = services.invoices.list_invoices(admin, kept.id)
    if isinstance(outcomes["merge"], L4DError):
        assert isinstance(outcomes["merge"], ConflictError)
        assert isinstance(outcomes["edit"], CustomerRecord)
        assert services.customers.view(admin, duplicate.id).phone == "+358401112222"
        assert moved == []  # nothing half done
    else:
        assert isinstance(outcomes["edit"], ConflictError | NotFoundError)
        assert [i.invoice_number for i in moved] == [f"R-{n}"]
        with pytest.raises(NotFoundError):
            services.customers.view(admin, duplicate.id)


def test_a_parallel_edit_and_merge_never_leave_half_a_merge(
    services: Services, admin: Actor
) -> None:
    """Another workstation edits the duplicate while the merge runs: one of them wins whole."""
    editor = reopen(services.db.path)
    try:
        for n in range(4):
            _race(services, editor, admin, n)
    finally:
        editor.db.dispose()


def test_every_column_that_points_at_a_customer_is_joined() -> None:
    """A table that comes to reference customers cannot be forgotten by the merge (a cascade
    would delete its rows with the duplicate, silently)."""
    in_schema = {
        (fk.parent.table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "customers"
    }
    joined = {(c.class_.__tablename__, c.key) for c in JOINED_COLUMNS}
    assert in_schema == joined
