"""processor edit on the command line: a processor's role written in Swedish after it was added
(what a Swedish notice waits for), the options left out kept, refusals in one line, rights."""

from __future__ import annotations

import json
from pathlib import Path

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.pdf import pdf_text
from tests.helpers.users import HANDLER_PASSWORD, make_user


def test_the_swedish_role_is_written_after_the_processor_was_added(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    added = as_admin(
        "processor", "add", "--name", "Postitus Oy", "--role", "Kirjeiden postitus",
        "--role-en", "Mail delivery", "--country", "SE", "--contact", "tietosuoja@postitus.fi",
    )  # fmt: skip
    assert added.code == 0, added.err
    pid = added.out.strip()
    out = tmp_path / "beskrivning.pdf"
    refused = as_admin("register", "notice", "--lang", "sv", "--out", str(out))
    assert refused.code == 1
    assert "Postitus Oy" in refused.error_line and "(sv)" in refused.error_line
    assert not out.exists()

    edited = as_admin("processor", "edit", pid, "--role-sv", "Postutdelning")
    assert edited.code == 0, edited.err
    assert edited.out.strip() == pid
    [row] = json.loads(as_admin("processor", "list").out)
    assert {k: row[k] for k in ("name", "role", "role_en", "role_sv", "country", "contact")} == {
        "name": "Postitus Oy",
        "role": "Kirjeiden postitus",
        "role_en": "Mail delivery",
        "role_sv": "Postutdelning",
        "country": "SE",
        "contact": "tietosuoja@postitus.fi",
    }
    assert row["version"] == 2
    done = as_admin("register", "notice", "--lang", "sv", "--out", str(out))
    assert done.code == 0, done.err
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Postutdelning" in text and "Kirjeiden postitus" not in text


def test_edit_refusals_are_one_line_and_only_the_paakayttaja_edits(
    cli: Cli, as_admin: Cli, services: Services, admin: Actor
) -> None:
    pid = as_admin("processor", "add", "--name", "Postitus Oy").out.strip()
    too_long = as_admin("processor", "edit", pid, "--role-sv", "x" * 201)
    assert too_long.code == 1
    assert too_long.error_line == "error: role_sv: at most 200 characters."
    outside = as_admin("processor", "edit", pid, "--country", "US")
    assert outside.code == 1
    assert outside.error_line.startswith("error: transfer: a processor outside the EEA needs")
    unknown = as_admin("processor", "edit", "999", "--role-sv", "Postutdelning")
    assert unknown.code == 1
    [row] = json.loads(as_admin("processor", "list").out)
    assert (row["role_sv"], row["country"], row["version"]) == ("", "FI", 1)

    make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)

    def as_handler(*argv: str) -> Result:
        return cli(
            "--user", "kasittelija", "--password-stdin", *argv, stdin=f"{HANDLER_PASSWORD}\n"
        )

    refused = as_handler("processor", "edit", pid, "--role-sv", "Postutdelning")
    assert refused.code == 1
    assert "users.admin" in refused.error_line
    assert json.loads(as_admin("processor", "list").out)[0]["role_sv"] == ""
