"""The access response (Art. 15 GDPR), in Finnish and in English.

What it must contain is LEGAL.md's list "What a complete access response contains"; the letter
follows it section by section so that a reader (or a lawyer) finds each point where expected:

1. confirmation that personal data are processed;
2. a copy of every piece of data held, faithful and intelligible (CJEU C-487/21);
3. the information tailored to this person: purposes and legal bases, categories, recipients
   and transfers, retention, rights, complaint, source, automated decisions;
4. when and why the data were consulted, never by whom (CJEU C-579/21);
5. the machine-readable copy enclosed, with SHA-256 hashes to check it by.

Everything general (purposes, bases, retention, recipients beyond the processors, the statement
on automated decisions) is printed as the processing register says it, never invented here: a
basis not yet confirmed prints as "vahvistamatta" / "to be confirmed".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.bundle import enclosed_files
from l4d_desktop.core.letters.compose.access_copy import copy_section
from l4d_desktop.core.letters.compose.common import (
    contact,
    greeting,
    letter_from,
    received_sentence,
    remedies,
)
from l4d_desktop.core.letters.context import LetterContext
from l4d_desktop.core.letters.document import (
    Block,
    Bullets,
    Heading,
    Letter,
    Paragraph,
    Table,
)
from l4d_desktop.core.letters.words.dates import (
    check_language,
    country_name,
    date_text,
    datetime_text,
)
from l4d_desktop.core.letters.words.terms import (
    CUSTOMER_FIELDS,
    OBJECTION_PURPOSES,
    REQUEST_TYPES,
    words,
)
from l4d_desktop.core.register.processing import ProcessingRegister, Purpose

Words = dict[str, tuple[str, str]]  # code → (Finnish, English)

# The register's texts this letter cannot do without; "transfers" is needed only when a
# processor is outside the EEA (checked where it is used).
REQUIRED_TEXTS = ("data_categories", "recipients", "retention", "automated_decisions")

# Codes that letters/terms.py has no table for (yet); the shared tables are used for the rest.
_BASES: Words = {
    "consent": ("suostumus (6 artiklan 1 kohdan a alakohta)", "consent (Art. 6(1)(a))"),
    "contract": ("sopimus (6 artiklan 1 kohdan b alakohta)", "contract (Art. 6(1)(b))"),
    "legal_obligation": (
        "lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)",
        "legal obligation (Art. 6(1)(c))",
    ),
    "legitimate_interest": (
        "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
        "legitimate interests (Art. 6(1)(f))",
    ),
    "soft_opt_in": (
        "asiakassuhteeseen perustuva markkinointi, jonka voit kieltää milloin tahansa "
        "(sähköisen viestinnän palveluista annetun lain 200 §)",
        "marketing to existing customers, which you may refuse at any time (section 200 of "
        "the Finnish Act on Electronic Communications Services)",
    ),
}
_CONSULTATION_KINDS: Words = {
    "view": ("tietosi avattiin", "your record was opened"),
    "export": ("tietosi vietiin tiedostoon", "your data were exported to a file"),
    "print": ("sinulle laadittiin kirje", "a letter to you was prepared"),
}
_CONSULTATION_PURPOSES: Words = {
    "customer_service": ("asiakaspalvelu", "customer service"),
}
_REQUEST_PURPOSE = re.compile(r"request:(\d+)")


def _t(language: str, fi: str, en: str) -> str:
    return fi if language == "fi" else en


def _w(table: Words, code: str | None, language: str) -> str:
    """The code's words in the letter's language; an unknown code prints as it is stored."""
    return words(table, code, language)


# --- section 3: the information tailored to this person -----------------------------------


def _basis_text(p: Purpose, language: str) -> str:
    bases = ", ".join(_w(_BASES, b, language) for b in p.legal_bases)
    text = bases[:1].upper() + bases[1:]
    note = p.basis_note(language)
    if note:
        text = f"{text}. {note}" if text else note
    if not p.basis_confirmed:
        text += _t(language, " (vahvistamatta)", " (to be confirmed)")
    return text


def _purpose_blocks(
    data: SubjectData, register: ProcessingRegister, language: str
) -> tuple[Block, ...]:
    header = (
        ("Käyttötarkoitus", "Oikeusperuste", "Tiedot", "Säilytysaika")
        if language == "fi"
        else ("Purpose", "Legal basis", "Data used", "Retention")
    )
    rows = tuple(
        (p.name(language), _basis_text(p, language), p.categories(language), p.retention(language))
        for p in register.purposes
    )
    blocks: list[Block] = [
        Heading(
            _t(
                language,
                "Käyttötarkoitukset, oikeusperusteet ja säilytysajat",
                "Purposes, legal bases and retention",
            ),
            2,
        ),
        Paragraph(
            _t(
                language,
                "Käsittelemme tietojasi seuraaviin tarkoituksiin. Oikeusperusteen kohta viittaa "
                "EU:n yleisen tietosuoja-asetuksen 6 artiklaan.",
                "We process your data for the purposes below. The legal bases refer to Article 6 "
                "of the General Data Protection Regulation (GDPR).",
            )
        ),
        Table(
            header,
            rows,
            widths=(3.2, 3.6, 3.6, 3.6),
            empty=_t(
                language,
                "Käsittelyn tarkoituksia ei ole kirjattu.",
                "No purposes of processing are recorded.",
            ),
        ),
    ]
    if any(not p.basis_confirmed for p in register.purposes):
        blocks.append(
            Paragraph(
                _t(
                    language,
                    "Merkintä ”vahvistamatta” tarkoittaa, että oikeusperusteen arviointimme on "
                    "vielä kesken. Kerromme sinulle, jos vahvistettu peruste poikkeaa tästä.",
                    "“To be confirmed” means that our assessment of the legal basis is not yet "
                    "complete. We will tell you if the confirmed basis differs from the one "
                    "shown.",
                ),
                "small",
            )
        )
    blocks.extend(_tailored_processing(data, language))
    retention = register.text("retention", language)
    blocks.append(Paragraph(retention))
    return tuple(blocks)


def _tailored_processing(data: SubjectData, language: str) -> list[Block]:
    """What the person's own choices change in the table above: a restriction, objections."""
    out: list[Block] = []
    c = data.customer
    if c.restricted:
        out.append(
            Paragraph(
                _t(
                    language,
                    "Olet pyytänyt rajoittamaan tietojesi käsittelyä. Siksi vain säilytämme "
                    "tietojasi emmekä käytä niitä muuhun kuin pyyntösi käsittelyyn, ennen kuin "
                    "rajoitus päättyy. Kerromme sinulle ennen kuin rajoitus poistetaan.",
                    "You asked us to restrict the processing of your data. We therefore only "
                    "store them and use them for nothing but handling your request until the "
                    "restriction ends. We will tell you before the restriction is lifted.",
                )
            )
        )
    for o in data.objections:
        purpose = _w(OBJECTION_PURPOSES, o.purpose, language)
        if o.outcome in ("stopped", "upheld"):
            out.append(
                Paragraph(
                    _t(
                        language,
                        f"Koska vastustit käsittelyä ({purpose}), emme enää käsittele "
                        "tietojasi siihen tarkoitukseen.",
                        f"Following your objection we do not process your data for {purpose}.",
                    )
                )
            )
        elif o.outcome == "compelling_grounds":
            out.append(
                Paragraph(
                    _t(
                        language,
                        f"Vastalauseestasi huolimatta jatkamme käsittelyä ({purpose}) "
                        "kohdassa 2 kerrotuista painavista syistä.",
                        f"Despite your objection we continue processing for {purpose} on the "
                        "compelling grounds given in section 2.",
                    )
                )
            )
    return out


