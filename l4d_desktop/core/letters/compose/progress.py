"""Letters sent while a request is being handled: the receipt, the request for what is needed
to confirm the requester's identity, and the extension notice (Art. 12(3))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from l4d_desktop.core.letters.compose.common import (
    answer_by,
    contact,
    greeting,
    letter_from,
    remedies,
    request_facts,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext, LetterRequest
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.requests.deadlines import is_working_day
from l4d_desktop.core.requests.extension import promise_passed


def _promised_days(request: LetterRequest) -> int | None:
    """The days the privacy notice promises (access and portability), counted from the dates
    the request was given, so that a changed setting shows as it was applied."""
    if request.promised_due is None:
        return None
    return (request.promised_due - request.received_on).days


def _original_due(request: LetterRequest) -> dt.date:
    """The date the answer was due before any extension: the earlier of the statutory date and
    the notice's promise, the promise shown as the receipt showed it (the last working day on or
    before it), so that the two letters name the same day."""
    if request.promised_due is None:
        return request.statutory_due
    promised = request.promised_due
    while not is_working_day(promised):
        promised -= dt.timedelta(days=1)
    return min(request.statutory_due, promised)


# -- receipt -----------------------------------------------------------------------------------


def compose_receipt(ctx: LetterContext) -> Letter:
    """We received your request on D; we answer by the due date; what happens next."""
    w = words_of(ctx)
    r = ctx.request
    day = w.date(r.received_on)
    due = w.date(answer_by(r))
    promised = _promised_days(r)
    if w.has_term("channel", r.channel):
        got = w("receipt.got_by", how=w.term("channel", r.channel), day=day)
    else:
        got = w("letter.received", day=day)
    if promised is not None:
        when = w("receipt.when_promised", days=promised, due=due)
    elif r.type == "withdrawal":
        when = w("receipt.when_withdrawal", due=due)
    else:
        when = w("receipt.when", due=due)
    # What handling a request of this type involves.
    step = w.term("receipt_step", r.type if w.has_term("receipt_step", r.type) else "other")
    steps = [
        *(() if r.identified_at is not None else (w("receipt.step_identity"),)),
        step,
        w("receipt.step_answer"),
        w("receipt.step_delay"),
    ]
    body: tuple[Block, ...] = (
        greeting(ctx),
        Paragraph(w("receipt.thanks", got=got)),
        request_facts(ctx, (w("receipt.answer_by"), due)),
        Paragraph(when),
        Heading(w("receipt.next"), 2),
        Bullets(tuple(steps)),
        Paragraph(w("receipt.free")),
        contact(ctx),
    )
    return letter_from(ctx, w("receipt.subject"), body)


# -- identification ----------------------------------------------------------------------------


def compose_identification(ctx: LetterContext) -> Letter:
    """What we need to confirm that the request is the person's own (Art. 12(6)), asked in
    proportion: first what we already hold, never a copy of an ID document by default. The
    letter goes to an address we cannot yet trust, so it shows none of the data held."""
    w = words_of(ctx)
    r = ctx.request
    body: tuple[Block, ...] = (
        greeting(ctx),
        Paragraph(w("identification.intro", day=w.date(r.received_on))),
        request_facts(ctx),
        Heading(w("identification.need"), 2),
        Paragraph(w("identification.one_of")),
        Bullets(
            (
                w(
                    "identification.by_email",
                    email=ctx.controller.contact_email,
                    reference=r.reference,
                ),
                w("identification.by_number"),
                w("identification.by_invoice"),
            )
        ),
        Paragraph(w("identification.no_copy")),
        Heading(w("identification.next"), 2),
        Paragraph(w("identification.time_limit", due=w.date(answer_by(r)))),
        Paragraph(w("identification.use")),
        contact(ctx),
    )
    return letter_from(ctx, w("identification.subject"), body)


# -- extension ---------------------------------------------------------------------------------


def compose_extension(ctx: LetterContext) -> Letter:
    """Art. 12(3): the answer takes longer; the grounds and reasons, the new date, and the
    notice. The letter is the notice, dated the day it leaves, unless an earlier notice (by
    email, telephone, …) is on record: then it confirms that one and never claims its date.
    Refuses a request with no extension recorded, since the letter would have no date to give."""
    w = words_of(ctx)
    r = ctx.request
    if r.extended_due is None:
        raise ValueError("extension letter: the request has no extended date")
    ev = ctx.evidence
    told_on = r.extension_notice_on or ctx.today
    passed = promise_passed(r.promised_due, told_on)
    # A promise already broken is said apart, in the past tense; the limit that was still
    # running when the person was told is the statutory one.
    original = w.date(r.statutory_due if passed else _original_due(r))
    extended = w.date(r.extended_due)
    notice = w.date(told_on)
    promised = _promised_days(r)
    told_before = told_on != ctx.today
    body: list[Block] = [
        greeting(ctx),
        Paragraph(
            w("extension.intro", day=w.date(r.received_on), original=original, extended=extended)
        ),
        request_facts(
            ctx,
            (w("extension.original"), original),
            (w("extension.new"), extended),
            (w("extension.told_on" if told_before else "extension.notice_on"), notice),
        ),
        Heading(w("extension.why"), 2),
    ]
    if ev.extension_grounds:
        body += [
            Paragraph(w("extension.grounds")),
            Bullets(tuple(w.term("extension_ground", g) for g in ev.extension_grounds)),
        ]
    body.append(Paragraph(ev.texts.get("extension", "").strip() or r.extension_reason.strip()))
    if r.type == "objection":
        body.append(Paragraph(w("extension.assessment_only")))
    if told_before:
        channel = ev.extension_channel or "letter"
        how = w.term("channel", channel)
        body.append(Paragraph(w("extension.confirms", notice=notice, how=how)))
    else:
        body.append(Paragraph(w("extension.allowed", notice=notice)))
    if promised is not None and passed:
        assert r.promised_due is not None
        ended = w.date(r.promised_due)
        body.append(Paragraph(w("extension.promise_passed", days=promised, promised=ended)))
    elif promised is not None:
        body.append(Paragraph(w("extension.promise_broken", days=promised)))
    body += [Paragraph(w("extension.soon")), *remedies(ctx), contact(ctx)]
    return letter_from(ctx, w("extension.subject"), tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.RECEIPT.value: compose_receipt,
    LetterKind.IDENTIFICATION.value: compose_identification,
    LetterKind.EXTENSION.value: compose_extension,
}
