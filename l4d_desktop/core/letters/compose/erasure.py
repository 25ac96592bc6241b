"""The erasure letter (Art. 17): what is erased, what is made anonymous, and what is kept, why
and until when.

It is written from the erasure plan before the erasure runs: afterwards neither the person's
name nor their address is there to write to. Anything the plan keeps makes the letter a
partial refusal, which names the remedies (Art. 12(4)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from l4d_desktop.core.erasure.records import (
    ErasureAction,
    ErasurePlan,
    ErasureReason,
    ItemKind,
    PlanItem,
)
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    recipients_told,
    remedies,
    request_facts,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph, Table
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words import Words, capital

_NONE = "–"  # a table cell with no date


def _group(items: tuple[PlanItem, ...]) -> dict[str, list[PlanItem]]:
    """Items by kind, in the plan's order."""
    groups: dict[str, list[PlanItem]] = {}
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return groups


def _fields(w: Words, codes: tuple[str, ...]) -> str:
    return w.join([w.term("kept_field", c) for c in codes])


def _kind(w: Words, kind: str) -> str:
    return capital(w.term("erasure_item", kind))


# -- what goes ---------------------------------------------------------------------------------


def _erased(plan: ErasurePlan, w: Words) -> list[str]:
    lines: list[str] = []
    for kind, items in _group(plan.by_action(ErasureAction.DELETE)).items():
        n = sum(i.count for i in items)
        name = _kind(w, kind)
        if kind == ItemKind.CUSTOMER:
            number = items[0].label
            fields = w.join([w.term("customer_field", f) for f in items[0].fields_removed])
            if number:
                name += f" ({w('erasure.customer_number', number=number)})"
            lines.append(f"{name}: {fields}" if fields else name)
        elif kind == ItemKind.WEB_EVENTS:
            lines.append(f"{name} ({w.count('event', n)})")
        elif kind == ItemKind.INVOICE:
            numbers = ", ".join(i.label for i in items if i.label)
            lines.append(w("erasure.old_invoices", numbers=numbers))
        elif kind in (ItemKind.CONSENT_EVENT, ItemKind.OBJECTION):
            lines.append(f"{name} ({w.count('entry', n)})")
        else:
            lines.append(f"{name} ({n})")
    return lines


def _anonymised(plan: ErasurePlan, w: Words) -> list[str]:
    """Each anonymised kind: what is removed from it and what remains, from the plan's own
    field lists so that the letter cannot promise more or less than the erasure does."""
    lines: list[str] = []
    for kind, items in _group(plan.by_action(ErasureAction.ANONYMISE)).items():
        n = sum(i.count for i in items)
        counted = w.count("request", n) if kind == ItemKind.REQUEST else str(n)
        removed = _fields(w, items[0].fields_removed)
        kept = _fields(w, items[0].fields_kept)
        text = f"{_kind(w, kind)} ({counted})"
        if removed:
            text += f": {w('erasure.removed_from', fields=removed)}"
        if kept:
            text += f". {w('erasure.remaining', fields=kept)}"
        lines.append(text + ".")
    return lines


# -- what stays --------------------------------------------------------------------------------


def _invoice_cell(ctx: LetterContext, item: PlanItem, w: Words) -> str:
    """The kept invoice by number, with its date and amount when the person's data are at hand."""
    label = w("erasure.invoice", number=item.label)
    invoices = ctx.subject.invoices if ctx.subject is not None else ()
    record = next((i for i in invoices if i.id == item.object_id), None)
    if record is None:
        return label
    return f"{label} ({w.date(record.invoice_date)}, {w.money(record.amount_cents)})"


def _suppressed_contacts(ctx: LetterContext, item: PlanItem, w: Words) -> str:
    """Which of the email and phone go on the suppression list, as far as the letter knows."""
    if ctx.subject is not None:
        customer = ctx.subject.customer
        held = [f for f, value in (("email", customer.email), ("phone", customer.phone)) if value]
    else:
        held = []
    if not held:
        held = ["email", "phone"]
    names = [w.term("suppressed_contact", f) for f in held]
    if len(held) == 2 and item.count < 2 and ctx.subject is None:
        return w("format.either", first=names[0], second=names[1])
    return w.join(names)


def _until(day: dt.date | None, w: Words) -> str:
    """The "kept" column: "31.12.2030 asti" under "Säilytetään", the date under "Kept until"."""
    return w("erasure.until", date=w.date(day)) if day is not None else _NONE


def _reason(item: PlanItem, w: Words) -> str:
    """Why the item is kept; a reason the catalogue lacks prints as it is stored."""
    if w.has_term("erasure_reason", item.reason):
        return capital(w.term("erasure_reason", item.reason))
    return item.reason


def _kept_row(ctx: LetterContext, item: PlanItem, w: Words) -> tuple[str, ...]:
    purge = w.date(item.purge_on) if item.purge_on else _NONE
    if item.kind == ItemKind.INVOICE:
        what = _invoice_cell(ctx, item, w)
    elif item.kind == ItemKind.SUPPRESSION:
        key = "erasure.suppressed" + (".one" if item.count == 1 else ".other")
        contacts = _suppressed_contacts(ctx, item, w)
        return (capital(w(key, contacts=contacts)), _reason(item, w), w("erasure.as_long"), _NONE)
    else:
        what = f"{_kind(w, item.kind)} ({item.count})"
    return (what, _reason(item, w), _until(item.kept_until, w), purge)


