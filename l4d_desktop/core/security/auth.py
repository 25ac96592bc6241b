"""Login: argon2 verification behind the throttle and lock of login_attempts, first run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import (
    AuthenticationError,
    BusinessRuleError,
    LoginThrottled,
    OneTimePasswordExpired,
    SessionInvalid,
    ValidationError,
)
from l4d_desktop.core.security.access import Service, actor_for
from l4d_desktop.core.security.accounts import add_account
from l4d_desktop.core.security.login_attempts import LoginAttempts
from l4d_desktop.core.security.one_time_passwords import expired
from l4d_desktop.core.security.passwords import PasswordHasher, check_policy, normalise
from l4d_desktop.core.security.user_fields import clean_full_name, clean_title, clean_username
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import User
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.vocabulary import Role

# The idle lock's longest allowed setting (PRODUCT.md: 15 minutes by default, at most 30).
MAX_IDLE_LOCK_MINUTES = 30


@dataclass(frozen=True)
class LockoutPolicy:
    """Failures before delays start, the delay growth, and the lock after `lock_after` in a row."""

    free_failures: int = 4
    max_delay_seconds: int = 30
    lock_after: int = 10
    lock_minutes: int = 15
    max_lock_minutes: int = 24 * 60

    def delay_after(self, failures: int) -> int:
        """Seconds to wait before the next attempt after `failures` consecutive failures."""
        if failures <= self.free_failures:
            return 0
        return int(min(2 ** (failures - self.free_failures - 1), self.max_delay_seconds))

    def lock_duration(self, previous_locks: int) -> dt.timedelta:
        minutes = min(self.lock_minutes * 2**previous_locks, self.max_lock_minutes)
        return dt.timedelta(minutes=minutes)


class AuthService(Service):
    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        clock: Clock,
        hasher: PasswordHasher,
        policy: LockoutPolicy | None = None,
    ) -> None:
        super().__init__(db, audit, clock)
        self.hasher = hasher
        self.policy = policy or LockoutPolicy()
        self.attempts = LoginAttempts(db, audit, clock, self.policy)

    # -- first run -----------------------------------------------------------------------------

    def is_initialised(self) -> bool:
        with self.db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_admin(
        self, username: str, full_name: str, password: str, title: str = ""
    ) -> Actor:
        """The pääkäyttäjä account on an empty database; refused once any user exists."""
        name = clean_username(username)
        full = clean_full_name(full_name)
        ttl = clean_title(title)
        pw = check_policy(password, name)
        password_hash = self.hasher.hash(pw)
        with self.db.transaction() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise BusinessRuleError("already_initialised")
            user = add_account(
                session,
                self.audit,
                created_by=None,
                username=name,
                full_name=full,
                title=ttl,
                role=Role.ADMIN.value,
                password_hash=password_hash,
                must_change_password=False,
                now=self.clock(),
                detail="first_admin",
            )
            return actor_for(session, user)

    # -- login ---------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> Actor:
        """Return the actor, or raise AuthenticationError / LoginThrottled.

        Unknown user, wrong password and locked account give the same error and cost the same
        one argon2 verification, so that timing does not tell them apart. The attempt is counted
        before the password is checked (see LoginAttempts.admit).
        """
        admission = self.attempts.admit(username)
        if admission.refusal == "throttled":
            raise LoginThrottled(admission.wait)
        if admission.refusal is not None or admission.stored_hash is None:
            self.hasher.burn_equal_time(password)
            if admission.refusal is None:
                self.attempts.failed(admission, "failed")
            raise AuthenticationError()
        ok = self.hasher.verify(admission.stored_hash, password)
        if not ok or not admission.active:
            self.attempts.failed(admission, "inactive" if ok else "failed")
            raise AuthenticationError()

        if expired(admission.expires_at, self.clock()):
            # The right one-time password, too late: only its holder learns that it ran out.
            self.attempts.given_back(admission, "expired")
            raise OneTimePasswordExpired()

        with self.db.transaction() as session:
            user = session.get(User, admission.user_id)
            if user is None or not user.active:
                raise AuthenticationError()
            if self.hasher.needs_rehash(user.password_hash):
                # Parameters have risen since this hash was made: upgrade it while we have the
                # password in hand.
                user.password_hash = self.hasher.hash(normalise(password))
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="user.rehash",
                    object_type="user",
                    object_id=user.id,
                )
            self.attempts.clear(session, admission.key)
            self.audit.append(
                session,
                actor_id=user.id,
                action="login",
                object_type="user",
                object_id=user.id,
            )
            return actor_for(session, user)

    # -- session -------------------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks: the setting, kept within 1–30."""
        with self.db.read() as session:
            minutes = SettingsStore().get_int(session, "idle_lock_minutes")
        return min(max(minutes, 1), MAX_IDLE_LOCK_MINUTES)

    # -- own password --------------------------------------------------------------------------

    def change_password(self, actor: Actor, current: str, new: str) -> Actor:
        """Any active user may change their own password, given the current one."""
        with self.db.read() as session:
            user = session.get(User, actor.user_id)
            if user is None or not user.active:
                raise SessionInvalid()
            stored = user.password_hash
            username = user.username
            expires_at = user.password_expires_at
        if not self.hasher.verify(stored, current):
            self.audit.append_separately(
                actor_id=actor.user_id,
                action="user.password_change",
                object_type="user",
                object_id=actor.user_id,
                outcome="failed",
            )
            raise ValidationError("current_password", "password_wrong")
        if expired(expires_at, self.clock()):
            raise OneTimePasswordExpired()
        pw = check_policy(new, username, field="new_password")
        if normalise(current) == pw:
            raise ValidationError("new_password", "password_reused")
        new_hash = self.hasher.hash(pw)
        with self.db.transaction() as session:
            user = session.get(User, actor.user_id)
            if user is None or not user.active:
                raise SessionInvalid()
            user.password_hash = new_hash
            user.must_change_password = False
            user.password_expires_at = None
            user.updated_at = self.clock()
            self.audit.append(
                session,
                actor_id=user.id,
                action="user.password_change",
                object_type="user",
                object_id=user.id,
            )
            return actor_for(session, user)
