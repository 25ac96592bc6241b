"""The register's people and what hangs on them: consents, objections, web events, invoices."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime, Versioned


class Customer(Versioned, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_number: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    company: Mapped[str] = mapped_column(String(200), default="")
    business_id: Mapped[str] = mapped_column(String(9), default="")  # y-tunnus
    language: Mapped[str] = mapped_column(String(2), default="fi")
    # Where the data came from: DataSource code, and the registry or third party by name.
    source: Mapped[str] = mapped_column(String(20), default="customer")
    source_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Notes may speak of other people; such notes are reviewed before they go into a letter.
    notes_third_party: Mapped[bool] = mapped_column(Boolean, default=True)
    # Art. 18: while set, exports and marketing lists leave the person out.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    restricted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Case-folded NFC text of every searchable field: SQLite's lower() ignores Ä and Ö.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Finnish alphabetical order computed in Python, so that every engine sorts alike.
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    # The import that created the row, so that a cancelled or crashed import can be undone.
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # Covering index: the as-you-type search scans it in display order and stops after a page.
        Index("ix_customers_search", "sort_key", "id", "search_text"),
        Index("ix_customers_email", "email"),
    )


class Import(Base):
    """One run of a file import. Counts only; the file's name and content are not kept."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # customers | events
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|done|cancelled
    started_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)


class ConsentPurpose(Base):
    """A purpose a consent is asked for; the pääkäyttäjä may add more than the built-in ones."""

    __tablename__ = "consent_purposes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # An objection to direct marketing ends every purpose marked so, at once (Art. 21(3)).
    direct_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ConsentEvent(Base):
    """Append-only ledger (a trigger refuses updates): the current state is the latest event."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("consent_purposes.id"))
    given: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)  # when the person gave or withdrew it
    method: Mapped[str] = mapped_column(String(20))
    notice_version: Mapped[str] = mapped_column(String(40))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), nullable=True)

    __table_args__ = (Index("ix_consent_events_customer", "customer_id", "purpose_id", "id"),)


class Objection(Base):
    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(40))
    received_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), nullable=True)
    # Direct marketing stops at once ("stopped"); any other purpose waits for the handler's
    # decision: "upheld" (processing stops) or "compelling_grounds" (it goes on, reasons given).
    outcome: Mapped[str | None] = mapped_column(String(30), nullable=True)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Suppression(Base):
    """A salted hash of an email or phone that must never be marketed to; survives erasure."""

    __tablename__ = "suppressions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # email | phone
    digest: Mapped[str] = mapped_column(String(64))
    created_on: Mapped[dt.date] = mapped_column(Date)  # the day it was recorded
    # The day the objection took effect: its receipt (None for entries older than the column).
    effective_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (UniqueConstraint("kind", "digest"),)


class WebEvent(Base):
    """Technical data from the web site, linked to the customer it was matched to."""

    __tablename__ = "web_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ip: Mapped[str] = mapped_column(String(45), default="")
    referrer: Mapped[str] = mapped_column(Text, default="")
    page: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    banner: Mapped[str] = mapped_column(String(200), default="")
    user_agent: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"), nullable=True)

    __table_args__ = (Index("ix_web_events_customer", "customer_id", "at", "id"),)


class Invoice(Base):
    """A billing record. Kept after an erasure for the Accounting Act, with the buyer's name and
    billing address as the voucher shows them; the link to the customer is then cut."""

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    invoice_number: Mapped[str] = mapped_column(String(40), unique=True)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer_name: Mapped[str] = mapped_column(String(200))
    billing_address: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Set when the customer is erased: the voucher is kept until this day (the Accounting Act)
    # and purged on the next.
    kept_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    keep_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
