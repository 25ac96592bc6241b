"""Parts that many letters share: the frame around the body, the remedies, the contact."""

from __future__ import annotations

from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Facts, Heading, Letter, Paragraph
from l4d_desktop.core.letters.words.dates import date_text
from l4d_desktop.core.letters.words.terms import REQUEST_TYPES, words


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
    )


def greeting(ctx: LetterContext) -> Paragraph:
    """ "Hyvä vastaanottaja" / "Dear Ms Smith": the name as the request or register has it."""
    name = ctx.recipient[0] if ctx.recipient else ""
    if ctx.language == "fi":
        return Paragraph(f"Hyvä {name}," if name else "Hyvä vastaanottaja,")
    return Paragraph(f"Dear {name}," if name else "Dear Sir or Madam,")


def received_sentence(ctx: LetterContext) -> str:
    day = date_text(ctx.request.received_on, ctx.language)
    if ctx.language == "fi":
        return f"Saimme pyyntösi {day}."
    return f"We received your request on {day}."


def remedies(ctx: LetterContext) -> tuple[Block, ...]:
    """The right to complain to the Tietosuojavaltuutettu and to a judicial remedy (Art. 12(4),
    77–79), with the authority's contact details."""
    a = ctx.authority
    if ctx.language == "fi":
        return (
            Heading("Oikeussuojakeinot", 2),
            Paragraph(
                "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, "
                "sinulla on oikeus tehdä valitus valvontaviranomaiselle:"
            ),
            Paragraph(
                f"{a.name}\nKäyntiosoite: {a.street}\nPostiosoite: {a.postal}\n"
                f"Vaihde: {a.phone}\n{a.web}"
            ),
            Paragraph(
                "Sinulla on lisäksi oikeus saattaa asia tuomioistuimen käsiteltäväksi. "
                "Valituksen tekeminen ei maksa mitään eikä estä muita oikeussuojakeinoja."
            ),
        )
    return (
        Heading("Your remedies", 2),
        Paragraph(
            "If you consider that the processing of your personal data infringes the General "
            "Data Protection Regulation, you have the right to lodge a complaint with the "
            "supervisory authority:"
        ),
        Paragraph(
            f"{a.name}\nVisiting address: {a.street}\nPostal address: {a.postal}\n"
            f"Switchboard: {a.phone}\n{a.web}"
        ),
        Paragraph(
            "You also have the right to an effective judicial remedy before a court. Lodging a "
            "complaint costs nothing and does not rule out any other remedy."
        ),
    )


def contact(ctx: LetterContext) -> Paragraph:
    """Whom to ask about the letter."""
    c = ctx.controller
    if ctx.language == "fi":
        return Paragraph(
            "Jos sinulla on kysyttävää, ota yhteyttä: "
            f"{c.contact_name}, {c.contact_title}, puh. {c.contact_phone}, {c.contact_email}. "
            f"Mainitse viite {ctx.request.reference}."
        )
    return Paragraph(
        "If you have any questions, please contact "
        f"{c.contact_name}, {c.contact_title}, tel. {c.contact_phone}, {c.contact_email}, "
        f"quoting the reference {ctx.request.reference}."
    )


def request_facts(ctx: LetterContext, *rows: tuple[str, str]) -> Facts:
    """What the request asked and when it arrived, followed by the letter's own `rows`."""
    day = date_text(ctx.request.received_on, ctx.language)
    kind = words(REQUEST_TYPES, ctx.request.type, ctx.language)
    if ctx.language == "fi":
        return Facts((("Pyyntösi", kind), ("Vastaanotettu", day), *rows))
    return Facts((("Your request", kind), ("Received", day), *rows))


# What a recipient is told of under Art. 19, as the sentence names it.
_NOTIFIED_ACTS = {
    "rectification": ("oikaisusta", "the rectification"),
    "erasure": ("tietojesi poistamisesta", "the erasure of your data"),
    "restriction": ("käsittelyn rajoittamisesta", "the restriction of processing"),
}


def recipients_told(ctx: LetterContext, act: str) -> tuple[Block, ...]:
    """Art. 19: every recipient is told of the rectification, erasure or restriction, and the
    person may ask who they are. The processors are named when the letter knows them
    (CJEU C-154/21); `act` is "rectification", "erasure" or "restriction"."""
    fi_act, en_act = _NOTIFIED_ACTS[act]
    processors = ctx.subject.recipients if ctx.subject is not None else ()
    names = tuple(f"{p.name} – {p.role}" if p.role else p.name for p in processors)
    if ctx.language == "fi":
        blocks: list[Block] = [Heading("Tietojesi vastaanottajat", 2)]
        if names:
            blocks += [
                Paragraph(
                    "Seuraavat palveluntarjoajat käsittelevät asiakasrekisterimme tietoja "
                    "puolestamme:"
                ),
                Bullets(names),
            ]
        blocks.append(
            Paragraph(
                f"Ilmoitamme {fi_act} jokaiselle vastaanottajalle, jolle tietojasi on "
                "luovutettu, paitsi jos se osoittautuu mahdottomaksi tai vaatii kohtuutonta "
                "vaivaa (tietosuoja-asetuksen 19 artikla). Kerromme pyynnöstäsi, keitä nämä "
                "vastaanottajat ovat."
            )
        )
        return tuple(blocks)
    blocks = [Heading("Recipients of your data", 2)]
    if names:
        blocks += [
            Paragraph(
                "These service providers process the data of our customer register on our behalf:"
            ),
            Bullets(names),
        ]
    blocks.append(
        Paragraph(
            f"We communicate {en_act} to each recipient to whom your data have been "
            "disclosed, unless this proves impossible or involves disproportionate effort "
            "(Article 19 GDPR). If you ask, we will tell you who these recipients are."
        )
    )
    return tuple(blocks)