def _category_blocks(
    data: SubjectData, register: ProcessingRegister, language: str
) -> tuple[Block, ...]:
    c = data.customer
    filled = [
        words(CUSTOMER_FIELDS, code, language)
        for code, value in (
            ("customer_number", c.customer_number),
            ("name", c.name),
            ("email", c.email),
            ("phone", c.phone),
            ("street", c.street),
            ("postal_code", c.postal_code),
            ("city", c.city),
            ("country", c.country),
            ("company", c.company),
            ("business_id", c.business_id),
            ("language", c.language),
        )
        if value
    ]
    items = [
        _t(language, "yhteys- ja asiakastiedot: ", "contact and customer details: ")
        + ", ".join(filled)
    ]
    counted = (
        (len(data.consents), "suostumusmerkintöjä", "consent records"),
        (len(data.objections), "vastalauseita", "objections"),
        (len(data.web_events), "teknisiä tietoja käynneistä", "technical data of visits"),
        (len(data.invoices), "laskuja", "invoices"),
        (len(data.requests), "pyyntöjä", "requests"),
    )
    for n, fi, en in counted:
        if n:
            items.append(_t(language, f"{fi} ({n} kpl)", f"{en} ({n})"))
    if data.customer.notes:
        items.append(_t(language, "muistiinpanoja", "notes"))
    return (
        Heading(_t(language, "Sinusta käsiteltävät tiedot", "The data we process about you"), 2),
        Paragraph(
            _t(
                language,
                "Sinusta on rekisterissämme seuraavia tietoja (sisältö kohdassa 2):",
                "Our register holds the following kinds of data about you (in full in section 2):",
            )
        ),
        Bullets(tuple(items)),
        Paragraph(register.text("data_categories", language)),
    )


