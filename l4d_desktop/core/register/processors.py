"""The recipients register: processors (subcontractors processing on the controller's behalf)
that the pääkäyttäjä keeps, for the Art. 19 checklist and the access letter's recipients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.register.transfers import clean_transfer
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.models import Processor
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right

# ISO 3166-1 alpha-2 codes: the regions the phone library knows, less its few non-ISO ones
# (Ascension and Tristan da Cunha have telephone codes of their own, XK is user-assigned).
COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS) - {"AC", "TA", "XK"}
# The European Economic Area: a recipient elsewhere is a transfer (Art. 15(2), 44–49).
EEA = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        "IS", "LI", "NO",
    }
)  # fmt: skip


@dataclass(frozen=True)
class ProcessorInput:
    name: str
    role: str = ""  # what it does for the controller, e.g. "email delivery"
    country: str = "FI"
    contact: str = ""  # where a notice is sent: an address, email or phone
    transfer: str = ""  # outside the EEA: a TransferMechanism code
    transfer_detail: str = ""  # e.g. the clauses' module, or which Art. 49 derogation
    role_en: str = ""  # the role in English, for English letters
    role_sv: str = ""  # the role in Swedish, for Swedish letters


@dataclass(frozen=True)
class ProcessorRecord:
    id: int
    name: str
    role: str
    country: str
    contact: str
    transfer: str
    transfer_detail: str
    active: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    role_en: str = ""
    role_sv: str = ""

    @property
    def in_eea(self) -> bool:
        return self.country in EEA

    def role_in(self, language: str) -> str:
        """The role as a letter in `language` prints it."""
        return {"en": self.role_en, "sv": self.role_sv}.get(language, self.role)

    def as_input(self) -> ProcessorInput:
        return ProcessorInput(
            name=self.name,
            role=self.role,
            country=self.country,
            contact=self.contact,
            transfer=self.transfer,
            transfer_detail=self.transfer_detail,
            role_en=self.role_en,
            role_sv=self.role_sv,
        )


@dataclass(frozen=True)
class _CleanProcessor:
    name: str
    role: str
    role_en: str
    role_sv: str
    country: str
    contact: str
    transfer: str
    transfer_detail: str


def clean_country(value: str) -> str:
    code = clean_text(value, "country", max_length=2).upper() or "FI"
    if code not in COUNTRIES:
        raise ValidationError("country", "country_invalid")
    return code


def _clean(data: ProcessorInput) -> _CleanProcessor:
    country = clean_country(data.country)
    transfer, detail = clean_transfer(country in EEA, data.transfer, data.transfer_detail)
    return _CleanProcessor(
        name=clean_text(data.name, "name", max_length=200, required=True),
        role=clean_text(data.role, "role", max_length=200),
        role_en=clean_text(data.role_en, "role_en", max_length=200),
        role_sv=clean_text(data.role_sv, "role_sv", max_length=200),
        country=country,
        contact=clean_text(data.contact, "contact", max_length=254),
        transfer=transfer,
        transfer_detail=detail,
    )


def record_of(p: Processor) -> ProcessorRecord:
    return ProcessorRecord(
        id=p.id,
        name=p.name,
        role=p.role,
        role_en=p.role_en,
        role_sv=p.role_sv,
        country=p.country,
        contact=p.contact,
        transfer=p.transfer_mechanism,
        transfer_detail=p.transfer_detail,
        active=p.active,
        created_at=p.created_at,
        updated_at=p.updated_at,
        version=p.version,
    )


def processors_of(session: Session, include_inactive: bool = False) -> list[ProcessorRecord]:
    """The register by name, for use inside another service's transaction (e.g. a letter's
    recipients); the caller has checked the rights."""
    stmt = select(Processor).order_by(Processor.name, Processor.id)
    if not include_inactive:
        stmt = stmt.where(Processor.active.is_(True))
    return [record_of(p) for p in session.scalars(stmt)]


class ProcessorService(Service):
    """Kept by the pääkäyttäjä (`users.admin`); anyone handling requests may read it."""

    def add(self, actor: Actor, data: ProcessorInput) -> ProcessorRecord:
        clean = _clean(data)
        with self._unit(actor, Right.USERS_ADMIN, "processor.create") as (session, user):
            now = self.clock()
            processor = Processor(
                name=clean.name,
                role=clean.role,
                role_en=clean.role_en,
                role_sv=clean.role_sv,
                country=clean.country,
                contact=clean.contact,
                transfer_mechanism=clean.transfer,
                transfer_detail=clean.transfer_detail,
                active=True,
                created_at=now,
                updated_at=now,
            )
            session.add(processor)
            session.flush()
            self._audit(session, user.id, "processor.create", processor.id)
            return record_of(processor)

    def update(
        self, actor: Actor, processor_id: int, expected_version: int, data: ProcessorInput
    ) -> ProcessorRecord:
        clean = _clean(data)
        with self._unit(actor, Right.USERS_ADMIN, "processor.update") as (session, user):
            processor = self._load(session, processor_id, expected_version)
            processor.name = clean.name
            processor.role = clean.role
            processor.role_en = clean.role_en
            processor.role_sv = clean.role_sv
            processor.country = clean.country
            processor.contact = clean.contact
            processor.transfer_mechanism = clean.transfer
            processor.transfer_detail = clean.transfer_detail
            processor.updated_at = self.clock()
            session.flush()
            self._audit(session, user.id, "processor.update", processor.id)
            return record_of(processor)

    def deactivate(
        self, actor: Actor, processor_id: int, expected_version: int | None = None
    ) -> ProcessorRecord:
        """No longer a recipient: left off new checklists; lines already marked stay."""
        return self._set_active(actor, processor_id, False, expected_version)

    def reactivate(
        self, actor: Actor, processor_id: int, expected_version: int | None = None
    ) -> ProcessorRecord:
        return self._set_active(actor, processor_id, True, expected_version)

    def get(self, actor: Actor, processor_id: int) -> ProcessorRecord:
        with self._unit(actor, Right.REQUESTS_VIEW, "processor.view", write=False) as (
            session,
            _,
        ):
            return record_of(self._load(session, processor_id))

    def list_processors(
        self, actor: Actor, include_inactive: bool = False
    ) -> list[ProcessorRecord]:
        with self._unit(actor, Right.REQUESTS_VIEW, "processor.list", write=False) as (
            session,
            _,
        ):
            return processors_of(session, include_inactive)

    def _set_active(
        self, actor: Actor, processor_id: int, active: bool, expected_version: int | None
    ) -> ProcessorRecord:
        operation = "processor.reactivate" if active else "processor.deactivate"
        with self._unit(actor, Right.USERS_ADMIN, operation) as (session, user):
            processor = self._load(session, processor_id, expected_version)
            if processor.active != active:
                processor.active = active
                processor.updated_at = self.clock()
                session.flush()
                self._audit(session, user.id, operation, processor.id)
            return record_of(processor)

    @staticmethod
    def _load(
        session: Session, processor_id: int, expected_version: int | None = None
    ) -> Processor:
        processor = session.get(Processor, processor_id)
        if processor is None:
            raise NotFoundError("processor")
        if expected_version is not None and processor.version != expected_version:
            raise ConflictError()
        return processor

    def _audit(self, session: Session, user_id: int, action: str, processor_id: int) -> None:
        self.audit.append(
            session,
            actor_id=user_id,
            action=action,
            object_type="processor",
            object_id=processor_id,
        )
