"""request erase ID (the plan, text or JSON) and request erase ID --yes (runs it): forms, exit
codes, one-line errors and rights."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import HANDLER_PASSWORD


@pytest.fixture
def person(services: Services, admin: Actor) -> CustomerRecord:
    c = add_customer(
        services,
        admin,
        "Åke Zyxwäinen",
        email="ake@kanaria.example",
        phone="040 765 4321",
        street="Kanariankuja 7",
        postal_code="00990",
        city="Helsinki",
    )
    services.invoices.add(admin, c.id, "Z-1", dt.date(2024, 3, 10), "12,50")
    services.consents.record(admin, c.id, "marketing_email", True, "web_form")
    return c


@pytest.fixture
def erasure_id(services: Services, admin: Actor, person: CustomerRecord) -> int:
    r = services.requests.register(
        admin, RequestInput("erasure", dt.date(2026, 11, 20), "email", person.id)
    )
    services.letters.issue(admin, r.id, "erasure", "fi", "save")
    return r.id


def test_the_plan_in_text_names_every_action_and_the_kept_invoice(
    as_admin: Cli, erasure_id: int, person: CustomerRecord, services: Services
) -> None:
    result = as_admin("request", "erase", str(erasure_id))
    assert result.code == 0, result.err
    out = result.out
    assert f"Erasure plan for request {erasure_id}: customer {person.id}" in out
    assert "Confirmation letter: sent" in out
    assert "delete" in out and "anonymise" in out and "keep" in out
    assert "invoice" in out and "[Z-1]" in out
    assert "kept until 2030-12-31 (law), purged on 2031-01-01" in out
    assert "kirjanpitolaki 1336/1997" in out
    assert f"request erase {erasure_id} --yes --token " in out
    # Printing the plan erased nothing.
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (1,)


def test_the_plan_as_json(as_admin: Cli, erasure_id: int, person: CustomerRecord) -> None:
    result = as_admin("request", "erase", str(erasure_id), "--format", "json")
    assert result.code == 0, result.err
    plan = json.loads(result.out)
    assert list(plan) == [
        "request_id",
        "customer_id",
        "customer_number",
        "customer_name",
        "made_on",
        "token",
        "letter_ready",
        "letter_notice",
        "items",
        "erase_by",
        "backup_days",
    ]
    assert (plan["erase_by"], plan["backup_days"]) == ("2026-12-21", 7)  # backup_keep
    assert (plan["request_id"], plan["customer_id"]) == (erasure_id, person.id)
    assert plan["letter_ready"] is True
    kinds = {(i["kind"], i["action"]) for i in plan["items"]}
    assert kinds == {
        ("customer", "delete"),
        ("consent_event", "delete"),
        ("invoice", "keep"),
        ("request", "anonymise"),
        ("letter", "anonymise"),  # the confirmation letter's PDF goes, its hash stays
    }
    [invoice] = [i for i in plan["items"] if i["kind"] == "invoice"]
    assert (invoice["reason"], invoice["kept_until"], invoice["purge_on"]) == (
        "accounting_act",
        "2030-12-31",
        "2031-01-01",
    )


def test_yes_runs_it_and_prints_a_summary(
    as_admin: Cli, erasure_id: int, services: Services
) -> None:
    token = json.loads(as_admin("request", "erase", str(erasure_id), "--format", "json").out)[
        "token"
    ]
    result = as_admin("request", "erase", str(erasure_id), "--yes", "--token", token)
    assert result.code == 0, result.err
    assert result.err == ""
    assert f"Erased for request {erasure_id}" in result.out
    assert "reference ERASED-" in result.out
    assert "deleted: consent_event 1, customer 1" in result.out
    assert "checkpoint of the database file and WAL: done" in result.out
    assert "kept until 2030-12-31" in result.out
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (0,)
        assert conn.execute("SELECT kept_until FROM invoices").fetchall() == [("2030-12-31",)]
    assert services.audit.verify().ok

    again = as_admin("request", "erase", str(erasure_id), "--yes")
    assert again.code == 1
    assert again.error_line == (f"error: The erasure of request {erasure_id} has already been run.")


def test_yes_as_json(as_admin: Cli, erasure_id: int) -> None:
    result = as_admin("request", "erase", str(erasure_id), "--yes", "--format", "json")
    assert result.code == 0, result.err
    done = json.loads(result.out)
    assert done["request_id"] == erasure_id
    assert done["subject_ref"].startswith("ERASED-")
    assert done["deleted"]["customer"] == 1
    assert done["checkpoint"]["ok"] is True and done["checkpoint"]["wal_bytes"] == 0
    assert [k["label"] for k in done["kept"]] == ["Z-1"]


def test_a_stale_token_is_refused_and_nothing_is_erased(
    as_admin: Cli, erasure_id: int, services: Services
) -> None:
    result = as_admin("request", "erase", str(erasure_id), "--yes", "--token", "0" * 32)
    assert result.code == 1
    assert "changed after the erasure plan was made" in result.error_line
    with raw_db(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (1,)


def test_a_handler_is_refused_with_exit_code_1_and_the_refusal_audited(
    cli: Cli, handler: Actor, erasure_id: int, services: Services
) -> None:
    result = cli(
        "--user", "kasittelija", "--password-stdin", "request", "erase", str(erasure_id),
        stdin=f"{HANDLER_PASSWORD}\n",
    )  # fmt: skip
    assert result.code == 1
    assert result.error_line == "error: You do not have the right to do this (customers.erase)."
    last = audit_rows(services.db.path)[-1]
    assert (last["action"], last["outcome"], last["detail"]) == (
        "erasure.plan",
        "denied",
        "customers.erase",
    )


def test_an_access_request_cannot_be_erased(
    as_admin: Cli, services: Services, admin: Actor, person: CustomerRecord
) -> None:
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", person.id)
    )
    result = as_admin("request", "erase", str(r.id), "--yes")
    assert result.code == 1
    assert result.error_line == f"error: Request {r.id} is not an erasure request."


@pytest.mark.parametrize(
    "argv",
    [
        ("request", "erase"),
        ("request", "erase", "abc"),
        ("request", "erase", "0"),
        ("request", "erase", "1", "--format", "csv"),
    ],
)
def test_usage_errors_exit_2(as_admin: Cli, admin: Actor, argv: tuple[str, ...]) -> None:
    result = as_admin(*argv)
    assert result.code == 2
    assert result.error_line.startswith("error: ")
