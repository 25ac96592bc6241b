"""The Art. 19 paragraph: who was told of the rectification, erasure or restriction and when,
who was not and why, and who is still to be told, as the request's checklist records it."""

from __future__ import annotations

from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Paragraph
from l4d_desktop.core.letters.words import Words, catalogue
from l4d_desktop.core.requests.recipients import NoticeLine
from l4d_desktop.core.vocabulary import NoticeStatus


def _name(line: NoticeLine, w: Words) -> str:
    role = {"en": line.role_en, "sv": line.role_sv}.get(w.language, line.role)
    return f"{line.processor_name} – {role}" if role else line.processor_name


def _told(w: Words, line: NoticeLine) -> str:
    day = w.date(line.notified_on) if line.notified_on is not None else ""
    return w("recipients19.told_line", name=_name(line, w), date=day)


def _not_told(w: Words, line: NoticeLine) -> str:
    return w("recipients19.not_told_line", name=_name(line, w), reason=line.reason.strip())


def art19_blocks(ctx: LetterContext, act: str) -> tuple[Block, ...]:
    """Art. 19 from the checklist (ctx.notices); `act` is "rectification", "erasure" or
    "restriction". The recipients are named, so no offer to name them is needed."""
    w = catalogue(ctx.language)
    what = w.term("notified_act", act)
    told = [line for line in ctx.notices if line.status == NoticeStatus.NOTIFIED.value]
    refused = [line for line in ctx.notices if line.status == NoticeStatus.DISPROPORTIONATE.value]
    pending = [line for line in ctx.notices if line.status == NoticeStatus.PENDING.value]
    blocks: list[Block] = [Heading(w("recipients.heading"), 2)]
    if not ctx.notices:
        blocks.append(Paragraph(w("recipients19.none", act=what)))
        return tuple(blocks)
    if told:
        blocks += [
            Paragraph(w("recipients19.told", act=what)),
            Bullets(tuple(_told(w, line) for line in told)),
        ]
    if refused:
        blocks += [
            Paragraph(w("recipients19.not_told", act=what)),
            Bullets(tuple(_not_told(w, line) for line in refused)),
        ]
    if pending:
        blocks += [
            Paragraph(w("recipients19.pending", act=what)),
            Bullets(tuple(_name(line, w) for line in pending)),
        ]
    return tuple(blocks)


__all__ = ["art19_blocks"]
