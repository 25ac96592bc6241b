"""Letters that tell the outcome of a rectification (Art. 16), a restriction (Art. 18) and its
coming end (Art. 18(3)), an objection (Art. 21) and a consent withdrawal (Art. 7(3))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.customers.objections import UPHELD_ENDS_CONSENTS
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    ObjectionEntry,
    SubjectData,
)
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    recipients_told,
    remedies,
    request_facts,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import Block, Bullets, Heading, Letter, Paragraph, Table
from l4d_desktop.core.letters.kinds import LetterKind
from l4d_desktop.core.letters.words.dates import check_language, date_text, datetime_text
from l4d_desktop.core.letters.words.terms import (
    CUSTOMER_FIELDS,
    OBJECTION_PURPOSES,
    capital,
    join_words,
    words,
)
from l4d_desktop.core.vocabulary import ObjectionOutcome, ObjectionPurpose

# A restriction is lifted no earlier than this many days after the letter's date unless the
# caller names the day: time for the letter to arrive and for the person to answer (Art. 18(3)
# asks only that they are told first; a notice they cannot act on would be an empty one).
LIFT_NOTICE_DAYS = 14


def _office_day(at: dt.datetime) -> dt.date:
    return at.astimezone(OFFICE_ZONE).date() if at.tzinfo else at.date()


def _subject(ctx: LetterContext, kind: str) -> SubjectData:
    """The person's data the letter is written from; a letter of this kind cannot say what was
    done without them, and printing it anyway would tell the person something untrue."""
    if ctx.subject is None:
        raise ValueError(f"{kind} letter: the context holds no data of the person")
    return ctx.subject


def _withdrawn_here(ctx: LetterContext, subject: SubjectData) -> list[ConsentLedgerEntry]:
    """The consents this request ended, oldest first."""
    return [c for c in subject.consents if not c.given and c.request_id == ctx.request.id]


def _purpose_name(entry: ConsentLedgerEntry, language: str) -> str:
    return entry.purpose_fi if language == "fi" else entry.purpose_en


# -- rectification -----------------------------------------------------------------------------


def compose_rectification(ctx: LetterContext) -> Letter:
    """Which data were corrected and when (field names, never the old values), and the
    recipients told under Art. 19."""
    lang = check_language(ctx.language)
    subject = _subject(ctx, "rectification")
    entry = next((r for r in subject.requests if r.id == ctx.request.id), None)
    changes = entry.changed_fields if entry is not None else ()
    rows = tuple(
        (capital(words(CUSTOMER_FIELDS, c.field, lang)), datetime_text(c.changed_at, lang))
        for c in changes
    )
    day = date_text(ctx.request.received_on, lang)
    if lang == "fi":
        intro = (
            f"Saimme {day} pyyntösi oikaista henkilötietojasi. Olemme oikaisseet tietosi "
            "pyyntösi mukaisesti (tietosuoja-asetuksen 16 artikla)."
            if rows
            else f"Saimme {day} pyyntösi oikaista henkilötietojasi. Tarkistimme tietosi: "
            "asiakasrekisterissämme olleet tiedot vastasivat jo pyyntöäsi, joten niihin ei "
            "tarvinnut tehdä muutoksia."
        )
        body: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(intro),
            request_facts(ctx),
            Heading("Mitä muutimme", 2),
            Table(
                ("Tieto", "Muutettu"),
                rows,
                widths=(3, 2),
                empty="Tietoihisi ei tehty muutoksia.",
            ),
            Paragraph(
                "Emme säilytä korvattuja tietoja. Kirjaamme ainoastaan, mitkä tiedot "
                "muuttuivat ja milloin."
            ),
            *recipients_told(ctx, "rectification"),
            Paragraph("Jos huomaat tiedoissasi vielä virheitä, kerro niistä meille."),
            contact(ctx),
        )
        return letter_from(ctx, "Tietosi on oikaistu", body)
    intro = (
        f"On {day} you asked us to rectify your personal data. We have corrected your data as "
        "you asked (Article 16 GDPR)."
        if rows
        else f"On {day} you asked us to rectify your personal data. We have checked your "
        "data: what our customer register held already matched your request, so nothing "
        "needed to be changed."
    )
    body = (
        greeting(ctx),
        Paragraph(intro),
        request_facts(ctx),
        Heading("What we changed", 2),
        Table(
            ("Data", "Changed on"),
            rows,
            widths=(3, 2),
            empty="No changes were made to your data.",
        ),
        Paragraph(
            "We do not keep the values that were replaced. We record only which data changed "
            "and when."
        ),
        *recipients_told(ctx, "rectification"),
        Paragraph("If you notice any other errors in your data, please let us know."),
        contact(ctx),
    )
    return letter_from(ctx, "Your data have been rectified", body)


# -- restriction -------------------------------------------------------------------------------


def _restricted_since(ctx: LetterContext) -> dt.date:
    """The day the restriction took effect as the register has it, else the letter's day."""
    if ctx.subject is not None and ctx.subject.customer.restricted_at is not None:
        return _office_day(ctx.subject.customer.restricted_at)
    return ctx.today


