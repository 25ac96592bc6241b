"""Parts that many letters share: the frame around the body, the remedies, the contact."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.letters.compose.recipients import art19_blocks
from l4d_desktop.core.letters.context import Authority, LetterContext, LetterRequest
from l4d_desktop.core.letters.document import Block, Facts, Heading, Letter, Paragraph
from l4d_desktop.core.letters.words import Words, catalogue
from l4d_desktop.core.requests.deadlines import is_working_day


def letter_from(
    ctx: LetterContext,
    subject: str,
    body: tuple[Block, ...],
    enclosures: tuple[str, ...] = (),
) -> Letter:
    """The letter with the context's addressee, date, reference, letterhead and signature."""
    return Letter(
        language=ctx.language,
        kind=ctx.kind,
        subject=subject,
        recipient=ctx.recipient,
        date=ctx.today,
        reference=ctx.request.reference,
        body=body,
        letterhead=ctx.controller.letterhead,
        signature=ctx.signature,
        enclosures=enclosures,
        window=ctx.window,
        sender_country=ctx.sender_country,
    )


def words_of(ctx: LetterContext) -> Words:
    """The catalogue of the letter's language (a language without one is refused)."""
    return catalogue(ctx.language)


def person_of(ctx: LetterContext, kind: str) -> SubjectData:
    """The person's data the letter is written from; a letter of this kind cannot say what was
    done without them, and printing it anyway would tell the person something untrue."""
    if ctx.subject is None:
        raise ValueError(f"{kind} letter: the context holds no data of the person")
    return ctx.subject


def greeting(ctx: LetterContext) -> Paragraph:
    """ "Hyvä vastaanottaja" / "Dear Ms Smith": the name as the request or register has it."""
    w = words_of(ctx)
    name = ctx.recipient[0] if ctx.recipient else ""
    return Paragraph(w("letter.greeting", name=name) if name else w("letter.greeting_anyone"))


def answer_by(request: LetterRequest) -> dt.date:
    """The date a letter promises the answer by. While the notice's promise (receipt + N days)
    decides it, a promise that ends on a weekend or holiday is shown as the last working day on
    or before it: nobody answers on a Sunday, and a later day would break the promise."""
    day = request.due
    if request.extended_due is None and request.promised_due == day:
        while not is_working_day(day):
            day -= dt.timedelta(days=1)
    return day


def received_sentence(ctx: LetterContext) -> str:
    w = words_of(ctx)
    return w("letter.received", day=w.date(ctx.request.received_on))


def authority_address(w: Words, a: Authority) -> str:
    """The supervisory authority's name, addresses, telephone and web site, one a line."""
    return w(
        "authority.address",
        name=a.name,
        street=a.street,
        postal=a.postal,
        phone=a.phone,
        web=a.web,
    )


def remedies(ctx: LetterContext) -> tuple[Block, ...]:
    """The right to complain to the Tietosuojavaltuutettu and to a judicial remedy (Art. 12(4),
    77–79), with the authority's contact details."""
    w = words_of(ctx)
    return (
        Heading(w("remedies.heading"), 2),
        Paragraph(w("remedies.complaint")),
        Paragraph(authority_address(w, ctx.authority)),
        Paragraph(w("remedies.court")),
    )


def contact(ctx: LetterContext) -> Paragraph:
    """Whom to ask about the letter."""
    c = ctx.controller
    return Paragraph(
        words_of(ctx)(
            "letter.contact",
            name=c.contact_name,
            title=c.contact_title,
            phone=c.contact_phone,
            email=c.contact_email,
            reference=ctx.request.reference,
        )
    )


def request_facts(ctx: LetterContext, *rows: tuple[str, str]) -> Facts:
    """What the request asked and when it arrived, followed by the letter's own `rows`."""
    w = words_of(ctx)
    return Facts(
        (
            (w("facts.request"), w.term("request_type", ctx.request.type)),
            (w("facts.received"), w.date(ctx.request.received_on)),
            *rows,
        )
    )


def recipients_told(ctx: LetterContext, act: str) -> tuple[Block, ...]:
    """Art. 19: who was told of the rectification, erasure or restriction and when, who was
    not and why (compose/recipients.py); `act` is "rectification", "erasure" or "restriction"."""
    return art19_blocks(ctx, act)


def letter_with_files(ctx: LetterContext, body: tuple[Block, ...], letter: str) -> Letter:
    """A letter sent with the machine-readable files (ctx.bundle), which it lists one by one
    with their hashes: its subject is the catalogue's <letter>.subject, and one enclosure line,
    <letter>.enclosures, counts the files (none while there are no files)."""
    w = words_of(ctx)
    n = len(ctx.bundle)
    enclosures = (w(f"{letter}.enclosures", n=n),) if n else ()
    return letter_from(ctx, w(f"{letter}.subject"), body, enclosures)
