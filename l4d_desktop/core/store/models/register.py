"""The processing register (Art. 30) and the processors data is disclosed to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from l4d_desktop.core.store.models.base import Base, UTCDateTime, Versioned


class Processor(Versioned, Base):
    """A recipient of the register's data (Art. 19, 15(1)(c)), kept by the pääkäyttäjä."""

    __tablename__ = "processors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    # The same in English, for English letters and notices.
    role_en: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # And in Swedish, for Swedish letters and notices (empty until written: they wait for it).
    role_sv: Mapped[str] = mapped_column(String(200), default="", server_default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    contact: Mapped[str] = mapped_column(String(254), default="")
    # Outside the EEA: the Chapter V mechanism (TransferMechanism code) and its particulars.
    transfer_mechanism: Mapped[str] = mapped_column(String(20), default="", server_default="")
    transfer_detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ProcessingPurposeRow(Versioned, Base):
    """One purpose of the processing register (Art. 30), kept by the pääkäyttäjä."""

    __tablename__ = "processing_purposes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name_fi: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    # Swedish (sv): empty until written; a Swedish letter that needs it is refused until then.
    name_sv: Mapped[str] = mapped_column(String(300), default="", server_default="")
    legal_bases: Mapped[str] = mapped_column(String(200))  # LegalBasis codes, comma-separated
    basis_note_fi: Mapped[str] = mapped_column(Text, default="")
    basis_note_en: Mapped[str] = mapped_column(Text, default="")
    basis_note_sv: Mapped[str] = mapped_column(Text, default="", server_default="")
    # False: a proposal; no access letter or privacy notice is issued until it is confirmed.
    basis_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    categories_fi: Mapped[str] = mapped_column(Text, default="")
    categories_en: Mapped[str] = mapped_column(Text, default="")
    categories_sv: Mapped[str] = mapped_column(Text, default="", server_default="")
    retention_fi: Mapped[str] = mapped_column(Text, default="")
    retention_en: Mapped[str] = mapped_column(Text, default="")
    retention_sv: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class RegisterTextRow(Versioned, Base):
    """A register-wide text of the processing register (processing_register.REGISTER_TEXT_KEYS)."""

    __tablename__ = "processing_register_texts"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    fi: Mapped[str] = mapped_column(Text, default="")
    en: Mapped[str] = mapped_column(Text, default="")
    sv: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
