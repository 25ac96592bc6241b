"""The record of processing activities (Art. 30 GDPR) the letters and the privacy notice print.

Seeded from the privacy notice (tietosuojaseloste); the notice names no legal bases, so the
seeded bases are proposals until the pääkäyttäjä confirms them, and no access letter or privacy
notice that would print one is issued before that (LEGAL.md, "Legal bases").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.register.processors import processors_of
from l4d_desktop.core.register.translations import clean_swedish
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ProcessingPurposeRow, RegisterTextRow
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right


class LegalBasis(StrEnum):
    """Art. 6(1) bases. Marketing to existing customers without consent (act 917/2014 § 200(2))
    is no basis of its own: its basis is legitimate interest, and the purpose's note says why
    it needs no consent."""

    CONSENT = "consent"  # 6(1)(a)
    CONTRACT = "contract"  # 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # 6(1)(c)
    LEGITIMATE_INTEREST = "legitimate_interest"  # 6(1)(f)


# Register-wide texts, by key (each in Finnish, English and Swedish).
REGISTER_TEXT_KEYS: tuple[str, ...] = (
    "persons",  # categories of data subjects
    "data_categories",  # categories of personal data
    "recipients",  # recipients beyond the processors named in the processors register
    "transfers",  # transfers outside the EEA and their safeguards
    "retention",  # retention in general, and the criteria
    "source",  # where the data come from
    "automated_decisions",  # "no automated decision-making or profiling"
    "security",  # security measures (Art. 32)
)


@dataclass(frozen=True)
class Purpose:
    """One purpose of processing with its legal bases, data and retention."""

    id: int
    code: str
    position: int
    name_fi: str
    name_en: str
    legal_bases: tuple[str, ...]  # LegalBasis codes
    basis_note_fi: str  # e.g. which legitimate interest
    basis_note_en: str
    basis_confirmed: bool  # False: a proposal; the access letter and the notice wait for it
    categories_fi: str  # the categories of data this purpose uses
    categories_en: str
    retention_fi: str
    retention_en: str
    version: int
    # Swedish: empty until the pääkäyttäjä (or the seed) writes it.
    name_sv: str = ""
    basis_note_sv: str = ""
    categories_sv: str = ""
    retention_sv: str = ""

    def field(self, name: str, language: str) -> str:
        """One of translations.PURPOSE_TEXT_FIELDS in the language (English for any other)."""
        value: str = getattr(self, f"{name}_{language if language in ('fi', 'sv') else 'en'}")
        return value

    def name(self, language: str) -> str:
        return self.field("name", language)

    def basis_note(self, language: str) -> str:
        return self.field("basis_note", language)

    def categories(self, language: str) -> str:
        return self.field("categories", language)

    def retention(self, language: str) -> str:
        return self.field("retention", language)


@dataclass(frozen=True)
class ProcessingRegister:
    purposes: tuple[Purpose, ...]  # in their printed order
    texts: tuple[tuple[str, str, str], ...]  # (key, fi, en), keys from REGISTER_TEXT_KEYS
    texts_sv: tuple[tuple[str, str], ...] = ()  # (key, sv), the same keys

    def text(self, key: str, language: str) -> str:
        if language == "sv":
            return dict(self.texts_sv).get(key, "")
        for k, fi, en in self.texts:
            if k == key:
                return fi if language == "fi" else en
        return ""


# -- the register as the program keeps it ------------------------------------------------------

# Limits of what the pääkäyttäjä types; the names are printed as headings, the rest as text.
NAME_MAX = 300
NOTE_MAX = 2000
TEXT_MAX = 4000


def _purpose_of(row: ProcessingPurposeRow) -> Purpose:
    return Purpose(
        id=row.id,
        code=row.code,
        position=row.position,
        name_fi=row.name_fi,
        name_en=row.name_en,
        legal_bases=tuple(code for code in row.legal_bases.split(",") if code),
        basis_note_fi=row.basis_note_fi,
        basis_note_en=row.basis_note_en,
        basis_confirmed=row.basis_confirmed,
        categories_fi=row.categories_fi,
        categories_en=row.categories_en,
        retention_fi=row.retention_fi,
        retention_en=row.retention_en,
        version=row.version,
        name_sv=row.name_sv,
        basis_note_sv=row.basis_note_sv,
        categories_sv=row.categories_sv,
        retention_sv=row.retention_sv,
    )


def load_register(session: Session) -> ProcessingRegister:
    """The register as it stands, for use inside another service's transaction (e.g. the access
    letter); the caller has checked the rights. Every key of REGISTER_TEXT_KEYS is present, in
    that order (empty if it was never written)."""
    rows = session.scalars(
        select(ProcessingPurposeRow).order_by(
            ProcessingPurposeRow.position, ProcessingPurposeRow.id
        )
    )
    texts = {t.key: t for t in session.scalars(select(RegisterTextRow))}
    return ProcessingRegister(
        purposes=tuple(_purpose_of(r) for r in rows),
        texts=tuple(
            (key, texts[key].fi, texts[key].en) if key in texts else (key, "", "")
            for key in REGISTER_TEXT_KEYS
        ),
        texts_sv=tuple((key, texts[key].sv if key in texts else "") for key in REGISTER_TEXT_KEYS),
    )


@dataclass(frozen=True)
class _CleanPurpose:
    name_fi: str
    name_en: str
    legal_bases: str
    basis_note_fi: str
    basis_note_en: str
    basis_confirmed: bool
    categories_fi: str
    categories_en: str
    retention_fi: str
    retention_en: str


def clean_legal_bases(codes: Sequence[str]) -> tuple[str, ...]:
    """Known LegalBasis codes, each once, in the order given; at least one (Art. 6(1): no
    processing without a basis)."""
    known = {str(b) for b in LegalBasis}
    seen: list[str] = []
    for code in codes:
        code = str(code).strip()
        if code not in known:
            raise ValidationError("legal_bases", "legal_basis_unknown")
        if code not in seen:
            seen.append(code)
    if not seen:
        raise ValidationError("legal_bases", "legal_basis_required")
    return tuple(seen)


def _note(value: str, field: str) -> str:
    return clean_text(value, field, max_length=NOTE_MAX, multiline=True)


class ProcessingRegisterService(Service):
    """Read by anyone who handles or views requests; kept by the pääkäyttäjä (`users.admin`);
    the privacy notice printed from it is an export (`data.export`)."""

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def register(self, actor: Actor) -> ProcessingRegister:
        with self._unit(actor, Right.REQUESTS_VIEW, "register.view", write=False) as (session, _):
            return load_register(session)

    def register_for_editing(self, actor: Actor) -> tuple[ProcessingRegister, dict[str, int]]:
        """The register and, from the same snapshot, the version of each register-wide text
        (0: never written) that `update_text` is given back."""
        with self._unit(actor, Right.REQUESTS_VIEW, "register.view", write=False) as (session, _):
            versions = {key: 0 for key in REGISTER_TEXT_KEYS}
            for key, version in session.execute(
                select(RegisterTextRow.key, RegisterTextRow.version)
            ):
                versions[key] = version
            return load_register(session), versions

    def update_purpose(
        self,
        actor: Actor,
        purpose_id: int,
        *,
        version: int,
        name_fi: str,
        name_en: str,
        legal_bases: Sequence[str],
        basis_note_fi: str,
        basis_note_en: str,
        basis_confirmed: bool,
        categories_fi: str,
        categories_en: str,
        retention_fi: str,
        retention_en: str,
        name_sv: str | None = None,
        basis_note_sv: str | None = None,
        categories_sv: str | None = None,
        retention_sv: str | None = None,
    ) -> Purpose:
        """The Swedish texts left None stay as they are (a form without them keeps them)."""
        swedish = (name_sv, basis_note_sv, categories_sv, retention_sv)
        operation = "register.purpose.update"
        with self._unit(actor, Right.USERS_ADMIN, operation) as (session, user):
            # Checked after the right: someone without it learns nothing about the rules.
            bases = clean_legal_bases(legal_bases)
            clean = _CleanPurpose(
                name_fi=clean_text(name_fi, "name_fi", max_length=NAME_MAX, required=True),
                name_en=clean_text(name_en, "name_en", max_length=NAME_MAX, required=True),
                legal_bases=",".join(bases),
                basis_note_fi=_note(basis_note_fi, "basis_note_fi"),
                basis_note_en=_note(basis_note_en, "basis_note_en"),
                basis_confirmed=bool(basis_confirmed),
                categories_fi=_note(categories_fi, "categories_fi"),
                categories_en=_note(categories_en, "categories_en"),
                retention_fi=_note(retention_fi, "retention_fi"),
                retention_en=_note(retention_en, "retention_en"),
            )
            if clean.basis_confirmed and LegalBasis.LEGITIMATE_INTEREST in bases:
                # Art. 13(1)(d): the notice must say which legitimate interest is pursued.
                for field in ("basis_note_fi", "basis_note_en"):
                    if not getattr(clean, field):
                        raise ValidationError(field, "legitimate_interest_unnamed")
            row = session.get(ProcessingPurposeRow, purpose_id)
            if row is None:
                raise NotFoundError("purpose")
            if row.version != version:
                raise ConflictError()
            confirmed_before = row.basis_confirmed
            changed = False
            values = {**vars(clean), **clean_swedish(swedish, NAME_MAX, NOTE_MAX)}
            for field, value in values.items():
                if getattr(row, field) != value:
                    setattr(row, field, value)
                    changed = True
            if not changed:  # saving what is there is not a change of the register
                return _purpose_of(row)
            row.updated_at = self.clock()
            row.updated_by = user.id
            session.flush()
            detail = ""
            if confirmed_before != clean.basis_confirmed:
                detail = "basis_confirmed" if clean.basis_confirmed else "basis_unconfirmed"
            self.audit.append(
                session,
                actor_id=user.id,
                action=operation,
                object_type="processing_purpose",
                object_id=row.id,
                detail=detail,
            )
            return _purpose_of(row)

    def update_text(
        self, actor: Actor, key: str, *, version: int, fi: str, en: str, sv: str | None = None
    ) -> int:
        """Change one register-wide text; `sv` None keeps its Swedish. Returns its new version."""
        operation = "register.text.update"
        with self._unit(actor, Right.USERS_ADMIN, operation) as (session, user):
            if key not in REGISTER_TEXT_KEYS:
                raise ValidationError("key", "choice_invalid")
            text_fi = clean_text(fi, "text_fi", max_length=TEXT_MAX, multiline=True)
            text_en = clean_text(en, "text_en", max_length=TEXT_MAX, multiline=True)
            row = session.get(RegisterTextRow, key)
            text_sv = row.sv if row is not None and sv is None else ""
            if sv is not None:
                text_sv = clean_text(sv, "text_sv", max_length=TEXT_MAX, multiline=True)
            if (row.version if row is not None else 0) != version:
                raise ConflictError()
            if row is None:  # a key added to the program after the register was seeded
                row = RegisterTextRow(key=key, fi="", en="", sv="")
                session.add(row)
            elif (row.fi, row.en, row.sv) == (text_fi, text_en, text_sv):
                return row.version
            row.fi, row.en, row.sv = text_fi, text_en, text_sv
            row.updated_at = self.clock()
            row.updated_by = user.id
            session.flush()
            # The key is a fixed code, never free text, so it may stand in the log.
            self.audit.append(
                session,
                actor_id=user.id,
                action=operation,
                object_type="register_text",
                detail=key,
            )
            return row.version

    def confirm_basis(self, actor: Actor, code: str) -> Purpose:
        """The pääkäyttäjä confirms a purpose's legal bases as they stand (`register confirm`);
        confirming one already confirmed changes nothing."""
        operation = "register.purpose.confirm"
        with self._unit(actor, Right.USERS_ADMIN, operation) as (session, user):
            row = session.scalars(
                select(ProcessingPurposeRow).where(ProcessingPurposeRow.code == code.strip())
            ).first()
            if row is None:
                raise ValidationError("purpose", "purpose_unknown")
            if row.basis_confirmed:
                return _purpose_of(row)
            if LegalBasis.LEGITIMATE_INTEREST in row.legal_bases.split(","):
                # Art. 13(1)(d): the notice must say which legitimate interest is pursued.
                for field in ("basis_note_fi", "basis_note_en"):
                    if not getattr(row, field).strip():
                        raise ValidationError(field, "legitimate_interest_unnamed")
            row.basis_confirmed = True
            row.updated_at = self.clock()
            row.updated_by = user.id
            session.flush()
            self.audit.append(
                session,
                actor_id=user.id,
                action=operation,
                object_type="processing_purpose",
                object_id=row.id,
                detail="basis_confirmed",
            )
            return _purpose_of(row)

    def notice_pdf(self, actor: Actor, language: str) -> bytes:
        """The privacy notice composed from the register and the settings, as a PDF."""
        # Imported here: the letters import this module for its records, and the PDF layer is
        # loaded only when a document is made.
        from l4d_desktop.core.letters.compose.notice import compose_notice
        from l4d_desktop.core.letters.render.pdf import render_notice
        from l4d_desktop.core.letters.words import LANGUAGES
        from l4d_desktop.core.letters.words.parties import authority_of, controller_of
        from l4d_desktop.core.retention.printed import retention_rows

        if language not in LANGUAGES:
            raise ValidationError("language", "language_invalid")
        operation = "register.notice"
        with self._unit(actor, Right.DATA_EXPORT, operation) as (session, user):
            processors = processors_of(session)
            for p in processors:
                if p.role and not p.role_in(language):
                    # Like the register's texts: the notice waits for the role in English.
                    raise BusinessRuleError(
                        "processor_role_missing", processor=p.name, language=language
                    )
            notice = compose_notice(
                load_register(session),
                controller_of(session, self.settings, language),
                authority_of(session, self.settings, language),
                processors,
                language=language,
                today=office_today(self.clock()),
                promised_days=self.settings.get_int(session, "promised_days"),
                retention=retention_rows(session, language),
            )
            pdf = render_notice(notice)
            self.audit.append(session, actor_id=user.id, action=operation, detail=language)
            return pdf