def compose_restriction(ctx: LetterContext) -> Letter:
    """Art. 18: the data are only stored; what that means; told before the restriction is
    lifted; the person's own access is not limited."""
    lang = check_language(ctx.language)
    day = date_text(ctx.request.received_on, lang)
    since = date_text(_restricted_since(ctx), lang)
    if lang == "fi":
        body: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(
                f"Saimme {day} pyyntösi rajoittaa henkilötietojesi käsittelyä. Olemme "
                f"rajoittaneet käsittelyn {since} alkaen (tietosuoja-asetuksen 18 artikla)."
            ),
            request_facts(ctx, ("Rajoitettu", since)),
            Heading("Mitä rajoitus tarkoittaa", 2),
            Bullets(
                (
                    "Tietojasi ainoastaan säilytetään.",
                    "Emme käytä tietojasi markkinointiin, mainonnan kohdentamiseen emmekä "
                    "analysointiin tai tilastointiin.",
                    "Emme siirrä, luovuta tai muuta tietojasi, paitsi siltä osin kuin se on "
                    "tarpeen tämän asian hoitamiseksi.",
                )
            ),
            Paragraph(
                "Muuten tietojasi saa rajoituksen aikana käsitellä vain suostumuksellasi tai "
                "jos se on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai "
                "puolustamiseksi, toisen henkilön oikeuksien suojaamiseksi tai tärkeän "
                "yleisen edun vuoksi (18 artiklan 2 kohta)."
            ),
            Paragraph(
                "Rajoitus ei koske omaa oikeuttasi saada tietosi: voit edelleen pyytää pääsyä "
                "tietoihisi tai niiden siirtämistä toiseen palveluun."
            ),
            Heading("Rajoituksen päättyminen", 2),
            Paragraph(
                "Rajoitus on voimassa, kunnes sen peruste on poistunut. Ilmoitamme sinulle "
                "etukäteen, ennen kuin poistamme rajoituksen."
            ),
            *recipients_told(ctx, "restriction"),
            contact(ctx),
        )
        return letter_from(ctx, "Henkilötietojesi käsittelyä on rajoitettu", body)
    body = (
        greeting(ctx),
        Paragraph(
            f"On {day} you asked us to restrict the processing of your personal data. We "
            f"have restricted it with effect from {since} (Article 18 GDPR)."
        ),
        request_facts(ctx, ("Restricted from", since)),
        Heading("What the restriction means", 2),
        Bullets(
            (
                "Your data are only stored.",
                "We do not use them for marketing, for targeting advertising, or for analysis "
                "or statistics.",
                "We do not export, disclose or change them, except as far as is needed to deal "
                "with this matter.",
            )
        ),
        Paragraph(
            "Otherwise, while the restriction lasts, your data may be processed only with your "
            "consent, for the establishment, exercise or defence of legal claims, for the "
            "protection of the rights of another person, or for reasons of important public "
            "interest (Article 18(2))."
        ),
        Paragraph(
            "The restriction does not limit your own right to your data: you can still ask for "
            "access to them, or for a copy to take to another service."
        ),
        Heading("When the restriction ends", 2),
        Paragraph(
            "The restriction stays in force until the reason for it no longer applies. We will "
            "tell you before we lift it."
        ),
        *recipients_told(ctx, "restriction"),
        contact(ctx),
    )
    return letter_from(ctx, "The processing of your personal data has been restricted", body)


# -- restriction lifted ------------------------------------------------------------------------


