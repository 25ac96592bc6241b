"""The machine-readable bundle: files that parse back with the person's data and nobody else's,
formula neutralisation in CSV only, ZIP contents, owner-only modes, a restricted person in full,
rights, audit, and nothing left behind when writing fails."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import resource
import signal
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.disclosure import portability
from l4d_desktop.core.errors import BusinessRuleError, L4DError, NotFoundError, PermissionDenied
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows
from tests.helpers.subject_data import Scenario

CSV_FILES = [t.file for t in portability.TABLES]
ALL_FILES = sorted([portability.README_FILE, portability.JSON_FILE, *CSV_FILES])
EINO_TEXTS = ("Eino", "eino", "198.51.100.99", "2026-0099", "Einon syy", "765 4321", "7654321")
STAFF_TEXTS = ("Jouni Ojala", "paakayttaja", "Kasittelija", "kasittelija")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "vienti"
    folder.mkdir()
    return folder


def _csv(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for spreadsheets
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def _read_folder(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_folder_bundle_parses_back_with_the_persons_data(
    services: Services, handler: Actor, scenario: Scenario, out: Path
) -> None:
    bundle = services.portability.write_bundle(handler, scenario.portability, out)
    assert bundle.path == out / f"henkilotiedot-personal-data-{scenario.portability}-2026-11-25"
    assert bundle.as_zip is False
    assert sorted(bundle.files) == ALL_FILES
    assert [p.name for p in out.iterdir()] == [bundle.path.name]  # no temporary left
    files = _read_folder(bundle.path)
    assert sorted(files) == ALL_FILES

    doc = json.loads(files[portability.JSON_FILE].decode("utf-8"))
    assert doc["format"] == "l4d-personal-data/1"
    assert doc["request"] == {"id": scenario.portability, "type": "portability"}
    assert doc["generated_at"] == "2026-11-25T08:00:00+00:00"
    customer = doc["customer"]
    assert customer["name"] == "Maija Meikäläinen"
    assert customer["email"] == "maija@example.fi"
    assert customer["phone"] == "+358401234567"
    assert customer["company"] == "=Kaava Oy"  # JSON keeps the exact value
    assert customer["created_at"] == "2026-11-24T08:00:00+00:00"
    assert (customer["source"], customer["source_name"]) == ("third_party", "Yritysrekisteri Oy")
    assert "notes" not in customer  # staff's notes are not data the person provided
    # Oldest first by when they took effect: the objection's end of the consent from receipt.
    assert [(c["purpose"], c["given"]) for c in doc["consents"]] == [
        ("marketing_email", True),
        ("marketing_email", False),
        ("analytics", True),
    ]
    assert doc["consents"][0]["at"] == "2026-03-01T08:00:00+00:00"
    assert [o["purpose"] for o in doc["objections"]] == ["analytics", "direct_marketing"]
    assert doc["objections"][0]["received_on"] == "2026-11-20"
    assert [e["ip"] for e in doc["web_events"]] == ["192.0.2.7", "192.0.2.8"]
    assert doc["web_events"][0]["at"] == "2026-11-01T08:00:00+00:00"
    assert [(i["invoice_number"], i["amount_cents"], i["paid"]) for i in doc["invoices"]] == [
        ("2026-0042", 24900, True),
        ("2026-0043", -1250, False),
    ]
    # Stable key order: the file is written with sorted keys.
    text = files[portability.JSON_FILE].decode("utf-8")
    assert text == json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"

    customers = _csv(files["asiakas-customer.csv"])
    assert len(customers) == 1
    assert customers[0]["name"] == "Maija Meikäläinen"
    assert customers[0]["postal_code"] == "02520"
    assert [r["given"] for r in _csv(files["suostumukset-consents.csv"])] == [
        "true",
        "false",
        "true",
    ]
    assert _csv(files["verkkotapahtumat-web_events.csv"])[0]["page"] == "/hinnasto"
    invoices = _csv(files["laskut-invoices.csv"])
    assert [r["amount_cents"] for r in invoices] == ["24900", "-1250"]  # numbers stay numbers
    assert [r["reason"] for r in _csv(files["vastustukset-objections.csv"])] == [
        "En halua seurantaa.",
        "",
    ]

    everything = b"".join(files.values()).decode("utf-8")
    for his in EINO_TEXTS:
        assert his not in everything, his
    for staff in STAFF_TEXTS:
        assert staff not in everything, staff


def test_csv_cells_that_would_be_formulas_are_neutralised(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    bundle = services.portability.write_bundle(admin, scenario.access, out)
    files = _read_folder(bundle.path)
    customer = _csv(files["asiakas-customer.csv"])[0]
    assert customer["company"] == "'=Kaava Oy"
    assert customer["phone"] == "'+358401234567"
    events = _csv(files["verkkotapahtumat-web_events.csv"])
    assert events[1]["page"] == '\'=HYPERLINK("http://x.example")'
    assert events[1]["banner"] == "'@banneri"
    assert events[1]["user_agent"] == "'-Safari"
    invoices = _csv(files["laskut-invoices.csv"])
    assert invoices[0]["billing_address"].startswith("'=Kaava Oy\n")
    # The JSON holds the exact values.
    doc = json.loads(files[portability.JSON_FILE])
    assert doc["web_events"][1]["page"] == '=HYPERLINK("http://x.example")'
    assert doc["web_events"][1]["user_agent"] == "-Safari"
    # No text cell of any CSV file starts a formula.
    for name in CSV_FILES:
        for row in csv.reader(io.StringIO(files[name].decode("utf-8-sig"), newline="")):
            for value in row:
                if re.fullmatch(r"-?\d+", value):
                    continue  # a negative number is a number (a credit note), not a formula
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


def test_the_readme_describes_every_file_and_field_in_every_language(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    bundle = services.portability.write_bundle(admin, scenario.access, out)
    files = _read_folder(bundle.path)
    text = files[portability.README_FILE].decode("utf-8")
    finnish, swedish, english = text.split("-" * 72)
    assert "HENKILÖTIETOSI" in finnish and "YOUR PERSONAL DATA" in english
    assert "DINA PERSONUPPGIFTER" in swedish
    for part in (finnish, swedish, english):
        assert portability.JSON_FILE in part
        for name in CSV_FILES:
            assert name in part
            header = next(csv.reader(io.StringIO(files[name].decode("utf-8-sig"))))
            for column in header:
                assert f"  {column}: " in part, (name, column)


def test_a_zip_bundle_holds_the_same_files(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    bundle = services.portability.write_bundle(admin, scenario.portability, out, as_zip=True)
    assert bundle.as_zip is True
    assert bundle.path == out / f"henkilotiedot-personal-data-{scenario.portability}-2026-11-25.zip"
    assert [p.name for p in out.iterdir()] == [bundle.path.name]
    with zipfile.ZipFile(bundle.path) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == ALL_FILES
        for info in archive.infolist():
            assert (info.external_attr >> 16) & 0o777 == 0o600
            assert info.date_time == (2026, 11, 25, 10, 0, 0)  # office time of the export
        doc = json.loads(archive.read(portability.JSON_FILE))
        events = _csv(archive.read("verkkotapahtumat-web_events.csv"))
    assert doc["customer"]["email"] == "maija@example.fi"
    assert [e["ip"] for e in events] == ["192.0.2.7", "192.0.2.8"]
    if os.name == "posix":
        assert stat.S_IMODE(bundle.path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_folders_and_files_are_owner_only(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    old = os.umask(0o022)
    try:
        bundle = services.portability.write_bundle(admin, scenario.access, out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(bundle.path.stat().st_mode) == 0o700
    for path in bundle.path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_restricted_person_is_exported_in_full(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    services.customers.set_restriction(admin, scenario.maija, True)
    bundle = services.portability.write_bundle(admin, scenario.portability, out, as_zip=True)
    with zipfile.ZipFile(bundle.path) as archive:
        doc = json.loads(archive.read(portability.JSON_FILE))
    assert doc["customer"]["name"] == "Maija Meikäläinen"
    assert (len(doc["consents"]), len(doc["objections"])) == (3, 2)
    assert (len(doc["web_events"]), len(doc["invoices"])) == (2, 2)


def test_the_export_is_audited_with_ids_and_codes_and_listed_as_a_consultation(
    services: Services, handler: Actor, scenario: Scenario, out: Path
) -> None:
    services.portability.write_bundle(handler, scenario.portability, out)
    entry = audit_rows(services.db.path)[-1]
    assert (entry["action"], entry["object_type"], entry["object_id"]) == (
        "subject_data.export", "customer", scenario.maija,
    )  # fmt: skip
    assert (entry["detail"], entry["actor_id"]) == (
        f"request:{scenario.portability}",
        handler.user_id,
    )
    data = services.subject_data.assemble(handler, scenario.access)
    assert [(c.kind, c.purpose) for c in data.consultations][-2:] == [
        ("export", f"request:{scenario.portability}"),
        ("view", f"request:{scenario.access}"),
    ]


def test_rights_are_checked_before_anything_is_written(
    services: Services, admin: Actor, handler: Actor, reader: Actor, scenario: Scenario, out: Path
) -> None:
    with pytest.raises(PermissionDenied) as info:
        services.portability.write_bundle(reader, scenario.access, out)
    assert info.value.right == "data.export"
    services.users.set_right(admin, reader.user_id, "data.export", True)
    with pytest.raises(PermissionDenied) as info:
        services.portability.write_bundle(reader, scenario.access, out)
    assert info.value.right == "requests.handle"
    services.users.set_right(admin, handler.user_id, "data.export", False)
    with pytest.raises(PermissionDenied):
        services.portability.write_bundle(handler, scenario.access, out)
    assert list(out.iterdir()) == []
    assert not [r for r in audit_rows(services.db.path) if r["action"] == "subject_data.export"
                and r["outcome"] == "ok"]  # fmt: skip


def test_an_unidentified_or_other_request_writes_nothing(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    with pytest.raises(BusinessRuleError) as info:
        services.portability.write_bundle(admin, scenario.other, out)
    assert info.value.code == "request_type_no_data"
    with pytest.raises(NotFoundError):
        services.portability.write_bundle(admin, 9999, out)
    assert list(out.iterdir()) == []


def test_an_existing_bundle_is_never_overwritten(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    first = services.portability.write_bundle(admin, scenario.access, out)
    before = _read_folder(first.path)
    entries = len(audit_rows(services.db.path))
    with pytest.raises(L4DError) as info:
        services.portability.write_bundle(admin, scenario.access, out)
    assert info.value.code == "bundle_exists"
    assert _read_folder(first.path) == before
    assert [p.name for p in out.iterdir()] == [first.path.name]
    assert len(audit_rows(services.db.path)) == entries


def test_a_target_that_is_not_a_folder_is_refused(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    a_file = out / "tiedosto.txt"
    a_file.write_text("x")
    for target in (a_file, out / "puuttuu"):
        with pytest.raises(L4DError) as info:
            services.portability.write_bundle(admin, scenario.access, target)
        assert info.value.code == "bundle_target_invalid"
    assert [p.name for p in out.iterdir()] == ["tiedosto.txt"]
    assert not [r for r in audit_rows(services.db.path) if r["action"] == "subject_data.export"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_is_refused(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    out.chmod(0o500)
    try:
        with pytest.raises(L4DError) as info:
            services.portability.write_bundle(admin, scenario.access, out)
        assert info.value.code == "bundle_target_invalid"
    finally:
        out.chmod(0o700)
    assert list(out.iterdir()) == []


@contextmanager
def file_size_limit() -> Iterator[int]:
    """Writes beyond 32 KiB fail with EFBIG (a full disk, as the program sees it), root too.

    Only around the write: the limit is the whole process's, and pytest's own report of the
    test (to a log file already past 32 KiB) must not meet it."""
    if not hasattr(resource, "RLIMIT_FSIZE"):
        pytest.skip("no file size limit on this system")
    limit = 32 * 1024
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old_limit[1]))
    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.mark.parametrize("as_zip", [False, True])
@pytest.mark.skipif(os.name != "posix", reason="resource limits")
def test_a_failure_midway_leaves_nothing_behind(
    services: Services, admin: Actor, scenario: Scenario, out: Path, as_zip: bool
) -> None:
    data = services.subject_data.assemble(admin, scenario.access)
    files = portability.bundle_files(data)
    # A large last file: the first ones are written before the disk "fills up".
    files.append(("iso.bin", os.urandom(64 * 1024)))
    with file_size_limit() as limit, pytest.raises(L4DError) as info:
        assert max(len(content) for _, content in files[:-1]) < limit  # these could be written
        portability.write_files(files, out, "nippu", as_zip, data.assembled_at)
    assert info.value.code == "bundle_write_failed"
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="process ids checked on POSIX")
def test_what_a_crashed_run_left_is_removed_by_the_next_bundle(
    services: Services, admin: Actor, scenario: Scenario, out: Path
) -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    crashed = out / f".{portability.NAME_PREFIX}7-2026-11-20.{gone.pid}-abcd1234.tmp"
    crashed.mkdir()
    (crashed / portability.JSON_FILE).write_text('{"name": "Maija"}')
    running = out / f".{portability.NAME_PREFIX}8-2026-11-20.{os.getppid()}-efgh5678.tmp"
    running.write_bytes(b"PK")  # a ZIP another running process is still writing
    bundle = services.portability.write_bundle(admin, scenario.access, out)
    assert sorted(p.name for p in out.iterdir()) == sorted([bundle.path.name, running.name])
