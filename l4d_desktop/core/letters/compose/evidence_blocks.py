"""The parts of the restriction, lift-notice and rectification letters that print what the
records say: the Art. 18(1) ground and what ends it, the lift day and its real reason, the new
values of a rectification, and a requested change not made (a partial refusal)."""

from __future__ import annotations

from l4d_desktop.core.customers.records import EDITABLE_FIELDS
from l4d_desktop.core.disclosure.subject_data import SubjectCustomer
from l4d_desktop.core.letters.compose.common import words_of
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Paragraph
from l4d_desktop.core.letters.words import Words, capital, country_name
from l4d_desktop.core.requests.restrictions import RestrictionRecord

# Fields whose value the rectification letter prints as it now is; the others (the notes, which
# may name other people, and the source's record) are named without their value.
VALUE_FIELDS = (frozenset(EDITABLE_FIELDS) | {"customer_number"}) - {
    "notes",
    "notes_third_party",
    "source",
    "source_name",
}
# Internal columns a rectification may touch that are not the person's data as such.
_NOT_SHOWN = frozenset({"search_text"})


def restriction_of_letter(ctx: LetterContext, kind: str) -> RestrictionRecord:
    """The restriction the letter speaks of; without one on record the letter would state
    something that never happened."""
    restriction = ctx.evidence.restriction
    if restriction is None:
        raise ValueError(f"{kind} letter: no restriction is recorded under the request")
    return restriction


def restriction_ground(ctx: LetterContext, restriction: RestrictionRecord) -> tuple[Block, ...]:
    """The Art. 18(1) point the restriction rests on, and what ends it."""
    w = words_of(ctx)
    g = restriction.ground
    return (
        Paragraph(w("restriction.ground", ground=w.term("restriction_ground", g), point=g)),
        Heading(w("restriction.ends"), 2),
        Paragraph(w.term("restriction_ends", g)),
        Paragraph(w("restriction.told_first")),
    )


def lift_reason(ctx: LetterContext, restriction: RestrictionRecord) -> tuple[Block, ...]:
    """Why the restriction ends: the reason chosen from the list and the handler's sentence."""
    w = words_of(ctx)
    text = ctx.evidence.texts.get("restriction_lift", "").strip()
    blocks: list[Block] = [Paragraph(w.term("lift_reason", restriction.lift_reason))]
    if text:
        blocks.append(Paragraph(text))
    return tuple(blocks)


def new_value(w: Words, customer: SubjectCustomer, field: str) -> str:
    """The field's value as the register now holds it ("" for a field shown without it)."""
    if field not in VALUE_FIELDS:
        return ""
    value = str(getattr(customer, field, "") or "")
    if field == "country" and value:
        return country_name(value, w.language)
    if field == "language" and value:
        return w.term("language_name", value)
    return value or w("rectification.emptied")


def changed_rows(
    ctx: LetterContext, customer: SubjectCustomer, fields: list[str]
) -> tuple[tuple[str, str], ...]:
    """(field, new value) for each field changed under the request, once each, in order."""
    w = words_of(ctx)
    seen = [f for i, f in enumerate(fields) if f not in fields[:i] and f not in _NOT_SHOWN]
    return tuple(
        (capital(w.term("customer_field", f)), new_value(w, customer, f) or "–") for f in seen
    )


def old_values(ctx: LetterContext, has_invoices: bool) -> Paragraph:
    """We do not keep replaced values — with the exceptions that are true for this person:
    letters already sent keep what they said, invoices keep the billing name and address."""
    w = words_of(ctx)
    exceptions = []
    if ctx.evidence.letters_sent:
        exceptions.append(w("rectification.kept_letters"))
    if has_invoices:
        exceptions.append(w("rectification.kept_invoices"))
    if not exceptions:
        return Paragraph(w("rectification.old_values"))
    return Paragraph(w("rectification.old_values_except", exceptions=w.join(exceptions)))


def findings(ctx: LetterContext) -> tuple[Block, ...]:
    """The data found already correct, and a requested change not made, each with what the
    handler wrote; with either, the letter ends with the remedies of a partial refusal
    (Art. 12(4))."""
    w = words_of(ctx)
    ev = ctx.evidence
    blocks: list[Block] = []
    if ev.finding("already_correct") is not None:
        blocks += [
            Heading(w("rectification.checked"), 2),
            Paragraph(w("rectification.checked_intro")),
            Paragraph(ev.texts.get("already_correct", "").strip()),
        ]
    declined = ev.finding("change_declined")
    if declined is not None:
        blocks += [
            Heading(w("rectification.declined"), 2),
            Paragraph(w.term("decline_ground", declined.ground)),
            Paragraph(ev.texts.get("change_declined", "").strip()),
        ]
    if blocks:
        blocks.append(Paragraph(w("rectification.partial")))
    return tuple(blocks)
