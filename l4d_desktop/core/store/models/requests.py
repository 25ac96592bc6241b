"""Data subject requests, their pauses, rectified fields, Art. 19 notices and letters sent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime, Versioned


class DataSubjectRequest(Versioned, Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="received")
    # Empty until the requester is identified, and again after the person is erased.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    # The moment of receipt as told at intake (the dates count from received_on).
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    channel: Mapped[str] = mapped_column(String(20))
    statutory_due: Mapped[dt.date] = mapped_column(Date)
    promised_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due: Mapped[dt.date] = mapped_column(Date, index=True)
    received_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # What the requester wrote or said, and who they said they were: personal data, removed
    # when the person is erased.
    requester_text: Mapped[str] = mapped_column(Text, default="")
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_contact: Mapped[str] = mapped_column(String(254), default="")
    # The identity check: how the person was matched to data already held, by whom, when.
    identity_method: Mapped[str | None] = mapped_column(String(30), nullable=True)
    identity_note: Mapped[str] = mapped_column(Text, default="")
    identified_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    identified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Art. 12(3) extension, valid only when told with reasons by the statutory date.
    extended_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extension_notice_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    refusal_basis: Mapped[str | None] = mapped_column(String(30), nullable=True)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    # The written assessment a "manifestly unfounded or excessive" refusal needs (Art. 12(5)).
    assessment: Mapped[str] = mapped_column(Text, default="")
    # An earlier request of the same type by the same person within the repeat interval.
    repeat_of: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), nullable=True)
    # After the person is erased the request keeps type, dates and outcome under this
    # pseudonymous reference only.
    subject_ref: Mapped[str | None] = mapped_column(String(40), nullable=True)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestPause(Base):
    """Waiting for the requester (e.g. an identification asked for); the dates never move."""

    __tablename__ = "request_pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    # What the requester brought or said when the waiting ended (empty if nothing was given).
    resume_reason: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RequestFieldChange(Base):
    """A rectification's record: which field changed and when, never the old value."""

    __tablename__ = "request_field_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class RecipientNotice(Base):
    """One line of a request's Art. 19 checklist: a processor told, or not told and why."""

    __tablename__ = "recipient_notices"
    __table_args__ = (UniqueConstraint("request_id", "processor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    processor_id: Mapped[int] = mapped_column(ForeignKey("processors.id"))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    notified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ArchivedLetterRow(Base):
    """A letter that left (printed, saved or written by the command line), with its hash.

    The PDF is kept for reprinting until the person is erased; then only the hash, date, kind
    and language remain."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(2))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    how: Mapped[str] = mapped_column(String(10))  # print | save | cli | bundle
    handler_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # An erasure letter describes one erasure plan: its token (the run refuses another plan),
    # the day the letter says the data will be erased by, and the day the erasure ran.
    plan_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    erase_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    erasure_ran_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ConsentPurge(Base):
    """Data erased because the consent they relied on alone was withdrawn (Art. 17(1)(b)):
    what kind and how many, never the data themselves."""

    __tablename__ = "consent_purges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), nullable=True, index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    purposes: Mapped[str] = mapped_column(String(200))  # the withdrawn purpose codes, comma-joined
    kind: Mapped[str] = mapped_column(String(30))  # e.g. web_events
    count: Mapped[int] = mapped_column(Integer)
    ran_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    ran_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
