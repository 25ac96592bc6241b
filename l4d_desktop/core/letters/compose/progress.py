"""Letters sent while a request is being handled: the receipt, the request for what is needed
to confirm the requester's identity, and the extension notice (Art. 12(3))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    remedies,
    request_facts,
)
from l4d_desktop.core.letters.context import LetterContext, LetterRequest
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words.dates import check_language, date_text
from l4d_desktop.core.letters.words.terms import CHANNELS, words

# What handling a request of each type involves, as the receipt tells it.
_WHAT_WE_DO: dict[str, tuple[str, str]] = {
    "access": (
        "Kokoamme kaikki henkilötiedot, joita asiakasrekisterissämme on sinusta, ja kerromme, "
        "mihin tarkoituksiin ja millä perusteilla niitä käsitellään.",
        "We gather all the personal data our customer register holds about you and explain "
        "for what purposes and on what grounds we process them.",
    ),
    "portability": (
        "Kokoamme meille antamasi tiedot yleisesti käytettyyn, koneluettavaan muotoon, jotta "
        "voit siirtää ne toiseen palveluun.",
        "We put the data you have given us into a commonly used, machine-readable format "
        "that you can take to another service.",
    ),
    "rectification": (
        "Tarkistamme tiedot ja korjaamme tai täydennämme ne.",
        "We check the data concerned and correct or complete them.",
    ),
    "erasure": (
        "Selvitämme, mitkä tietosi voidaan poistaa ja mitä laki velvoittaa meitä säilyttämään.",
        "We establish which of your data can be erased and what the law requires us to keep.",
    ),
    "restriction": (
        "Rajoitamme tietojesi käsittelyä niin, että tietoja ainoastaan säilytetään.",
        "We restrict the processing so that your data are only stored.",
    ),
    "objection": (
        "Jos vastustat suoramarkkinointia, lopetamme sen heti. Muun käsittelyn osalta "
        "arvioimme vastustuksesi ja kerromme ratkaisumme perusteluineen.",
        "If you object to direct marketing, we stop it at once. For other processing we "
        "assess your objection and tell you our decision and its reasons.",
    ),
    "withdrawal": (
        "Lopetamme suostumukseesi perustuvan käsittelyn viipymättä.",
        "We stop the processing that relied on your consent without delay.",
    ),
    "other": (
        "Selvitämme asian ja vastaamme sinulle.",
        "We look into the matter and reply to you.",
    ),
}


def _promised_days(request: LetterRequest) -> int | None:
    """The days the privacy notice promises (access and portability), counted from the dates
    the request was given, so that a changed setting shows as it was applied."""
    if request.promised_due is None:
        return None
    return (request.promised_due - request.received_on).days


def _original_due(request: LetterRequest) -> dt.date:
    """The date the answer was due before any extension: the earlier of the statutory date and
    the notice's promise."""
    if request.promised_due is None:
        return request.statutory_due
    return min(request.statutory_due, request.promised_due)


# -- receipt -----------------------------------------------------------------------------------


