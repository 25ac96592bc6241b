"""customer show/export, consent give/withdraw, objection add, events import and invoice add on
the command line: exact forms and keys, errors in one line, rights (demo-data's among them)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer, add_maija
from tests.helpers.database import audit_rows, table_count
from tests.helpers.users import HANDLER_PASSWORD

PROFILE_KEYS = [
    "customer",
    "consents",
    "consent_history",
    "objections",
    "events",
    "invoices",
    "requests",
    "views",
]


@pytest.fixture
def maija(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(services, admin, city="Kirkkonummi")


def test_consents_objection_invoice_and_events_then_show_everything(
    as_admin: Cli, services: Services, admin: Actor, maija: CustomerRecord, tmp_path: Path
) -> None:
    cid = str(maija.id)
    given = as_admin(
        "consent", "give", "--customer", cid, "--purpose", "marketing_email",
        "--method", "web_form", "--at", "2026-03-01T10:00:00+02:00",
    )  # fmt: skip
    assert given.code == 0, given.err
    assert int(given.out) > 0
    withdrawn = as_admin(
        "consent", "withdraw", "--customer", cid, "--purpose", "marketing_email",
        "--method", "email",
    )  # fmt: skip
    assert withdrawn.code == 0, withdrawn.err

    objection = as_admin(
        "objection", "add", "--customer", cid, "--purpose", "analytics",
        "--received", "2026-11-20", "--reason", "Ei kiitos.",
    )  # fmt: skip
    assert json.loads(objection.out) == {
        "id": 1,
        "consents_withdrawn": [],
        "suppressed": False,
    }

    invoice = as_admin(
        "invoice", "add", "--customer", cid, "--number", "2026-0042",
        "--date", "2026-05-04", "--amount", "249,00", "--paid",
    )  # fmt: skip
    assert invoice.code == 0, invoice.err

    events = tmp_path / "verkko.json"
    events.write_text(
        json.dumps(
            [
                {"email": "MAIJA@example.fi", "time": "2026-11-01T10:00:00Z", "ip": "192.0.2.1"},
                {"email": "tuntematon@example.fi", "time": "2026-11-01T10:00:00Z"},
                {"customer_number": maija.customer_number, "time": "huomenna"},
            ]
        ),
        encoding="utf-8",
    )
    imported = as_admin("events", "import", str(events), "--format", "json")
    assert imported.code == 0, imported.err
    assert json.loads(imported.out) == {
        "imported": 1,
        "rejected": 2,
        "unmatched": 1,
        "rejected_rows": [
            {
                "row": 2,
                "field": "email",
                "reason": "email: no customer in the register has this value.",
            },
            {
                "row": 3,
                "field": "time",
                "reason": "time: not a valid ISO 8601 time (e.g. 2026-11-24T10:15:00+02:00).",
            },
        ],
    }

    shown = as_admin("customer", "show", cid, "--format", "json", "--purpose", "request:3")
    assert shown.code == 0, shown.err
    profile = json.loads(shown.out)
    assert list(profile) == PROFILE_KEYS
    assert profile["customer"]["name"] == "Maija Meikäläinen"
    assert profile["customer"]["phone"] == "+358401234567"
    assert "sort_key" not in profile["customer"]
    assert [(e["given"], e["method"]) for e in profile["consent_history"]] == [
        (False, "email"),
        (True, "web_form"),
    ]
    assert profile["consent_history"][1]["at"] == "2026-03-01T08:00:00+00:00"
    state = {c["purpose"]["code"]: c["given"] for c in profile["consents"]}
    assert state["marketing_email"] is False and state["analytics"] is None
    assert profile["objections"][0]["reason"] == "Ei kiitos."
    assert profile["invoices"][0]["amount_cents"] == 24900
    assert profile["invoices"][0]["paid"] is True
    assert [e["ip"] for e in profile["events"]] == ["192.0.2.1"]
    assert profile["views"][-1]["purpose"] == "request:3"
    assert audit_rows(services.db.path)[-1]["detail"] == "request:3"


def test_export_writes_a_spreadsheet_csv_and_leaves_restricted_people_out(
    as_admin: Cli, services: Services, admin: Actor, maija: CustomerRecord, tmp_path: Path
) -> None:
    other = add_customer(services, admin, "=Eino Aalto", email="eino@example.fi")
    services.customers.set_restriction(admin, maija.id, True)
    out = tmp_path / "asiakkaat.csv"
    result = as_admin("customer", "export", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == "1"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["customer_number", "name", "email"]
    assert rows[1][:3] == [other.customer_number, "'=Eino Aalto", "eino@example.fi"]
    assert (out.stat().st_mode & 0o777) == 0o600

    searched = as_admin("customer", "export", str(out), "--search", "maija", "--force")
    assert searched.out.strip() == "0"


def test_the_marketing_list_export(
    as_admin: Cli, services: Services, admin: Actor, maija: CustomerRecord, tmp_path: Path
) -> None:
    add_customer(services, admin, "Eino Aalto", email="eino@example.fi")
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    out = tmp_path / "markkinointi.csv"
    result = as_admin("customer", "export", str(out), "--marketing", "marketing_email")
    assert result.out.strip() == "1"
    unknown = as_admin("customer", "export", str(out), "--marketing", "astrology", "--force")
    assert unknown.code == 1
    assert unknown.error_line == "error: purpose: no such purpose."


def test_errors_are_one_line_and_rights_are_obeyed(
    cli: Cli, as_admin: Cli, services: Services, admin: Actor, maija: CustomerRecord
) -> None:
    from tests.helpers.users import make_user

    make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)
    bad = as_admin(
        "consent", "give", "--customer", str(maija.id), "--purpose", "analytics",
        "--method", "email", "--at", "2026-03-01 10:00",
    )  # fmt: skip
    assert bad.error_line.startswith("error: at: not a valid ISO 8601 time")
    amount = as_admin(
        "invoice", "add", "--customer", str(maija.id), "--number", "1", "--date", "2026-01-01",
        "--amount", "paljon",
    )  # fmt: skip
    assert amount.error_line == "error: amount: not a valid amount in euros (e.g. 125,50)."
    missing = as_admin("customer", "show", "999")
    assert missing.error_line == "error: customer: no such record."

    as_handler = cli(
        "--user", "kasittelija", "--password-stdin", "demo-data", "--customers", "5",
        stdin=f"{HANDLER_PASSWORD}\n",
    )  # fmt: skip
    assert as_handler.code == 1
    assert "users.admin" in as_handler.error_line
    assert table_count(services.db.path, "customers") == 1
