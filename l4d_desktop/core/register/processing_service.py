"""The processing register kept by the pääkäyttäjä, read by the handlers, printed as the privacy notice."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.errors import BusinessRuleError, ConflictError, NotFoundError, ValidationError
from l4d_desktop.core.register.processing import (
    NAME_MAX,
    NOTE_MAX,
    REGISTER_TEXT_KEYS,
    TEXT_MAX,
    LegalBasis,
    ProcessingRegister,
    Purpose,
    load_register,
    purpose_of,
)
from l4d_desktop.core.register.processors import processors_of
from l4d_desktop.core.register.purpose_checks import clean_purpose
from l4d_desktop.core.register.translations import clean_swedish
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ProcessingPurposeRow, RegisterTextRow
from l4d_desktop.core.store.settings import SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right


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
            clean = clean_purpose(
                name_fi=name_fi,
                name_en=name_en,
                legal_bases=legal_bases,
                basis_note_fi=basis_note_fi,
                basis_note_en=basis_note_en,
                basis_confirmed=basis_confirmed,
                categories_fi=categories_fi,
                categories_en=categories_en,
                retention_fi=retention_fi,
                retention_en=retention_en,
            )
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
                return purpose_of(row)
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
            return purpose_of(row)

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
                return purpose_of(row)
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
            return purpose_of(row)

    def notice_pdf(self, actor: Actor, language: str) -> bytes:
        """The privacy notice composed from the register and the settings, as a PDF."""
        # Imported here: the letters import the register's records, and the PDF layer is
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