def compose_receipt(ctx: LetterContext) -> Letter:
    """We received your request on D; we answer by the due date; what happens next."""
    lang = check_language(ctx.language)
    r = ctx.request
    day = date_text(r.received_on, lang)
    due = date_text(r.due, lang)
    how = words(CHANNELS, r.channel, lang) if r.channel in CHANNELS else ""
    promised = _promised_days(r)
    fi_step, en_step = _WHAT_WE_DO.get(r.type, _WHAT_WE_DO["other"])
    identified = r.identified_at is not None
    if lang == "fi":
        got = f"Saimme pyyntösi {how} {day}." if how else f"Saimme pyyntösi {day}."
        if promised is not None:
            when = (
                "Tietosuojaselosteessamme lupaamme toimittaa tiedot viipymättä ja enintään "
                f"{promised} päivän kuluessa. Vastaamme siksi viimeistään {due}."
            )
        elif r.type == "withdrawal":
            when = (
                "Suostumuksen peruutus tulee voimaan viipymättä. Vahvistamme sen sinulle "
                f"kirjallisesti viimeistään {due}."
            )
        else:
            when = (
                "Vastaamme ilman aiheetonta viivytystä ja viimeistään "
                f"{due}, tietosuoja-asetuksen mukaisen kuukauden määräajan kuluessa."
            )
        steps = [
            *(
                ()
                if identified
                else (
                    "Varmistamme ensin, että pyyntö tulee sinulta. Siihen riittävät yleensä "
                    "tiedot, jotka meillä jo on; jos tarvitsemme lisätietoja, kysymme niitä "
                    "erikseen. Emme pyydä kopiota henkilöllisyystodistuksestasi.",
                )
            ),
            fi_step,
            "Vastaamme sinulle kirjallisesti.",
            "Jos käsittely poikkeuksellisesti vaatii enemmän aikaa, ilmoitamme siitä sinulle "
            "perusteluineen ennen määräajan päättymistä.",
        ]
        body: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(f"Kiitos yhteydenotostasi. {got}"),
            request_facts(ctx, ("Vastaamme viimeistään", due)),
            Paragraph(when),
            Heading("Miten pyyntösi etenee", 2),
            Bullets(tuple(steps)),
            Paragraph("Pyyntösi käsittely on sinulle maksutonta."),
            contact(ctx),
        )
        return letter_from(ctx, "Tietosuojapyyntösi on vastaanotettu", body)
    got = (
        f"We received your request {how} on {day}."
        if how
        else f"We received your request on {day}."
    )
    if promised is not None:
        when = (
            "Our privacy notice promises that we deliver your data without delay and within "
            f"{promised} days at the most. We will therefore answer by {due} at the latest."
        )
    elif r.type == "withdrawal":
        when = (
            "A withdrawal of consent takes effect without delay. We will confirm it to you in "
            f"writing by {due} at the latest."
        )
    else:
        when = (
            f"We will answer without undue delay and by {due} at the latest, within the one "
            "month that the General Data Protection Regulation allows."
        )
    steps = [
        *(
            ()
            if identified
            else (
                "First we make sure that the request comes from you. The details we already "
                "hold are usually enough; if we need anything more, we will ask you separately. "
                "We will not ask for a copy of your identity document.",
            )
        ),
        en_step,
        "We will answer you in writing.",
        "If, exceptionally, your request needs more time, we will tell you so, with our "
        "reasons, before the time limit ends.",
    ]
    body = (
        greeting(ctx),
        Paragraph(f"Thank you for contacting us. {got}"),
        request_facts(ctx, ("We will answer by", due)),
        Paragraph(when),
        Heading("What happens next", 2),
        Bullets(tuple(steps)),
        Paragraph("There is no charge for handling your request."),
        contact(ctx),
    )
    return letter_from(ctx, "We have received your data protection request", body)


# -- identification ----------------------------------------------------------------------------


def compose_identification(ctx: LetterContext) -> Letter:
    """What we need to confirm that the request is the person's own (Art. 12(6)), asked in
    proportion: first what we already hold, never a copy of an ID document by default. The
    letter goes to an address we cannot yet trust, so it shows none of the data held."""
    lang = check_language(ctx.language)
    r = ctx.request
    day = date_text(r.received_on, lang)
    due = date_text(r.due, lang)
    email = ctx.controller.contact_email
    if lang == "fi":
        body: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(
                f"Saimme pyyntösi {day}. Jotta emme luovuttaisi tai muuttaisi tietojasi "
                "kenenkään muun pyynnöstä, meidän on varmistettava, että pyyntö tulee sinulta. "
                "Pyynnön mukana saamamme tiedot eivät siihen riittäneet."
            ),
            request_facts(ctx),
            Heading("Mitä tarvitsemme", 2),
            Paragraph("Riittää, että teet yhden seuraavista:"),
            Bullets(
                (
                    f"Lähetä meille viesti osoitteeseen {email} siitä sähköpostiosoitteesta, "
                    f"jonka olet aiemmin antanut meille. Mainitse viestissä viite {r.reference}.",
                    "Kerro asiakasnumerosi ja postiosoite, jonka olet antanut meille.",
                    "Kerro jonkin viime aikoina meiltä saamasi laskun numero ja päivämäärä.",
                )
            ),
            Paragraph(
                "Emme tarvitse kopiota henkilöllisyystodistuksestasi. Jos mikään edellä "
                "mainituista ei onnistu, ota yhteyttä, niin sovimme muun tavan. Voit "
                "esimerkiksi näyttää henkilöllisyystodistuksesi käydessäsi luonamme; emme ota "
                "siitä kopiota emmekä tallenna sen tietoja."
            ),
            Heading("Mitä sen jälkeen tapahtuu", 2),
            Paragraph(
                "Jatkamme pyyntösi käsittelyä heti, kun saamme vastauksesi. Tämä tiedustelu ei "
                f"siirrä määräaikaa: vastaamme pyyntöösi viimeistään {due}. Jos emme siihen "
                "mennessä ole voineet varmistaa henkilöllisyyttäsi, kerromme sinulle, ettemme "
                "voi toteuttaa pyyntöä, ja miksi."
            ),
            Paragraph("Käytämme antamiasi tietoja ainoastaan henkilöllisyytesi varmistamiseen."),
            contact(ctx),
        )
        return letter_from(ctx, "Henkilöllisyytesi varmistaminen", body)
    body = (
        greeting(ctx),
        Paragraph(
            f"We received your request on {day}. So that we do not disclose or change your "
            "data at anyone else's request, we need to confirm that the request comes from "
            "you. The details that came with your request were not enough for this."
        ),
        request_facts(ctx),
        Heading("What we need from you", 2),
        Paragraph("Any one of the following is enough:"),
        Bullets(
            (
                f"Send us a message at {email} from the email address you have given us "
                f"before, quoting the reference {r.reference}.",
                "Tell us your customer number and the postal address you have given us.",
                "Tell us the number and date of an invoice you have recently received from us.",
            )
        ),
        Paragraph(
            "We do not need a copy of your identity document. If none of these is possible, "
            "please contact us and we will agree on another way. For example, you can show "
            "your identity document when visiting our office; we will not copy it or record "
            "its details."
        ),
        Heading("What happens next", 2),
        Paragraph(
            "We will continue with your request as soon as we have your reply. Asking for "
            f"this does not change our time limit: we will answer your request by {due} at "
            "the latest. If by then we have not been able to confirm your identity, we will "
            "tell you that we cannot act on your request, and why."
        ),
        Paragraph("We will use what you tell us only to confirm your identity."),
        contact(ctx),
    )
    return letter_from(ctx, "Confirming your identity", body)


