"""Rendering letters for requests, archiving every letter that leaves, the letter settings.

A preview (`render`) is not archived. A letter that leaves — printed, saved, written by the
command line or put into a bundle — is rendered again inside the transaction that archives it
(`issue`), so what the archive holds, hashes and audits is exactly what left. The output is
deterministic, so a letter rendered twice from unchanged data is byte-identical.

Which kinds a request can have is availability.py's; what a letter is written from,
assembly.py's; what the archive keeps, archive.py's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.disclosure.subject_data import EXPORT_ACTION
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.letters.archive import (
    HOW,
    ArchivedLetter,
    RenderedLetter,
    archive_letter,
    archived_letters,
)
from l4d_desktop.core.letters.assembly import (
    OFFSET_LIMIT_MM,
    envelope_window,
    letter_context,
    offset,
    reference_of,
)
from l4d_desktop.core.letters.availability import WITH_BUNDLE, KindChoice, choices_for, unavailable
from l4d_desktop.core.letters.bundle import bundle_entries, bundle_zip
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import erasure as erasure_letter
from l4d_desktop.core.letters.compose import no_data as no_data_letter
from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import EnvelopeWindow, Letter
from l4d_desktop.core.letters.evidence import (
    evidence_unavailable,
    load_evidence,
    missing_answer_text,
    missing_text,
)
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE, LetterKind
from l4d_desktop.core.letters.render.calibration import render_calibration
from l4d_desktop.core.letters.render.pdf import render_letter_pages
from l4d_desktop.core.letters.setting_values import checked_setting
from l4d_desktop.core.letters.subject_texts import untranslated_processor
from l4d_desktop.core.letters.support import SupportContact, support_contact
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.core.letters.words.parties import controller_of
from l4d_desktop.core.requests.extension import extension_letter_left
from l4d_desktop.core.requests.text_topics import text_missing
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.models import ArchivedLetterRow, Customer, DataSubjectRequest, User
from l4d_desktop.core.store.settings import LETTER_SETTING_KEYS, SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right

# What the rest of the program takes from here (the archive's and the choice's records too).
__all__ = [
    "COMPOSERS",
    "HOW",
    "OFFSET_LIMIT_MM",
    "ArchivedLetter",
    "KindChoice",
    "LetterService",
    "RenderedLetter",
    "reference_of",
]

Composer = Callable[[LetterContext], Letter]
Deliver = Callable[[bytes], None]

COMPOSERS: dict[str, Composer] = {
    **progress_letters.COMPOSERS,
    **outcome_letters.COMPOSERS,
    **erasure_letter.COMPOSERS,
    **refusal_letter.COMPOSERS,
    **access_letter.COMPOSERS,
    **portability_letter.COMPOSERS,
    **no_data_letter.COMPOSERS,
}

# A letter without these cannot say who sends it or where to complain.
_REQUIRED_SETTINGS = frozenset(
    {
        "controller_name",
        "controller_street",
        "controller_city",
        "authority_name_fi",
        "authority_name_en",
        "authority_name_sv",
    }
)
_SETTING_MAX = 200


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", "language_invalid")


def _check_kind(kind: str, language: str) -> None:
    if kind not in COMPOSERS:
        raise ValidationError("kind", "choice_invalid")
    _check_language(language)


class LetterService(Service):
    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    # -- choosing ---------------------------------------------------------------------------

    def choices(self, actor: Actor, request_id: int) -> tuple[KindChoice, ...]:
        """Every kind, and whether it can be written for this request now (and if not, why)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.choices", write=False) as (
            session,
            _user,
        ):
            request = _request(session, request_id)
            evidence = load_evidence(session, request, "fi")
            today = office_today(self.clock())
            return tuple(
                c
                if not c.available
                or not (why := evidence_unavailable(evidence, c.kind, request, today))
                else KindChoice(c.kind, False, why)
                for c in choices_for(request)
            )

    def default_language(self, actor: Actor, request_id: int) -> str:
        """The customer's letter language; Finnish while no customer is linked."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.language", write=False) as (
            session,
            _user,
        ):
            request = _request(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            language = customer.language if customer is not None else "fi"
            return language if language in LANGUAGES else "fi"

    # -- rendering and archiving ------------------------------------------------------------

    def render(self, actor: Actor, request_id: int, kind: str, language: str) -> RenderedLetter:
        """A preview: the letter as it would leave now, not archived. Audited as a view of the
        request (`letter.render`); the person's data are read for it."""
        _check_kind(kind, language)
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, "letter.render") as (session, user):
            request = _request(session, request_id)
            rendered, _ctx = self._render(session, request, kind, language, user)
            self._audit_of(session, user, "letter.render", request.id, f"{kind}:{language}")
            return rendered

    def issue(
        self,
        actor: Actor,
        request_id: int,
        kind: str,
        language: str,
        how: str,
        deliver: Deliver | None = None,
    ) -> tuple[ArchivedLetter, bytes]:
        """Render the letter and archive it as leaving now (printed, saved, …): its PDF, hash,
        kind, language, pages and handler. Needs requests.handle and data.export (printing
        and saving are exports). Returns the archive entry and the exact bytes to print.

        `deliver`, when given, writes the bytes out (e.g. to the chosen file) inside the
        transaction: if it fails, nothing is archived or audited."""
        _check_kind(kind, language)
        if how not in HOW:
            raise ValidationError("how", "choice_invalid")
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW, Right.DATA_EXPORT)
        with self._unit(actor, rights, "letter.issue") as (session, user):
            request = _request(session, request_id)
            rendered, ctx = self._render(session, request, kind, language, user)
            archived = archive_letter(
                session, self.audit, self.clock(), request, rendered, how, user, ctx.erasure_plan
            )
            if kind == LetterKind.EXTENSION:
                extension_letter_left(session, request, office_today(self.clock()))
            if deliver is not None:
                deliver(rendered.pdf)
            return archived, rendered.pdf

    def bundle(
        self, actor: Actor, request_id: int, language: str, deliver: Deliver | None = None
    ) -> tuple[ArchivedLetter, bytes]:
        """The answer to an access or portability request as one ZIP: the letter (archived as
        leaving in a bundle) and the machine-readable files whose SHA-256 the letter lists.
        `deliver` writes the ZIP inside the transaction, as for issue()."""
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW, Right.DATA_EXPORT)
        _check_language(language)
        with self._unit(actor, rights, "letter.bundle") as (session, user):
            request = _request(session, request_id)
            kind = KIND_FOR_TYPE.get(request.type)
            if kind not in WITH_BUNDLE:
                raise BusinessRuleError("request_type_no_data", type=request.type)
            assert kind is not None
            rendered, ctx = self._render(session, request, kind, language, user, with_files=True)
            archived = archive_letter(
                session, self.audit, self.clock(), request, rendered, "bundle", user
            )
            assert ctx.subject is not None
            self.audit.append(
                session,
                actor_id=user.id,
                action=EXPORT_ACTION,
                object_type="customer",
                object_id=request.customer_id,
                detail=f"request:{request.id}",
            )
            name = f"{kind}-{reference_of(request.id)}-{language}.pdf"
            archive = bundle_zip(rendered.pdf, name, bundle_entries(ctx.subject), ctx.today)
            if deliver is not None:
                deliver(archive)
            return archived, archive

    def archive(self, actor: Actor, request_id: int) -> tuple[ArchivedLetter, ...]:
        """The letters that left for this request, oldest first (no PDF bytes)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.archive", write=False) as (
            session,
            _user,
        ):
            _request(session, request_id)
            return archived_letters(session, request_id)

    def archived_pdf(self, actor: Actor, letter_id: int) -> bytes:
        """An archived letter's PDF as it left, to view or print again (audited as a view)."""
        with self._unit(actor, Right.REQUESTS_HANDLE, "letter.reopen") as (session, user):
            row = session.get(ArchivedLetterRow, letter_id)
            if row is None:
                raise NotFoundError("letter")
            if row.pdf is None:
                raise BusinessRuleError("letter_pdf_erased")
            self._audit_of(session, user, "letter.reopen", row.request_id, f"letter:{row.id}")
            return row.pdf

    # -- calibration and settings -----------------------------------------------------------

    def calibration(
        self,
        actor: Actor,
        language: str,
        offset_x_mm: float | None = None,
        offset_y_mm: float | None = None,
    ) -> bytes:
        """The envelope calibration page with the saved offsets, or the ones given (to try
        offsets before saving them)."""
        _check_language(language)
        with self._unit(actor, Right.DATA_EXPORT, "letter.calibration", write=False) as (
            session,
            _user,
        ):
            window = envelope_window(session, self.settings)
            if offset_x_mm is not None or offset_y_mm is not None:
                x = window.offset_x_mm if offset_x_mm is None else offset_x_mm
                y = window.offset_y_mm if offset_y_mm is None else offset_y_mm
                offset(str(x), "envelope_offset_x_mm")
                offset(str(y), "envelope_offset_y_mm")
                window = EnvelopeWindow(offset_x_mm=x, offset_y_mm=y)
            head = controller_of(session, self.settings, language).letterhead
        return render_calibration(window, head, language)

    def settings_values(self, actor: Actor) -> dict[str, str]:
        """The letter settings (controller, contact, authority, envelope offsets)."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters", write=False) as (
            session,
            _user,
        ):
            return {key: self.settings.get(session, key) for key in LETTER_SETTING_KEYS}

    def support_contact(self, actor: Actor) -> SupportContact:
        """Whom to ask for help (About): any logged-in user may read it."""
        with self._unit(actor, (), "settings.support", write=False) as (session, _user):
            return support_contact(self.settings, session)

    def update_settings(self, actor: Actor, values: dict[str, str]) -> None:
        """Save the letter settings given (others unchanged), checked field by field."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters.update") as (session, user):
            changed: list[str] = []
            country = values.get("controller_country", "") or self.settings.get(
                session, "controller_country"
            )
            for key, raw in values.items():
                if key not in LETTER_SETTING_KEYS:
                    raise ValidationError(key, "choice_invalid")
                value = clean_text(
                    raw, key, max_length=_SETTING_MAX, required=key in _REQUIRED_SETTINGS
                )
                value = checked_setting(key, value, country)
                if key.startswith("envelope_offset_"):
                    value = f"{offset(value, key):g}"
                if self.settings.get(session, key) != value:
                    self.settings.put(session, key, value)
                    changed.append(key)
            if changed:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="settings.letters.update",
                    detail=",".join(changed),
                )

    # -- internals --------------------------------------------------------------------------

    def _render(
        self,
        session: Session,
        request: DataSubjectRequest,
        kind: str,
        language: str,
        user: User,
        with_files: bool = False,
    ) -> tuple[RenderedLetter, LetterContext]:
        why = unavailable(kind, request)
        evidence = load_evidence(session, request, language)
        why = why or evidence_unavailable(evidence, kind, request, office_today(self.clock()))
        if why:
            raise BusinessRuleError(why, kind=kind, statutory=request.statutory_due.isoformat())
        topic = missing_text(evidence, kind, request.refusal_basis)
        topic = topic or missing_answer_text(session, request, kind, language)
        if topic:
            raise text_missing(topic, language, request.id)
        ctx = letter_context(
            session,
            self.settings,
            request,
            kind,
            language,
            user,
            self.clock(),
            with_files=with_files,
            evidence=evidence,
        )
        processor = untranslated_processor(session, ctx)
        if processor:
            raise BusinessRuleError(
                "processor_role_missing", processor=processor, language=language
            )
        result = render_letter_pages(COMPOSERS[kind](ctx))
        rendered = RenderedLetter(
            request_id=request.id,
            kind=kind,
            language=language,
            pdf=result.pdf,
            sha256=hashlib.sha256(result.pdf).hexdigest(),
            pages=result.pages,
        )
        return rendered, ctx

    def _audit_of(
        self, session: Session, user: User, action: str, request_id: int, detail: str
    ) -> None:
        """A look at a request's letter, audited against the request (no personal data)."""
        self.audit.append(
            session,
            actor_id=user.id,
            action=action,
            object_type="request",
            object_id=request_id,
            detail=detail,
        )


def _request(session: Session, request_id: int) -> DataSubjectRequest:
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
    return request
