"""Parts that many letters share: the frame around the body, the remedies, the contact."""

from __future__ import annotations

from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Heading, Letter, Paragraph
from l4d_desktop.core.letters.wording import date_text


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
