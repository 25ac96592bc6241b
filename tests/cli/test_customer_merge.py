"""`customer merge KEEP_NUMBER DUPLICATE_NUMBER [--yes]`: the plan as JSON without --yes, the
merge with it; refusals and rights in one line each."""

from __future__ import annotations

import datetime as dt
import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, table_count
from tests.helpers.requests import register_request
from tests.helpers.users import HANDLER_PASSWORD

PLAN_KEYS = [
    "merged",
    "allowed",
    "kept",
    "duplicate",
    "fields",
    "notes",
    "moved",
    "conflicts",
    "refusals",
]


def test_the_plan_first_then_the_merge(as_admin: Cli, services: Services, admin: Actor) -> None:
    kept = add_customer(services, admin, "Aino Kivi", email="aino@example.fi", city="Helsinki")
    duplicate = add_customer(services, admin, "Aino Kivi", email="aino.k@example.fi")
    services.invoices.add(admin, duplicate.id, "2026-0077", dt.date(2026, 10, 1), "49,00")
    numbers = (kept.customer_number, duplicate.customer_number)

    shown = as_admin("customer", "merge", *numbers)
    assert shown.code == 0, shown.err
    plan = json.loads(shown.out)
    assert list(plan) == PLAN_KEYS
    assert (plan["merged"], plan["allowed"]) == (False, True)
    email = next(f for f in plan["fields"] if f["field"] == "email")
    assert email == {
        "field": "email",
        "kept": "aino@example.fi",
        "duplicate": "aino.k@example.fi",
        "differs": True,
        "take": "kept",
    }
    assert plan["moved"]["invoices"] == 1
    assert plan["conflicts"] == ["email_differs"]
    assert table_count(services.db.path, "customers") == 2  # the plan changed nothing

    done = as_admin("customer", "merge", *numbers, "--from-duplicate", "email", "--yes")
    assert done.code == 0, done.err
    result = json.loads(done.out)
    assert result["merged"] is True
    assert result["customer"]["customer_number"] == kept.customer_number
    assert (result["customer"]["email"], result["customer"]["city"]) == (
        "aino.k@example.fi",
        "Helsinki",
    )
    assert result["duplicate_number"] == duplicate.customer_number
    assert result["moved"]["invoices"] == 1
    assert table_count(services.db.path, "customers") == 1
    assert [
        r["detail"] for r in audit_rows(services.db.path) if r["action"] == "customer.merge"
    ] == [f"kept={numbers[0]} duplicate={numbers[1]}"] * 2


def test_a_refused_merge_says_why_in_one_line(
    as_admin: Cli, services: Services, admin: Actor
) -> None:
    kept = add_customer(services, admin, "Aino Kivi")
    duplicate = add_customer(services, admin, "Aino Kivi")
    register_request(services, admin, duplicate.id, "erasure")
    numbers = (kept.customer_number, duplicate.customer_number)
    plan = json.loads(as_admin("customer", "merge", *numbers).out)
    assert plan["allowed"] is False
    assert plan["refusals"][0]["code"] == "merge_erasure_open"
    refused = as_admin("customer", "merge", *numbers, "--yes")
    assert refused.code != 0
    assert "erasure request in progress" in refused.error_line
    assert duplicate.customer_number in refused.error_line
    assert table_count(services.db.path, "customers") == 2
    unknown = as_admin("customer", "merge", kept.customer_number, "99999")
    assert unknown.code != 0 and "no such record" in unknown.error_line


def test_a_handler_may_not_merge(
    cli: Cli, services: Services, admin: Actor, handler: Actor
) -> None:
    kept = add_customer(services, admin, "Aino Kivi")
    duplicate = add_customer(services, admin, "Aino Kivi")
    denied = cli(
        "--user", "kasittelija", "--password-stdin",
        "customer", "merge", kept.customer_number, duplicate.customer_number, "--yes",
        stdin=f"{HANDLER_PASSWORD}\n",
    )  # fmt: skip
    assert denied.code != 0 and "users.admin" in denied.error_line
    assert table_count(services.db.path, "customers") == 2
