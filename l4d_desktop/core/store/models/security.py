"""The program's users, their rights beyond their role, and failed logins."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime, Versioned


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    # The same title in English, which English letters sign with (the other is Finnish).
    title_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # And in Swedish, for Swedish letters (empty: they sign as the request's handler).
    title_sv: Mapped[str] = mapped_column(String(200), default="", server_default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set with a one-time password from a reset: after this time it no longer opens the door.
    password_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class UserRight(Base):
    """A per-user exception to the role: granted=True adds the right, False revokes it."""

    __tablename__ = "user_rights"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    right: Mapped[str] = mapped_column(String(40), primary_key=True)
    granted: Mapped[bool] = mapped_column(Boolean)


class LoginAttempt(Base):
    """Failure counts keyed by the typed username, whether or not such a user exists."""

    __tablename__ = "login_attempts"

    username_key: Mapped[str] = mapped_column(String(1100), primary_key=True)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lock_count: Mapped[int] = mapped_column(Integer, default=0)
