"""The refusal letter (Art. 12(4), 12(5)): the basis, the reasons, the written assessment of a
manifestly unfounded or excessive request, and always the remedies."""

from __future__ import annotations

from collections.abc import Callable

from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    remedies,
    request_facts,
    words_of,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Letter, Paragraph
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.requests.statements import Topic
from l4d_desktop.core.vocabulary import ASSESSED_REFUSALS, RefusalBasis

_ASSESSED = frozenset(b.value for b in ASSESSED_REFUSALS)


def compose_refusal(ctx: LetterContext) -> Letter:
    w = words_of(ctx)
    r = ctx.request
    basis = r.refusal_basis or RefusalBasis.OTHER.value
    # The handler's words in the letter's language only (missing_text guards their presence).
    reasons = ctx.evidence.texts.get(Topic.REFUSAL.value, "").strip()
    assessment = ctx.evidence.texts.get(Topic.REFUSAL_ASSESSMENT.value, "").strip()
    body: list[Block] = [
        greeting(ctx),
        Paragraph(w("refusal.intro", day=w.date(r.received_on))),
        request_facts(
            ctx,
            (w("refusal.decision"), w("refusal.refused")),
            (w("refusal.grounds"), w.term("refusal_basis_name", basis)),
        ),
        Heading(w("refusal.reasons"), 2),
        Paragraph(w.term("refusal_basis", basis)),
    ]
    if reasons:
        body.append(Paragraph(reasons))
    if basis in _ASSESSED:
        # The controller bears the burden of proof (Art. 12(5)): the assessment is printed.
        body += [
            Heading(w("refusal.assessment"), 2),
            *((Paragraph(assessment),) if assessment else ()),
            Paragraph(w("refusal.burden")),
        ]
    if basis == RefusalBasis.IDENTITY_NOT_ESTABLISHED.value:
        body.append(Paragraph(w("refusal.ask_again")))
    body += [*remedies(ctx), contact(ctx)]
    return letter_from(ctx, w("refusal.subject"), tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.REFUSAL.value: compose_refusal,
}
