"""letter render|bundle|calibration on the command line: files written owner-only, archived,
the contract's forms, errors in one line, rights."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.customers import add_customer
from tests.helpers.users import HANDLER_PASSWORD, make_user


@pytest.fixture
def access_id(services: Services, admin: Actor) -> int:
    c = add_customer(
        services,
        admin,
        "Ørjan Ærø",
        email="orjan@example.no",
        street="Karl Johans gate 1",
        postal_code="0154",
        city="Oslo",
        country="NO",
        language="en",
    )
    r = services.requests.register(
        admin, RequestInput("access", dt.date(2026, 11, 20), "email", c.id)
    )
    services.requests.identify(admin, r.id, None, "email_on_file")
    return r.id


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def owner_only(path: Path) -> bool:
    return os.name != "posix" or stat.S_IMODE(path.stat().st_mode) == 0o600


def test_render_writes_the_letter_and_archives_it(
    as_admin: Cli, services: Services, admin: Actor, access_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "kuittaus.pdf"
    result = as_admin(
        "letter", "render", "--request", str(access_id), "--kind", "receipt", "--out", str(out)
    )
    assert result.code == 0, result.err
    path, digest = result.out.strip().split("\t")
    assert Path(path) == out and owner_only(out)
    assert digest == hashlib.sha256(out.read_bytes()).hexdigest()
    text = text_of(out)
    assert "Ørjan Ærø" in text and "NORWAY" in text  # the customer's language: English
    [archived] = services.letters.archive(admin, access_id)
    assert (archived.kind, archived.language, archived.how, archived.sha256) == (
        "receipt",
        "en",
        "cli",
        digest,
    )
    fi = tmp_path / "fi.pdf"
    as_admin(
        "letter", "render", "--request", str(access_id), "--kind", "receipt", "--lang", "fi",
        "--out", str(fi),
    )  # fmt: skip
    assert "NORJA" in text_of(fi)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_bundle_holds_the_letter_and_its_files(
    as_admin: Cli, access_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "vastaus.zip"
    result = as_admin("letter", "bundle", "--request", str(access_id), "--out", str(out))
    assert result.code == 0, result.err
    assert owner_only(out)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        letter = next(n for n in names if n.endswith(".pdf"))
        printed = "".join(
            p.extract_text() for p in PdfReader(io.BytesIO(z.read(letter))).pages
        ).replace("\n", "")
        for name in names:
            if name != letter:
                assert hashlib.sha256(z.read(name)).hexdigest() in printed.replace(" ", "")
    assert any(n.endswith(".json") for n in names) and any(n.endswith(".csv") for n in names)


def test_calibration_page(as_admin: Cli, admin: Actor, tmp_path: Path) -> None:
    out = tmp_path / "kalibrointi.pdf"
    result = as_admin("letter", "calibration", "--lang", "en", "--out", str(out))
    assert result.code == 0, result.err
    assert "Window envelope calibration page" in text_of(out)


def test_errors_are_one_line_and_rights_hold(
    cli: Cli, as_admin: Cli, services: Services, admin: Actor, access_id: int, tmp_path: Path
) -> None:
    missing = as_admin(
        "letter", "render", "--request", str(access_id), "--kind", "refusal",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert missing.code == 1
    assert missing.error_line.startswith("error: Close the request as refused first")
    nowhere = as_admin(
        "letter", "render", "--request", str(access_id), "--kind", "receipt",
        "--out", str(tmp_path / "no" / "x.pdf"),
    )  # fmt: skip
    assert nowhere.code == 1 and "no such folder" in nowhere.error_line
    bad = as_admin("letter", "render", "--request", str(access_id), "--kind", "poem", "--out", "x")
    assert bad.code == 2
    make_user(services, admin, "lukija", "reader", HANDLER_PASSWORD)
    denied = cli(
        "--user", "lukija", "--password-stdin", "letter", "render", "--request", str(access_id),
        "--kind", "receipt", "--out", str(tmp_path / "r.pdf"),
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert denied.code == 1 and "requests.handle" in denied.error_line
    assert not (tmp_path / "r.pdf").exists()
    assert services.letters.archive(admin, access_id) == ()
