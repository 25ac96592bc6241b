"""What the letters of extension, restriction and rectification requests state, kept as records:
the extension's grounds and notice, the restriction's ground and lift notice, the findings of a
rectification and the handler's free texts per letter language."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime


class ExtensionNoticeRow(Base):
    """How an Art. 12(3) extension was told: its grounds, and the channel of a notice given
    before the letter (none: the extension letter is the notice, dated the day it leaves)."""

    __tablename__ = "request_extension_notices"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True
    )
    grounds: Mapped[str] = mapped_column(String(80))  # ExtensionGround codes, comma-separated
    channel: Mapped[str | None] = mapped_column(String(20), nullable=True)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestRestrictionRow(Base):
    """An Art. 18 restriction set under a request: its ground (18(1) a–d), the lift notice
    (a working day and the real reason) and the lifting itself."""

    __tablename__ = "request_restrictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    ground: Mapped[str] = mapped_column(String(1))
    restricted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    restricted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    lift_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    lift_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
    lift_announced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lift_announced_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    lifted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RequestFindingRow(Base):
    """A rectification's outcome other than a change: the data were already correct, or a
    requested change was not made (with its ground); one of each kind per request."""

    __tablename__ = "request_findings"
    __table_args__ = (UniqueConstraint("request_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    ground: Mapped[str] = mapped_column(String(40), default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestTextRow(Base):
    """A reason or statement a letter prints, in one letter language: an English letter never
    carries the Finnish text or the reverse. Personal data possibly; erased with the person."""

    __tablename__ = "request_texts"
    __table_args__ = (UniqueConstraint("request_id", "topic", "language"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    topic: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