def compose_restriction_lifted(
    ctx: LetterContext, lift_on: dt.date | None = None, reason: str = ""
) -> Letter:
    """Art. 18(3): told before the restriction is lifted, from what day and why.

    The context has no field for the day or the reason: `lift_on` defaults to the letter's
    date plus LIFT_NOTICE_DAYS, `reason` to the request's recorded reasons (close_reason), and
    to a plain statement that the ground of the restriction has ended when neither is given.
    """
    lang = check_language(ctx.language)
    lift = date_text(lift_on or ctx.today + dt.timedelta(days=LIFT_NOTICE_DAYS), lang)
    since = date_text(_restricted_since(ctx), lang)
    why = reason.strip() or ctx.request.close_reason.strip()
    if lang == "fi":
        body: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(
                f"Olemme rajoittaneet henkilötietojesi käsittelyä pyynnöstäsi {since} alkaen. "
                "Tietosuoja-asetuksen 18 artiklan 3 kohdan mukaisesti ilmoitamme sinulle "
                f"etukäteen, että poistamme rajoituksen {lift}."
            ),
            request_facts(ctx, ("Rajoitettu", since), ("Rajoitus poistetaan", lift)),
            Heading("Miksi rajoitus poistetaan", 2),
            Paragraph(
                why
                or "Rajoituksen peruste on poistunut: asia, jonka selvittämisen ajaksi "
                "käsittelyä rajoitettiin, on ratkaistu."
            ),
            Heading("Mitä sen jälkeen tapahtuu", 2),
            Paragraph(
                "Rajoituksen poistamisen jälkeen käsittelemme tietojasi jälleen "
                "tietosuojaselosteessamme kerrottuihin tarkoituksiin. Antamasi ja peruuttamasi "
                "suostumukset sekä tekemäsi vastustukset pysyvät voimassa ennallaan."
            ),
            Paragraph(
                "Jos et hyväksy rajoituksen poistamista, ota meihin yhteyttä ennen "
                f"{lift}. Sinulla on myös oikeus vastustaa tietojesi käsittelyä tai pyytää "
                "niiden poistamista."
            ),
            *remedies(ctx),
            contact(ctx),
        )
        return letter_from(ctx, "Ilmoitus käsittelyn rajoituksen poistamisesta", body)
    body = (
        greeting(ctx),
        Paragraph(
            f"At your request we have restricted the processing of your personal data since "
            f"{since}. As Article 18(3) of the General Data Protection Regulation requires, we "
            f"are telling you in advance that we will lift the restriction on {lift}."
        ),
        request_facts(ctx, ("Restricted from", since), ("Restriction lifted on", lift)),
        Heading("Why the restriction is lifted", 2),
        Paragraph(
            why
            or "The reason for the restriction no longer applies: the matter it was put in "
            "place for has been resolved."
        ),
        Heading("What happens then", 2),
        Paragraph(
            "Once the restriction is lifted, we will again process your data for the purposes "
            "described in our privacy notice. The consents you have given or withdrawn and any "
            "objections you have made stay as they are."
        ),
        Paragraph(
            f"If you do not accept that the restriction is lifted, please contact us before "
            f"{lift}. You also have the right to object to the processing of your data or to "
            "ask us to erase them."
        ),
        *remedies(ctx),
        contact(ctx),
    )
    return letter_from(ctx, "Notice: the restriction of processing will be lifted", body)


# -- objection ---------------------------------------------------------------------------------

# The contact details an objection to direct marketing puts on the suppression list, as the
# sentence "we keep a hash of …" names them.
_HASHED = {
    "email": ("sähköpostiosoitteestasi", "your email address"),
    "phone": ("puhelinnumerostasi", "your telephone number"),
}


def _consents_ended(ended: tuple[str, ...], language: str) -> str:
    """The line before the list of the consents an objection ended."""
    if language == "fi":
        if len(ended) == 1:
            return "Samalla päättyi seuraava suostumuksesi:"
        return "Samalla päättyivät seuraavat suostumuksesi:"
    return "This also ended your consent to:"


def _hashed_contacts(ctx: LetterContext, language: str) -> str:
    """Which of the person's email and phone are hashed ("" when neither is held)."""
    if ctx.subject is None:
        return ""
    c = ctx.subject.customer
    held = [code for code, value in (("email", c.email), ("phone", c.phone)) if value.strip()]
    return join_words([words(_HASHED, code, language) for code in held], language)


