"""The withdrawal letter's part on Art. 17(1)(b): the data that relied only on the withdrawn
consent, erased (from the purge records) or still to be erased (from the plan), and the offer
of full erasure."""

from __future__ import annotations

from l4d_desktop.core.erasure.consent_purge import ConsentPurgeRecord, PurgeLine
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Paragraph
from l4d_desktop.core.letters.words import Words, capital, catalogue


def _what(w: Words, kind: str, count: int) -> str:
    """e.g. "Verkkosivustoltamme kerätyt tekniset tiedot (37 tapahtumaa)"."""
    name = capital(w.term("erasure_item", kind))
    return f"{name} ({w.count('event', count)})" if kind == "web_events" else f"{name} ({count})"


def _erased(w: Words, record: ConsentPurgeRecord) -> str:
    return w(
        "withdrawal.erased_line",
        what=_what(w, record.kind, record.count),
        date=w.office_date(record.ran_at),
    )


def consent_erasure_blocks(ctx: LetterContext, withdrew: bool) -> tuple[Block, ...]:
    """What went because the consent ended, what will still go and by when, and the offer of
    full erasure; `withdrew` is whether this request ended any consent."""
    w = catalogue(ctx.language)
    blocks: list[Block] = []
    pending: tuple[PurgeLine, ...] = ctx.consent_purge_pending
    if withdrew:
        blocks.append(Heading(w("withdrawal.erased.heading"), 2))
        if ctx.consent_purges:
            blocks += [
                Paragraph(w("withdrawal.erased")),
                Bullets(tuple(_erased(w, r) for r in ctx.consent_purges)),
            ]
        if pending:
            blocks += [
                Paragraph(w("withdrawal.to_erase", due=w.date(ctx.request.due))),
                Bullets(tuple(_what(w, line.kind, line.count) for line in pending)),
            ]
        if not ctx.consent_purges and not pending:
            blocks.append(Paragraph(w("withdrawal.nothing_only")))
    blocks.append(Paragraph(w("withdrawal.full_erasure")))
    return tuple(blocks)


__all__ = ["consent_erasure_blocks"]
