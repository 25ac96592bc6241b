"""customer import FILE: the JSON report's exact keys, the text report, all-or-nothing, duplicates,
rights; and one run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.database import audit_rows, table_count
from tests.helpers.users import ADMIN_PASSWORD, READER_PASSWORD

REPORT_KEYS = [
    "imported",
    "updated",
    "duplicates",
    "skipped",
    "rejected",
    "suppressed",
    "rejected_rows",
    "ignored_columns",
]

GOOD_AND_BAD = (
    "Asiakasnumero;Nimi;Sähköposti;Puhelin;Postinumero;Kieli;Väri\r\n"
    "A-1;Äijä Öhman;aija@esimerkki.fi;040 123 4567;02520;suomi;sininen\r\n"
    "A-2;Pirjo Pääkkönen;ei-osoite;12;ABC;fi;punainen\r\n"
    "A-3;Åsa Sjöberg;asa@esimerkki.fi;;;englanti;\r\n"
)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "asiakkaat.csv"
    path.write_bytes(GOOD_AND_BAD.encode("cp1252"))
    return path


def test_json_report_has_exactly_its_keys_and_english_reasons(
    as_admin: Cli, admin: Actor, services: Services, csv_file: Path
) -> None:
    result = as_admin("customer", "import", str(csv_file), "--format", "json")
    assert result.code == 0, result.err
    assert result.err == ""
    report = json.loads(result.out)
    assert list(report) == REPORT_KEYS
    assert report == {
        "imported": 2,
        "updated": 0,
        "duplicates": 0,
        "skipped": 0,
        "rejected": 1,
        "suppressed": 0,
        "rejected_rows": [
            {"row": 3, "field": "email", "reason": "email: not a valid email address."},
            {"row": 3, "field": "phone", "reason": "phone: not a valid phone number."},
            {
                "row": 3,
                "field": "postal_code",
                "reason": "postal_code: a Finnish postal code has exactly 5 digits.",
            },
        ],
        "ignored_columns": ["Väri"],
    }
    assert table_count(services.db.path, "customers") == 2
    assert "Äijä" not in json.dumps(audit_rows(services.db.path))


def test_text_report(as_admin: Cli, admin: Actor, csv_file: Path) -> None:
    result = as_admin("customer", "import", str(csv_file))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Rows in the file: 3",
        "Imported: 2 new, 0 updated",
        "Already in the register: 0 (0 left as they were)",
        "Rejected: 1",
        "Columns ignored: Väri",
        "  row 3: email: not a valid email address.",
        "  row 3: phone: not a valid phone number.",
        "  row 3: postal_code: a Finnish postal code has exactly 5 digits.",
    ]


def test_all_or_nothing_refuses_prints_the_rows_and_fails(
    as_admin: Cli, admin: Actor, services: Services, csv_file: Path
) -> None:
    result = as_admin("customer", "import", str(csv_file), "--all-or-nothing", "--format", "json")
    assert result.code == 1
    assert result.error_line == "error: Nothing was imported: 1 rows have errors."
    report = json.loads(result.out)
    assert (report["imported"], report["rejected"], len(report["rejected_rows"])) == (0, 1, 3)
    assert table_count(services.db.path, "customers") == 0
    assert table_count(services.db.path, "imports") == 0


def test_duplicates_skip_then_update(as_admin: Cli, admin: Actor, tmp_path: Path) -> None:
    first = tmp_path / "eka.csv"
    first.write_text("Nimi,Email\nÄijä Öhman,aija@esimerkki.fi\n", encoding="utf-8")
    assert as_admin("customer", "import", str(first)).code == 0
    again = tmp_path / "toka.csv"
    again.write_text(
        "Nimi,Email,Kaupunki\nÄijä Öhman-Uusi,AIJA@esimerkki.fi,Oulu\n", encoding="utf-8-sig"
    )
    skipped = json.loads(as_admin("customer", "import", str(again), "--format", "json").out)
    assert (skipped["duplicates"], skipped["skipped"], skipped["updated"]) == (1, 1, 0)
    updated = as_admin(
        "customer", "import", str(again), "--on-duplicate", "update", "--format", "json"
    )
    report = json.loads(updated.out)
    assert (report["duplicates"], report["skipped"], report["updated"]) == (1, 0, 1)
    listed = json.loads(as_admin("customer", "list").out)
    assert [(c["name"], c["city"]) for c in listed] == [("Äijä Öhman-Uusi", "Oulu")]


def test_usage_and_file_errors(as_admin: Cli, admin: Actor, tmp_path: Path) -> None:
    missing = as_admin("customer", "import", str(tmp_path / "ei-ole.csv"))
    assert missing.code == 1 and "cannot read" in missing.error_line
    policy = as_admin("customer", "import", str(tmp_path / "x.csv"), "--on-duplicate", "merge")
    assert policy.code == 2 and "--on-duplicate" in policy.error_line
    no_name = tmp_path / "nimeton.csv"
    no_name.write_text("Email\nx@esimerkki.fi\n", encoding="utf-8")
    unreadable = as_admin("customer", "import", str(no_name))
    assert unreadable.code == 1
    assert unreadable.error_line == "error: The file has no column for name."


def test_a_reader_is_refused(cli: Cli, reader: Actor, csv_file: Path, services: Services) -> None:
    result = cli(
        "--user", "lukija", "--password-stdin", "customer", "import", str(csv_file),
        stdin=READER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "customers.edit" in result.error_line
    assert result.out == ""
    assert audit_rows(services.db.path)[-1]["outcome"] == "denied"
    assert table_count(services.db.path, "customers") == 0


@pytest.mark.slow
def test_an_import_as_a_real_process(tmp_path: Path, csv_file: Path) -> None:
    db = tmp_path / "data" / "l4d.sqlite3"

    def l4d(*argv: str, stdin: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "l4d_desktop", "--db", str(db), *argv],
            input=stdin.encode(),
            capture_output=True,
            env={**os.environ, "LC_ALL": "C"},
            timeout=120,
            check=False,
        )

    init = l4d(
        "init", "--admin", "paakayttaja", "--full-name", "Jouni Ojala", "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    done = l4d(
        "--user", "paakayttaja", "--password-stdin", "customer", "import", str(csv_file),
        "--format", "json", stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    report = json.loads(done.stdout.decode("utf-8"))
    assert (report["imported"], report["rejected"]) == (2, 1)


def test_a_mixed_encoding_file_reports_its_bad_row_and_ignored_columns(
    as_admin: Cli, admin: Actor, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "sekalainen.csv"
    path.write_bytes(
        "Nimi;Sähköposti;Väri\r\nÄijä Öhman;aija@esimerkki.fi;\r\n".encode()
        + "Pirjo Pääkkönen;pirjo@esimerkki.fi;\r\n".encode("cp1252")
    )
    result = as_admin("customer", "import", str(path), "--format", "json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["imported"], report["rejected"]) == (1, 1)
    assert [(r["row"], r["reason"].split(":")[0]) for r in report["rejected_rows"]] == [(3, "row")]
    assert "not text in the file's encoding" in report["rejected_rows"][0]["reason"]
    assert report["ignored_columns"] == ["Väri"]