def _objection_blocks(
    ctx: LetterContext, o: ObjectionEntry, withdrawn: list[ConsentLedgerEntry]
) -> tuple[Block, ...]:
    """What happened to one objection: direct marketing stops for good; other processing
    stops or goes on with its compelling grounds stated; undecided ones get their date."""
    lang = ctx.language
    title = Paragraph(capital(words(OBJECTION_PURPOSES, o.purpose, lang)), "bold")
    when = date_text(_office_day(o.decided_at) if o.decided_at else o.received_on, lang)
    due = date_text(ctx.request.due, lang)
    # Purpose names are the register's own (capitalised), so they go in a list of their own.
    ended = tuple(_purpose_name(c, lang) for c in withdrawn)
    fi = lang == "fi"
    if o.purpose == ObjectionPurpose.DIRECT_MARKETING.value:
        # Absolute (Art. 21(3)): whatever the record's outcome says, it has stopped.
        blocks: list[Block] = [
            title,
            Paragraph(
                f"Lopetimme tietojesi käsittelyn suoramarkkinointia varten heti {when}. Tämä "
                "koskee myös mainonnan kohdentamista. Oikeutesi vastustaa suoramarkkinointia "
                "on ehdoton: emme punnitse sitä omia etujamme vastaan, emmekä käytä tietojasi "
                "suoramarkkinointiin jatkossakaan."
                if fi
                else f"We stopped processing your data for direct marketing at once, on "
                f"{when}. This includes targeted advertising. Your right to object to direct "
                "marketing is absolute: we do not weigh it against our own interests, and we "
                "will not use your data for direct marketing in the future either."
            ),
        ]
        if ended:
            blocks += [
                Paragraph(_consents_ended(ended, lang)),
                Bullets(ended),
            ]
        contacts = _hashed_contacts(ctx, lang)
        if contacts:
            blocks.append(
                Paragraph(
                    "Jotta sinua ei myöhemmin otettaisi vahingossa uudelleen markkinoinnin "
                    "piiriin esimerkiksi uuden osoiteluettelon mukana, säilytämme "
                    f"{contacts} tiivisteen markkinoinnin estolistalla (21 artiklan 3 kohta). "
                    "Tiiviste on yksisuuntainen muunnos: siitä ei voi palauttaa alkuperäistä "
                    "tietoa, mutta sen avulla tunnistamme sen ja jätämme sinut markkinoinnin "
                    "ulkopuolelle. Estolista säilyy, vaikka muut tietosi myöhemmin "
                    "poistettaisiin."
                    if fi
                    else "So that a later import, such as a new mailing list, cannot bring you "
                    f"back into our marketing by mistake, we keep a hash of {contacts} on our "
                    "marketing suppression list (Article 21(3)). A hash is a one-way "
                    "transformation: the original cannot be recovered from it, but it lets us "
                    "recognise it and leave you out of marketing. The suppression list remains "
                    "even if your other data are erased later."
                )
            )
        blocks += [
            Paragraph(
                "Vastustus ei estä asiakassuhteeseen kuuluvaa viestintää, kuten laskuja ja "
                "palveluasi koskevia tiedotteita."
                if fi
                else "Your objection does not stop the messages that belong to the customer "
                "relationship itself, such as invoices and notices about your service."
            ),
        ]
        return tuple(blocks)
    if o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value:
        return (
            title,
            Paragraph(
                f"Arvioimme vastustuksesi {when}. Jatkamme tietojesi käsittelyä tähän "
                "tarkoitukseen, koska siihen on pakottavia oikeutettuja perusteita, jotka ovat "
                "etujasi, oikeuksiasi ja vapauksiasi painavampia (tietosuoja-asetuksen 21 "
                "artiklan 1 kohta). Perusteemme ovat seuraavat:"
                if fi
                else f"We assessed your objection on {when}. We will continue to process your "
                "data for this purpose, because there are compelling legitimate grounds for "
                "it which override your interests, rights and freedoms (Article 21(1) GDPR). "
                "Our grounds are these:"
            ),
            Paragraph(o.outcome_reason.strip()),
            Paragraph(
                "Tältä osin emme siis toteuta pyyntöäsi. Oikeussuojakeinoistasi kerrotaan "
                "jäljempänä."
                if fi
                else "To this extent we are therefore not acting on your request. Your "
                "remedies are set out below."
            ),
        )
    if o.outcome is None:
        return (
            title,
            Paragraph(
                "Arvioimme vielä vastustustasi ja kerromme ratkaisumme perusteluineen "
                f"viimeistään {due}. Voit sillä välin pyytää, että tietojesi käsittelyä "
                "rajoitetaan arvioinnin ajaksi (tietosuoja-asetuksen 18 artiklan 1 kohdan "
                "d alakohta)."
                if fi
                else "We are still assessing your objection and will tell you our decision, "
                f"with its reasons, by {due} at the latest. Meanwhile you may ask us to "
                "restrict the processing of your data while we assess it (Article 18(1)(d) "
                "GDPR)."
            ),
        )
    blocks = [
        title,
        Paragraph(
            f"Hyväksyimme vastustuksesi ja lopetimme tietojesi käsittelyn tähän tarkoitukseen "
            f"{when}."
            if fi
            else f"We accepted your objection and stopped processing your data for this "
            f"purpose on {when}."
        ),
    ]
    if ended:
        blocks += [
            Paragraph(_consents_ended(ended, lang)),
            Bullets(ended),
        ]
    return tuple(blocks)


