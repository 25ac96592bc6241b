"""What the program keeps about its own work: the audit chain, settings and counters."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base


class AuditEntry(Base):
    """One link of the hash chain. Ids and codes only: never names, emails or free text."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, part of the hashed content
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str] = mapped_column(String(40), default="ok")
    # A code such as a view's purpose ("customer_service", "request:12") or the keys a save
    # changed; never free text.
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Setting(Base):
    """Business settings the pääkäyttäjä may change (window state lives in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """A number handed out in sequence (customer numbers, demo invoice numbers), taken under
    the write lock so that two writers never hand out the same one."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    # The next value to hand out.
    value: Mapped[int] = mapped_column(Integer)
