"""The access response (Art. 15 GDPR).

What it must contain is LEGAL.md's list "What a complete access response contains"; the letter
follows it section by section so that a reader (or a lawyer) finds each point where expected:

1. confirmation that personal data are processed;
2. a copy of every piece of data held, faithful and intelligible (CJEU C-487/21): access_copy;
3. the information tailored to this person: purposes and legal bases, categories, recipients
   and transfers, retention, rights, complaint, source, automated decisions: access_info;
4. when and why the data were consulted, never by whom (CJEU C-579/21);
5. the machine-readable copy: with SHA-256 hashes to check it by when the letter and the files
   leave together from one snapshot (a bundle), else how it reaches the person.
Section 2 ends with the letters sent to the person, where the data were looked for and the
answers to the requester's own questions (access_answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.disclosure.tailoring import applying_purposes
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.compose.access_answer import (
    files_blocks,
    letters_sent_blocks,
    questions_blocks,
    searches_blocks,
)
from l4d_desktop.core.letters.compose.access_copy import copy_section
from l4d_desktop.core.letters.compose.access_info import information_section
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    letter_with_files,
    received_sentence,
    remedies,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Letter, Paragraph, Table
from l4d_desktop.core.letters.words import catalogue
from l4d_desktop.core.register.confirmation import require_confirmed
from l4d_desktop.core.register.processing import ProcessingRegister
from l4d_desktop.core.register.translations import require_translated

# The register's texts this letter cannot do without; "transfers" is needed only when a
# processor is outside the EEA (checked where it is used).
REQUIRED_TEXTS = ("data_categories", "recipients", "retention", "automated_decisions")

_REQUEST_PURPOSE = re.compile(r"request:(\d+)")


# --- section 4: when and why the data were consulted --------------------------------------


def _consultation_purpose(purpose: str, ctx: LetterContext, data: SubjectData) -> str:
    w = words_of(ctx)
    match = _REQUEST_PURPOSE.fullmatch(purpose)
    if match is None:
        return w.term("consultation_purpose", purpose)
    request_id = int(match.group(1))
    if request_id == ctx.request.id:
        return w("consulted.this_request", reference=ctx.request.reference)
    for r in data.requests:
        if r.id == request_id:
            kind = w.term("request_type", r.type).lower()
            return w("consulted.request", kind=kind, day=w.date(r.received_on))
    return w("consulted.a_request")


def _consultation_section(ctx: LetterContext, data: SubjectData) -> tuple[Block, ...]:
    w = words_of(ctx)
    rows = tuple(
        (
            w.datetime(c.at),
            w.term("consultation_kind", c.kind),
            _consultation_purpose(c.purpose, ctx, data),
        )
        for c in data.consultations
    )
    return (
        Heading(w("consulted.heading")),
        Paragraph(w("consulted.intro")),
        Table(
            (w("consulted.time"), w("consulted.what"), w("consulted.why")),
            rows,
            widths=(3.0, 3.6, 6.0),
            empty=w("consulted.none"),
        ),
    )


# --- the letter ---------------------------------------------------------------------------


def _check_register(
    register: ProcessingRegister | None, data: SubjectData, language: str
) -> ProcessingRegister:
    """The register must say everything the letter prints from it, in the letter's language: a
    letter that silently left out the retention or the recipients would not be a complete
    answer. The pääkäyttäjä writes the missing texts; the codes name them (no personal data)."""
    if register is None:
        raise BusinessRuleError("letter_register_incomplete", texts="all")
    needed = list(REQUIRED_TEXTS)
    if any(not r.in_eea for r in data.recipients):
        needed.append("transfers")
    missing = [k for k in needed if not register.text(k, language).strip()]
    if missing:
        raise BusinessRuleError("letter_register_incomplete", texts=", ".join(missing))
    # A letter never says that the assessment of a basis is unfinished (Art. 13(1)(c), 15(1)(a)):
    # the purposes it prints, those that apply to this person, must all be confirmed.
    require_confirmed(applying_purposes(register.purposes, data))
    # The purposes it prints, in the letter's language (a Swedish letter waits for Swedish).
    require_translated(register, language, applying_purposes(register.purposes, data), needed)
    return register


def _no_data_body(ctx: LetterContext) -> tuple[Block, ...]:
    """The answer when nothing is held about the person (Art. 15(1): the confirmation is then
    that no data are processed)."""
    w = words_of(ctx)
    return (
        greeting(ctx),
        Paragraph(received_sentence(ctx)),
        Heading(w("access.confirmation")),
        Paragraph(w("access.nothing_held", register=ctx.controller.register_name)),
        *remedies(ctx),
        contact(ctx),
    )


def subject_line(language: str) -> str:
    return catalogue(language)("access.subject")


def compose(ctx: LetterContext) -> Letter:
    """The access response to ctx.request, from ctx.subject, ctx.register and ctx.bundle."""
    w = words_of(ctx)
    data = ctx.subject
    if data is None or not data.processed:
        return letter_from(ctx, w("access.subject"), _no_data_body(ctx))
    register = _check_register(ctx.register, data, w.language)
    body: list[Block] = [
        greeting(ctx),
        Paragraph(f"{received_sentence(ctx)} {w('access.asked')}"),
        Heading(w("access.confirmation")),
        Paragraph(
            w(
                "access.confirmed",
                controller=ctx.controller.name,
                register=ctx.controller.register_name,
            )
        ),
        *copy_section(data, w.language),
        *letters_sent_blocks(data, w),
        *searches_blocks(ctx, register_found=True),
        *questions_blocks(ctx),
        *information_section(ctx, data, register),
        *_consultation_section(ctx, data),
        *files_blocks(ctx),
        # "With its enclosures" only when the files go with the letter.
        Paragraph(w("access.free" if ctx.bundle else "access.free_alone")),
        contact(ctx),
    ]
    return letter_with_files(ctx, tuple(body), "access")


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {"access": compose}
