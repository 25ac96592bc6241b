"""Letters that tell the outcome of a rectification (Art. 16), a restriction (Art. 18) and its
coming end (Art. 18(3)), an objection (Art. 21) and a consent withdrawal (Art. 7(3))."""

from __future__ import annotations

from collections.abc import Callable

from l4d_desktop.core.customers.objections import UPHELD_ENDS_CONSENTS
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    ObjectionEntry,
    SubjectData,
)
from l4d_desktop.core.letters.compose import evidence_blocks
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    person_of,
    recipients_told,
    remedies,
    request_facts,
    words_of,
)
from l4d_desktop.core.letters.compose.consent_erasure import consent_erasure_blocks
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph, Table
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words import Words, capital
from l4d_desktop.core.requests.statements import objection_topic
from l4d_desktop.core.vocabulary import ObjectionOutcome, ObjectionPurpose

_DIRECT_MARKETING = ObjectionPurpose.DIRECT_MARKETING.value


def _withdrawn_here(ctx: LetterContext, subject: SubjectData) -> list[ConsentLedgerEntry]:
    """The consents this request ended, oldest first."""
    return [c for c in subject.consents if not c.given and c.request_id == ctx.request.id]


def _purpose_name(entry: ConsentLedgerEntry, language: str) -> str:
    return entry.purpose(language)


# -- rectification -----------------------------------------------------------------------------


def compose_rectification(ctx: LetterContext) -> Letter:
    """What was corrected and to what (the new values, never the replaced ones), what was
    found already correct or not changed and why (a partial refusal, with the remedies), and
    the recipients told under Art. 19."""
    w = words_of(ctx)
    subject = person_of(ctx, "rectification")
    entry = next((r for r in subject.requests if r.id == ctx.request.id), None)
    changes = entry.changed_fields if entry is not None else ()
    rows = evidence_blocks.changed_rows(ctx, subject.customer, [c.field for c in changes])
    day = w.date(ctx.request.received_on)
    found = evidence_blocks.findings(ctx)
    if rows:
        done: tuple[Block, ...] = (
            Paragraph(w("rectification.done_partly" if found else "rectification.done", day=day)),
            request_facts(
                ctx, (w("rectification.changed_at"), w.office_date(changes[-1].changed_at))
            ),
            Heading(w("rectification.changed"), 2),
            Table((w("rectification.field"), w("rectification.new_value")), rows, widths=(2, 3)),
            evidence_blocks.old_values(ctx, bool(subject.invoices)),
        )
    else:
        done = (Paragraph(w("rectification.nothing_changed", day=day)), request_facts(ctx))
    body: tuple[Block, ...] = (
        greeting(ctx),
        *done,
        *found,
        *(recipients_told(ctx, "rectification") if rows else ()),
        *(remedies(ctx) if found else ()),
        Paragraph(w("rectification.more")),
        contact(ctx),
    )
    subject_key = "rectification.subject" if rows and not found else "rectification.subject_answer"
    return letter_from(ctx, w(subject_key), body)


# -- restriction -------------------------------------------------------------------------------


def compose_restriction(ctx: LetterContext) -> Letter:
    """Art. 18: restricted from the day the record says, on its Art. 18(1) ground; what that
    means; what ends it and that the person is told first; their own access is not limited."""
    w = words_of(ctx)
    restriction = evidence_blocks.restriction_of_letter(ctx, "restriction")
    since = w.office_date(restriction.restricted_at)
    body: tuple[Block, ...] = (
        greeting(ctx),
        Paragraph(w("restriction.intro", day=w.date(ctx.request.received_on), since=since)),
        request_facts(
            ctx,
            (w("restriction.since"), since),
            (w("restriction.ground_label"), w("restriction.point", point=restriction.ground)),
        ),
        *evidence_blocks.restriction_ground(ctx, restriction)[:1],
        Heading(w("restriction.means"), 2),
        Bullets(
            (
                w("restriction.means.stored"),
                w("restriction.means.no_use"),
                w("restriction.means.no_change"),
            )
        ),
        Paragraph(w("restriction.otherwise")),
        Paragraph(w("restriction.own_access")),
        *evidence_blocks.restriction_ground(ctx, restriction)[1:],
        *recipients_told(ctx, "restriction"),
        contact(ctx),
    )
    return letter_from(ctx, w("restriction.subject"), body)


