"""What the handler records for an access answer: the systems searched, the requester's own
questions and their answers, how the electronic copy is delivered, and kept invoices matched
to a requester of whom nothing else is held."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime


class RequestSearch(Base):
    """One filing system searched for the requester's data (EDPB 01/2022), and what was found."""

    __tablename__ = "request_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    system: Mapped[str] = mapped_column(String(20))  # SearchSystem
    found: Mapped[bool] = mapped_column(Boolean)
    # What was found (or where exactly was looked), in the words the letter prints.
    result: Mapped[str] = mapped_column(Text, default="")
    searched_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestQuestion(Base):
    """A question the requester asked in so many words, and the answer the letter gives."""

    __tablename__ = "request_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestDelivery(Base):
    """How the electronic copy of an access answer reaches the person (one per request)."""

    __tablename__ = "request_deliveries"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str] = mapped_column(String(20))  # DeliveryChannel
    detail: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RequestKeptInvoice(Base):
    """A voucher kept after an erasure that the handler matched to the requester, so that the
    answer "we hold nothing else" names it."""

    __tablename__ = "request_kept_invoices"
    __table_args__ = (UniqueConstraint("request_id", "invoice_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
