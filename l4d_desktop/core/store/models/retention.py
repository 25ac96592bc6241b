"""Retention as the pääkäyttäjä set it, and the runs that applied it (core/retention)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime, Versioned


class RetentionRuleRow(Versioned, Base):
    """The pääkäyttäjä's setting of one rule; a rule without a row has its default, unconfirmed."""

    __tablename__ = "retention_rules"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    period_months: Mapped[int] = mapped_column(Integer)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Runs by itself at start and daily; only a confirmed rule may.
    auto_run: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RetentionRun(Base):
    """One run of one rule: its cut-off and, committed with each batch, what it has removed."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(40))
    cutoff: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    items: Mapped[int] = mapped_column(Integer, default=0)
    batches: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|done|cancelled
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
