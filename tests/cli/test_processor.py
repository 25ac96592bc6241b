"""processor add|list on the command line: the contract's forms, errors in one line, rights."""

from __future__ import annotations

import csv
import io
import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.database import table_count
from tests.helpers.users import HANDLER_PASSWORD, make_user


def test_add_and_list_processors(as_admin: Cli, services: Services, admin: Actor) -> None:
    added = as_admin(
        "processor", "add", "--name", "Postitus Oy", "--role", "Sähköpostin välitys",
        "--role-en", "Email delivery", "--role-sv", "E-postförmedling", "--country", "se",
        "--contact", "tietosuoja@postitus.fi",
    )  # fmt: skip
    assert added.code == 0, added.err
    first = int(added.out)
    minimal = as_admin("processor", "add", "--name", "Kirjanpito Ky")
    assert minimal.code == 0, minimal.err
    services.processors.deactivate(admin, int(minimal.out))

    listed = as_admin("processor", "list")
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert rows == [
        {
            "id": int(minimal.out),
            "name": "Kirjanpito Ky",
            "role": "",
            "role_en": "",
            "role_sv": "",
            "country": "FI",
            "in_eea": True,
            "transfer": "",
            "transfer_detail": "",
            "contact": "",
            "active": False,
            "version": 2,
        },
        {
            "id": first,
            "name": "Postitus Oy",
            "role": "Sähköpostin välitys",
            "role_en": "Email delivery",
            "role_sv": "E-postförmedling",
            "country": "SE",
            "in_eea": True,
            "transfer": "",
            "transfer_detail": "",
            "contact": "tietosuoja@postitus.fi",
            "active": True,
            "version": 1,
        },
    ]
    as_csv = as_admin("processor", "list", "--format", "csv")
    assert as_csv.code == 0, as_csv.err
    table = list(csv.DictReader(io.StringIO(as_csv.out.lstrip("\ufeff"))))
    assert [r["name"] for r in table] == ["Kirjanpito Ky", "Postitus Oy"]


def test_errors_are_one_line_and_only_the_paakayttaja_adds(
    cli: Cli, as_admin: Cli, services: Services, admin: Actor
) -> None:
    bad = as_admin("processor", "add", "--name", "X", "--country", "ZZ")
    assert bad.code == 1
    assert bad.error_line == "error: country: unknown country code (use two letters, e.g. FI)."
    missing = as_admin("processor", "add")
    assert missing.code == 2

    make_user(services, admin, "kasittelija", "handler", HANDLER_PASSWORD)

    def as_handler(*argv: str) -> Result:
        return cli(
            "--user", "kasittelija", "--password-stdin", *argv, stdin=f"{HANDLER_PASSWORD}\n"
        )

    refused = as_handler("processor", "add", "--name", "Postitus Oy")
    assert refused.code == 1
    assert "users.admin" in refused.error_line
    assert table_count(services.db.path, "processors") == 0
    listed = as_handler("processor", "list")
    assert listed.code == 0 and json.loads(listed.out) == []


def test_a_processor_outside_the_eea_is_added_only_with_its_transfer(
    as_admin: Cli, services: Services, admin: Actor
) -> None:
    bare = as_admin("processor", "add", "--name", "Mailer Inc", "--country", "US")
    assert bare.code == 1
    assert bare.error_line.startswith("error: transfer: a processor outside the EEA needs")
    unknown = as_admin(
        "processor", "add", "--name", "Mailer Inc", "--country", "US", "--transfer", "trust"
    )
    assert unknown.code == 2  # not one of the choices: argparse's usage error
    no_module = as_admin(
        "processor", "add", "--name", "Mailer Inc", "--country", "US", "--transfer", "scc"
    )
    assert no_module.code == 1 and "transfer_detail" in no_module.error_line
    assert table_count(services.db.path, "processors") == 0
    added = as_admin(
        "processor", "add", "--name", "Mailer Inc", "--country", "US", "--transfer", "scc",
        "--transfer-detail", "Module 2 (controller to processor)",
    )  # fmt: skip
    assert added.code == 0, added.err
    [row] = json.loads(as_admin("processor", "list").out)
    assert (row["in_eea"], row["transfer"], row["transfer_detail"]) == (
        False,
        "scc",
        "Module 2 (controller to processor)",
    )
