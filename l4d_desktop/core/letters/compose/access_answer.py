"""The parts of an access answer written from the handler's records and the archive: where the
data were looked for and what was found, the requester's questions answered, the letters sent
to the person, retention per item, and how the electronic copy reaches them (EDPB 01/2022).
Shared by the access letter and the no-data letter."""

from __future__ import annotations

from l4d_desktop.core.disclosure.answer_records import AnswerRecords, DeliveryChannel
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.bundle import enclosed_files
from l4d_desktop.core.letters.compose.common import words_of
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Paragraph, Table
from l4d_desktop.core.letters.words import Words


def searches_blocks(ctx: LetterContext, register_found: bool) -> tuple[Block, ...]:
    """Every place searched, the register first (the program itself searched it today)."""
    w = words_of(ctx)
    register = w("search_system.register", register=ctx.controller.register_name)
    held = w("searches.register_found") if register_found else w("searches.nothing")
    rows = [(register, w.date(ctx.today), held)]
    for s in ctx.answer.searches:
        result = w("searches.found", result=s.result) if s.found else w("searches.nothing")
        if not s.found and s.result:
            result = f"{result}\n{s.result}"
        rows.append((w.term("search_system", s.system), w.date(s.searched_on), result))
    return (
        Heading(w("searches.heading"), 2),
        Paragraph(w("searches.intro")),
        Table(
            (w("searches.system"), w("searches.date"), w("searches.result")),
            tuple(rows),
            widths=(4.0, 2.4, 7.0),
        ),
    )


def check_answered(answer: AnswerRecords) -> None:
    """Every explicit question of the requester has its answer before the letter leaves."""
    if answer.unanswered:
        raise BusinessRuleError("letter_question_unanswered", n=answer.unanswered)


def questions_blocks(ctx: LetterContext) -> tuple[Block, ...]:
    """The requester's own questions with the answers (nothing when none was recorded)."""
    check_answered(ctx.answer)
    if not ctx.answer.questions:
        return ()
    w = words_of(ctx)
    blocks: list[Block] = [Heading(w("questions.heading"), 2), Paragraph(w("questions.intro"))]
    for q in ctx.answer.questions:
        blocks.append(Paragraph(w("questions.question", question=q.question), "bold"))
        blocks.append(Paragraph(w("questions.answer", answer=q.answer)))
    return tuple(blocks)


def letters_sent_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    """The letters that left for the person's requests, oldest first."""
    rows = tuple(
        (
            w.date(s.sent_on),
            w.term("sent_kind", s.kind),
            ", ".join(w.term("language_name", lang) for lang in s.languages),
        )
        for s in data.letters_sent
    )
    return (
        Heading(w("sent.heading"), 2),
        Paragraph(w("sent.intro")),
        Table(
            (w("sent.date"), w("sent.kind"), w("sent.language")),
            rows,
            widths=(2.4, 7.0, 3.0),
            empty=w("sent.none"),
        ),
    )


def retention_blocks(data: SubjectData, w: Words) -> tuple[Block, ...]:
    """Retention per item where the program knows it: each invoice's last day."""
    kept = dict(data.invoice_kept_until)
    rows = tuple(
        (
            w("retention.invoice", number=i.invoice_number, day=w.date(i.invoice_date)),
            w("retention.invoice_until", day=w.date(kept[i.id])),
        )
        for i in data.invoices
        if i.id in kept
    )
    if not rows:
        return ()
    return (
        Heading(w("retention.heading"), 2),
        Paragraph(w("retention.intro")),
        Table((w("retention.item"), w("retention.until")), rows, widths=(5.0, 7.0)),
    )


def delivery_blocks(ctx: LetterContext, offer: bool = True) -> tuple[Block, ...]:
    """How the electronic copy reaches the person (Art. 15(3)), as recorded: with the letter in
    a bundle, or separately by the channel recorded; without a record and with `offer`, that it
    may be asked for."""
    w = words_of(ctx)
    delivery = ctx.answer.delivery
    unrecorded = (Paragraph(w("delivery.not_recorded")),) if offer else ()
    if delivery is None:
        return () if ctx.bundle else unrecorded
    channel = w.term("delivery.channel", delivery.channel)
    detail = w("delivery.detail", detail=delivery.detail) if delivery.detail else ""
    if ctx.bundle:
        return (Paragraph(w("delivery.bundle", channel=channel, detail=detail)),)
    if delivery.channel == DeliveryChannel.WITH_LETTER:
        # Recorded as going with the letter, but this letter leaves without the files.
        return unrecorded
    return (Paragraph(w("delivery.separate", channel=channel, detail=detail)),)


def files_blocks(ctx: LetterContext) -> tuple[Block, ...]:
    """Section 5: with the files (a bundle from one snapshot) their table of SHA-256 hashes;
    without them no hashes, only how the copy reaches the person."""
    w = words_of(ctx)
    if ctx.bundle:
        intro: tuple[Block, ...] = (Paragraph(w("access.files.intro")), *enclosed_files(ctx))
    else:
        intro = (Paragraph(w("access.files.available")),)
    return (Heading(w("access.files.heading")), *intro, *delivery_blocks(ctx))
