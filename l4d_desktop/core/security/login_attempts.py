"""Failed-login accounting: every attempt is counted in its own committed transaction before
its password is checked, so that guesses sent in parallel cannot outrun the lock."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import LoginAttempt, User

if TYPE_CHECKING:
    from l4d_desktop.core.security.auth import LockoutPolicy

# A typed name that is no account is counted under a hash cut to 20 bits: about a million names
# share each count, so a password typed into the username box cannot be read back from the
# table, while a prober would need millions of audited failures to fill the counts.
_UNKNOWN_KEY_HEX = 5
# Keys written before counts were keyed like this were a whole SHA-256 of the typed text.
_OLD_KEY_LENGTH = 64


def username_key(typed: str) -> str:
    """How a typed username is compared with stored ones: NFKC, case-folded, trimmed, bounded."""
    return unicodedata.normalize("NFKC", typed).strip().casefold()[:1024]


def attempt_key(user_id: int | None, typed: str) -> str:
    """Under which key failures are counted: the account's id, or a short hash of a name that is
    no account (so that unknown names are throttled and locked just like known ones)."""
    if user_id is not None:
        return f"user:{user_id}"
    digest = hashlib.sha256(b"l4d login attempt\0" + username_key(typed).encode("utf-8"))
    return "name:" + digest.hexdigest()[:_UNKNOWN_KEY_HEX]


@dataclass(frozen=True)
class Admission:
    """What `LoginAttempts.admit` found: the account (if any), and whether the password may be
    checked at all (`refusal` is "locked" or "throttled" when not)."""

    key: str
    user_id: int | None
    stored_hash: str | None
    active: bool
    expires_at: dt.datetime | None
    refusal: str | None = None
    wait: int = 0


class LoginAttempts:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, policy: LockoutPolicy) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.policy = policy

    def admit(self, typed: str) -> Admission:
        """Count this attempt as a failure, committed, unless the lock or the delay refuses it.

        The count is taken back only by a success; a process that dies while checking the
        password has spent its attempt. A series already full of attempts (some still being
        checked) admits no more until it has locked and the lock has run out.
        """
        with self.db.transaction() as session:
            session.execute(
                delete(LoginAttempt).where(
                    func.length(LoginAttempt.username_key) == _OLD_KEY_LENGTH
                )
            )
            now = self.clock()  # read once the write lock is held: parallel attempts queue
            user = session.scalar(select(User).where(User.username == username_key(typed)))
            user_id = user.id if user is not None else None
            key = attempt_key(user_id, typed)
            found = Admission(
                key=key,
                user_id=user_id,
                stored_hash=user.password_hash if user is not None else None,
                active=bool(user is not None and user.active),
                expires_at=user.password_expires_at if user is not None else None,
            )
            attempt = session.get(LoginAttempt, key)
            if attempt is None:
                attempt = LoginAttempt(username_key=key, consecutive_failures=0, lock_count=0)
                session.add(attempt)
            if attempt.locked_until is not None and attempt.locked_until <= now:
                attempt.locked_until = None  # an expired lock starts a fresh series
            if attempt.locked_until is not None or (
                attempt.consecutive_failures >= self.policy.lock_after
            ):
                self._audit_login(session, user_id, "locked")
                return _refused(found, "locked")
            wait = self._seconds_to_wait(attempt, now)
            if wait > 0:
                self._audit_login(session, user_id, "throttled")
                return _refused(found, "throttled", wait)
            attempt.consecutive_failures += 1
            attempt.last_failure_at = now
            return found

    def failed(self, admission: Admission, outcome: str) -> None:
        """The admitted attempt failed (its count stands); lock when the series is full."""
        with self.db.transaction() as session:
            now = self.clock()
            attempt = session.get(LoginAttempt, admission.key)
            if (
                attempt is not None
                and attempt.locked_until is None
                and attempt.consecutive_failures >= self.policy.lock_after
            ):
                attempt.locked_until = now + self.policy.lock_duration(attempt.lock_count)
                attempt.lock_count += 1
                attempt.consecutive_failures = 0
                attempt.last_failure_at = None
                outcome = "locked_now"
            self._audit_login(session, admission.user_id, outcome)

    def given_back(self, admission: Admission, outcome: str) -> None:
        """The right password, refused for another reason (it ran out): not a failure."""
        with self.db.transaction() as session:
            attempt = session.get(LoginAttempt, admission.key)
            if attempt is not None and attempt.consecutive_failures > 0:
                attempt.consecutive_failures -= 1
            self._audit_login(session, admission.user_id, outcome)

    @staticmethod
    def clear(session: Session, key: str) -> None:
        attempt = session.get(LoginAttempt, key)
        if attempt is not None:
            session.delete(attempt)

    def _seconds_to_wait(self, attempt: LoginAttempt, now: dt.datetime) -> int:
        if attempt.last_failure_at is None:
            return 0
        delay = self.policy.delay_after(attempt.consecutive_failures)
        if delay == 0:
            return 0
        ready = attempt.last_failure_at + dt.timedelta(seconds=delay)
        return max(0, math.ceil((ready - now).total_seconds()))

    def _audit_login(self, session: Session, user_id: int | None, outcome: str) -> None:
        self.audit.append(
            session,
            actor_id=user_id,
            action="login",
            object_type="user",
            object_id=user_id,
            outcome=outcome,
        )


def _refused(found: Admission, refusal: str, wait: int = 0) -> Admission:
    return Admission(
        found.key, found.user_id, found.stored_hash, found.active, found.expires_at, refusal, wait
    )
