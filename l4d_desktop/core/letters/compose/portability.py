"""The cover letter of the machine-readable copy (Art. 20 GDPR, data portability).

It says what the enclosed files are (with their SHA-256 hashes), which data they hold (what the
person provided and what was observed from their use of the service), their format, and that
the person may have the data sent straight to another controller where technically feasible.
A refusal is a letter of its own (refusal_letter), so no remedies are needed here.
"""

from __future__ import annotations

from collections.abc import Callable

from l4d_desktop.core.disclosure.portability import JSON_FILE, README_FILE
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.letters.bundle import enclosed_files
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    received_sentence,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph
from l4d_desktop.core.letters.words.dates import check_language


def subject_line(language: str) -> str:
    if language == "fi":
        return "Henkilötietosi siirrettävässä muodossa (tietosuoja-asetuksen 20 artikla)"
    return "Your personal data in a portable format (Article 20 GDPR)"


def _contents(data: SubjectData | None, language: str) -> tuple[Block, ...]:
    """What the files hold, counted for this person where the data are at hand."""
    fi = language == "fi"
    n = (
        (len(data.consents), len(data.objections), len(data.web_events), len(data.invoices))
        if data is not None
        else None
    )
    if fi:
        items = [
            "yhteys- ja asiakastietosi, jotka olet antanut meille",
            "suostumuksesi ja niiden peruutukset"
            + (f" ({n[0]} merkintää)" if n is not None else ""),
            "vastalauseesi tietojesi käsittelyä vastaan"
            + (f" ({n[1]} kpl)" if n is not None else ""),
            "tekniset tiedot, jotka on havaittu käyttäessäsi verkkosivustoamme"
            + (f" ({n[2]} tapahtumaa)" if n is not None else ""),
            "laskusi" + (f" ({n[3]} kpl)" if n is not None else ""),
        ]
        return (
            Heading("Mitä tiedostoissa on"),
            Paragraph(
                "Tiedostoissa ovat tiedot, jotka olet itse antanut meille, ja tiedot, jotka "
                "on havaittu käyttäessäsi palveluamme:"
            ),
            Bullets(tuple(items)),
            Paragraph(
                "Tiedostoissa eivät ole tiedot, jotka olemme itse laatineet tai päätelleet, "
                "kuten sisäiset muistiinpanot ja pyyntöjesi käsittelytiedot. Ne saat halutessasi "
                "pyytämällä pääsyä omiin tietoihisi (tietosuoja-asetuksen 15 artikla)."
            ),
        )
    items = [
        "the contact and customer details you gave us",
        "your consents given and withdrawn" + (f" ({n[0]} records)" if n is not None else ""),
        "your objections to processing" + (f" ({n[1]})" if n is not None else ""),
        "technical data observed from your use of our web site"
        + (f" ({n[2]} events)" if n is not None else ""),
        "your invoices" + (f" ({n[3]})" if n is not None else ""),
    ]
    return (
        Heading("What the files contain"),
        Paragraph(
            "The files hold the data you provided to us and the data observed from your use "
            "of our service:"
        ),
        Bullets(tuple(items)),
        Paragraph(
            "They do not hold what we drew up or inferred ourselves, such as internal notes "
            "and the records of how your requests were handled. You can have those by asking "
            "for access to your data (Article 15 GDPR)."
        ),
    )


def _format(language: str) -> tuple[Block, ...]:
    if language == "fi":
        return (
            Heading("Tiedostojen muoto"),
            Bullets(
                (
                    f"{JSON_FILE}: kaikki tiedot yhtenä JSON-tiedostona, joka on yleinen "
                    "koneellisesti luettava muoto. Päivämäärät ja ajat ovat ISO 8601 "
                    "-muodossa, ajat UTC-aikaa.",
                    "CSV-tiedostot: kukin tietolaji omana tiedostonaan, pilkuilla erotettuna ja "
                    "UTF-8-merkistössä. Ne avautuvat myös taulukkolaskentaohjelmaan.",
                    f"{README_FILE}: jokaisen tiedoston ja kentän merkitys suomeksi ja "
                    "englanniksi.",
                )
            ),
        )
    return (
        Heading("The format"),
        Bullets(
            (
                f"{JSON_FILE}: all of the data in one JSON file, a common machine-readable "
                "format. Dates and times are ISO 8601, times in UTC.",
                "CSV files: each kind of data in a file of its own, comma-separated, in UTF-8. "
                "They also open in a spreadsheet.",
                f"{README_FILE}: what every file and field means, in Finnish and in English.",
            )
        ),
    )


def _transmission(language: str) -> tuple[Block, ...]:
    if language == "fi":
        return (
            Heading("Tietojen siirtäminen toiselle rekisterinpitäjälle"),
            Paragraph(
                "Voit antaa tiedostot toiselle palveluntarjoajalle itse. Voit myös pyytää "
                "meitä siirtämään tiedot suoraan toiselle rekisterinpitäjälle, jos se on "
                "teknisesti mahdollista: kerro meille vastaanottajan nimi ja yhteystiedot."
            ),
            Paragraph(
                "Tietojen siirtäminen ei poista niitä rekisteristämme. Jos haluat, että "
                "poistamme ne, voit pyytää sitä erikseen (tietosuoja-asetuksen 17 artikla)."
            ),
        )
    return (
        Heading("Sending the data to another controller"),
        Paragraph(
            "You may give the files to another service provider yourself. You may also ask us "
            "to send the data directly to another controller where technically feasible: tell "
            "us the recipient's name and contact details."
        ),
        Paragraph(
            "Receiving a copy does not erase the data from our register. If you want us to "
            "erase them, you may ask for that separately (Article 17 GDPR)."
        ),
    )


def compose(ctx: LetterContext) -> Letter:
    """The cover letter of ctx.bundle for the portability request ctx.request."""
    language = check_language(ctx.language)
    fi = language == "fi"
    body: list[Block] = [
        greeting(ctx),
        Paragraph(
            received_sentence(ctx)
            + (
                " Pyysit saada antamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja "
                "koneellisesti luettavassa muodossa. Tiedot ovat tämän kirjeen liitteenä."
                if fi
                else " You asked for the personal data you provided to us in a structured, "
                "commonly used and machine-readable format. The data are enclosed with this "
                "letter."
            )
        ),
        *_contents(ctx.subject, language),
        *_format(language),
        Heading("Liitetyt tiedostot" if fi else "The enclosed files"),
        *enclosed_files(ctx),
        *_transmission(language),
        Paragraph(
            "Tietojen antaminen on maksutonta."
            if fi
            else "There is no charge for providing the data."
        ),
        contact(ctx),
    ]
    return letter_from(ctx, subject_line(language), tuple(body), enclosures=_enclosures(ctx))


def _enclosures(ctx: LetterContext) -> tuple[str, ...]:
    """One line for the files, which the letter lists one by one with their hashes."""
    n = len(ctx.bundle)
    if n == 0:
        return ()
    if ctx.language == "fi":
        return (f"Tietosi koneellisesti luettavassa muodossa, {n} tiedostoa",)
    return (f"Your data in machine-readable form, {n} files",)


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {"portability": compose}