def _kept_rows(ctx: LetterContext, plan: ErasurePlan, w: Words) -> list[tuple[str, ...]]:
    rows = [
        _kept_row(ctx, item, w) for item in plan.kept if item.reason != ErasureReason.ACCOUNTABILITY
    ]
    # The handling of the person's requests stays, without the person (Art. 5(2)): one row
    # for the anonymised records and the kept lists of corrected fields together.
    accountability = [i for i in plan.kept if i.reason == ErasureReason.ACCOUNTABILITY]
    records = [
        i
        for i in plan.by_action(ErasureAction.ANONYMISE)
        if i.reason == ErasureReason.ACCOUNTABILITY and i.kind == ItemKind.REQUEST
    ]
    if records or accountability:
        n = sum(i.count for i in records)
        what = w("erasure.request_records")
        if n:
            what += f" ({w.count('request', n)})"
        reason = capital(w.term("erasure_reason", ErasureReason.ACCOUNTABILITY))
        rows.append((what, reason, w("erasure.as_long_needed"), _NONE))
    return rows


def _kept_explained(plan: ErasurePlan, w: Words) -> list[Block]:
    """Why each kind of kept item stays, in words the table has no room for."""
    blocks: list[Block] = []
    invoices = [i for i in plan.kept if i.reason == ErasureReason.ACCOUNTING_ACT]
    if invoices:
        kept = _fields(w, invoices[0].fields_kept)
        # A voucher must show the buyer (Finnish VAT Act): the letter says why it stays.
        voucher = "buyer_name" in invoices[0].fields_kept
        kept_key = "erasure.voucher_kept" if voucher else "erasure.invoices_kept"
        blocks += [Paragraph(w("erasure.accounting_act")), Paragraph(w(kept_key, fields=kept))]
    if any(i.reason == ErasureReason.DIRECT_MARKETING_OBJECTION for i in plan.kept):
        blocks.append(Paragraph(w("erasure.suppression_explained")))
    blocks.append(Paragraph(w("erasure.accountability")))
    return blocks


# -- the letter --------------------------------------------------------------------------------


def _afterwards(plan: ErasurePlan, w: Words) -> list[Block]:
    """What is left that can still be connected with the person, said as it is: kept invoices
    carry the name and billing address; a suppression hash matches the email or phone again."""
    invoices = any(i.reason == ErasureReason.ACCOUNTING_ACT for i in plan.kept)
    blocks: list[Block] = [
        Paragraph(w("erasure.afterwards_invoices" if invoices else "erasure.afterwards_all"))
    ]
    if any(i.reason == ErasureReason.DIRECT_MARKETING_OBJECTION for i in plan.kept):
        blocks.append(Paragraph(w("erasure.afterwards_suppression")))
    return blocks


def _backups(plan: ErasurePlan, erase_by: dt.date, w: Words) -> list[Block]:
    """How long erased data may still lie in backups, and the day they are gone everywhere."""
    if plan.backup_days <= 0:
        return []
    gone = erase_by + dt.timedelta(days=plan.backup_days)
    days = w.count("day", plan.backup_days)
    return [Paragraph(w("erasure.backups", days=days, date=w.date(gone)))]


def compose_erasure(ctx: LetterContext) -> Letter:
    w = words_of(ctx)
    plan = ctx.erasure_plan
    if plan is None:
        raise ValueError("erasure letter: the context holds no erasure plan")
    # The letter leaves before the erasure runs: it names the day the data will be gone by.
    erase_by = plan.erase_by or ctx.today
    by = w.date(erase_by)
    partial = bool(plan.kept)
    intro = w("erasure.intro_by", day=w.date(ctx.request.received_on), erase_by=by)
    if partial:
        intro += " " + w("erasure.partial")
    anonymised = _anonymised(plan, w)
    body: list[Block] = [
        greeting(ctx),
        Paragraph(intro),
        request_facts(ctx, (w("erasure.erase_by"), by)),
        Heading(w("erasure.erased"), 2),
        Bullets(tuple(_erased(plan, w))),
    ]
    if anonymised:
        body += [Heading(w("erasure.anonymised"), 2), Bullets(tuple(anonymised))]
    body += [
        Heading(w("erasure.kept"), 2),
        Table(
            (
                w("erasure.kept.what"),
                w("erasure.kept.why"),
                w("erasure.kept.until"),
                w("erasure.kept.deleted"),
            ),
            tuple(_kept_rows(ctx, plan, w)),
            widths=(4, 4, 3, 2),
            empty=w("erasure.kept.none"),
        ),
        *_kept_explained(plan, w),
        *recipients_told(ctx, "erasure"),
        *_afterwards(plan, w),
        *_backups(plan, erase_by, w),
        *(remedies(ctx) if partial else ()),
        contact(ctx),
    ]
    return letter_from(ctx, w("erasure.subject"), tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.ERASURE.value: compose_erasure,
}
