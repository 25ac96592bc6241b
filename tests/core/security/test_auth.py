"""Login: one message for every refusal, throttling and lockout in the database, rehash, NFKC."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import (
    AuthenticationError,
    BusinessRuleError,
    LoginThrottled,
    SessionInvalid,
    ValidationError,
)
from l4d_desktop.core.security.login_attempts import attempt_key, username_key
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db
from tests.helpers.users import ADMIN_PASSWORD, HANDLER_PASSWORD

WRONG = "tämä ei ole oikea salasana"


def refusal(call: Callable[[], object]) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as info:
        call()
    return info.value


def fail_until_locked(
    services: Services, clock: FakeClock, username: str, times: int = 10
) -> list[int]:
    """Type a wrong password `times` times, waiting out each delay like a person would.

    Returns the delays asked for on the way.
    """
    waits: list[int] = []
    failures = 0
    while failures < times:
        try:
            services.auth.login(username, WRONG)
        except LoginThrottled as exc:
            assert exc.seconds > 0
            waits.append(exc.seconds)
            clock.advance(seconds=exc.seconds)
        except AuthenticationError:
            failures += 1
        assert len(waits) < 50, "the throttle never let the attempt through"
    return waits


def attempt_row(services: Services, typed: str) -> tuple[int, str | None, int] | None:
    with raw_db(services.db.path) as conn:
        user = conn.execute(
            "SELECT id FROM users WHERE username = ?", (username_key(typed),)
        ).fetchone()
        return conn.execute(
            "SELECT consecutive_failures, locked_until, lock_count FROM login_attempts"
            " WHERE username_key = ?",
            (attempt_key(user[0] if user else None, typed),),
        ).fetchone()


# -- first run and success -----------------------------------------------------------------------


def test_a_fresh_database_has_no_account_and_no_default_password(services: Services) -> None:
    assert not services.auth.is_initialised()
    for name, password in [("admin", "admin"), ("paakayttaja", ""), ("root", "password")]:
        refusal(lambda n=name, p=password: services.auth.login(n, p))


def test_first_admin_then_login(services: Services) -> None:
    first = services.auth.create_first_admin("Paakayttaja", "Jouni Ojala", ADMIN_PASSWORD)
    assert services.auth.is_initialised()
    actor = services.auth.login("paakayttaja", ADMIN_PASSWORD)
    assert actor.user_id == first.user_id
    assert actor.role == "admin"
    assert "users.admin" in actor.rights
    assert not actor.must_change_password
    # The username is stored case-folded and typed case-insensitively.
    assert services.auth.login("  PAAKAYTTAJA ", ADMIN_PASSWORD).user_id == first.user_id


def test_first_admin_only_on_an_empty_database(services: Services, admin: Actor) -> None:
    with pytest.raises(BusinessRuleError) as info:
        services.auth.create_first_admin("toinen", "Toinen Ylläpitäjä", ADMIN_PASSWORD)
    assert info.value.code == "already_initialised"


def test_successful_and_failed_logins_are_audited(services: Services, admin: Actor) -> None:
    refusal(lambda: services.auth.login("paakayttaja", WRONG))
    refusal(lambda: services.auth.login("ei-ketaan", WRONG))
    logins = [r for r in audit_rows(services.db.path) if r["action"] == "login"]
    assert [(r["actor_id"], r["outcome"]) for r in logins] == [
        (admin.user_id, "ok"),
        (admin.user_id, "failed"),
        (None, "failed"),
    ]


# -- one message for every refusal ---------------------------------------------------------------


def test_wrong_password_and_unknown_user_give_the_same_error(
    services: Services, admin: Actor
) -> None:
    wrong_password = refusal(lambda: services.auth.login("paakayttaja", WRONG))
    unknown_user = refusal(lambda: services.auth.login("tuntematon", ADMIN_PASSWORD))
    assert type(wrong_password) is type(unknown_user) is AuthenticationError
    assert wrong_password.code == unknown_user.code == "login_failed"
    assert str(wrong_password) == str(unknown_user)
    assert wrong_password.params == unknown_user.params == {}


# -- throttling and lockout ----------------------------------------------------------------------


def test_failures_slow_down_then_lock_after_ten_in_a_row(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    waits = fail_until_locked(services, clock, "paakayttaja")
    # Four free attempts, then a doubling delay before each of the 6th … 10th.
    assert waits == [1, 2, 4, 8, 16]
    locked = refusal(lambda: services.auth.login("paakayttaja", ADMIN_PASSWORD))
    # A locked account gets the very same generic message, even with the right password.
    assert str(locked) == str(refusal(lambda: services.auth.login("tuntematon", WRONG)))
    assert [r["outcome"] for r in audit_rows(services.db.path) if r["action"] == "login"][-3:] == [
        "locked_now",
        "locked",
        "failed",
    ]


def test_a_throttled_attempt_is_refused_before_the_password_is_checked(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    for _ in range(5):
        refusal(lambda: services.auth.login("paakayttaja", WRONG))
    with pytest.raises(LoginThrottled) as info:
        services.auth.login("paakayttaja", ADMIN_PASSWORD)
    assert info.value.seconds == 1
    assert info.value.code == "login_throttled"
    clock.advance(seconds=1)
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == admin.user_id
    # Success clears the series.
    assert attempt_row(services, "paakayttaja") is None


def test_the_lock_expires_after_15_minutes(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    fail_until_locked(services, clock, "paakayttaja")
    clock.advance(minutes=14, seconds=59)
    refusal(lambda: services.auth.login("paakayttaja", ADMIN_PASSWORD))
    clock.advance(seconds=1)
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == admin.user_id


def test_attempts_during_a_lock_do_not_extend_it(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    fail_until_locked(services, clock, "paakayttaja")
    for _ in range(12):
        clock.advance(minutes=1)
        refusal(lambda: services.auth.login("paakayttaja", WRONG))
    clock.advance(minutes=3)
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == admin.user_id


def test_a_second_lock_lasts_longer(services: Services, admin: Actor, clock: FakeClock) -> None:
    fail_until_locked(services, clock, "paakayttaja")
    clock.advance(minutes=15)
    fail_until_locked(services, clock, "paakayttaja")
    row = attempt_row(services, "paakayttaja")
    assert row is not None and row[2] == 2  # two locks so far
    clock.advance(minutes=29, seconds=59)
    refusal(lambda: services.auth.login("paakayttaja", ADMIN_PASSWORD))
    clock.advance(seconds=1)
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == admin.user_id


def test_an_admin_can_unlock_early(
    services: Services, admin: Actor, handler: Actor, clock: FakeClock
) -> None:
    fail_until_locked(services, clock, "kasittelija")
    refusal(lambda: services.auth.login("kasittelija", HANDLER_PASSWORD))
    info = services.users.get_user(admin, handler.user_id)
    assert info.locked_until == clock.now + dt.timedelta(minutes=15)

    assert services.users.unlock(admin, "Kasittelija") is True
    assert services.users.get_user(admin, handler.user_id).locked_until is None
    assert services.auth.login("kasittelija", HANDLER_PASSWORD).user_id == handler.user_id
    assert services.users.unlock(admin, "kasittelija") is False  # nothing left to clear
    unlocks = [r for r in audit_rows(services.db.path) if r["action"] == "user.unlock"]
    assert [(r["actor_id"], r["object_id"]) for r in unlocks] == [(admin.user_id, handler.user_id)]


def test_failure_counts_are_stored_by_the_typed_name_even_for_nobody(
    services: Services, admin: Actor, clock: FakeClock
) -> None:
    for _ in range(3):
        refusal(lambda: services.auth.login("  Ei.Ketaan ", WRONG))
    assert attempt_row(services, "ei.ketaan") == (3, None, 0)
    # A name that does not exist is throttled and locked exactly like one that does,
    # so the answers do not tell which usernames exist.
    waits = fail_until_locked(services, clock, "ei.ketaan", times=7)
    assert waits == [1, 2, 4, 8, 16]
    row = attempt_row(services, "ei.ketaan")
    assert row is not None and row[0] == 0 and row[1] is not None and row[2] == 1
    # The failures of one name never touch another.
    assert services.auth.login("paakayttaja", ADMIN_PASSWORD).user_id == admin.user_id


def test_a_password_typed_into_the_username_box_is_not_kept(
    services: Services, admin: Actor
) -> None:
    refusal(lambda: services.auth.login(ADMIN_PASSWORD, ADMIN_PASSWORD))
    services.db.checkpoint()
    stored = services.db.path.read_bytes()
    assert ADMIN_PASSWORD.encode("utf-8") not in stored
    assert attempt_row(services, ADMIN_PASSWORD) == (1, None, 0)


def test_failure_counts_survive_a_restart(
    services: Services, admin: Actor, clock: FakeClock, db_path: Path, fast_hasher: PasswordHasher
) -> None:
    fail_until_locked(services, clock, "paakayttaja")
    again = open_services(db_path, clock=clock, hasher=fast_hasher)
    try:
        refusal(lambda: again.auth.login("paakayttaja", ADMIN_PASSWORD))
    finally:
        again.db.dispose()


# -- deactivated users ---------------------------------------------------------------------------


def test_a_deactivated_user_cannot_log_in(services: Services, admin: Actor, handler: Actor) -> None:
    services.users.set_active(admin, handler.user_id, False)
    inactive = refusal(lambda: services.auth.login("kasittelija", HANDLER_PASSWORD))
    assert str(inactive) == str(refusal(lambda: services.auth.login("kasittelija", WRONG)))
    services.users.set_active(admin, handler.user_id, True)
    assert services.auth.login("kasittelija", HANDLER_PASSWORD).user_id == handler.user_id


def test_a_logged_in_actor_of_a_deactivated_user_is_stopped(
    services: Services, admin: Actor, handler: Actor
) -> None:
    assert services.customers.count(handler) == 0
    services.users.set_active(admin, handler.user_id, False)
    with pytest.raises(SessionInvalid):
        services.customers.count(handler)
    with pytest.raises(SessionInvalid):
        services.auth.change_password(handler, HANDLER_PASSWORD, "uusi salasana joka on pitkä")
    last = audit_rows(services.db.path)[-1]
    assert (last["actor_id"], last["action"], last["outcome"], last["detail"]) == (
        handler.user_id,
        "customer.search",
        "denied",
        "session_invalid",
    )


# -- argon2 parameters and rehash ----------------------------------------------------------------


def test_a_weaker_hash_is_upgraded_at_login(
    services: Services, admin: Actor, clock: FakeClock, db_path: Path
) -> None:
    def stored_hash() -> str:
        with raw_db(db_path) as conn:
            return conn.execute(
                "SELECT password_hash FROM users WHERE id = ?", (admin.user_id,)
            ).fetchone()[0]

    weak = stored_hash()
    production = PasswordHasher()
    assert weak.startswith("$argon2id$")
    assert production.needs_rehash(weak)

    strong_services = open_services(db_path, clock=clock, hasher=production)
    try:
        strong_services.auth.login("paakayttaja", ADMIN_PASSWORD)
        upgraded = stored_hash()
        assert upgraded != weak
        assert upgraded.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert not production.needs_rehash(upgraded)
        # The new hash still opens the door, and it is not rehashed again.
        strong_services.auth.login("paakayttaja", ADMIN_PASSWORD)
        assert stored_hash() == upgraded
    finally:
        strong_services.db.dispose()
    assert [r["action"] for r in audit_rows(db_path)].count("user.rehash") == 1


def test_production_parameters_are_argon2id_defaults_or_stronger() -> None:
    h = PasswordHasher().hash("pitkä testisalasana tähän")
    assert h.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


# -- Unicode in passwords ------------------------------------------------------------------------


def test_a_password_typed_in_nfd_opens_an_account_set_in_nfc(
    services: Services, admin: Actor
) -> None:
    assert unicodedata.is_normalized("NFC", ADMIN_PASSWORD) and "ä" in ADMIN_PASSWORD
    nfd = unicodedata.normalize("NFD", ADMIN_PASSWORD)
    assert nfd != ADMIN_PASSWORD
    assert services.auth.login("paakayttaja", nfd).user_id == admin.user_id


def test_compatibility_forms_are_folded_by_nfkc(services: Services, admin: Actor) -> None:
    # U+FB01 LATIN SMALL LIGATURE FI and full-width letters are what NFKC folds.
    services.auth.change_password(admin, ADMIN_PASSWORD, "ﬁlmi alkaa kello ｋｕusi")
    assert services.auth.login("paakayttaja", "filmi alkaa kello kuusi").user_id == admin.user_id


def test_long_passwords_are_never_truncated(fast_hasher: PasswordHasher) -> None:
    base = "ab" * 511 + "c"  # 1023 characters
    stored = fast_hasher.hash(base + "x")
    assert fast_hasher.verify(stored, base + "x")
    assert not fast_hasher.verify(stored, base + "y")


# -- changing one's own password -----------------------------------------------------------------


def test_change_password_needs_the_current_one(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(admin, WRONG, "uusi salasana joka on pitkä")
    assert info.value.field == "current_password"
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(admin, ADMIN_PASSWORD, ADMIN_PASSWORD)
    assert (info.value.field, info.value.code) == ("new_password", "password_reused")
    with pytest.raises(ValidationError) as info:
        services.auth.change_password(admin, ADMIN_PASSWORD, "lyhyt")
    assert (info.value.field, info.value.code) == ("new_password", "password_too_short")
    services.auth.change_password(admin, ADMIN_PASSWORD, "uusi salasana joka on pitkä")
    refusal(lambda: services.auth.login("paakayttaja", ADMIN_PASSWORD))
    assert services.auth.login("paakayttaja", "uusi salasana joka on pitkä").role == "admin"


def test_the_idle_lock_setting_defaults_to_15_minutes_and_is_kept_within_30(
    services: Services,
) -> None:
    assert services.auth.idle_lock_minutes() == 15
    for stored, used in (("5", 5), ("90", 30), ("0", 1), ("x", 15)):
        with raw_db(services.db.path) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('idle_lock_minutes', ?)",
                (stored,),
            )
        assert services.auth.idle_lock_minutes() == used