# -- restriction lifted ------------------------------------------------------------------------


def compose_restriction_lifted(ctx: LetterContext) -> Letter:
    """Art. 18(3): told before the restriction is lifted: the day (a working day, recorded with
    the notice) and the real reason the handler chose and wrote."""
    w = words_of(ctx)
    restriction = evidence_blocks.restriction_of_letter(ctx, "restriction-lifted")
    if restriction.lift_on is None:
        raise ValueError("restriction-lifted letter: no lift day is recorded")
    lift = w.date(restriction.lift_on)
    since = w.office_date(restriction.restricted_at)
    body: tuple[Block, ...] = (
        greeting(ctx),
        Paragraph(w("lifted.intro", since=since, lift=lift)),
        request_facts(ctx, (w("restriction.since"), since), (w("lifted.on"), lift)),
        Heading(w("lifted.why"), 2),
        *evidence_blocks.lift_reason(ctx, restriction),
        Heading(w("lifted.then"), 2),
        Paragraph(w("lifted.after")),
        Paragraph(w("lifted.disagree", lift=lift)),
        *remedies(ctx),
        contact(ctx),
    )
    return letter_from(ctx, w("lifted.subject"), body)


# -- objection ---------------------------------------------------------------------------------


def _hashed_contacts(ctx: LetterContext, w: Words) -> str:
    """Which of the person's email and phone are hashed ("" when neither is held)."""
    if ctx.subject is None:
        return ""
    c = ctx.subject.customer
    held = [code for code, value in (("email", c.email), ("phone", c.phone)) if value.strip()]
    return w.join([w.term("hashed_contact", code) for code in held])


def _consents_ended(w: Words, ended: tuple[str, ...]) -> list[Block]:
    """The consents an objection ended, under a line that counts them ("" when none)."""
    if not ended:
        return []
    line = w("objection.consents_ended." + ("one" if len(ended) == 1 else "other"))
    return [Paragraph(line), Bullets(ended)]


def _objection_blocks(
    ctx: LetterContext, o: ObjectionEntry, withdrawn: list[ConsentLedgerEntry]
) -> tuple[Block, ...]:
    """What happened to one objection: direct marketing stops for good; other processing
    stops or goes on with its compelling grounds stated; undecided ones get their date."""
    w = words_of(ctx)
    title = Paragraph(capital(w.term("objection_purpose", o.purpose)), "bold")
    when = w.office_date(o.decided_at) if o.decided_at else w.date(o.received_on)
    # Purpose names are the register's own (capitalised), so they go in a list of their own.
    ended = tuple(_purpose_name(c, w.language) for c in withdrawn)
    if o.purpose == _DIRECT_MARKETING:
        # Absolute (Art. 21(3)): whatever the record's outcome says, it stopped on receipt.
        received = w.date(o.received_on)
        blocks: list[Block] = [title, Paragraph(w("objection.marketing_stopped", when=received))]
        blocks += _consents_ended(w, ended)
        contacts = _hashed_contacts(ctx, w)
        if contacts:
            blocks.append(Paragraph(w("objection.suppressed", contacts=contacts)))
        blocks.append(Paragraph(w("objection.customer_messages")))
        return tuple(blocks)
    if o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value:
        # The reasons in the letter's language only (missing_text guards their presence).
        reasons = ctx.evidence.texts.get(objection_topic(o.purpose), "").strip()
        return (
            title,
            Paragraph(w("objection.compelling", when=when)),
            *((Paragraph(reasons),) if reasons else ()),
            Paragraph(w("objection.not_acted")),
        )
    if o.outcome is None:
        return (title, Paragraph(w("objection.assessing", due=w.date(ctx.request.due))))
    return (title, Paragraph(w("objection.upheld", when=when)), *_consents_ended(w, ended))


