"""A request's letter rendered from the database: the composer of each kind and the checks before it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy.orm import Session

from l4d_desktop.core.clock import Clock, office_today
from l4d_desktop.core.errors import BusinessRuleError, NotFoundError, ValidationError
from l4d_desktop.core.letters.archive import RenderedLetter
from l4d_desktop.core.letters.assembly import letter_context
from l4d_desktop.core.letters.availability import unavailable
from l4d_desktop.core.letters.compose import access as access_letter
from l4d_desktop.core.letters.compose import erasure as erasure_letter
from l4d_desktop.core.letters.compose import no_data as no_data_letter
from l4d_desktop.core.letters.compose import outcomes as outcome_letters
from l4d_desktop.core.letters.compose import portability as portability_letter
from l4d_desktop.core.letters.compose import progress as progress_letters
from l4d_desktop.core.letters.compose import refusal as refusal_letter
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Letter
from l4d_desktop.core.letters.evidence import (
    evidence_unavailable,
    load_evidence,
    missing_answer_text,
    missing_text,
)
from l4d_desktop.core.letters.render.pdf import render_letter_pages
from l4d_desktop.core.letters.subject_texts import untranslated_processor
from l4d_desktop.core.letters.words import LANGUAGES
from l4d_desktop.core.requests.text_topics import text_missing
from l4d_desktop.core.store.models import DataSubjectRequest, User
from l4d_desktop.core.store.settings import SettingsStore

Composer = Callable[[LetterContext], Letter]

COMPOSERS: dict[str, Composer] = {
    **progress_letters.COMPOSERS,
    **outcome_letters.COMPOSERS,
    **erasure_letter.COMPOSERS,
    **refusal_letter.COMPOSERS,
    **access_letter.COMPOSERS,
    **portability_letter.COMPOSERS,
    **no_data_letter.COMPOSERS,
}


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError("language", "language_invalid")


def check_kind(kind: str, language: str) -> None:
    if kind not in COMPOSERS:
        raise ValidationError("kind", "choice_invalid")
    check_language(language)


def request_of(session: Session, request_id: int) -> DataSubjectRequest:
    request = session.get(DataSubjectRequest, request_id)
    if request is None:
        raise NotFoundError("request")
    return request


def render_request_letter(
    session: Session,
    settings: SettingsStore,
    clock: Clock,
    request: DataSubjectRequest,
    kind: str,
    language: str,
    user: User,
    with_files: bool = False,
) -> tuple[RenderedLetter, LetterContext]:
    """The letter of `kind` for the request as it would leave now, or the error that says
    why it cannot be written yet (unavailable, a text missing, a processor untranslated)."""
    why = unavailable(kind, request)
    evidence = load_evidence(session, request, language)
    why = why or evidence_unavailable(evidence, kind, request, office_today(clock()))
    if why:
        raise BusinessRuleError(why, kind=kind, statutory=request.statutory_due.isoformat())
    topic = missing_text(evidence, kind, request.refusal_basis)
    topic = topic or missing_answer_text(session, request, kind, language)
    if topic:
        raise text_missing(topic, language, request.id)
    ctx = letter_context(
        session,
        settings,
        request,
        kind,
        language,
        user,
        clock(),
        with_files=with_files,
        evidence=evidence,
    )
    processor = untranslated_processor(session, ctx)
    if processor:
        raise BusinessRuleError("processor_role_missing", processor=processor, language=language)
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
