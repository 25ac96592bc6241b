"""The answer to an access request when the register holds nothing about the requester (Art.
15(1): the right to confirmation whether or not data are processed). It leaves only after the
handler recorded which systems were searched, says where we looked and what was found, and
names the invoices kept by law when they are all that is left of the person."""

from __future__ import annotations

from collections.abc import Callable

from l4d_desktop.core.letters.compose.access_answer import questions_blocks, searches_blocks
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    received_sentence,
    remedies,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Letter, Paragraph, Table


def _invoice_blocks(ctx: LetterContext) -> tuple[Block, ...]:
    w = words_of(ctx)
    columns = ("number", "date", "amount", "buyer", "until")
    rows = tuple(
        (
            i.invoice_number,
            w.date(i.invoice_date),
            w.money(i.amount_cents),
            "\n".join(x for x in (i.buyer_name, i.billing_address) if x),
            w.date(i.kept_until) if i.kept_until is not None else "",
        )
        for i in ctx.answer.kept_invoices
    )
    return (
        Heading(w("nodata.invoices.heading"), 2),
        Paragraph(w("nodata.invoices.intro")),
        Table(
            tuple(w(f"nodata.invoices.{c}") for c in columns),
            rows,
            widths=(2.2, 2.2, 2.0, 4.6, 2.4),
        ),
        Paragraph(w("nodata.invoices.only")),
    )


def compose(ctx: LetterContext) -> Letter:
    """The no-data answer to ctx.request from ctx.answer (searches, kept invoices, questions)."""
    w = words_of(ctx)
    found_elsewhere = any(s.found for s in ctx.answer.searches)
    body: list[Block] = [
        greeting(ctx),
        Paragraph(f"{received_sentence(ctx)} {w('nodata.asked')}"),
        Heading(w("nodata.confirmation")),
        *searches_blocks(ctx, register_found=False),
    ]
    if ctx.answer.kept_invoices:
        body += _invoice_blocks(ctx)
    elif found_elsewhere:
        body.append(Paragraph(w("nodata.found_only")))
    else:
        body.append(Paragraph(w("nodata.none_held")))
    body += [*questions_blocks(ctx), *remedies(ctx), Paragraph(w("nodata.free")), contact(ctx)]
    # "No data processed" heads only the letter that says so; kept invoices or something found
    # elsewhere are data about the person.
    held = bool(ctx.answer.kept_invoices) or found_elsewhere
    return letter_from(ctx, w("access.subject" if held else "nodata.subject"), tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {"no-data": compose}
