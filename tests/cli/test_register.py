"""register notice on the command line: the privacy notice as a PDF, by the rights of the user."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.register.processing import Purpose
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.database import audit_rows
from tests.helpers.files import mode
from tests.helpers.users import READER_PASSWORD, make_user


def text_of(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() or "" for page in pages).split())


def test_the_notice_in_both_languages(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    services.processors.add(
        admin, ProcessorInput("Postitus Oy", "Sähköpostin välitys", "SE", role_en="Email delivery")
    )
    for language, expected in (
        ("fi", ("Tietosuojaseloste", "Mainonnan kohdentaminen")),
        ("en", ("Privacy notice", "Targeting advertising")),
    ):
        out = tmp_path / f"seloste-{language}.pdf"
        done = as_admin("register", "notice", "--lang", language, "--out", str(out))
        assert done.code == 0, done.err
        assert done.out.strip() == str(out)
        text = text_of(out)
        for words in (*expected, "Postitus Oy", "Lintulahdenkuja 4"):
            assert words in text
        assert "vahvistamatta" not in text and "to be confirmed" not in text
    assert [
        r["detail"] for r in audit_rows(services.db.path) if r["action"] == "register.notice"
    ] == [
        "fi",
        "en",
    ]


def test_errors_are_one_line(
    cli: Cli, as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    unknown = as_admin("register", "notice", "--lang", "de", "--out", str(tmp_path / "x.pdf"))
    assert unknown.code == 2
    nowhere = tmp_path / "no such folder" / "seloste.pdf"
    bad = as_admin("register", "notice", "--lang", "fi", "--out", str(nowhere))
    assert bad.code == 1 and "no such folder" in bad.error_line
    assert not nowhere.parent.exists()

    make_user(services, admin, "lukija", "reader", READER_PASSWORD)

    def as_reader(*argv: str) -> Result:
        return cli("--user", "lukija", "--password-stdin", *argv, stdin=f"{READER_PASSWORD}\n")

    out = tmp_path / "seloste.pdf"
    refused = as_reader("register", "notice", "--lang", "fi", "--out", str(out))
    assert refused.code == 1 and "data.export" in refused.error_line
    assert not out.exists()


def test_the_notice_is_written_owner_only_and_whole(
    as_admin: Cli, admin: Actor, tmp_path: Path, wide_umask: None
) -> None:
    out = tmp_path / "notices" / "seloste.pdf"
    out.parent.mkdir()
    out.write_bytes(b"an older notice")
    out.chmod(0o644)
    done = as_admin("register", "notice", "--lang", "fi", "--out", str(out), "--force")
    assert done.code == 0, done.err
    assert mode(out) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    # Written beside the target and renamed over it: no temporary copy is left behind.
    assert sorted(p.name for p in out.parent.iterdir()) == ["seloste.pdf"]


def test_confirm_a_basis_and_the_notice_follows(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    from tests.helpers.database import raw_db

    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE processing_purposes SET basis_confirmed = false WHERE code = 'billing'")
    out = tmp_path / "seloste.pdf"
    waiting = as_admin("register", "notice", "--lang", "en", "--out", str(out))
    assert waiting.code == 1 and "billing" in waiting.error_line
    assert "register confirm" in waiting.error_line and not out.exists()
    unknown = as_admin("register", "confirm", "billng")
    assert unknown.code == 1 and "no such purpose" in unknown.error_line
    done = as_admin("register", "confirm", "billing")
    assert done.code == 0, done.err
    assert done.out.strip() == "billing confirmed"
    assert as_admin("register", "notice", "--lang", "en", "--out", str(out)).code == 0
    assert "Billing, collection" in text_of(out)


def test_the_notice_and_the_calibration_page_in_swedish(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "beskrivning.pdf"
    done = as_admin("register", "notice", "--lang", "sv", "--out", str(out))
    assert done.code == 0, done.err
    text = text_of(out)
    for words in ("Dataskyddsbeskrivning", "Inriktning av reklam", "Dataombudsmannens byrå"):
        assert words in text
    page = tmp_path / "kalibrering.pdf"
    done = as_admin("letter", "calibration", "--lang", "sv", "--out", str(page))
    assert done.code == 0, done.err
    assert "Kalibreringssida för fönsterkuvert" in text_of(page)
    added = as_admin("customer", "add", "--name", "Åsa Lindqvist", "--lang", "sv")
    assert added.code == 0, added.err
    [customer] = services.customers.search(admin, "Lindqvist")
    assert customer.language == "sv"


def test_the_swedish_a_notice_waits_for_is_written_on_the_command_line(
    as_admin: Cli, services: Services, admin: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "beskrivning.pdf"

    def billing() -> Purpose:
        register = services.processing_register.register(admin)
        return next(p for p in register.purposes if p.code == "billing")

    before = billing()
    for name in ("persons", "billing.retention"):
        done = as_admin("register", "text", name, "--lang", "sv", "--text", "")
        assert done.code == 0, done.err
    refused = as_admin("register", "notice", "--lang", "sv", "--out", str(out))
    assert refused.code == 1 and "persons, billing.retention" in refused.error_line
    assert not out.exists()
    for name, words in (
        ("persons", "Kunder och deras kontaktpersoner."),
        ("billing.retention", "Verifikationer bevaras i tio år."),
    ):
        done = as_admin("register", "text", name, "--lang", "sv", "--text", words)
        assert done.code == 0 and done.out.strip() == f"{name} written"
    done = as_admin("register", "notice", "--lang", "sv", "--out", str(out))
    assert done.code == 0, done.err
    text = text_of(out)
    assert "Kunder och deras kontaktpersoner." in text and "bevaras i tio år" in text
    # The Finnish and English texts and the confirmation stay as they were.
    after = billing()
    assert (after.retention_fi, after.retention_en) == (before.retention_fi, before.retention_en)
    assert after.basis_confirmed == before.basis_confirmed
    unknown = as_admin("register", "text", "billing.colour", "--lang", "sv", "--text", "x")
    assert unknown.code == 2 and "billing.colour" in unknown.error_line
