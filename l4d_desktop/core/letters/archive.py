"""The letters that left: what the archive keeps of each (the PDF, its hash, kind, language,
pages, how it left and who sent it), written in the transaction that lets the letter leave,
and read back without the PDF bytes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.erasure.records import ErasurePlan
from l4d_desktop.core.store.models import ArchivedLetterRow, DataSubjectRequest, User

# How a letter left: printed, saved as a PDF file, written by the command line, or bundled
# with the machine-readable copy.
HOW = ("print", "save", "cli", "bundle")


@dataclass(frozen=True)
class RenderedLetter:
    request_id: int
    kind: str
    language: str
    pdf: bytes
    sha256: str
    pages: int


@dataclass(frozen=True)
class ArchivedLetter:
    id: int
    request_id: int
    kind: str
    language: str
    sha256: str
    size: int
    pages: int
    how: str
    handler_name: str
    created_at: dt.datetime
    has_pdf: bool  # False once the person was erased: only the hash and the facts remain
    # An erasure letter: the plan it described, the day it said the data would be erased by,
    # and the day the erasure ran (None until it has).
    plan_token: str | None = None
    erase_by: dt.date | None = None
    erasure_ran_on: dt.date | None = None


def archive_letter(
    session: Session,
    audit: AuditLog,
    at: dt.datetime,
    request: DataSubjectRequest,
    rendered: RenderedLetter,
    how: str,
    user: User,
    plan: ErasurePlan | None = None,
) -> ArchivedLetter:
    """The letter archived as leaving at `at`, and audited as a consultation of the person;
    an erasure letter with the token and promised day of the `plan` it was written from."""
    row = ArchivedLetterRow(
        request_id=request.id,
        kind=rendered.kind,
        language=rendered.language,
        sha256=rendered.sha256,
        size=len(rendered.pdf),
        pages=rendered.pages,
        how=how,
        handler_id=user.id,
        created_at=at,
        pdf=rendered.pdf,
        plan_token=plan.token if plan is not None else None,
        erase_by=plan.erase_by if plan is not None else None,
    )
    session.add(row)
    session.flush()
    # A letter about a person is a consultation of their data (it lists in later access
    # responses as "printed", with the request as its purpose).
    linked = request.customer_id is not None
    audit.append(
        session,
        actor_id=user.id,
        action="letter.issue",
        object_type="customer" if linked else "request",
        object_id=request.customer_id if linked else request.id,
        detail=f"request:{request.id}",
    )
    return ArchivedLetter(
        id=row.id,
        request_id=row.request_id,
        kind=row.kind,
        language=row.language,
        sha256=row.sha256,
        size=row.size,
        pages=row.pages,
        how=row.how,
        handler_name=user.full_name,
        created_at=row.created_at,
        has_pdf=row.pdf is not None,
        plan_token=row.plan_token,
        erase_by=row.erase_by,
    )


def archived_letters(session: Session, request_id: int) -> tuple[ArchivedLetter, ...]:
    """The letters that left for the request, oldest first (no PDF bytes)."""
    rows = session.execute(
        select(
            ArchivedLetterRow.id,
            ArchivedLetterRow.request_id,
            ArchivedLetterRow.kind,
            ArchivedLetterRow.language,
            ArchivedLetterRow.sha256,
            ArchivedLetterRow.size,
            ArchivedLetterRow.pages,
            ArchivedLetterRow.how,
            User.full_name,
            ArchivedLetterRow.created_at,
            ArchivedLetterRow.pdf.is_not(None),
            ArchivedLetterRow.plan_token,
            ArchivedLetterRow.erase_by,
            ArchivedLetterRow.erasure_ran_on,
        )
        .join(User, User.id == ArchivedLetterRow.handler_id)
        .where(ArchivedLetterRow.request_id == request_id)
        .order_by(ArchivedLetterRow.id)
    ).all()
    return tuple(ArchivedLetter(*row) for row in rows)
