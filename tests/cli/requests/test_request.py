"""The requests desk on the command line: request add with intake details, list with every
record-keeping column and filters, show as JSON, identify, extend, pause, resume and close; and
`request data ID DIR [--zip]`, which writes the bundle and prints its paths."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.disclosure.portability import JSON_FILE, README_FILE
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.clock import FakeClock
from tests.helpers.subject_data import build_scenario
from tests.helpers.users import HANDLER_PASSWORD, READER_PASSWORD

LIST_KEYS = [
    "id",
    "type",
    "status",
    "customer_id",
    "received",
    "channel",
    "statutory_due",
    "promised_due",
    "due",
    "days_left",
    "urgency",
    "received_at",
    "customer_number",
    "subject_ref",
    "extended_due",
    "extension_notice_on",
    "identity_method",
    "identified_at",
    "paused",
    "handler_id",
    "handler",
    "closed_at",
    "outcome",
    "refusal_basis",
    "repeat_of",
]
SHOW_KEYS = set(LIST_KEYS) - {"handler"} | {
    "version",
    "customer_name",
    "handler_name",
    "pause_reason",
    "requester_text",
    "requester_name",
    "requester_contact",
    "received_by_id",
    "received_by",
    "identity_note",
    "identified_by",
    "extension_reason",
    "closed_by",
    "close_reason",
    "assessment",
    "erased_at",
    "created_at",
    "updated_at",
    "pauses",
    "extension_barred",
}


def _customer(as_admin: Cli) -> int:
    result = as_admin(
        "customer", "add", "--name", "Äijä Öhman", "--email", "aija@example.fi",
    )  # fmt: skip
    assert result.code == 0, result.err
    return int(result.out)


def _add(as_admin: Cli, *extra: str) -> int:
    result = as_admin("request", "add", "--type", "access", "--channel", "email", *extra)
    assert result.code == 0, result.err
    return int(result.out)


def test_add_with_intake_details_and_show_as_json(as_admin: Cli, admin: Actor) -> None:
    customer = _customer(as_admin)
    request_id = _add(
        as_admin,
        "--received-at", "2026-11-20T09:15:00+02:00", "--customer", str(customer),
        "--text", "Pyydän kopion tiedoistani.", "--requester-name", "Äijä Öhman",
        "--requester-contact", "aija@example.fi", "--handler", str(admin.user_id),
    )  # fmt: skip
    result = as_admin("request", "show", str(request_id), "--format", "json")
    assert result.code == 0, result.err
    shown = json.loads(result.out)
    assert set(shown) == SHOW_KEYS
    assert shown["id"] == request_id
    assert shown["received"] == "2026-11-20"
    assert shown["received_at"] == "2026-11-20T07:15:00+00:00"
    assert shown["statutory_due"] == "2026-12-21"  # 20.12. is a Sunday
    assert shown["due"] == shown["promised_due"] == "2026-12-20"
    assert shown["requester_text"] == "Pyydän kopion tiedoistani."
    assert shown["requester_name"] == "Äijä Öhman"
    assert shown["customer_name"] == "Äijä Öhman"
    assert shown["handler_id"] == admin.user_id
    assert shown["handler_name"] == shown["received_by"] == "Jouni Ojala"
    assert (shown["status"], shown["outcome"], shown["paused"], shown["pauses"]) == (
        "received",
        None,
        False,
        [],
    )
    assert shown["extension_barred"] == ""  # an access request may be extended


def test_the_whole_workflow_from_the_command_line(as_admin: Cli, admin: Actor) -> None:
    customer = _customer(as_admin)
    request_id = _add(as_admin, "--received", "2026-11-02")
    rid = str(request_id)

    paused = as_admin("request", "pause", rid, "--reason", "Pyydetty asiakasnumeroa")
    assert (paused.code, paused.out) == (0, f"{request_id} received\n")
    assert as_admin("request", "resume", rid, "--reason", "Saatu").out == f"{request_id} received\n"
    identified = as_admin(
        "request", "identify", rid, "--method", "customer_number", "--customer", str(customer),
        "--note", "numero ja osoite täsmäsivät",
    )  # fmt: skip
    assert (identified.code, identified.out) == (0, f"{request_id} in_progress\n")
    extended = as_admin(
        "request", "extend", rid, "--ground", "complexity", "--notice-date", "2026-11-20",
        "--notice-channel", "email", "--reason", "Laaja pyyntö vaatii selvitystä arkistosta",
    )  # fmt: skip
    assert (extended.code, extended.out) == (0, f"{request_id} in_progress due 2027-02-02\n")
    closed = as_admin(
        "request", "close", rid, "--outcome", "refused", "--reason", "Toistuva pyyntö",
        "--basis", "excessive", "--assessment", "Kolmas sama pyyntö kuukaudessa.",
    )  # fmt: skip
    assert (closed.code, closed.out) == (0, f"{request_id} refused\n")

    shown = json.loads(as_admin("request", "show", rid).out)
    assert shown["identity_method"] == "customer_number"
    assert shown["identity_note"] == "numero ja osoite täsmäsivät"
    assert shown["extended_due"] == shown["due"] == "2027-02-02"
    assert shown["extension_notice_on"] == "2026-11-20"
    assert (shown["outcome"], shown["refusal_basis"]) == ("refused", "excessive")
    assert shown["close_reason"] == "Toistuva pyyntö"
    assert shown["closed_at"] == "2026-11-24T08:00:00+00:00"
    [pause] = shown["pauses"]
    assert (pause["reason"], pause["resume_reason"]) == ("Pyydetty asiakasnumeroa", "Saatu")

    [row] = json.loads(as_admin("request", "list", "--format", "json").out)
    assert list(row) == LIST_KEYS
    assert row["customer_id"] == customer
    assert row["customer_number"] == "10001"
    assert (row["identity_method"], row["paused"], row["handler"]) == ("customer_number", False, "")
    assert (row["outcome"], row["refusal_basis"], row["urgency"]) == (
        "refused",
        "excessive",
        "closed",
    )
    assert row["extended_due"] == "2027-02-02"


def test_refusals_print_one_line(as_admin: Cli, admin: Actor) -> None:
    late = str(_add(as_admin, "--received", "2026-10-01"))
    extend = ("request", "extend", late, "--ground", "complexity", "--notice-channel", "phone")
    result = as_admin(
        *extend, "--notice-date", "2026-11-03", "--reason", "Laaja pyyntö vaatii selvitystä"
    )
    assert result.code == 1
    assert "statutory deadline (2026-11-02)" in result.error_line
    result = as_admin(*extend, "--notice-date", "2026-11-02", "--reason", " ")
    assert "reason: a reason is required" in result.error_line
    result = as_admin(*extend, "--notice-date", "2026-11-02", "--reason", "Laaja.")
    assert "reason: give the reasons in at least one full sentence" in result.error_line
    result = as_admin("request", "close", late, "--outcome", "refused", "--reason", "syy")
    assert "basis: this field is required" in result.error_line
    result = as_admin(
        "request", "close", late, "--outcome", "refused", "--reason", "syy",
        "--basis", "manifestly_unfounded",
    )  # fmt: skip
    assert "assessment:" in result.error_line
    erasure = as_admin(
        "request", "add", "--type", "erasure", "--received", "2026-11-20", "--channel", "letter"
    ).out.strip()
    result = as_admin("request", "close", erasure, "--outcome", "completed")
    assert "only after its erasure has been run" in result.error_line
    assert as_admin("request", "close", late, "--outcome", "withdrawn").code == 0
    result = as_admin("request", "pause", late, "--reason", "myöhässä")
    assert "closed" in result.error_line
    result = as_admin("request", "resume", late)
    assert "closed" in result.error_line
    result = as_admin("request", "identify", late, "--method", "passport_photo")
    assert result.code == 2
    result = as_admin("request", "show", "999")
    assert result.code == 1 and "no such record" in result.error_line


def test_list_filters_and_csv_columns(as_admin: Cli, admin: Actor) -> None:
    first = _add(as_admin, "--received", "2026-11-02")
    second = _add(as_admin, "--received", "2026-11-03", "--handler", str(admin.user_id))
    erasure = as_admin(
        "request", "add", "--type", "erasure", "--received", "2026-11-20", "--channel", "letter"
    ).out.strip()
    as_admin("request", "close", str(first), "--outcome", "withdrawn")
    ids = lambda *args: [r["id"] for r in json.loads(as_admin("request", "list", *args).out)]  # noqa: E731
    assert ids() == [first, second, int(erasure)]
    assert ids("--status", "open") == [second, int(erasure)]
    assert ids("--open", "--type", "access") == [second]
    assert ids("--status", "withdrawn") == [first]
    assert ids("--handler", str(admin.user_id)) == [second]
    assert (
        "status: not one of the allowed values"
        in as_admin("request", "list", "--status", "lost").error_line
    )

    out = as_admin("request", "list", "--format", "csv").out
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))
    assert rows[0] == LIST_KEYS
    assert len(rows) == 4


def test_a_reader_may_show_but_not_handle(cli: Cli, as_admin: Cli, reader: Actor) -> None:
    request_id = str(_add(as_admin, "--received", "2026-11-02"))

    def as_reader(*argv: str) -> Result:
        return cli("--user", "lukija", "--password-stdin", *argv, stdin=READER_PASSWORD + "\n")

    shown = as_reader("request", "show", request_id)
    assert shown.code == 0
    for argv in (
        ("request", "pause", request_id, "--reason", "odotetaan"),
        ("request", "identify", request_id, "--method", "email_on_file"),
        (
            "request",
            "extend",
            request_id,
            "--ground",
            "complexity",
            "--reason",
            "Laaja pyyntö vaatii selvitystä",
        ),
        ("request", "close", request_id, "--outcome", "withdrawn"),
    ):
        result = as_reader(*argv)
        assert result.code == 1
        assert "requests.handle" in result.error_line


def test_request_data_writes_a_folder_and_prints_every_file(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    result = as_admin("request", "data", str(scenario.portability), str(tmp_path))
    assert result.code == 0, result.err
    paths = [Path(line) for line in result.out.splitlines()]
    folder = tmp_path / f"henkilotiedot-personal-data-{scenario.portability}-2026-11-25"
    assert {p.parent for p in paths} == {folder}
    assert {p.name for p in paths} == {p.name for p in folder.iterdir()}
    assert README_FILE in {p.name for p in paths}
    doc = json.loads((folder / JSON_FILE).read_text(encoding="utf-8"))
    assert doc["customer"]["name"] == "Maija Meikäläinen"


def test_request_data_zip_prints_one_path(
    cli: Cli, services: Services, admin: Actor, handler: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    result = cli(
        "--user", "kasittelija", "--password-stdin",
        "request", "data", str(scenario.access), str(tmp_path), "--zip",
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path == tmp_path / f"henkilotiedot-personal-data-{scenario.access}-2026-11-25.zip"
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read(JSON_FILE))["request"]["type"] == "access"


def test_request_data_errors_are_one_line(
    as_admin: Cli, services: Services, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    scenario = build_scenario(services, admin, clock)
    wrong_type = as_admin("request", "data", str(scenario.other), str(tmp_path))
    assert wrong_type.code == 1
    assert "only access and portability" in wrong_type.error_line
    missing = as_admin("request", "data", str(scenario.access), str(tmp_path / "ei-ole"))
    assert missing.code == 1
    assert "not a folder" in missing.error_line
    assert as_admin("request", "data", str(scenario.access), str(tmp_path)).code == 0
    again = as_admin("request", "data", str(scenario.access), str(tmp_path))
    assert again.code == 1
    assert "already exists" in again.error_line
    usage = as_admin("request", "data", "x", str(tmp_path))
    assert usage.code == 2