def _recipient_blocks(
    data: SubjectData, register: ProcessingRegister, language: str
) -> tuple[Block, ...]:
    header = (
        ("Vastaanottaja", "Tehtävä", "Maa", "Siirto")
        if language == "fi"
        else ("Recipient", "Role", "Country", "Transfer")
    )
    inside = _t(language, "EU/ETA-alueella", "within the EU/EEA")
    outside = _t(language, "EU/ETA-alueen ulkopuolelle", "outside the EU/EEA")
    rows = tuple(
        (r.name, r.role, country_name(r.country, language), inside if r.in_eea else outside)
        for r in data.recipients
    )
    blocks: list[Block] = [
        Heading(_t(language, "Tietojen vastaanottajat", "Recipients of the data"), 2),
        Paragraph(
            _t(
                language,
                "Seuraavat yritykset käsittelevät tietoja puolestamme ja ohjeidemme mukaan "
                "(henkilötietojen käsittelijät):",
                "The following companies process data on our behalf and on our instructions "
                "(processors):",
            )
        ),
        Table(
            header,
            rows,
            widths=(3.6, 4.6, 2.4, 3.4),
            empty=_t(
                language,
                "Emme käytä henkilötietojen käsittelijöitä.",
                "We use no processors.",
            ),
        ),
    ]
    if any(not r.in_eea for r in data.recipients):
        blocks.append(Paragraph(register.text("transfers", language)))
    blocks.append(Paragraph(register.text("recipients", language)))
    return tuple(blocks)


