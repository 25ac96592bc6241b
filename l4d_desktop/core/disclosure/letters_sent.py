"""The letters sent to the person, as the access answer lists them: from the archive of letters
that left (a preview never leaves, so it is never there), one entry per letter however many
language versions and reprints of it left the same day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.clock import office_today
from l4d_desktop.core.disclosure.subject_data import LetterSentEntry
from l4d_desktop.core.store.models import ArchivedLetterRow

_LANGUAGE_ORDER = ("fi", "sv", "en")


def letters_sent(session: Session, request_ids: list[int]) -> tuple[LetterSentEntry, ...]:
    """The letters of the requests, oldest first."""
    if not request_ids:
        return ()
    rows = session.execute(
        select(
            ArchivedLetterRow.request_id,
            ArchivedLetterRow.kind,
            ArchivedLetterRow.language,
            ArchivedLetterRow.created_at,
        )
        .where(ArchivedLetterRow.request_id.in_(request_ids))
        .order_by(ArchivedLetterRow.created_at, ArchivedLetterRow.id)
    ).all()
    # (request, kind, day) → languages, in the order the letters first left.
    letters: dict[tuple[int, str, dt.date], list[str]] = {}
    for request_id, kind, language, at in rows:
        languages = letters.setdefault((request_id, kind, office_today(at)), [])
        if language not in languages:
            languages.append(language)
    return tuple(
        LetterSentEntry(
            request_id=request_id,
            sent_on=day,
            kind=kind,
            languages=tuple(sorted(languages, key=_order)),
        )
        for (request_id, kind, day), languages in letters.items()
    )


def _order(language: str) -> int:
    return _LANGUAGE_ORDER.index(language) if language in _LANGUAGE_ORDER else len(_LANGUAGE_ORDER)
