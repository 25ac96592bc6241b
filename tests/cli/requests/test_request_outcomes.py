"""The whole life of an objection, a withdrawal and an erasure with its Art. 19 checklist,
scripted on the command line: every step a letter depends on, the letters written to files and
read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.customers import add_maija
from tests.helpers.pdf import pdf_text

EVENTS = (
    b"email,time\nmaija@example.fi,2026-11-01T10:00:00Z\nmaija@example.fi,2026-11-02T10:00:00Z\n"
)


@pytest.fixture
def customer(services: Services, admin: Actor) -> CustomerRecord:
    return add_maija(
        services, admin, street="Mannerheimintie 1", postal_code="00100", city="Helsinki"
    )


def _ok(result: Result) -> str:
    assert result.code == 0, result.err
    return result.out


def _request(as_admin: Cli, rtype: str, customer_id: int) -> int:
    rid = int(
        _ok(
            as_admin(
                "request", "add", "--type", rtype, "--customer", str(customer_id),
                "--received", "2026-11-20", "--channel", "email",
            )
        ).split()[0]
    )  # fmt: skip
    _ok(as_admin("request", "identify", str(rid), "--method", "email_on_file"))
    return rid


def test_an_objection_to_several_purposes_and_its_decision_and_letter(
    as_admin: Cli, services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path
) -> None:
    services.consents.record(admin, customer.id, "marketing_email", True, "web_form")
    rid = _request(as_admin, "objection", customer.id)
    recorded = json.loads(
        _ok(
            as_admin(
                "request", "object", str(rid),
                "--purpose", "direct_marketing", "--purpose", "analytics",
            )
        )
    )  # fmt: skip
    assert [o["purpose"] for o in recorded] == ["direct_marketing", "analytics"]
    assert {o["effective_on"] for o in recorded} == {"2026-11-20"}
    assert recorded[0]["consents_withdrawn"] == ["marketing_email"]
    assert recorded[0]["recorded_at"].startswith("2026-11-24T08:00")
    again = as_admin("request", "object", str(rid), "--purpose", "analytics")
    assert again.code != 0 and "already recorded under this request" in again.error_line
    reason = json.dumps({"outcome": "compelling_grounds", "reason": "Laskutuksen valvonta."})
    decided = json.loads(
        _ok(as_admin("objection", "decide", str(recorded[1]["id"]), "--json", "-", extra=reason))
    )
    assert decided["outcome"] == "compelling_grounds"
    out = tmp_path / "objection.pdf"
    _ok(as_admin("letter", "render", "--request", str(rid), "--kind", "objection",
                 "--lang", "fi", "--out", str(out)))  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert "heti 20.11.2026" in text and "Laskutuksen valvonta." in text
    # The English letter waits for the reasons in English, and then prints only those.
    en_out = tmp_path / "objection-en.pdf"
    render_en = ("letter", "render", "--request", str(rid), "--kind", "objection",
                 "--lang", "en", "--out", str(en_out))  # fmt: skip
    refused = as_admin(*render_en)
    assert (
        refused.code == 1
        and "the compelling grounds for going on with analytics" in refused.error_line
    )
    assert "--topic objection_decision.analytics --text TEXT --lang en" in refused.error_line
    assert not en_out.exists()
    reason_en = "We need the analytics to monitor our invoicing for errors."
    _ok(as_admin("request", "text", str(rid), "--topic", "objection_decision.analytics",
                 "--lang", "en", "--text", reason_en))  # fmt: skip
    _ok(as_admin(*render_en))
    english = pdf_text(en_out.read_bytes())
    assert reason_en in english and "Laskutuksen valvonta." not in english


def test_a_withdrawal_its_purge_plan_and_run_and_letter(
    as_admin: Cli, services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path
) -> None:
    for purpose in ("ad_targeting", "analytics"):
        services.consents.record(admin, customer.id, purpose, True, "web_form")
    services.events.import_file(admin, EVENTS, "events.csv")
    rid = _request(as_admin, "withdrawal", customer.id)
    withdrawn = json.loads(
        _ok(as_admin("request", "withdraw", str(rid),
                     "--purpose", "ad_targeting", "--purpose", "analytics"))
    )  # fmt: skip
    assert withdrawn["withdrawn"] == ["ad_targeting", "analytics"]
    purge = ("consent", "purge", "--customer", str(customer.id),
             "--purpose", "ad_targeting", "--purpose", "analytics")  # fmt: skip
    plan = json.loads(_ok(as_admin(*purge)))
    assert plan["empty"] is False
    assert [(x["kind"], x["count"]) for x in plan["lines"]] == [("web_events", 2)]
    refused = as_admin(*purge, "--yes", "--token", "0" * 32, "--request", str(rid))
    assert refused.code != 0 and "show the plan again" in refused.error_line
    assert services.events.count(admin, customer.id) == 2
    ran = json.loads(
        _ok(as_admin(*purge, "--yes", "--token", plan["token"], "--request", str(rid)))
    )
    assert [(e["kind"], e["count"]) for e in ran["erased"]] == [("web_events", 2)]
    assert services.events.count(admin, customer.id) == 0
    out = tmp_path / "withdrawal.pdf"
    _ok(as_admin("letter", "render", "--request", str(rid), "--kind", "withdrawal",
                 "--lang", "en", "--out", str(out)))  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert "(2 events), erased on 24 November 2026" in text
    assert "ask us to erase all your personal data" in text


def test_an_erasure_with_its_checklist_letter_run_and_archive(
    as_admin: Cli, services: Services, admin: Actor, customer: CustomerRecord, tmp_path: Path
) -> None:
    told = int(_ok(as_admin("processor", "add", "--name", "Postitus Oy", "--role", "postitus")))
    untold = int(_ok(as_admin("processor", "add", "--name", "Pilvi Ab")))
    rid = _request(as_admin, "erasure", customer.id)
    checklist = json.loads(_ok(as_admin("request", "recipients", str(rid))))
    assert {line["status"] for line in checklist} == {"pending"}
    _ok(as_admin("request", "notify", str(rid), "--processor", str(told), "--on", "2026-11-23"))
    why = json.dumps({"processor": untold, "not_told": "Vain salattuja varmuuskopioita."})
    line = json.loads(_ok(as_admin("request", "notify", str(rid), "--json", "-", extra=why)))
    assert line["status"] == "disproportionate"
    out = tmp_path / "erasure.pdf"
    _ok(as_admin("letter", "render", "--request", str(rid), "--kind", "erasure",
                 "--lang", "fi", "--out", str(out)))  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert "Postitus Oy – postitus: ilmoitettu 23.11.2026" in text
    assert "Pilvi Ab: Vain salattuja varmuuskopioita." in text
    plan = json.loads(_ok(as_admin("request", "erase", str(rid), "--format", "json")))
    assert plan["letter_ready"] is True and plan["erase_by"] == "2026-12-21"
    ran = _ok(as_admin("request", "erase", str(rid), "--yes", "--token", plan["token"]))
    assert "The letter promised erasure by 2026-12-21\n" in ran
    (letter,) = json.loads(_ok(as_admin("request", "letters", str(rid))))
    assert letter["plan_token"] == plan["token"]
    assert (letter["erase_by"], letter["erasure_ran_on"]) == ("2026-12-21", "2026-11-24")
