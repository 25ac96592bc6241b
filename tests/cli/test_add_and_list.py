"""customer add/list and request add/list: ids, exact keys, CSV safety, rights and their audit."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers import service as customers_module
from l4d_desktop.core.services import Services
from l4d_desktop.core.store.models import AuditEntry
from tests.cli.conftest import Cli
from tests.helpers.users import READER_PASSWORD

CUSTOMER_KEYS = [
    "id",
    "customer_number",
    "name",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "company",
    "language",
]
REQUEST_KEYS = {
    "id",
    "type",
    "status",
    "customer_id",
    "received",
    "statutory_due",
    "promised_due",
    "due",
    "days_left",
}


def _add_aija(as_admin: Cli) -> int:
    result = as_admin(
        "customer", "add", "--name", "Äijä Öhman", "--email", "aija@example.fi",
        "--phone", "040 123 4567", "--street", "Vanha kirkkokuja 19", "--postal-code", "02520",
        "--city", "Kirkkonummi", "--country", "FI", "--company", "Lean 4D Oy", "--lang", "en",
    )  # fmt: skip
    assert result.code == 0, result.err
    return int(result.out)


def _parse_csv(out: str) -> list[list[str]]:
    assert out.startswith("\ufeff")
    return list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))


def test_customer_add_prints_the_id_and_list_json_shows_the_fields(
    as_admin: Cli, admin: Actor
) -> None:
    new_id = _add_aija(as_admin)
    result = as_admin("customer", "list", "--format", "json")
    assert result.code == 0, result.err
    [customer] = json.loads(result.out)
    assert list(customer) == CUSTOMER_KEYS
    assert customer == {
        "id": new_id,
        "customer_number": customer["customer_number"],
        "name": "Äijä Öhman",
        "email": "aija@example.fi",
        "phone": "+358401234567",
        "street": "Vanha kirkkokuja 19",
        "postal_code": "02520",
        "city": "Kirkkonummi",
        "country": "FI",
        "company": "Lean 4D Oy",
        "language": "en",
    }
    assert "Äijä Öhman" in result.out  # not \\u escapes


def test_customer_add_reports_every_bad_field_on_one_line(as_admin: Cli, admin: Actor) -> None:
    result = as_admin(
        "customer", "add", "--name", "X", "--email", "ei-osoite", "--postal-code", "123"
    )
    assert result.code == 1
    line = result.error_line
    assert "email: not a valid email address." in line
    assert "postal_code: a Finnish postal code has exactly 5 digits." in line


def test_customer_list_search_folds_finnish_letters(as_admin: Cli, admin: Actor) -> None:
    _add_aija(as_admin)
    as_admin("customer", "add", "--name", "Bertta Virtanen")
    found = json.loads(as_admin("customer", "list", "--search", "ÄIJÄ").out)
    assert [c["name"] for c in found] == ["Äijä Öhman"]
    by_phone = json.loads(as_admin("customer", "list", "--search", "040 1234").out)
    assert [c["name"] for c in by_phone] == ["Äijä Öhman"]


def test_customer_list_pages_through_the_whole_register(
    as_admin: Cli, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Eero", "Aino", "Cecilia", "Bertta", "Daniel"):
        as_admin("customer", "add", "--name", name)
    monkeypatch.setattr(customers_module, "EXPORT_BATCH", 2)
    names = [c["name"] for c in json.loads(as_admin("customer", "list").out)]
    assert names == ["Aino", "Bertta", "Cecilia", "Daniel", "Eero"]
    rows = _parse_csv(as_admin("customer", "list", "--format", "csv").out)
    assert [r[2] for r in rows[1:]] == names


def test_customer_list_csv_has_a_bom_keeps_finnish_and_neutralises_formulas(
    as_admin: Cli, admin: Actor
) -> None:
    _add_aija(as_admin)
    evil_added = as_admin(
        "customer", "add", "--name", "=HYPERLINK(\"http://evil\";\"klikkaa\")",
        "--company", "@SUM(A1:A9)", "--city=-2+3", "--street", "Rivi 1\nRivi 2",
    )  # fmt: skip
    assert evil_added.code == 0, evil_added.err
    result = as_admin("customer", "list", "--format", "csv")
    assert result.code == 0, result.err
    rows = _parse_csv(result.out)
    assert rows[0] == CUSTOMER_KEYS
    evil, aija = (dict(zip(rows[0], r, strict=True)) for r in rows[1:])
    assert evil["name"] == '\'=HYPERLINK("http://evil";"klikkaa")'
    assert evil["company"] == "'@SUM(A1:A9)"
    assert evil["city"] == "'-2+3"
    assert evil["street"] == "Rivi 1\nRivi 2"
    assert aija["name"] == "Äijä Öhman"
    assert aija["phone"] == "'+358401234567"  # a leading + starts a formula in a spreadsheet
    assert aija["postal_code"] == "02520"


def test_a_reader_cannot_add_a_customer_and_the_denial_is_audited(
    cli: Cli, reader: Actor, services: Services
) -> None:
    result = cli(
        "--user", "lukija", "--password-stdin", "customer", "add", "--name", "Kielletty",
        stdin=READER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "right" in result.error_line and "customers.edit" in result.error_line
    with services.db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert (last.action, last.outcome, last.actor_id, last.detail) == (
            "customer.create",
            "denied",
            reader.user_id,
            "customers.edit",
        )
    # …nor list the register into a file: that is an export, which needs data.export.
    listed = cli(
        "--user", "lukija", "--password-stdin", "customer", "list", stdin=READER_PASSWORD + "\n"
    )
    assert (listed.code, listed.out) == (1, "")
    assert "data.export" in listed.error_line


def test_request_add_and_list_with_legal_md_dates(as_admin: Cli, admin: Actor) -> None:
    customer = _add_aija(as_admin)
    added = as_admin(
        "request", "add", "--type", "access", "--customer", str(customer),
        "--received", "2026-01-15", "--channel", "email",
    )  # fmt: skip
    assert added.code == 0, added.err
    request_id = int(added.out)

    result = as_admin("request", "list", "--format", "json")
    assert result.code == 0, result.err
    [request] = json.loads(result.out)
    assert set(request) >= REQUEST_KEYS
    assert request["id"] == request_id
    assert request["type"] == "access" and request["status"] == "received"
    assert request["customer_id"] == customer
    assert request["received"] == "2026-01-15"
    assert request["statutory_due"] == "2026-02-16"  # 15.2. is a Sunday
    assert request["promised_due"] == "2026-02-14"
    assert request["due"] == "2026-02-14"
    assert request["days_left"] == -283  # the fake clock stands at 24.11.2026


def test_a_request_may_start_unidentified_and_promised_due_is_null_where_none_applies(
    as_admin: Cli, admin: Actor
) -> None:
    added = as_admin(
        "request", "add", "--type", "erasure", "--received", "2026-03-31", "--channel", "in-person"
    )
    assert added.code == 0, added.err
    [request] = json.loads(as_admin("request", "list").out)
    assert request["customer_id"] is None
    assert request["promised_due"] is None
    assert request["statutory_due"] == request["due"] == "2026-04-30"
    assert request["channel"] == "in-person"

    rows = _parse_csv(as_admin("request", "list", "--format", "csv").out)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert set(rows[0]) >= REQUEST_KEYS
    assert row["customer_id"] == "" and row["promised_due"] == ""
    assert row["due"] == "2026-04-30" and row["received"] == "2026-03-31"


def test_request_list_is_sorted_by_due_date(as_admin: Cli, admin: Actor) -> None:
    for received in ("2026-03-31", "2026-01-31", "2026-01-15"):
        as_admin(
            "request", "add", "--type", "access", "--received", received, "--channel", "letter"
        )
    dues = [r["due"] for r in json.loads(as_admin("request", "list").out)]
    assert dues == ["2026-02-14", "2026-03-02", "2026-04-30"]


def test_request_add_refuses_bad_input_in_one_line(as_admin: Cli, admin: Actor) -> None:
    bad_date = as_admin(
        "request", "add", "--type", "access", "--received", "15.1.2026", "--channel", "email"
    )
    assert bad_date.code == 1 and "received: not a valid date" in bad_date.error_line
    future = as_admin(
        "request", "add", "--type", "access", "--received", "2027-01-01", "--channel", "email"
    )
    assert future.code == 1 and "future" in future.error_line
    no_customer = as_admin(
        "request", "add", "--type", "access", "--customer", "99", "--received", "2026-01-15",
        "--channel", "email",
    )  # fmt: skip
    assert no_customer.code == 1 and "customer: no such record" in no_customer.error_line
    bad_type = as_admin(
        "request", "add", "--type", "complaint", "--received", "2026-01-15", "--channel", "email"
    )
    assert bad_type.code == 2 and "--type" in bad_type.error_line


def test_a_reader_cannot_register_a_request(cli: Cli, reader: Actor) -> None:
    result = cli(
        "--user", "lukija", "--password-stdin", "request", "add", "--type", "access",
        "--received", "2026-01-15", "--channel", "email", stdin=READER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "requests.handle" in result.error_line
