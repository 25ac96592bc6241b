"""init, login from the command line, lockout and unlock, and the user commands."""

from __future__ import annotations

import json

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from tests.cli.conftest import Cli
from tests.helpers.clock import FakeClock
from tests.helpers.users import ADMIN_PASSWORD, HANDLER_PASSWORD

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
        "--title-en", "Specialist", "--role", "handler", extra=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    new_id = int(result.out)
    matti = services.auth.login("matti", HANDLER_PASSWORD)
    assert matti.user_id == new_id and matti.must_change_password
    # The title in both languages, for the letters of each (signed in the letter's language).
    info = services.users.get_user(admin, new_id)
    assert (info.title, info.title_en) == ("asiantuntija", "Specialist")


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


# -- user passwd, user reset, user rights ------------------------------------------------------


def test_user_passwd_reads_current_then_new_password(
    cli: Cli, admin: Actor, handler: Actor, services: Services
) -> None:
    changed = cli(
        "--user", "kasittelija", "--password-stdin", "user", "passwd",
        stdin=f"{HANDLER_PASSWORD}\n{NEW_PASSWORD}\n",
    )  # fmt: skip
    assert (changed.code, changed.out, changed.err) == (0, "password changed\n", "")
    assert services.auth.login("kasittelija", NEW_PASSWORD).user_id == handler.user_id
    # A weak new password is refused with the rule's reason; nothing changes.
    weak = cli(
        "--user", "kasittelija", "--password-stdin", "user", "passwd",
        stdin=f"{NEW_PASSWORD}\nlyhyt\n",
    )  # fmt: skip
    assert weak.code == 1 and "at least 15 characters" in weak.error_line
    missing = cli(
        "--user", "kasittelija", "--password-stdin", "user", "passwd", stdin=f"{NEW_PASSWORD}\n"
    )
    assert missing.code == 1 and "line 2" in missing.error_line


def test_user_reset_prints_a_one_time_password_that_must_be_changed(
    as_admin: Cli, cli: Cli, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    reset = as_admin("user", "reset", "Kasittelija")
    assert reset.code == 0 and reset.err == ""
    otp = reset.out.strip()
    assert reset.out == otp + "\n" and len(otp) >= 20
    old = cli("--user", "kasittelija", "--password-stdin", "customer", "list",
              stdin=HANDLER_PASSWORD + "\n")  # fmt: skip
    assert old.code == 1 and "Login failed" in old.error_line
    blocked = cli("--user", "kasittelija", "--password-stdin", "customer", "list",
                  stdin=otp + "\n")  # fmt: skip
    assert blocked.code == 1 and "must be changed" in blocked.error_line
    clock.advance(hours=72)
    late = cli("--user", "kasittelija", "--password-stdin", "user", "passwd",
               stdin=f"{otp}\n{NEW_PASSWORD}\n")  # fmt: skip
    assert late.code == 1 and "one-time password has expired" in late.error_line
    again = as_admin("user", "reset", "kasittelija").out.strip()
    done = cli("--user", "kasittelija", "--password-stdin", "user", "passwd",
               stdin=f"{again}\n{NEW_PASSWORD}\n")  # fmt: skip
    assert (done.code, done.out) == (0, "password changed\n")


def test_user_reset_needs_users_admin_and_a_known_user(
    as_admin: Cli, cli: Cli, admin: Actor, handler: Actor
) -> None:
    denied = cli("--user", "kasittelija", "--password-stdin", "user", "reset", "paakayttaja",
                 stdin=HANDLER_PASSWORD + "\n")  # fmt: skip
    assert denied.code == 1 and "users.admin" in denied.error_line
    unknown = as_admin("user", "reset", "eiole")
    assert unknown.code == 1 and "no such record" in unknown.error_line


def test_user_rights_grants_revokes_and_prints_the_effective_rights(
    as_admin: Cli, admin: Actor, reader: Actor
) -> None:
    shown = as_admin("user", "rights", "lukija")
    assert (shown.code, shown.out) == (0, "customers.view\nrequests.view\n")
    changed = as_admin(
        "user", "rights", "lukija", "--grant", "data.export", "--grant", "audit.read",
        "--revoke", "requests.view",
    )  # fmt: skip
    assert (changed.code, changed.out) == (0, "audit.read\ncustomers.view\ndata.export\n")
    bad = as_admin("user", "rights", "lukija", "--grant", "kaikki")
    assert bad.code == 2 and "invalid choice" in bad.error_line
    last = as_admin("user", "rights", "paakayttaja", "--revoke", "users.admin")
    assert last.code == 1 and "administer users" in last.error_line


def test_user_add_and_edit_take_the_swedish_title(
    as_admin: Cli, admin: Actor, services: Services
) -> None:
    result = as_admin(
        "user", "add", "matti", "--full-name", "Matti Meikäläinen", "--title", "asiantuntija",
        "--title-sv", "specialist", "--role", "handler", extra=HANDLER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    new_id = int(result.out)
    info = services.users.get_user(admin, new_id)
    assert (info.title, info.title_en, info.title_sv) == ("asiantuntija", "", "specialist")
    # `user edit` changes what it is given and keeps the rest.
    result = as_admin("user", "edit", "Matti", "--title-sv", "projektledare")
    assert (result.code, result.out.strip()) == (0, str(new_id)), result.err
    edited = services.users.get_user(admin, new_id)
    assert (edited.full_name, edited.title, edited.role, edited.title_sv) == (
        "Matti Meikäläinen",
        "asiantuntija",
        "handler",
        "projektledare",
    )
    assert edited.version == info.version + 1
    result = as_admin("user", "edit", "matti", "--title-en", "Project Manager", "--role", "reader")
    assert result.code == 0, result.err
    again = services.users.get_user(admin, new_id)
    assert (again.title_en, again.title_sv, again.role) == (
        "Project Manager",
        "projektledare",
        "reader",
    )
    refused = as_admin("user", "edit", "matti", "--title-sv", "x" * 201)
    assert refused.code == 1 and "title_sv" in refused.error_line
    assert services.users.get_user(admin, new_id).title_sv == "projektledare"
    missing = as_admin("user", "edit", "nobody", "--title-sv", "chef")
    assert missing.code == 1
