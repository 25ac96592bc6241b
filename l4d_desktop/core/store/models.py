"""SQLAlchemy models. The schema itself is created only by the Alembic migrations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set with a one-time password from a reset: after this time it no longer opens the door.
    password_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


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


class Customer(Base):
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
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
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
    created_on: Mapped[dt.date] = mapped_column(Date)

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


class DataSubjectRequest(Base):
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
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


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


class Processor(Base):
    """A recipient of the register's data (Art. 19, 15(1)(c)), kept by the pääkäyttäjä."""

    __tablename__ = "processors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    contact: Mapped[str] = mapped_column(String(254), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


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


class ProcessingPurposeRow(Base):
    """One purpose of the processing register (Art. 30), kept by the pääkäyttäjä."""

    __tablename__ = "processing_purposes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name_fi: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    legal_bases: Mapped[str] = mapped_column(String(200))  # LegalBasis codes, comma-separated
    basis_note_fi: Mapped[str] = mapped_column(Text, default="")
    basis_note_en: Mapped[str] = mapped_column(Text, default="")
    # False: a proposal the letters print as "to be confirmed".
    basis_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    categories_fi: Mapped[str] = mapped_column(Text, default="")
    categories_en: Mapped[str] = mapped_column(Text, default="")
    retention_fi: Mapped[str] = mapped_column(Text, default="")
    retention_en: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class RegisterTextRow(Base):
    """A register-wide text of the processing register (processing_register.REGISTER_TEXT_KEYS)."""

    __tablename__ = "processing_register_texts"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    fi: Mapped[str] = mapped_column(Text, default="")
    en: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


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
    # A code such as a view's purpose ("customer_service", "request:12"); never free text.
    detail: Mapped[str] = mapped_column(String(80), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Setting(Base):
    """Business settings the pääkäyttäjä may change (window state lives in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