# -- extension ---------------------------------------------------------------------------------


def compose_extension(ctx: LetterContext) -> Letter:
    """Art. 12(3): the answer takes longer; the reasons, the new date, and the day of this
    notice (which must be within the first month). Refuses a request with no extension
    recorded, since the letter would have no date to give."""
    lang = check_language(ctx.language)
    r = ctx.request
    if r.extended_due is None:
        raise ValueError("extension letter: the request has no extended date")
    day = date_text(r.received_on, lang)
    original = date_text(_original_due(r), lang)
    extended = date_text(r.extended_due, lang)
    notice = date_text(r.extension_notice_on or ctx.today, lang)
    promised = _promised_days(r)
    reason = r.extension_reason.strip()
    if lang == "fi":
        body: list[Block] = [
            greeting(ctx),
            Paragraph(
                f"Saimme pyyntösi {day}. Emme valitettavasti pysty vastaamaan siihen "
                f"alkuperäisessä määräajassa, joka päättyy {original}. Jatkamme siksi "
                "vastausaikaa tietosuoja-asetuksen 12 artiklan 3 kohdan nojalla ja vastaamme "
                f"sinulle viimeistään {extended}."
            ),
            request_facts(
                ctx,
                ("Alkuperäinen määräaika", original),
                ("Uusi määräaika", extended),
                ("Ilmoitus annettu", notice),
            ),
            Heading("Miksi tarvitsemme lisäaikaa", 2),
            Paragraph(reason),
            Paragraph(
                "Tietosuoja-asetus sallii vastausajan jatkamisen enintään kahdella kuukaudella, "
                "jos se on tarpeen pyyntöjen monimutkaisuuden ja määrän vuoksi. Jatkamisesta "
                "on ilmoitettava perusteluineen kuukauden kuluessa pyynnön vastaanottamisesta; "
                f"tämä ilmoitus annetaan {notice}."
            ),
        ]
        if promised is not None:
            body.append(
                Paragraph(
                    "Pahoittelemme, ettemme pysty pitämään tietosuojaselosteessamme "
                    f"lupaamaamme {promised} päivän käsittelyaikaa."
                )
            )
        body += [
            Paragraph(
                "Vastaamme heti, kun pyyntösi on käsitelty, mahdollisuuksien mukaan jo ennen "
                "uutta määräaikaa."
            ),
            *remedies(ctx),
            contact(ctx),
        ]
        return letter_from(ctx, "Pyyntösi käsittelyaikaa jatketaan", tuple(body))
    body = [
        greeting(ctx),
        Paragraph(
            f"We received your request on {day}. Unfortunately we cannot answer it within the "
            f"original time limit, which ends on {original}. We are therefore extending the "
            "time limit under Article 12(3) of the General Data Protection Regulation and will "
            f"answer you by {extended} at the latest."
        ),
        request_facts(
            ctx,
            ("Original time limit", original),
            ("New time limit", extended),
            ("Date of this notice", notice),
        ),
        Heading("Why we need more time", 2),
        Paragraph(reason),
        Paragraph(
            "The Regulation allows the time limit to be extended by up to two further months "
            "where necessary, taking into account the complexity and number of requests. We "
            "must tell you of an extension, with our reasons, within one month of receiving "
            f"your request; this notice is given on {notice}."
        ),
    ]
    if promised is not None:
        body.append(
            Paragraph(
                f"We regret that we cannot keep to the {promised} days promised in our privacy "
                "notice."
            )
        )
    body += [
        Paragraph(
            "We will answer as soon as your request has been dealt with, before the new date "
            "if we can."
        ),
        *remedies(ctx),
        contact(ctx),
    ]
    return letter_from(ctx, "Extension of the time to answer your request", tuple(body))


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.RECEIPT.value: compose_receipt,
    LetterKind.IDENTIFICATION.value: compose_identification,
    LetterKind.EXTENSION.value: compose_extension,
}
