"""init, login from the command line, lockout and unlock, and the user commands."""

from __future__ import annotations

import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.conftest import ADMIN_PASSWORD, HANDLER_PASSWORD, FakeClock

NEW_PASSWORD = "sininen meri ja valkea vene"
USER_KEYS = {
    "id",
    "username",
    "full_name",
    "title",
    "role",
    "rights",
    "active",
    "must_change_password",
    "locked_until",
}


def _init(cli: Cli) -> object:
    return cli(
        "init",
        "--admin",
        "paakayttaja",
        "--full-name",
        "Jouni Ojala",
        "--title",
        "toimitusjohtaja",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )


def test_init_creates_the_first_admin_once(cli: Cli, services: Services) -> None:
    first = _init(cli)
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    actor = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    assert actor.role == "admin" and not actor.must_change_password

    again = _init(cli)
    assert again.code == 1
    assert "already has users" in again.error_line


def test_init_refuses_a_weak_password_naming_the_rule(cli: Cli) -> None:
    result = cli(
        "init", "--admin", "paakayttaja", "--full-name", "J", "--password-stdin", stdin="lyhyt\n"
    )
    assert result.code == 1
    assert "at least 15 characters" in result.error_line


def test_only_the_line_ending_is_stripped_from_a_password(cli: Cli, services: Services) -> None:
    padded = "  välilyönnit kuuluvat salasanaan  "
    result = cli(
        "init", "--admin", "paakayttaja", "--full-name", "J", "--password-stdin",
        stdin=padded + "\r\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert services.auth.login("paakayttaja", padded).role == "admin"


def test_user_add_reads_the_new_password_from_line_2(
    as_admin: Cli, admin: Actor, services: Services
) -> None:
    result = as_admin(
        "user", "add", "matti", "--full-name", "Matti Meikäläinen", "--title", "asiantuntija",
        "--role", "handler", extra=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    new_id = int(result.out)
    matti = services.auth.login("matti", HANDLER_PASSWORD)
    assert matti.user_id == new_id and matti.must_change_password


def test_user_add_without_the_second_line_fails(as_admin: Cli, admin: Actor) -> None:
    result = as_admin("user", "add", "matti", "--full-name", "Matti", "--role", "reader")
    assert result.code == 1
    assert "line 2" in result.error_line


def test_user_list_json(as_admin: Cli, admin: Actor, reader: Actor) -> None:
    result = as_admin("user", "list", "--format", "json")
    assert result.code == 0, result.err
    users = json.loads(result.out)
    assert [u["username"] for u in users] == ["lukija", "paakayttaja"]
    assert all(set(u) == USER_KEYS for u in users)
    lukija = users[0]
    assert lukija["rights"] == ["customers.view", "requests.view"]
    assert lukija["role"] == "reader" and lukija["active"] is True
    assert lukija["locked_until"] is None and lukija["must_change_password"] is False
    assert users[1]["title"] == "toimitusjohtaja" and users[1]["full_name"] == "Jouni Ojala"


def test_wrong_password_and_unknown_user_get_the_same_one_line(cli: Cli, admin: Actor) -> None:
    wrong = cli("--user", "paakayttaja", "--password-stdin", "customer", "list", stdin="väärä\n")
    unknown = cli("--user", "eiole", "--password-stdin", "customer", "list", stdin="väärä\n")
    assert wrong.code == unknown.code == 1
    assert wrong.error_line == unknown.error_line
    assert "Login failed" in wrong.error_line
    assert wrong.out == unknown.out == ""


def test_repeated_failures_are_throttled_with_the_wait_in_seconds(cli: Cli, handler: Actor) -> None:
    args = ("--user", "kasittelija", "--password-stdin", "customer", "list")
    for _ in range(5):
        assert cli(*args, stdin="väärä\n").code == 1
    throttled = cli(*args, stdin=HANDLER_PASSWORD + "\n")
    assert throttled.code == 1
    assert "Try again in 1 seconds" in throttled.error_line


def test_ten_failures_lock_the_account_until_an_admin_unlocks_it(
    cli: Cli, as_admin: Cli, handler: Actor, clock: FakeClock
) -> None:
    args = ("--user", "kasittelija", "--password-stdin", "customer", "list")
    for _ in range(10):
        clock.advance(minutes=1)  # past the growing delay, so every attempt counts
        assert cli(*args, stdin="väärä salasana\n").code == 1
    clock.advance(minutes=1)
    locked = cli(*args, stdin=HANDLER_PASSWORD + "\n")
    assert locked.code == 1
    assert "Login failed" in locked.error_line  # the same words as a wrong password

    users = {u["username"]: u for u in json.loads(as_admin("user", "list").out)}
    assert users["kasittelija"]["locked_until"].startswith("2026-11-24T08:")

    unlocked = as_admin("user", "unlock", "kasittelija")
    assert (unlocked.code, unlocked.out) == (0, "unlocked: kasittelija\n")
    assert cli(*args, stdin=HANDLER_PASSWORD + "\n").code == 0
    assert as_admin("user", "unlock", "kasittelija").out == "not locked: kasittelija\n"


def test_unlock_needs_users_admin(cli: Cli, handler: Actor) -> None:
    result = cli(
        "--user", "kasittelija", "--password-stdin", "user", "unlock", "paakayttaja",
        stdin=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 1
    assert "users.admin" in result.error_line


def test_deactivate_and_reactivate(as_admin: Cli, cli: Cli, admin: Actor, handler: Actor) -> None:
    args = ("--user", "kasittelija", "--password-stdin", "customer", "list")
    assert as_admin("user", "deactivate", "Kasittelija").out == "deactivated: kasittelija\n"
    assert cli(*args, stdin=HANDLER_PASSWORD + "\n").code == 1
    assert as_admin("user", "reactivate", "kasittelija").out == "reactivated: kasittelija\n"
    assert cli(*args, stdin=HANDLER_PASSWORD + "\n").code == 0


def test_the_last_admin_cannot_be_deactivated(as_admin: Cli, admin: Actor) -> None:
    result = as_admin("user", "deactivate", "paakayttaja")
    assert result.code == 1
    assert "administer users" in result.error_line


def test_deactivating_an_unknown_user_says_so(as_admin: Cli, admin: Actor) -> None:
    result = as_admin("user", "deactivate", "eiole")
    assert result.code == 1
    assert "no such record" in result.error_line


def test_a_user_who_must_change_the_password_is_told_how(
    as_admin: Cli, cli: Cli, admin: Actor
) -> None:
    initial = "ensimmäinen salasana on tämä"
    as_admin("user", "add", "matti", "--full-name", "Matti", "--role", "handler", extra=initial)
    blocked = cli("--user", "matti", "--password-stdin", "customer", "list", stdin=initial + "\n")
    assert blocked.code == 1
    assert "must be changed" in blocked.error_line
    assert "l4d --user matti --password-stdin password change" in blocked.error_line

    changed = cli(
        "--user", "matti", "--password-stdin", "password", "change",
        stdin=f"{initial}\n{NEW_PASSWORD}\n",
    )  # fmt: skip
    assert (changed.code, changed.out) == (0, "password changed\n")
    ok = cli("--user", "matti", "--password-stdin", "customer", "list", stdin=NEW_PASSWORD + "\n")
    assert (ok.code, ok.out) == (0, "[]\n")