def _rights_blocks(language: str) -> tuple[Block, ...]:
    if language == "fi":
        items = (
            "Oikeus tietojen oikaisemiseen (16 artikla): voit pyytää korjaamaan virheelliset "
            "ja täydentämään puutteelliset tietosi.",
            "Oikeus tietojen poistamiseen (17 artikla): voit pyytää poistamaan tietosi. Tietoja, "
            "jotka laki velvoittaa säilyttämään, kuten laskuja kirjanpitolain mukaan, emme voi "
            "poistaa ennen säilytysajan päättymistä.",
            "Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain "
            "säilytetään esimerkiksi sen ajan, kun selvitämme niiden oikeellisuutta.",
            "Oikeus vastustaa käsittelyä (21 artikla): voit vastustaa käsittelyä, joka perustuu "
            "oikeutettuun etuumme. Suoramarkkinoinnin, myös mainonnan kohdentamisen, voit "
            "kieltää milloin tahansa, ja se lopetetaan heti.",
            "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): saat antamasi tiedot "
            "koneellisesti luettavassa muodossa ja voit pyytää siirtämään ne suoraan toiselle "
            "rekisterinpitäjälle, kun se on teknisesti mahdollista.",
            "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi "
            "milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä "
            "ennen tehdyn käsittelyn lainmukaisuuteen.",
        )
        after = (
            "Voit käyttää oikeuksiasi ottamalla meihin yhteyttä kirjeen lopussa olevilla "
            "yhteystiedoilla. Pyyntöjen käsittely on maksutonta."
        )
        return (Heading("Oikeutesi", 2), Bullets(items), Paragraph(after))
    items = (
        "Rectification (Article 16): you may ask us to correct inaccurate data and to complete "
        "incomplete data.",
        "Erasure (Article 17): you may ask us to erase your data. Data that the law requires us "
        "to keep, such as invoices under the Finnish Accounting Act, cannot be erased before "
        "the end of that period.",
        "Restriction (Article 18): you may ask us only to store your data, for example while "
        "we check whether they are accurate.",
        "Objection (Article 21): you may object to processing based on our legitimate "
        "interests. You may object to direct marketing, including targeted advertising, at any "
        "time, and it stops at once.",
        "Data portability (Article 20): you may receive the data you provided in a "
        "machine-readable form and ask us to send them directly to another controller where "
        "technically feasible.",
        "Withdrawal of consent (Article 7(3)): you may withdraw a consent at any time, as "
        "easily as you gave it. Withdrawal does not affect the lawfulness of processing before "
        "it.",
    )
    after = (
        "To exercise these rights, please contact us using the details at the end of this "
        "letter. Handling your requests is free of charge."
    )
    return (Heading("Your rights", 2), Bullets(items), Paragraph(after))


def _source_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    s = data.source
    if s.code == "registry":
        named = f": {s.name}" if s.name else ""
        first = _t(
            language,
            f"Yhteystietosi on saatu suostumuksellasi rekisteristä{named}.",
            f"Your contact details were obtained, with your consent, from a registry{named}.",
        )
    elif s.code == "third_party":
        named = f": {s.name}" if s.name else ""
        first = _t(
            language,
            f"Yhteystietosi on saatu suostumuksellasi kolmannelta osapuolelta{named}.",
            f"Your contact details were obtained, with your consent, from a third party{named}.",
        )
    else:
        first = _t(
            language,
            "Olet antanut yhteys- ja asiakastietosi meille itse.",
            "You gave us your contact and customer details yourself.",
        )
    parts = [first]
    if data.consents or data.objections or data.requests:
        parts.append(
            _t(
                language,
                "Suostumukset, vastalauseet ja pyynnöt olemme saaneet sinulta.",
                "Your consents, objections and requests came from you.",
            )
        )
    if data.web_events:
        parts.append(
            _t(
                language,
                "Tekniset tiedot on kerätty, kun käytit verkkosivustoamme.",
                "The technical data were collected when you used our web site.",
            )
        )
    if data.invoices:
        parts.append(
            _t(
                language,
                "Laskut olemme laatineet itse asiakassuhteemme perusteella.",
                "We drew up the invoices ourselves in the course of our customer relationship.",
            )
        )
    return (
        Heading(_t(language, "Mistä tiedot on saatu", "Where the data came from"), 2),
        Paragraph(" ".join(parts)),
    )


def _information_section(
    ctx: LetterContext, data: SubjectData, register: ProcessingRegister
) -> tuple[Block, ...]:
    language = ctx.language
    return (
        Heading(
            _t(
                language,
                "3 Miten ja miksi tietojasi käsitellään",
                "3 How and why we process your data",
            )
        ),
        *_purpose_blocks(data, register, language),
        *_category_blocks(data, register, language),
        *_recipient_blocks(data, register, language),
        *_source_blocks(data, language),
        Heading(
            _t(
                language,
                "Automaattinen päätöksenteko ja profilointi",
                "Automated decision-making and profiling",
            ),
            2,
        ),
        Paragraph(register.text("automated_decisions", language)),
        *_rights_blocks(language),
        *remedies(ctx),
    )


