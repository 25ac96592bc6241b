"""Staff accounts: created and changed by users with `users.admin`, deactivated, never deleted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import (
    BusinessRuleError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from l4d_desktop.core.security import one_time_passwords
from l4d_desktop.core.security.access import Service, rights_of
from l4d_desktop.core.security.accounts import add_account
from l4d_desktop.core.security.login_attempts import attempt_key, username_key
from l4d_desktop.core.security.passwords import PasswordHasher, check_policy
from l4d_desktop.core.security.user_fields import (
    clean_full_name,
    clean_role,
    clean_title,
    clean_username,
)
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import LoginAttempt, User, UserRight
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    title: str
    role: str
    rights: frozenset[str]
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    version: int
    # When the one-time password of a reset stops working, while it is still unchanged.
    password_expires_at: dt.datetime | None = None
    title_en: str = ""  # the title English letters sign with
    title_sv: str = ""  # and Swedish ones


@dataclass(frozen=True)
class OneTimePassword:
    """The result of a reset: show `password` once, then drop it (it is not kept anywhere)."""

    user_id: int
    username: str
    password: str = field(repr=False)
    expires_at: dt.datetime


def _clean_title_en(value: str) -> str:
    return clean_text(value, "title_en", max_length=200)


def _clean_title_sv(value: str) -> str:
    return clean_text(value, "title_sv", max_length=200)


class UserService(Service):
    def __init__(self, db: Database, audit: AuditLog, clock: Clock, hasher: PasswordHasher) -> None:
        super().__init__(db, audit, clock)
        self.hasher = hasher

    def list_users(self, actor: Actor) -> list[UserInfo]:
        with self._unit(actor, Right.USERS_ADMIN, "user.list", write=False) as (session, _):
            users = session.scalars(select(User).order_by(User.username)).all()
            return [self._info(session, u) for u in users]

    def get_user(self, actor: Actor, user_id: int) -> UserInfo:
        with self._unit(actor, Right.USERS_ADMIN, "user.view", write=False) as (session, _):
            return self._info(session, self._load(session, user_id))

    def create_user(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        role: str,
        initial_password: str,
        title: str = "",
        title_en: str = "",
        title_sv: str = "",
    ) -> UserInfo:
        """A new account whose initial password must be changed at the first login."""
        name = clean_username(username)
        full = clean_full_name(full_name)
        ttl = clean_title(title)
        ttl_en = _clean_title_en(title_en)
        ttl_sv = _clean_title_sv(title_sv)
        rl = clean_role(role)
        pw = check_policy(initial_password, name)
        password_hash = self.hasher.hash(pw)
        with self._unit(actor, Right.USERS_ADMIN, "user.create") as (session, admin):
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                raise ValidationError("username", "username_taken")
            user = add_account(
                session,
                self.audit,
                created_by=admin.id,
                username=name,
                full_name=full,
                title=ttl,
                role=rl,
                password_hash=password_hash,
                must_change_password=True,
                now=self.clock(),
                detail=rl,
                title_en=ttl_en,
                title_sv=ttl_sv,
            )
            return self._info(session, user)

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        expected_version: int,
        *,
        full_name: str,
        title: str,
        role: str,
        title_en: str | None = None,
        title_sv: str | None = None,
    ) -> UserInfo:
        """`title_en` or `title_sv` None leaves the English or Swedish title as it is."""
        full = clean_full_name(full_name)
        ttl = clean_title(title)
        ttl_en = None if title_en is None else _clean_title_en(title_en)
        ttl_sv = None if title_sv is None else _clean_title_sv(title_sv)
        rl = clean_role(role)
        with self._unit(actor, Right.USERS_ADMIN, "user.update") as (session, admin):
            user = self._load(session, user_id, expected_version)
            user.full_name, user.title, user.role = full, ttl, rl
            if ttl_en is not None:
                user.title_en = ttl_en
            if ttl_sv is not None:
                user.title_sv = ttl_sv
            return self._changed(session, admin.id, user, "user.update", detail=rl)

    def set_active(
        self, actor: Actor, user_id: int, active: bool, expected_version: int | None = None
    ) -> UserInfo:
        """Deactivate or reactivate; the last active administrator cannot be deactivated."""
        operation = "user.reactivate" if active else "user.deactivate"
        with self._unit(actor, Right.USERS_ADMIN, operation) as (session, admin):
            user = self._load(session, user_id, expected_version)
            user.active = active
            return self._changed(session, admin.id, user, operation)

    def set_right(self, actor: Actor, user_id: int, right: str, granted: bool | None) -> UserInfo:
        """Per-user exception: True grants, False revokes, None follows the role again."""
        try:
            right_id = Right(right).value
        except ValueError:
            raise ValidationError("right", "choice_invalid") from None
        with self._unit(actor, Right.USERS_ADMIN, "user.rights") as (session, admin):
            user = self._load(session, user_id)
            session.execute(
                delete(UserRight).where(UserRight.user_id == user.id, UserRight.right == right_id)
            )
            if granted is not None:
                session.add(UserRight(user_id=user.id, right=right_id, granted=granted))
            state = "inherit" if granted is None else ("grant" if granted else "revoke")
            return self._changed(
                session, admin.id, user, "user.rights", detail=f"{right_id}:{state}"
            )

    def reset_password(
        self, actor: Actor, user_id: int, expected_version: int | None = None
    ) -> OneTimePassword:
        """Give the user a one-time password made by the program, valid for 72 hours.

        The old password stops working at once; the user must choose a new one at the next
        login. A lock from failed logins is cleared too (the administrator has just vouched for
        the person). Only the argon2 hash is stored, and the audit entry holds no password.
        """
        password = one_time_passwords.generate()
        password_hash = self.hasher.hash(password)
        with self._unit(actor, Right.USERS_ADMIN, "user.password_reset") as (session, admin):
            user = self._load(session, user_id, expected_version)
            now = self.clock()
            user.password_hash = password_hash
            user.must_change_password = True
            user.password_expires_at = now + one_time_passwords.VALID_FOR
            user.updated_at = now
            attempt = session.get(LoginAttempt, attempt_key(user.id, user.username))
            if attempt is not None:
                session.delete(attempt)
            session.flush()
            self.audit.append(
                session,
                actor_id=admin.id,
                action="user.password_reset",
                object_type="user",
                object_id=user.id,
            )
            return OneTimePassword(user.id, user.username, password, user.password_expires_at)

    def unlock(self, actor: Actor, username: str) -> bool:
        """Clear the failure count and lock of a typed username. True if there was one."""
        with self._unit(actor, Right.USERS_ADMIN, "user.unlock") as (session, admin):
            target = session.scalar(select(User.id).where(User.username == username_key(username)))
            attempt = session.get(LoginAttempt, attempt_key(target, username))
            if attempt is None:
                return False
            session.delete(attempt)
            self.audit.append(
                session,
                actor_id=admin.id,
                action="user.unlock",
                object_type="user",
                object_id=target,
            )
            return True

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, user_id: int, expected_version: int | None = None) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError("user")
        if expected_version is not None and user.version != expected_version:
            raise ConflictError()
        return user

    def _changed(
        self, session: Session, admin_id: int, user: User, action: str, detail: str = ""
    ) -> UserInfo:
        """Finish an administrator's change to an account: dated, refused if it leaves no
        active administrator, audited; the account as it now is."""
        user.updated_at = self.clock()
        session.flush()
        self._keep_an_admin(session)
        self.audit.append(
            session,
            actor_id=admin_id,
            action=action,
            object_type="user",
            object_id=user.id,
            detail=detail,
        )
        return self._info(session, user)

    @staticmethod
    def _keep_an_admin(session: Session) -> None:
        for user in session.scalars(select(User).where(User.active.is_(True))):
            if Right.USERS_ADMIN.value in rights_of(session, user):
                return
        raise BusinessRuleError("last_admin")

    def _info(self, session: Session, user: User) -> UserInfo:
        attempt = session.get(LoginAttempt, attempt_key(user.id, user.username))
        now = self.clock()
        locked = (
            attempt.locked_until
            if attempt is not None and attempt.locked_until and attempt.locked_until > now
            else None
        )
        return UserInfo(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            title=user.title,
            role=user.role,
            rights=rights_of(session, user),
            active=user.active,
            must_change_password=user.must_change_password,
            locked_until=locked,
            version=user.version,
            password_expires_at=user.password_expires_at if user.must_change_password else None,
            title_en=user.title_en,
            title_sv=user.title_sv,
        )
