"""Removing a customer entered by mistake holds exactly: refused in words as soon as anything was
done with the person (a request and its letter, an invoice, a consent, an objection, a web
event), refused on a changed record, and otherwise audited and announced like any change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.changes import Change
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.errors import BusinessRuleError, ConflictError
from l4d_desktop.core.services import Services
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows
from tests.helpers.requests import register_request

USES: dict[str, Callable[[Services, Actor, CustomerRecord], object]] = {
    "requests": lambda s, a, c: register_request(s, a, c.id, "access"),
    "invoices": lambda s, a, c: s.invoices.add(a, c.id, "V-1", dt.date(2026, 11, 2), "5"),
    "consents": lambda s, a, c: s.consents.record(a, c.id, "analytics", True, "web_form"),
    "objections": lambda s, a, c: s.objections.record(a, c.id, "analytics", dt.date(2026, 11, 2)),
    "web_events": lambda s, a, c: s.events.import_file(
        a, b"email,time\nvirhe@example.fi,2026-11-01T10:00:00Z\n", "events.csv"
    ),
}


@pytest.mark.parametrize("use", list(USES))
def test_anything_done_with_the_person_refuses_the_removal_in_words(
    services: Services, admin: Actor, use: str
) -> None:
    mistake = add_customer(services, admin, "Virhe Asiakas", email="virhe@example.fi")
    USES[use](services, admin, mistake)
    assert services.customer_removal.uses(admin, mistake.id) == (use,)
    record = services.customers.view(admin, mistake.id)
    with pytest.raises(BusinessRuleError) as refused:
        services.customer_removal.remove(admin, mistake.id, record.version)
    assert refused.value.code == "customer_in_use"
    assert "erasure request" in refused.value.message()
    assert services.customers.view(admin, mistake.id).id == mistake.id


def test_a_changed_record_is_not_removed(services: Services, admin: Actor) -> None:
    mistake = add_customer(services, admin, "Virhe Asiakas")
    services.customers.update(admin, mistake.id, mistake.version, CustomerInput(name="Virhe A."))
    with pytest.raises(ConflictError):
        services.customer_removal.remove(admin, mistake.id, mistake.version)


def test_the_removal_is_audited_and_announced(services: Services, admin: Actor) -> None:
    mistake = add_customer(services, admin, "Virhe Asiakas")
    announced: list[frozenset[Change]] = []
    services.changes.subscribe(announced.append)
    services.customer_removal.remove(admin, mistake.id, mistake.version)
    assert announced and Change.CUSTOMERS in announced[0]
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["object_id"], last["detail"], last["outcome"]) == (
        "customer.remove",
        mistake.id,
        mistake.customer_number,
        "ok",
    )
    assert services.customers.search(admin) == []
