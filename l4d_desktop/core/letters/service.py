"""Rendering letters for requests, archiving every letter that leaves, the letter settings.

A preview (`render`) is not archived. A letter that leaves — printed, saved, written by the
command line or put into a bundle — is rendered again inside the transaction that archives it
(`issue`), so what the archive holds, hashes and audits is exactly what left. The output is
deterministic, so a letter rendered twice from unchanged data is byte-identical.

Which kinds a request can have is availability.py's; what a letter is written from,
assembly.py's; how it is rendered, rendering.py's; what the archive keeps, archive.py's; the
letter settings and the calibration page, letter_settings.py's.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.clock import office_today
from l4d_desktop.core.disclosure.subject_data import EXPORT_ACTION
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.letters.archive import (
    HOW,
    ArchivedLetter,
    RenderedLetter,
    archive_letter,
    archived_letters,
)
from l4d_desktop.core.letters.assembly import OFFSET_LIMIT_MM, reference_of
from l4d_desktop.core.letters.availability import WITH_BUNDLE, KindChoice, choices_for
from l4d_desktop.core.letters.bundle import bundle_entries, bundle_zip
from l4d_desktop.core.letters.evidence import evidence_unavailable, load_evidence
from l4d_desktop.core.letters.kinds import KIND_FOR_TYPE, LetterKind
from l4d_desktop.core.letters.letter_settings import LetterSettingsService
from l4d_desktop.core.letters.rendering import (
    COMPOSERS,
    check_kind,
    check_language,
    render_request_letter,
    request_of,
)
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.core.requests.extension import extension_letter_left
from l4d_desktop.core.store.models import ArchivedLetterRow, Customer, User
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

Deliver = Callable[[bytes], None]


class LetterService(LetterSettingsService):
    """Writes a request's letters: which kinds it can have, the preview, the letters that leave
    (archived) and the archive; the letter settings are LetterSettingsService's."""

    # -- choosing ---------------------------------------------------------------------------

    def choices(self, actor: Actor, request_id: int) -> tuple[KindChoice, ...]:
        """Every kind, and whether it can be written for this request now (and if not, why)."""
        with self._unit(actor, Right.REQUESTS_VIEW, "letter.choices", write=False) as (
            session,
            _user,
        ):
            request = request_of(session, request_id)
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
            request = request_of(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            language = customer.language if customer is not None else "fi"
            return language if language in LANGUAGES else "fi"

    # -- rendering and archiving ------------------------------------------------------------

    def render(self, actor: Actor, request_id: int, kind: str, language: str) -> RenderedLetter:
        """A preview: the letter as it would leave now, not archived. Audited as a view of the
        request (`letter.render`); the person's data are read for it."""
        check_kind(kind, language)
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW)
        with self._unit(actor, rights, "letter.render") as (session, user):
            request = request_of(session, request_id)
            rendered, _ctx = render_request_letter(
                session, self.settings, self.clock, request, kind, language, user
            )
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
        check_kind(kind, language)
        if how not in HOW:
            raise ValidationError("how", "choice_invalid")
        rights = (Right.REQUESTS_HANDLE, Right.CUSTOMERS_VIEW, Right.DATA_EXPORT)
        with self._unit(actor, rights, "letter.issue") as (session, user):
            request = request_of(session, request_id)
            rendered, ctx = render_request_letter(
                session, self.settings, self.clock, request, kind, language, user
            )
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
        check_language(language)
        with self._unit(actor, rights, "letter.bundle") as (session, user):
            request = request_of(session, request_id)
            kind = KIND_FOR_TYPE.get(request.type)
            if kind not in WITH_BUNDLE:
                raise BusinessRuleError("request_type_no_data", type=request.type)
            assert kind is not None
            rendered, ctx = render_request_letter(
                session, self.settings, self.clock, request, kind, language, user, True
            )
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
            request_of(session, request_id)
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
