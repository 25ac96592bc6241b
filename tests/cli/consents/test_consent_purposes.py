"""`consent purposes|purpose-add|purpose-edit`: the purposes listed (text and JSON), one added
with its Swedish name, one renamed with the names left out kept; refusals name the field, and
only the pääkäyttäjä changes them. The existing `consent` verbs keep their forms."""

from __future__ import annotations

import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli, Result
from tests.helpers.customers import add_customer
from tests.helpers.database import audit_rows
from tests.helpers.users import HANDLER_PASSWORD

KEYS = {"code", "name_fi", "name_en", "name_sv", "direct_marketing", "builtin", "active"}


def listed(as_admin: Cli) -> dict[str, dict[str, object]]:
    result = as_admin("consent", "purposes", "--json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert all(set(row) == KEYS for row in rows)
    return {row["code"]: row for row in rows}


def test_the_purposes_are_listed_as_text_and_as_json(as_admin: Cli, admin: Actor) -> None:
    rows = listed(as_admin)
    assert {"marketing_email", "marketing_sms", "ad_targeting", "analytics"} <= set(rows)
    assert rows["marketing_email"]["builtin"] is True
    assert rows["marketing_email"]["direct_marketing"] is True
    text = as_admin("consent", "purposes")
    assert text.code == 0, text.err
    first = text.out.splitlines()[0].split("\t")
    assert first[0] in rows and len(first) == 4


def test_a_purpose_is_added_and_renamed(as_admin: Cli, admin: Actor, services: Services) -> None:
    added = as_admin(
        "consent", "purpose-add", "newsletter", "--name-fi", "Uutiskirje",
        "--name-en", "Newsletter", "--name-sv", "Nyhetsbrev", "--direct-marketing",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert json.loads(added.out) == {
        "code": "newsletter",
        "name_fi": "Uutiskirje",
        "name_en": "Newsletter",
        "name_sv": "Nyhetsbrev",
        "direct_marketing": True,
        "builtin": False,
        "active": True,
    }
    # A built-in purpose gets its Swedish name; the names left out stay as they were.
    before = listed(as_admin)["analytics"]
    edited = as_admin("consent", "purpose-edit", "analytics", "--name-sv", "Webbanalys")
    assert edited.code == 0, edited.err
    after = listed(as_admin)["analytics"]
    assert after == before | {"name_sv": "Webbanalys"}
    assert json.loads(edited.out) == after
    assert [e["detail"] for e in audit_rows(services.db.path) if e["action"] == "consent.edit_purpose"] == ["analytics"]  # fmt: skip
    # The purpose named by its new name is still the one consents are recorded for.
    person = add_customer(services, admin, "Åsa Lindqvist", language="sv")
    given = as_admin(
        "consent", "give", "--customer", str(person.id), "--purpose", "newsletter",
        "--method", "web_form",
    )  # fmt: skip
    assert given.code == 0, given.err
    [entry] = services.consents.history(admin, person.id)
    assert (entry.purpose_code, entry.purpose_sv) == ("newsletter", "Nyhetsbrev")


def test_refusals_name_the_field(as_admin: Cli, admin: Actor) -> None:
    before = listed(as_admin)
    for args, words in (
        (("purpose-edit", "no_such", "--name-sv", "X"), "code: no such purpose"),
        (("purpose-edit", "analytics", "--name-fi", ""), "name_fi"),
        (("purpose-edit", "analytics", "--name-sv", "x" * 201), "name_sv"),
        (("purpose-add", "Bad Code", "--name-fi", "A", "--name-en", "B"), "code"),
        (("purpose-add", "analytics", "--name-fi", "A", "--name-en", "B"), "already exists"),
    ):
        result = as_admin("consent", *args)
        assert result.code == 1, args
        assert words in result.error_line, (args, result.error_line)
    assert listed(as_admin) == before


def test_only_the_paakayttaja_changes_the_purposes(cli: Cli, as_admin: Cli, handler: Actor) -> None:
    def as_handler(*argv: str) -> Result:
        stdin = f"{HANDLER_PASSWORD}\n"
        return cli("--user", handler.username, "--password-stdin", *argv, stdin=stdin)

    before = listed(as_admin)
    listing = as_handler("consent", "purposes", "--json")
    assert listing.code == 0, listing.err  # every handler sees them
    for args in (
        ("purpose-edit", "analytics", "--name-sv", "Analys"),
        ("purpose-add", "newsletter", "--name-fi", "Uutiskirje", "--name-en", "Newsletter"),
    ):
        refused = as_handler("consent", *args)
        assert refused.code != 0
        assert "users.admin" in refused.error_line
    assert listed(as_admin) == before
