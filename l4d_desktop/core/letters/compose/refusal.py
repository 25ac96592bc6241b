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
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Letter, Paragraph
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words.dates import check_language, date_text
from l4d_desktop.core.letters.words.terms import REFUSAL_BASES, REFUSAL_BASIS_NAMES, words
from l4d_desktop.core.vocabulary import ASSESSED_REFUSALS, RefusalBasis

_ASSESSED = frozenset(b.value for b in ASSESSED_REFUSALS)


def compose_refusal(ctx: LetterContext) -> Letter:
    lang = check_language(ctx.language)
    r = ctx.request
    basis = r.refusal_basis or RefusalBasis.OTHER.value
    day = date_text(r.received_on, lang)
    reasons = r.close_reason.strip()
    assessment = r.assessment.strip()
    fi = lang == "fi"
    body: list[Block] = [
        greeting(ctx),
        Paragraph(
            f"Saimme pyyntösi {day}. Olemme käsitelleet sen, emmekä voi toteuttaa sitä. "
            "Kerromme alla syyt ja oikeussuojakeinosi."
            if fi
            else f"We received your request on {day}. We have considered it, and we cannot "
            "act on it. The reasons and your remedies are set out below."
        ),
        request_facts(
            ctx,
            ("Päätös", "Pyyntöä ei toteuteta") if fi else ("Decision", "Request refused"),
            ("Peruste" if fi else "Grounds", words(REFUSAL_BASIS_NAMES, basis, lang)),
        ),
        Heading("Perustelut" if fi else "Our reasons", 2),
        Paragraph(words(REFUSAL_BASES, basis, lang)),
    ]
    if reasons:
        body.append(Paragraph(reasons))
    if basis in _ASSESSED:
        # The controller bears the burden of proof (Art. 12(5)): the assessment is printed.
        body += [
            Heading("Arviomme pyynnöstä" if fi else "Our assessment of the request", 2),
            *((Paragraph(assessment),) if assessment else ()),
            Paragraph(
                "Tietosuoja-asetuksen mukaan meidän on pystyttävä osoittamaan, että pyyntö on "
                "ilmeisen perusteeton tai kohtuuton. Siksi olemme kirjanneet arviomme."
                if fi
                else "Under the Regulation it is for us to demonstrate that a request is "
                "manifestly unfounded or excessive; we have therefore recorded our assessment "
                "in writing."
            ),
        ]
    if basis == RefusalBasis.IDENTITY_NOT_ESTABLISHED.value:
        body.append(
            Paragraph(
                "Voit esittää pyynnön uudelleen milloin tahansa. Henkilöllisyytesi "
                "varmistamiseen riittää yleensä, että lähetät pyynnön sähköpostiosoitteesta, "
                "jonka olet antanut meille, tai kerrot asiakasnumerosi tai jonkin "
                "viimeaikaisen laskusi numeron. Emme tarvitse kopiota "
                "henkilöllisyystodistuksestasi."
                if fi
                else "You may make the request again at any time. To confirm your identity it "
                "is usually enough to send it from the email address you have given us, or to "
                "tell us your customer number or the number of a recent invoice. We do not "
                "need a copy of your identity document."
            )
        )
    body += [*remedies(ctx), contact(ctx)]
    subject = "Päätös tietosuojapyyntöösi" if fi else "Decision on your data protection request"
    return letter_from(ctx, subject, tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.REFUSAL.value: compose_refusal,
}