# --- section 4: when and why the data were consulted --------------------------------------


def _consultation_purpose(purpose: str, ctx: LetterContext, data: SubjectData) -> str:
    language = ctx.language
    match = _REQUEST_PURPOSE.fullmatch(purpose)
    if match is None:
        return _w(_CONSULTATION_PURPOSES, purpose, language)
    request_id = int(match.group(1))
    if request_id == ctx.request.id:
        return _t(
            language,
            f"tämän pyyntösi käsittely ({ctx.request.reference})",
            f"handling this request ({ctx.request.reference})",
        )
    for r in data.requests:
        if r.id == request_id:
            kind = _w(REQUEST_TYPES, r.type, language).lower()
            day = date_text(r.received_on, language)
            return _t(
                language,
                f"pyyntösi käsittely: {kind}, saapui {day}",
                f"handling your request: {kind}, received {day}",
            )
    return _t(language, "pyynnön käsittely", "handling a request")


def _consultation_section(ctx: LetterContext, data: SubjectData) -> tuple[Block, ...]:
    language = ctx.language
    header = ("Aika", "Mitä tehtiin", "Miksi") if language == "fi" else ("Time", "What", "Why")
    rows = tuple(
        (
            datetime_text(c.at, language),
            _w(_CONSULTATION_KINDS, c.kind, language),
            _consultation_purpose(c.purpose, ctx, data),
        )
        for c in data.consultations
    )
    return (
        Heading(
            _t(
                language,
                "4 Milloin ja miksi tietojasi on käsitelty",
                "4 When and why your data were consulted",
            )
        ),
        Paragraph(
            _t(
                language,
                "Rekisterimme kirjaa lokiin jokaisen kerran, kun asiakastietosi avataan tai "
                "viedään tiedostoon, ja sen syyn. Kirjaukset ovat alla, vanhin ensin.",
                "Our register logs every time your record is opened or exported, and why. The "
                "entries are below, oldest first.",
            )
        ),
        Table(
            header,
            rows,
            widths=(3.0, 3.6, 6.0),
            empty=_t(
                language,
                "Lokissa ei ole merkintöjä tietojesi käsittelystä.",
                "The log holds no entries of your data being consulted.",
            ),
        ),
    )


# --- the letter ---------------------------------------------------------------------------


def _check_register(
    register: ProcessingRegister | None, data: SubjectData, language: str
) -> ProcessingRegister:
    """The register must say everything the letter prints from it, in the letter's language: a
    letter that silently left out the retention or the recipients would not be a complete
    answer. The pääkäyttäjä writes the missing texts; the codes name them (no personal data)."""
    if register is None:
        raise BusinessRuleError("letter_register_incomplete", texts="all")
    needed = list(REQUIRED_TEXTS)
    if any(not r.in_eea for r in data.recipients):
        needed.append("transfers")
    missing = [k for k in needed if not register.text(k, language).strip()]
    if missing:
        raise BusinessRuleError("letter_register_incomplete", texts=", ".join(missing))
    return register


def _no_data_body(ctx: LetterContext) -> tuple[Block, ...]:
    """The answer when nothing is held about the person (Art. 15(1): the confirmation is then
    that no data are processed)."""
    language = ctx.language
    return (
        greeting(ctx),
        Paragraph(received_sentence(ctx)),
        Heading(_t(language, "1 Vahvistus", "1 Confirmation")),
        Paragraph(
            _t(
                language,
                f"Tarkistimme asiakasrekisterimme ({ctx.controller.register_name}). Emme "
                "käsittele sinua koskevia henkilötietoja. Ainoa tieto sinusta on tämä pyyntö, "
                "jonka säilytämme sen käsittelyn osoittamiseksi.",
                f"We have checked our customer register ({ctx.controller.register_name}). We do "
                "not process personal data about you. The only record of you is this request, "
                "which we keep to show how it was handled.",
            )
        ),
        *remedies(ctx),
        contact(ctx),
    )