def compose_objection(ctx: LetterContext) -> Letter:
    """Art. 21: one section per objection the request made; remedies when processing goes
    on despite it (a partial refusal). With none recorded yet, the letter gives the date the
    decision will come by."""
    lang = check_language(ctx.language)
    subject = _subject(ctx, "objection")
    mine = [o for o in subject.objections if o.request_id == ctx.request.id]
    withdrawn = _withdrawn_here(ctx, subject)
    # An upheld objection ends the consents of its own processing (e.g. analytics); every
    # other consent this request ended was ended by the objection to direct marketing.
    upheld_codes = {
        code
        for o in mine
        if o.purpose != ObjectionPurpose.DIRECT_MARKETING.value
        for code in UPHELD_ENDS_CONSENTS.get(o.purpose, ())
    }
    sections: list[Block] = []
    for o in mine:
        if o.purpose == ObjectionPurpose.DIRECT_MARKETING.value:
            own = [c for c in withdrawn if c.purpose_code not in upheld_codes]
        else:
            codes = UPHELD_ENDS_CONSENTS.get(o.purpose, frozenset())
            own = [c for c in withdrawn if c.purpose_code in codes]
        sections += _objection_blocks(ctx, o, own)
    if not mine:
        # Nothing decided yet: the letter says when the decision will come, nothing more.
        due = date_text(ctx.request.due, lang)
        sections.append(
            Paragraph(
                "Käsittelemme vastustustasi ja kerromme ratkaisumme perusteluineen "
                f"viimeistään {due}."
                if lang == "fi"
                else "We are dealing with your objection and will tell you our decision, "
                f"with its reasons, by {due} at the latest."
            )
        )
    refused = any(
        o.outcome == ObjectionOutcome.COMPELLING_GROUNDS.value
        and o.purpose != ObjectionPurpose.DIRECT_MARKETING.value
        for o in mine
    )
    day = date_text(ctx.request.received_on, lang)
    if lang == "fi":
        head: tuple[Block, ...] = (
            greeting(ctx),
            Paragraph(
                f"Saimme {day} pyyntösi, jossa vastustat henkilötietojesi käsittelyä "
                "(tietosuoja-asetuksen 21 artikla). Kerromme alla, miten olemme sen "
                "käsitelleet."
            ),
            request_facts(ctx),
            Heading("Vastustuksesi käsittely", 2),
        )
        subject_line = "Vastaus käsittelyn vastustamista koskevaan pyyntöösi"
    else:
        head = (
            greeting(ctx),
            Paragraph(
                f"On {day} you objected to the processing of your personal data (Article 21 "
                "GDPR). This letter tells you how we have dealt with your objection."
            ),
            request_facts(ctx),
            Heading("How we dealt with your objection", 2),
        )
        subject_line = "Your objection to the processing of your personal data"
    body = (*head, *sections, *(remedies(ctx) if refused else ()), contact(ctx))
    return letter_from(ctx, subject_line, body)


