"""Staff accounts: created by an administrator, a first password that must be changed,
deactivated and reactivated but never deleted."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    OneTimePasswordExpired,
    PasswordChangeRequired,
    PermissionDenied,
    ValidationError,
)
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.security import one_time_passwords
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db, table_count
from tests.helpers.users import HANDLER_PASSWORD

INITIAL = "ensimmäinen salasana vaihdetaan"
CHOSEN = "oma salasana jonka itse valitsin"


def test_create_user_with_a_title_and_a_first_password(services: Services, admin: Actor) -> None:
    info = services.users.create_user(
        admin, "Liisa.Laine", "Liisa Laine", "handler", INITIAL, title="asiakaspalvelupäällikkö"
    )
    assert (info.username, info.full_name, info.title, info.role) == (
        "liisa.laine",
        "Liisa Laine",
        "asiakaspalvelupäällikkö",
        "handler",
    )
    assert info.active and info.must_change_password
    assert info.locked_until is None
    assert "customers.edit" in info.rights and "users.admin" not in info.rights
    assert services.users.get_user(admin, info.id) == info
    assert [u.username for u in services.users.list_users(admin)] == ["liisa.laine", "paakayttaja"]


@pytest.mark.parametrize(
    ("username", "full_name", "role", "field", "code"),
    [
        ("x", "Liisa Laine", "reader", "username", "username_invalid"),
        ("liisa laine", "Liisa Laine", "reader", "username", "username_invalid"),
        ("liisä", "Liisa Laine", "reader", "username", "username_invalid"),
        ("", "Liisa Laine", "reader", "username", "required"),
        ("liisa", "", "reader", "full_name", "required"),
        ("liisa", "Liisa Laine", "superuser", "role", "choice_invalid"),
        ("paakayttaja", "Toinen", "reader", "username", "username_taken"),
        ("PAAKAYTTAJA", "Toinen", "reader", "username", "username_taken"),
    ],
)
def test_bad_account_fields_are_refused(
    services: Services,
    admin: Actor,
    username: str,
    full_name: str,
    role: str,
    field: str,
    code: str,
) -> None:
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, username, full_name, role, INITIAL)
    assert (info.value.field, info.value.code) == (field, code)
    assert table_count(services.db.path, "users") == 1


# -- the first password must be changed ----------------------------------------------------------

EVERY_SERVICE: dict[str, Callable[[Services, Actor], Any]] = {
    "customers.create": lambda s, a: s.customers.create(a, CustomerInput(name="Ei Vielä")),
    "customers.search": lambda s, a: s.customers.search(a, ""),
    "customers.count": lambda s, a: s.customers.count(a),
    "requests.register": lambda s, a: s.requests.register(
        a, RequestInput("access", "2026-11-20", "email")
    ),
    "requests.list": lambda s, a: s.requests.list_requests(a),
    "users.list": lambda s, a: s.users.list_users(a),
    "users.unlock": lambda s, a: s.users.unlock(a, "joku"),
    "maintenance.verify_audit": lambda s, a: s.maintenance.verify_audit(a),
}


@pytest.mark.parametrize("operation", list(EVERY_SERVICE))
def test_a_new_user_is_refused_everything_until_the_password_is_changed(
    services: Services, admin: Actor, operation: str
) -> None:
    # An admin-role account, so that the refusal is about the password and not about rights.
    services.users.create_user(admin, "uusi", "Uusi Ylläpitäjä", "admin", INITIAL)
    first = services.auth.login("uusi", INITIAL)
    assert first.must_change_password

    with pytest.raises(PasswordChangeRequired):
        EVERY_SERVICE[operation](services, first)
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["outcome"], last["detail"]) == (
        first.user_id,
        "denied",
        "password_change_required",
    )

    changed = services.auth.change_password(first, INITIAL, CHOSEN)
    assert not changed.must_change_password
    EVERY_SERVICE[operation](services, changed)
    # The Actor from before the change works too: the database decides, not the token.
    EVERY_SERVICE[operation](services, first)


def test_after_the_change_the_initial_password_no_longer_works(
    services: Services, admin: Actor
) -> None:
    services.users.create_user(admin, "uusi", "Uusi Käyttäjä", "reader", INITIAL)
    first = services.auth.login("uusi", INITIAL)
    services.auth.change_password(first, INITIAL, CHOSEN)
    with pytest.raises(AuthenticationError):
        services.auth.login("uusi", INITIAL)
    assert not services.auth.login("uusi", CHOSEN).must_change_password


# -- editing, deactivating -----------------------------------------------------------------------


def test_update_user_checks_the_version(services: Services, admin: Actor, handler: Actor) -> None:
    loaded = services.users.get_user(admin, handler.user_id)
    saved = services.users.update_user(
        admin,
        loaded.id,
        loaded.version,
        full_name="Kaisa Käsittelijä",
        title="lakimies",
        role="reader",
    )
    assert (saved.full_name, saved.title, saved.role) == ("Kaisa Käsittelijä", "lakimies", "reader")
    assert saved.rights == {"customers.view", "requests.view"}
    with pytest.raises(ConflictError):
        services.users.update_user(
            admin, loaded.id, loaded.version, full_name="Vanha Tieto", title="", role="handler"
        )
    assert services.users.get_user(admin, handler.user_id) == saved


def test_users_are_deactivated_never_deleted(
    services: Services, admin: Actor, handler: Actor
) -> None:
    info = services.users.set_active(admin, handler.user_id, False)
    assert not info.active
    assert {u.username: u.active for u in services.users.list_users(admin)} == {
        "kasittelija": False,
        "paakayttaja": True,
    }
    assert table_count(services.db.path, "users") == 2
    assert services.users.set_active(admin, handler.user_id, True).active
    actions = [r["action"] for r in audit_rows(services.db.path)]
    assert actions[-2:] == ["user.deactivate", "user.reactivate"]
    assert not hasattr(services.users, "delete_user")


def test_set_active_checks_the_version_when_given(
    services: Services, admin: Actor, handler: Actor
) -> None:
    v = services.users.get_user(admin, handler.user_id).version
    services.users.update_user(admin, handler.user_id, v, full_name="X Y", title="", role="handler")
    with pytest.raises(ConflictError):
        services.users.set_active(admin, handler.user_id, False, expected_version=v)
    assert services.users.get_user(admin, handler.user_id).active


def test_a_missing_user_is_not_found(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFoundError):
        services.users.get_user(admin, 999)
    with pytest.raises(NotFoundError):
        services.users.set_active(admin, 999, False)


# -- password reset: a one-time password made by the program ----------------------------------


def stored_hash(services: Services, user_id: int) -> str:
    with raw_db(services.db.path) as conn:
        return str(
            conn.execute("SELECT password_hash FROM users WHERE id = ?", (user_id,)).fetchone()[0]
        )


def test_reset_gives_a_long_one_time_password_from_an_unambiguous_alphabet(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    seen = set()
    for _ in range(5):
        otp = services.users.reset_password(admin, handler.user_id)
        assert (otp.user_id, otp.username) == (handler.user_id, "kasittelija")
        assert len(otp.password) >= 20
        assert len(otp.password.replace("-", "")) == 20
        assert set(otp.password.replace("-", "")) <= set(one_time_passwords.ALPHABET)
        assert not set("0o1li") & set(one_time_passwords.ALPHABET)
        assert otp.expires_at == clock.now + dt.timedelta(hours=72)
        assert otp.password not in repr(otp)
        seen.add(otp.password)
    assert len(seen) == 5
    # The admin has no way to choose it: the method takes no password.
    assert "password" not in inspect.signature(services.users.reset_password).parameters


def test_reset_stores_only_an_argon2_hash_and_audits_without_the_password(
    services: Services, admin: Actor, handler: Actor
) -> None:
    otp = services.users.reset_password(admin, handler.user_id)
    assert stored_hash(services, handler.user_id).startswith("$argon2id$")
    services.db.checkpoint()
    for path in services.db.path.parent.iterdir():
        if path.is_file():
            assert otp.password.encode() not in path.read_bytes(), path.name
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["object_id"], last["outcome"]) == (
        admin.user_id,
        "user.password_reset",
        handler.user_id,
        "ok",
    )
    assert otp.password not in str(last)


def test_after_a_reset_the_old_password_fails_and_a_new_one_must_be_set(
    services: Services, admin: Actor, handler: Actor
) -> None:
    otp = services.users.reset_password(admin, handler.user_id)
    info = services.users.get_user(admin, handler.user_id)
    assert info.must_change_password and info.password_expires_at == otp.expires_at
    with pytest.raises(AuthenticationError):
        services.auth.login("kasittelija", HANDLER_PASSWORD)
    actor = services.auth.login("kasittelija", otp.password)
    assert actor.must_change_password
    with pytest.raises(PasswordChangeRequired):
        services.customers.count(actor)
    changed = services.auth.change_password(actor, otp.password, CHOSEN)
    assert not changed.must_change_password
    assert services.customers.count(changed) == 0
    after = services.users.get_user(admin, handler.user_id)
    assert (after.must_change_password, after.password_expires_at) == (False, None)
    # The one-time password is spent.
    with pytest.raises(AuthenticationError):
        services.auth.login("kasittelija", otp.password)


def test_a_one_time_password_expires_after_72_hours(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    otp = services.users.reset_password(admin, handler.user_id)
    clock.advance(hours=71, minutes=59)
    early = services.auth.login("kasittelija", otp.password)
    clock.advance(minutes=1)
    with pytest.raises(OneTimePasswordExpired) as info:
        services.auth.login("kasittelija", otp.password)
    assert info.value.code == "one_time_password_expired"
    # An actor from before the deadline cannot use it to set a password afterwards either.
    with pytest.raises(OneTimePasswordExpired):
        services.auth.change_password(early, otp.password, CHOSEN)
    # A wrong password still gets the generic answer: the expiry is told only to its holder.
    with pytest.raises(AuthenticationError):
        services.auth.login("kasittelija", "väärä salasana vanhentuneelle")
    outcomes = [r["outcome"] for r in audit_rows(services.db.path) if r["action"] == "login"]
    assert outcomes[-2:] == ["expired", "failed"]
    # A new reset starts a new 72 hours.
    again = services.users.reset_password(admin, handler.user_id)
    assert services.auth.login("kasittelija", again.password).must_change_password


def test_a_reset_clears_a_lock(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    for _ in range(10):
        with pytest.raises(AuthenticationError):
            services.auth.login("kasittelija", "väärä salasana monta kertaa")
        clock.advance(seconds=30)
    assert services.users.get_user(admin, handler.user_id).locked_until is not None
    otp = services.users.reset_password(admin, handler.user_id)
    assert services.users.get_user(admin, handler.user_id).locked_until is None
    assert services.auth.login("kasittelija", otp.password).user_id == handler.user_id


def test_reset_needs_users_admin_and_checks_the_version(
    services: Services, admin: Actor, handler: Actor
) -> None:
    before = stored_hash(services, admin.user_id)
    with pytest.raises(PermissionDenied):
        services.users.reset_password(handler, admin.user_id)
    assert stored_hash(services, admin.user_id) == before
    with pytest.raises(ConflictError):
        services.users.reset_password(admin, handler.user_id, expected_version=99)
    with pytest.raises(NotFoundError):
        services.users.reset_password(admin, 999)