def subject_line(language: str) -> str:
    return _t(
        language,
        "Vastaus tietopyyntöösi (tarkastusoikeus, tietosuoja-asetuksen 15 artikla)",
        "Your request for access to your personal data (Article 15 GDPR)",
    )


def compose(ctx: LetterContext) -> Letter:
    """The access response to ctx.request, from ctx.subject, ctx.register and ctx.bundle."""
    language = check_language(ctx.language)
    data = ctx.subject
    if data is None or not data.processed:
        return letter_from(ctx, subject_line(language), _no_data_body(ctx))
    register = _check_register(ctx.register, data, language)
    body: list[Block] = [
        greeting(ctx),
        Paragraph(
            received_sentence(ctx)
            + _t(
                language,
                " Pyysit saada tietää, mitä henkilötietoja sinusta käsittelemme. Vastaamme "
                "tässä kirjeessä kaikkiin kysymyksiin, joihin tietosuoja-asetuksen 15 artikla "
                "antaa sinulle oikeuden saada vastauksen.",
                " You asked which personal data about you we process. This letter answers "
                "everything Article 15 of the General Data Protection Regulation (GDPR) entitles "
                "you to know.",
            )
        ),
        Heading(_t(language, "1 Vahvistus", "1 Confirmation")),
        Paragraph(
            _t(
                language,
                f"Vahvistamme, että {ctx.controller.name} käsittelee sinua koskevia "
                f"henkilötietoja asiakasrekisterissään ({ctx.controller.register_name}).",
                f"We confirm that {ctx.controller.name} processes personal data about you in "
                f"its customer register ({ctx.controller.register_name}).",
            )
        ),
        *copy_section(data, language),
        *_information_section(ctx, data, register),
        *_consultation_section(ctx, data),
        Heading(
            _t(
                language,
                "5 Tietosi koneellisesti luettavassa muodossa",
                "5 Your data in machine-readable form",
            )
        ),
        Paragraph(
            _t(
                language,
                "Liitteenä ovat samat tiedot myös koneellisesti luettavassa, yleisesti "
                "käytössä olevassa muodossa: kaikki tiedot yhtenä JSON-tiedostona, kukin "
                "tietolaji omana CSV-tiedostonaan (UTF-8, avautuu taulukkolaskentaohjelmaan) "
                "sekä LUEMINUT-tiedosto, joka kertoo jokaisen tiedoston ja kentän merkityksen. "
                "Tiedostoissa ajat ovat UTC-aikaa.",
                "The same data are enclosed in a machine-readable, commonly used form: all of "
                "it in one JSON file, each kind of data in a CSV file of its own (UTF-8, opens "
                "in a spreadsheet), and a README file that explains every file and field. "
                "Times in the files are in UTC.",
            )
        ),
        *enclosed_files(ctx),
        Paragraph(
            _t(
                language,
                "Tämä vastaus liitteineen on maksuton. Jos pyydät lisää jäljennöksiä, voimme "
                "periä niistä kohtuullisen maksun.",
                "This answer and its enclosures are free of charge. For further copies we may "
                "charge a reasonable fee.",
            )
        ),
        contact(ctx),
    ]
    return letter_from(ctx, subject_line(language), tuple(body), enclosures=_enclosures(ctx))


def _enclosures(ctx: LetterContext) -> tuple[str, ...]:
    """One line for the files: section 5 lists them one by one with their hashes."""
    n = len(ctx.bundle)
    if n == 0:
        return ()
    return (
        _t(
            ctx.language,
            f"Tietosi koneellisesti luettavassa muodossa, {n} tiedostoa (luettelo kohdassa 5)",
            f"Your data in machine-readable form, {n} files (listed in section 5)",
        ),
    )


COMPOSERS: dict[str, Callable[[LetterContext], Letter]] = {"access": compose}
