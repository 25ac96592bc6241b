"""The erasure plan: every item with its action, reason and dates, and the runs it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.erasure.records import (
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
)
from l4d_desktop.core.errors import BusinessRuleError, PermissionDenied
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import (
    DataSubjectRequest,
)
from tests.core.erasure.erased_person import RECTIFIED_NAME, file_bytes, make_person, sqlite_update
from tests.helpers.database import audit_rows

# -- the plan -------------------------------------------------------------------------------------


def test_the_plan_shows_every_item_with_its_action_reason_and_dates(
    services: Services, admin: Actor, others: CustomerRecord
) -> None:
    p = make_person(services, admin, invoices=2, events=10)
    with services.db.transaction() as session:  # a voucher whose keeping time is over
        session.execute(
            sqlite_update("invoices", "invoice_date = '2018-06-01'", "invoice_number = 'Z-1'")
        )
    # The letter that left described the invoice as kept: it no longer describes this plan.
    stale = services.erasure.plan(admin, p.erasure_id)
    assert (stale.letter_ready, stale.letter_notice) == (False, "erasure_letter_outdated")
    services.letters.issue(admin, p.erasure_id, "erasure", "fi", "save")
    before = file_bytes(services.db.path)
    plan = services.erasure.plan(admin, p.erasure_id)
    assert (plan.request_id, plan.customer_id) == (p.erasure_id, p.customer.id)
    assert plan.customer_name == RECTIFIED_NAME
    assert plan.letter_ready is True and plan.letter_notice == ""
    assert plan.token == stale.token
    assert plan.rows(ItemKind.LETTER, ErasureAction.ANONYMISE) == 3

    def one(kind: str) -> list[tuple[str, str]]:
        return [(i.action, i.reason) for i in plan.items if i.kind == kind]

    assert one(ItemKind.CUSTOMER) == [(ErasureAction.DELETE, ErasureReason.ERASURE)]
    assert plan.rows(ItemKind.CONSENT_EVENT, ErasureAction.DELETE) == 3  # 2 given, 1 ended
    assert one(ItemKind.OBJECTION) == [(ErasureAction.DELETE, ErasureReason.ERASURE)] * 2
    assert one(ItemKind.SUPPRESSION) == [
        (ErasureAction.KEEP, ErasureReason.DIRECT_MARKETING_OBJECTION)
    ]
    assert plan.rows(ItemKind.SUPPRESSION) == 2  # email and phone, as hashes
    assert plan.rows(ItemKind.WEB_EVENTS, ErasureAction.DELETE) == 10
    invoices = {i.label: i for i in plan.items if i.kind == ItemKind.INVOICE}
    kept = invoices["Z-0"]
    assert (kept.action, kept.reason) == (ErasureAction.KEEP, ErasureReason.ACCOUNTING_ACT)
    assert (kept.kept_until, kept.purge_on) == (dt.date(2030, 12, 31), dt.date(2031, 1, 1))
    assert {"buyer_name", "billing_address"} <= set(kept.fields_kept)
    old = invoices["Z-1"]
    assert (old.action, old.reason) == (ErasureAction.DELETE, ErasureReason.RETENTION_ENDED)
    assert old.kept_until == dt.date(2024, 12, 31) and old.purge_on is None
    requests = [i for i in plan.items if i.kind == ItemKind.REQUEST]
    assert {i.object_id for i in requests} == {p.erasure_id, p.earlier_id}
    for item in requests:
        assert (item.action, item.reason) == (ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)
        assert {"type", "received_on", "due", "status"} <= set(item.fields_kept)
        assert {"requester_text", "requester_name", "requester_contact"} <= set(item.fields_removed)
        assert {"identity_note", "extension_reason", "refusal_reason", "assessment"} <= set(
            item.fields_removed
        )
    assert one(ItemKind.REQUEST_PAUSE) == [(ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)]
    changes = [i for i in plan.items if i.kind == ItemKind.FIELD_CHANGE]
    assert [(i.action, i.label, i.fields_kept) for i in changes] == [
        (ErasureAction.KEEP, "name", ("field", "changed_at"))
    ]
    assert one(ItemKind.RECIPIENT_NOTICE) == [
        (ErasureAction.ANONYMISE, ErasureReason.ACCOUNTABILITY)
    ]
    assert [i.kind for i in plan.kept] == [
        ItemKind.SUPPRESSION,
        ItemKind.INVOICE,
        ItemKind.FIELD_CHANGE,
    ]
    # Making the plan changed no data; it is audited as a view, with ids only.
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME
    entry = [r for r in audit_rows(services.db.path) if r["action"] == "erasure.plan"][-1]
    assert (entry["object_type"], entry["object_id"]) == ("request", p.erasure_id)
    assert entry["detail"] == f"customer:{p.customer.id}"
    assert before  # the file was readable


# -- refusals -------------------------------------------------------------------------------------


def test_running_twice_is_refused_and_changes_nothing(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.erasure.run(admin, p.erasure_id, plan.token)
    count = len(audit_rows(services.db.path))
    for call in (
        lambda: services.erasure.run(admin, p.erasure_id, plan.token),
        lambda: services.erasure.plan(admin, p.erasure_id),
    ):
        with pytest.raises(BusinessRuleError) as info:
            call()
        assert info.value.code == "erasure_already_run"
    assert len(audit_rows(services.db.path)) == count


def test_a_plan_made_on_other_data_is_refused(services: Services, admin: Actor) -> None:
    p = make_person(services, admin, invoices=1, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    services.invoices.add(admin, p.customer.id, "Z-late", dt.date(2026, 11, 23), "5")
    with pytest.raises(BusinessRuleError) as info:
        services.erasure.run(admin, p.erasure_id, plan.token)
    assert info.value.code == "erasure_plan_changed"
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME
    fresh = services.erasure.plan(admin, p.erasure_id)
    assert fresh.token != plan.token
    assert fresh.rows(ItemKind.INVOICE, ErasureAction.KEEP) == 2
    # The letter that left describes the plan without the new invoice: a new letter first.
    with pytest.raises(BusinessRuleError) as info:
        services.erasure.run(admin, p.erasure_id, fresh.token)
    assert info.value.code == "erasure_letter_outdated"
    assert "new erasure letter" in str(info.value)
    services.letters.issue(admin, p.erasure_id, "erasure", "fi", "save")
    services.erasure.run(admin, p.erasure_id, fresh.token)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"type": "access"}, "erasure_wrong_type"),
        ({"status": "completed"}, "erasure_request_closed"),
        ({"status": "withdrawn"}, "erasure_request_closed"),
        ({"customer_id": None}, "erasure_not_identified"),
    ],
)
def test_only_an_open_identified_erasure_request_is_planned_or_run(
    services: Services, admin: Actor, change: dict[str, object], code: str
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    with services.db.transaction() as session:
        r = session.get(DataSubjectRequest, p.erasure_id)
        assert r is not None
        for key, value in change.items():
            setattr(r, key, value)
    for call in (
        lambda: services.erasure.plan(admin, p.erasure_id),
        lambda: services.erasure.run(admin, p.erasure_id, plan.token),
    ):
        with pytest.raises(BusinessRuleError) as info:
            call()
        assert info.value.code == code
        assert info.value.params == {"request": p.erasure_id}
    assert services.customers.view(admin, p.customer.id).name == RECTIFIED_NAME


def test_an_unknown_request(services: Services, admin: Actor) -> None:
    with pytest.raises(Exception) as info:
        services.erasure.plan(admin, 999)
    assert getattr(info.value, "code", "") == "not_found"


def test_a_handler_without_customers_erase_is_refused_and_the_refusal_audited(
    services: Services, admin: Actor, handler: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    plan = services.erasure.plan(admin, p.erasure_id)
    for operation, call in (
        ("erasure.plan", lambda: services.erasure.plan(handler, p.erasure_id)),
        ("erasure.run", lambda: services.erasure.run(handler, p.erasure_id, plan.token)),
    ):
        with pytest.raises(PermissionDenied) as info:
            call()
        assert info.value.right == "customers.erase"
        last = audit_rows(services.db.path)[-1]
        assert (last["actor_id"], last["action"], last["outcome"], last["detail"]) == (
            handler.user_id,
            operation,
            "denied",
            "customers.erase",
        )
    # Granted customers.erase, a handler may erase (they hold requests.handle already).
    services.users.set_right(admin, handler.user_id, "customers.erase", True)
    services.erasure.run(handler, p.erasure_id, services.erasure.plan(handler, p.erasure_id).token)


def test_customers_erase_alone_is_not_enough(
    services: Services, admin: Actor, reader: Actor
) -> None:
    p = make_person(services, admin, invoices=0, events=1)
    services.users.set_right(admin, reader.user_id, "customers.erase", True)
    with pytest.raises(PermissionDenied) as info:
        services.erasure.plan(reader, p.erasure_id)
    assert info.value.right == "requests.handle"


def test_plan_dates_follow_the_financial_year_setting(services: Services, admin: Actor) -> None:
    from l4d_desktop.core.store.settings import SettingsStore

    p = make_person(services, admin, invoices=0, events=1)
    services.invoices.add(admin, p.customer.id, "Z-aug", dt.date(2024, 8, 10), "1")
    with services.db.transaction() as session:
        SettingsStore().put(session, "fiscal_year_end", "06-30")
    plan: ErasurePlan = services.erasure.plan(admin, p.erasure_id)
    [item] = [i for i in plan.items if i.kind == ItemKind.INVOICE]
    assert (item.kept_until, item.purge_on) == (dt.date(2031, 12, 31), dt.date(2032, 1, 1))
