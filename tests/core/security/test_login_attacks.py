"""Logins under attack: equal cost for unknown users, parallel guesses, what the table keeps,
invisible characters in names and passwords. Real SQLite files, real argon2."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.fields import CustomerInput
from l4d_desktop.core.errors import AuthenticationError, LoginThrottled, ValidationError
from l4d_desktop.core.security.auth import LockoutPolicy
from l4d_desktop.core.security.login_attempts import username_key
from l4d_desktop.core.security.passwords import PasswordHasher, check_policy, strength_hint
from l4d_desktop.core.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.database import audit_rows, raw_db, reopen
from tests.helpers.users import ADMIN_PASSWORD

WRONG = "tämä ei ole oikea salasana"


class _Counted:
    """argon2's own hasher, counting the runs of hash and verify."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.runs = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def hash(self, *args: Any) -> Any:
        self.runs += 1
        return self.inner.hash(*args)

    def verify(self, *args: Any) -> Any:
        self.runs += 1
        return self.inner.verify(*args)


class CountingHasher(PasswordHasher):
    """A fresh hasher, as a new command-line process has, that counts its argon2 runs."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8192, parallelism=1)
        self.counted = _Counted(self._hasher)
        self._hasher = self.counted

    @property
    def runs(self) -> int:
        return self.counted.runs


@pytest.mark.parametrize("typed", ["paakayttaja", "ei-ketaan"])
def test_known_and_unknown_users_cost_one_argon2_run_each_in_a_fresh_process(
    services: Services, admin: Actor, db_path: Path, clock: FakeClock, typed: str
) -> None:
    hasher = CountingHasher()
    fresh = reopen(db_path, clock=clock, hasher=hasher)
    try:
        with pytest.raises(AuthenticationError):
            fresh.auth.login(typed, WRONG)
        assert hasher.runs == 1
        with pytest.raises(AuthenticationError):
            fresh.auth.login(typed, WRONG)
        assert hasher.runs == 2
    finally:
        fresh.db.dispose()


def test_a_locked_account_costs_the_same_one_run(
    services: Services, admin: Actor, db_path: Path, clock: FakeClock
) -> None:
    hasher = CountingHasher()
    policy = LockoutPolicy(free_failures=100, lock_after=2)
    fresh = reopen(db_path, clock=clock, hasher=hasher, lockout=policy)
    try:
        for _ in range(3):
            with pytest.raises(AuthenticationError):
                fresh.auth.login("paakayttaja", ADMIN_PASSWORD if _ == 2 else WRONG)
        assert hasher.runs == 3
    finally:
        fresh.db.dispose()


def test_thirty_parallel_guesses_check_at_most_ten_passwords(
    services: Services, admin: Actor, db_path: Path, fast_hasher: PasswordHasher
) -> None:
    # No delays, only the lock: the delays would hide the race this test is about.
    policy = LockoutPolicy(free_failures=1000, lock_after=10)
    outcomes: Counter[str] = Counter()
    start = threading.Barrier(30)
    lock = threading.Lock()

    def guess() -> None:
        # Each thread is a process of its own: its own services on the same file.
        own = reopen(db_path, hasher=PasswordHasher(1, 8192, 1), lockout=policy)
        try:
            start.wait()
            own.auth.login("paakayttaja", WRONG)
        except (AuthenticationError, LoginThrottled) as exc:
            with lock:
                outcomes[type(exc).__name__] += 1
        finally:
            own.db.dispose()

    threads = [threading.Thread(target=guess) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes == Counter(AuthenticationError=30)
    logins = [r["outcome"] for r in audit_rows(db_path) if r["action"] == "login"][1:]
    checked = [o for o in logins if o in ("failed", "locked_now")]
    assert len(logins) == 30
    assert len(checked) <= 10
    assert "locked_now" in checked
    # The right password is now refused too: the lock holds.
    again = reopen(db_path, hasher=fast_hasher, lockout=policy)
    try:
        with pytest.raises(AuthenticationError):
            again.auth.login("paakayttaja", ADMIN_PASSWORD)
    finally:
        again.db.dispose()


def test_a_password_typed_as_the_username_is_kept_only_as_a_short_shared_hash(
    services: Services, admin: Actor
) -> None:
    old_style = hashlib.sha256(username_key("vanha salasana kirjoitettuna").encode()).hexdigest()
    with raw_db(services.db.path) as conn:
        conn.execute(
            "INSERT INTO login_attempts (username_key, consecutive_failures, lock_count)"
            " VALUES (?, 1, 0)",
            (old_style,),
        )
    with pytest.raises(AuthenticationError):
        services.auth.login(ADMIN_PASSWORD, ADMIN_PASSWORD)
    with raw_db(services.db.path) as conn:
        keys = [k for (k,) in conn.execute("SELECT username_key FROM login_attempts")]
    whole = hashlib.sha256(username_key(ADMIN_PASSWORD).encode()).hexdigest()
    assert all(whole[:8] not in k for k in keys)
    assert old_style not in keys  # rows of the former unsalted keys are dropped
    # 20 bits: a million typed names share each count, so the key tells nothing back.
    assert [len(k) for k in keys] == [len("name:") + 5]


def test_invisible_characters_are_refused_in_usernames_and_names(
    services: Services, admin: Actor
) -> None:
    for field, call in (
        ("name", lambda: services.customers.create(admin, CustomerInput(name="Aino\u200b Ojala"))),
        (
            "full_name",
            lambda: services.users.create_user(
                admin, "aino", "Aino \u202eOjala", "handler", ADMIN_PASSWORD + " x"
            ),
        ),
        (
            "username",
            lambda: services.users.create_user(
                admin, "ai\u200dno", "Aino Ojala", "handler", ADMIN_PASSWORD + " x"
            ),
        ),
    ):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field
        assert err.value.code in ("control_chars", "username_invalid")


def test_invisible_characters_do_not_count_towards_a_password_length() -> None:
    padded = "\u200b".join("kuu kissaa")  # 10 visible characters, 19 in all
    assert len(padded) >= 15
    with pytest.raises(ValidationError) as err:
        check_policy(padded)
    assert err.value.code == "password_too_short"
    hint = strength_hint(padded)
    assert (hint.acceptable, hint.length) == (False, 10)
