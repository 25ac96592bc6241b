"""Who may do what: effective rights and the checked unit of work every service method runs in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import PasswordChangeRequired, PermissionDenied, SessionInvalid
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import User, UserRight
from l4d_desktop.core.vocabulary import ROLE_RIGHTS, Right, Role


def effective_rights(role: str, overrides: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """Role's rights + per-user grants − per-user revokes; an unknown role grants nothing."""
    try:
        rights = {str(r) for r in ROLE_RIGHTS[Role(role)]}
    except ValueError:
        rights = set()
    known = {str(r) for r in Right}
    for right, granted in overrides:
        if right not in known:
            continue
        if granted:
            rights.add(right)
        else:
            rights.discard(right)
    return frozenset(rights)


def rights_of(session: Session, user: User) -> frozenset[str]:
    rows = session.execute(
        select(UserRight.right, UserRight.granted).where(UserRight.user_id == user.id)
    ).all()
    return effective_rights(user.role, [(r.right, r.granted) for r in rows])


def actor_for(session: Session, user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        rights=rights_of(session, user),
        must_change_password=user.must_change_password,
    )


class Service:
    """Base of the services: one checked, audited transaction per public call."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    @contextmanager
    def _unit(
        self,
        actor: Actor,
        right: Right | tuple[Right, ...],
        operation: str,
        *,
        write: bool = True,
    ) -> Iterator[tuple[Session, User]]:
        """Open a transaction, check `right` (or every right of a tuple) against the database,
        yield (session, user).

        `write=False` gives a read-only snapshot that never waits for a writer (nothing it
        changes is kept, so it must not audit). A denial is recorded in its own committed
        transaction after the rollback, so the failed operation does not take it along.
        """
        try:
            with self.db.transaction() if write else self.db.read() as session:
                user = self._authorize(session, actor, right)
                yield session, user
        except (PermissionDenied, SessionInvalid, PasswordChangeRequired) as exc:
            self.audit.append_separately(
                actor_id=actor.user_id,
                action=operation,
                outcome="denied",
                detail=exc.code if not isinstance(exc, PermissionDenied) else exc.right,
            )
            raise

    @staticmethod
    def _authorize(session: Session, actor: Actor, right: Right | tuple[Right, ...]) -> User:
        user = session.get(User, actor.user_id)
        if user is None or not user.active:
            raise SessionInvalid()  # e.g. deactivated since login: the faces log the user out
        if user.must_change_password:
            raise PasswordChangeRequired()
        held = rights_of(session, user)
        for needed in right if isinstance(right, tuple) else (right,):
            if str(needed) not in held:  # deny by default
                raise PermissionDenied(str(needed))
        return user

    def _require(self, actor: Actor, right: Right | tuple[Right, ...], operation: str) -> None:
        """Only the check, for work done outside a transaction of ours (e.g. a file backup)."""
        with self._unit(actor, right, operation, write=False):
            return
