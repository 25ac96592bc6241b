"""A new staff account and its audit entry: the first administrator and every later one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.store.models import User


def add_account(
    session: Session,
    audit: AuditLog,
    *,
    created_by: int | None,
    username: str,
    full_name: str,
    title: str,
    role: str,
    password_hash: str,
    must_change_password: bool,
    now: dt.datetime,
    detail: str,
    title_en: str = "",
    title_sv: str = "",
) -> User:
    """Add an active account with cleaned fields and a hashed password; `created_by` None: the
    account creates itself (the first administrator)."""
    user = User(
        username=username,
        full_name=full_name,
        title=title,
        title_en=title_en,
        title_sv=title_sv,
        role=role,
        password_hash=password_hash,
        must_change_password=must_change_password,
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(user)
    session.flush()
    audit.append(
        session,
        actor_id=user.id if created_by is None else created_by,
        action="user.create",
        object_type="user",
        object_id=user.id,
        detail=detail,
    )
    return user