def compose_objection(ctx: LetterContext) -> Letter:
    """Art. 21: one section per objection the request made; remedies when processing goes
    on despite it (a partial refusal). With none recorded yet, the letter gives the date the
    decision will come by."""
    w = words_of(ctx)
    subject = person_of(ctx, "objection")
    mine = [o for o in subject.objections if o.request_id == ctx.request.id]
    withdrawn = _withdrawn_here(ctx, subject)
    # An upheld objection ends the consents of its own processing (e.g. analytics); every
    # other consent this request ended was ended by the objection to direct marketing.
    upheld_codes = {
        code
        for o in mine
        if o.purpose != _DIRECT_MARKETING
        for code in UPHELD_ENDS_CONSENTS.get(o.purpose, ())
    }
    sections: list[Block] = []
    for o in mine:
        if o.purpose == _DIRECT_MARKETING:
            own = [c for c in withdrawn if c.purpose_code not in upheld_codes]
        else:
            codes = UPHELD_ENDS_CONSENTS.get(o.purpose, frozenset())
            own = [c for c in withdrawn if c.purpose_code in codes]
        sections += _objection_blocks(ctx, o, own)
    if not mine:
        # Nothing decided yet: the letter says when the decision will come, nothing more.
        sections.append(Paragraph(w("objection.pending", due=w.date(ctx.request.due))))
    refused = any(
        o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value and o.purpose != _DIRECT_MARKETING
        for o in mine
    )
    body = (
        greeting(ctx),
        Paragraph(w("objection.intro", day=w.date(ctx.request.received_on))),
        request_facts(ctx),
        Heading(w("objection.handling"), 2),
        *sections,
        *(remedies(ctx) if refused else ()),
        contact(ctx),
    )
    return letter_from(ctx, w("objection.subject"), body)


# -- withdrawal --------------------------------------------------------------------------------


def compose_withdrawal(ctx: LetterContext) -> Letter:
    """Art. 7(3): the consents this request withdrew and when; earlier processing stays
    lawful; how to give consent again."""
    w = words_of(ctx)
    withdrawn = _withdrawn_here(ctx, person_of(ctx, "withdrawal"))
    # The day it took effect (the receipt, unless the handler recorded the moment): the hour of
    # a receipt known only by its day would be a made-up one.
    rows = tuple((capital(_purpose_name(c, w.language)), w.office_date(c.at)) for c in withdrawn)
    day = w.date(ctx.request.received_on)
    done: tuple[Block, ...]
    if rows:
        done = (
            Paragraph(w("withdrawal.done", day=day)),
            request_facts(ctx),
            Heading(w("withdrawal.withdrawn"), 2),
            Table((w("withdrawal.consent"), w("withdrawal.withdrawn_on")), rows, widths=(3, 2)),
            Paragraph(w("withdrawal.stop")),
            Paragraph(w("withdrawal.scope")),
        )
    else:
        done = (Paragraph(w("withdrawal.none", day=day)), request_facts(ctx))
    body = (
        greeting(ctx),
        *done,
        *consent_erasure_blocks(ctx, bool(rows)),
        Heading(w("withdrawal.again"), 2),
        Paragraph(w("withdrawal.how_again")),
        contact(ctx),
    )
    return letter_from(ctx, w("withdrawal.subject"), body)


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.RECTIFICATION.value: compose_rectification,
    LetterKind.RESTRICTION.value: compose_restriction,
    LetterKind.RESTRICTION_LIFTED.value: compose_restriction_lifted,
    LetterKind.OBJECTION.value: compose_objection,
    LetterKind.WITHDRAWAL.value: compose_withdrawal,
}