# -- withdrawal --------------------------------------------------------------------------------


def compose_withdrawal(ctx: LetterContext) -> Letter:
    """Art. 7(3): the consents this request withdrew and when; earlier processing stays
    lawful; how to give consent again."""
    lang = check_language(ctx.language)
    subject = _subject(ctx, "withdrawal")
    withdrawn = _withdrawn_here(ctx, subject)
    rows = tuple((capital(_purpose_name(c, lang)), datetime_text(c.at, lang)) for c in withdrawn)
    day = date_text(ctx.request.received_on, lang)
    if lang == "fi":
        if rows:
            done: tuple[Block, ...] = (
                Paragraph(
                    f"Saimme {day} pyyntösi peruuttaa suostumuksesi. Olemme kirjanneet "
                    "peruutuksen, ja se on tullut voimaan."
                ),
                request_facts(ctx),
                Heading("Peruutetut suostumukset", 2),
                Table(("Suostumus", "Peruutettu"), rows, widths=(3, 2)),
                Paragraph(
                    "Lopetamme tietojesi käsittelyn näihin tarkoituksiin. Peruutus ei "
                    "kuitenkaan vaikuta sitä ennen suostumuksesi perusteella tehdyn "
                    "käsittelyn lainmukaisuuteen (tietosuoja-asetuksen 7 artiklan 3 kohta)."
                ),
                Paragraph(
                    "Peruutus koskee vain edellä mainittuja tarkoituksia. Se ei vaikuta "
                    "asiakassuhteeseesi: saat meiltä edelleen esimerkiksi laskut ja "
                    "palveluasi koskevat viestit."
                ),
            )
        else:
            done = (
                Paragraph(
                    f"Saimme {day} pyyntösi peruuttaa suostumuksesi. Tarkistimme "
                    "suostumuksesi: sinulla ei ollut voimassa olevaa suostumusta, jonka olisi "
                    "voinut peruuttaa, joten emme käsittele tietojasi suostumuksen perusteella."
                ),
                request_facts(ctx),
            )
        body = (
            greeting(ctx),
            *done,
            Heading("Suostumuksen antaminen uudelleen", 2),
            Paragraph(
                "Voit antaa suostumuksen uudelleen milloin tahansa, esimerkiksi "
                "verkkosivuillamme tai ottamalla meihin yhteyttä. Uusi suostumus on voimassa "
                "vasta, kun olet itse antanut sen, ja voit peruuttaa sen yhtä helposti."
            ),
            contact(ctx),
        )
        return letter_from(ctx, "Suostumuksesi on peruutettu", body)
    if rows:
        done = (
            Paragraph(
                f"On {day} you asked us to withdraw your consent. We have recorded the "
                "withdrawal, and it has taken effect."
            ),
            request_facts(ctx),
            Heading("Consents withdrawn", 2),
            Table(("Consent", "Withdrawn on"), rows, widths=(3, 2)),
            Paragraph(
                "We will no longer process your data for these purposes. The withdrawal does "
                "not, however, affect the lawfulness of the processing based on your consent "
                "before it was withdrawn (Article 7(3) GDPR)."
            ),
            Paragraph(
                "The withdrawal covers only the purposes above. It does not affect your "
                "customer relationship: you will still receive, for example, invoices and "
                "messages about your service."
            ),
        )
    else:
        done = (
            Paragraph(
                f"On {day} you asked us to withdraw your consent. We have checked your "
                "consents: you had no consent in force that could be withdrawn, so we do not "
                "process your data on the basis of consent."
            ),
            request_facts(ctx),
        )
    body = (
        greeting(ctx),
        *done,
        Heading("Giving your consent again", 2),
        Paragraph(
            "You can give your consent again at any time, for example on our website or by "
            "contacting us. A new consent applies only once you have given it yourself, and "
            "you can withdraw it just as easily."
        ),
        contact(ctx),
    )
    return letter_from(ctx, "Your consent has been withdrawn", body)


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {
    LetterKind.RECTIFICATION.value: compose_rectification,
    LetterKind.RESTRICTION.value: compose_restriction,
    LetterKind.RESTRICTION_LIFTED.value: compose_restriction_lifted,
    LetterKind.OBJECTION.value: compose_objection,
    LetterKind.WITHDRAWAL.value: compose_withdrawal,
}
