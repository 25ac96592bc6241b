"""Section 2 of the access response (Art. 15(3) GDPR): a copy of every piece of data held
about the person, faithful and intelligible (CJEU C-487/21), in Finnish and in English.

The customer record field by field, the consent ledger with its history, objections, the
technical web events (the one table that may run to hundreds of pages: compact columns, the
long browser strings once in a key of their own), invoices, requests and the notes, which are
held back while they await a review for other people's data (Art. 15(4)). Every value is
printed in full as plain text; an empty part says so in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import phonenumbers

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.customers.phone_numbers import display_phone
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    ObjectionEntry,
    RequestEntry,
    SubjectCustomer,
    SubjectData,
)
from l4d_desktop.core.letters.document import Block, Facts, Heading, Paragraph, Table
from l4d_desktop.core.letters.words.dates import country_name, date_text, datetime_text, money_text
from l4d_desktop.core.letters.words.terms import (
    CHANNELS,
    CUSTOMER_FIELDS,
    IDENTITY_METHODS,
    OBJECTION_OUTCOMES,
    OBJECTION_PURPOSES,
    REFUSAL_BASES,
    REQUEST_TYPES,
    capital,
    words,
)

Words = dict[str, tuple[str, str]]  # code → (Finnish, English)

# Codes that letters/terms.py has no table for (yet); the shared tables are used for the rest.
_CONSENT_METHODS: Words = {
    "web_form": ("verkkolomake", "web form"),
    "email": ("sähköposti", "email"),
    "letter": ("kirje", "letter"),
    "phone": ("puhelin", "phone"),
    "in_person": ("henkilökohtaisesti", "in person"),
    "import": ("siirretty tiedostosta", "transferred from a file"),
    "objection": ("päättyi vastalauseeseesi", "ended by your objection"),
    "other": ("muu tapa", "other"),
}
_STATUSES: Words = {
    "received": ("vastaanotettu", "received"),
    "identity_check": ("henkilöllisyyden varmistus", "confirming your identity"),
    "in_progress": ("käsittelyssä", "being handled"),
    "completed": ("toteutettu", "completed"),
    "refused": ("evätty", "refused"),
    "withdrawn": ("peruit pyynnön", "withdrawn by you"),
}
# Labels of the customer record's own flags and times (the fields are terms.CUSTOMER_FIELDS).
_RECORD_LABELS: Words = {
    "restricted": ("käsittelyn rajoitus", "restriction of processing"),
    "created_at": ("tallennettu rekisteriin", "added to the register"),
    "updated_at": ("viimeksi muutettu", "last changed"),
}
_LANGUAGE_NAMES: Words = {"fi": ("suomi", "Finnish"), "en": ("englanti", "English")}


def _w(table: Words, code: str | None, language: str) -> str:
    """The code's words in the letter's language; an unknown code prints as it is stored."""
    return words(table, code, language)


def _field(code: str, language: str) -> str:
    """A field of the customer record as a label: "Sähköpostiosoite" / "Email address"."""
    table = CUSTOMER_FIELDS if code in CUSTOMER_FIELDS else _RECORD_LABELS
    return capital(words(table, code, language))


def _t(language: str, fi: str, en: str) -> str:
    return fi if language == "fi" else en


def _moment(at: dt.datetime | None, language: str) -> str:
    return datetime_text(at, language) if at is not None else ""


# --- the technical web events: the one table that may run to hundreds of pages ------------


def event_time(at: dt.datetime, language: str) -> str:
    """A compact, second-exact time in the office's zone: "3.1.2025 14.05.07" in Finnish,
    "2025-01-03 14:05:07" in English (the long English date would double the column)."""
    local = at.astimezone(OFFICE_ZONE) if at.tzinfo else at
    if language == "fi":
        return (
            f"{local.day}.{local.month}.{local.year} "
            f"{local.hour:02d}.{local.minute:02d}.{local.second:02d}"
        )
    return local.strftime("%Y-%m-%d %H:%M:%S")


def web_event_header(language: str) -> tuple[str, ...]:
    if language == "fi":
        return ("Aika", "Sivu, linkki, mainos", "IP-osoite", "Mistä tulit", "Laite")
    return ("Time", "Page, link, banner", "IP address", "Came from", "Device")


# Weights sized for the letter's 8-point cells across about 470 points: a time and an IPv4
# address just fit one line, the device code and its heading fit; the rest goes to the page and
# the referrer, the texts that wrap. With 10 000 rows every wrapped line is pages more.
WEB_EVENT_WIDTHS = (84.0, 118.0, 70.0, 163.0, 33.0)


def device_keys(events: Iterable[WebEventRecord], language: str) -> dict[str, str]:
    """A short key per distinct browser and device string ("L1", "L2"… / "D1"…), in order of
    first appearance. The strings are long and repeat on nearly every row: printed once in a
    key of their own, the table stays readable and nothing of them is cut."""
    prefix = _t(language, "L", "D")
    keys: dict[str, str] = {}
    for e in events:
        if e.user_agent and e.user_agent not in keys:
            keys[e.user_agent] = f"{prefix}{len(keys) + 1}"
    return keys


def web_event_rows(
    events: Iterable[WebEventRecord], language: str, keys: dict[str, str] | None = None
) -> tuple[tuple[str, ...], ...]:
    """One row per event, oldest first, every stored value in full (the device by its key)."""
    events = tuple(events)
    if keys is None:
        keys = device_keys(events, language)
    link = _t(language, "linkki: ", "link: ")
    banner = _t(language, "mainos: ", "banner: ")
    rows = []
    for e in events:
        what = e.page
        if e.link:
            what += f"\n{link}{e.link}"
        if e.banner:
            what += f"\n{banner}{e.banner}"
        rows.append(
            (event_time(e.at, language), what, e.ip, e.referrer, keys.get(e.user_agent, ""))
        )
    return tuple(rows)


# --- section 2: the copy of the data ------------------------------------------------------


def _customer_facts(c: SubjectCustomer, data: SubjectData, language: str) -> Facts:
    none = _t(language, "(ei tallennettu)", "(not recorded)")

    def label(code: str) -> str:
        return _field(code, language)

    rows = (
        (label("customer_number"), c.customer_number),
        (label("name"), c.name),
        (label("email"), c.email),
        (label("phone"), _phone(c.phone)),
        (label("street"), c.street),
        (label("postal_code"), c.postal_code),
        (label("city"), c.city),
        (label("country"), country_name(c.country, language) if c.country else ""),
        (label("company"), c.company),
        (label("business_id"), c.business_id),
        (label("language"), _w(_LANGUAGE_NAMES, c.language, language)),
        (label("source"), _source_value(data, language)),
        (label("restricted"), _restriction(c, language)),
        (label("created_at"), datetime_text(c.created_at, language)),
        (label("updated_at"), datetime_text(c.updated_at, language)),
    )
    return Facts(tuple((k, v or none) for k, v in rows))


def _phone(e164: str) -> str:
    """Grouped for reading; a stored number the library cannot parse prints as stored."""
    if not e164:
        return ""
    try:
        return display_phone(e164)
    except phonenumbers.NumberParseException:
        return e164


def _restriction(c: SubjectCustomer, language: str) -> str:
    if not c.restricted:
        return _t(language, "ei rajoitettu", "not restricted")
    if c.restricted_at is None:
        return _t(language, "rajoitettu pyynnöstäsi", "restricted at your request")
    day = date_text(c.restricted_at.astimezone(OFFICE_ZONE).date(), language)
    return _t(
        language,
        f"rajoitettu pyynnöstäsi {day} alkaen",
        f"restricted at your request since {day}",
    )


def _source_value(data: SubjectData, language: str) -> str:
    s = data.source
    if s.code == "registry":
        base = _t(language, "rekisteri", "a registry")
    elif s.code == "third_party":
        base = _t(language, "kolmas osapuoli", "a third party")
    else:
        return _t(language, "itse antamasi", "given by you")
    return f"{base}: {s.name}" if s.name else base


def _consent_purpose(e: ConsentLedgerEntry, language: str) -> str:
    return (e.purpose_fi if language == "fi" else e.purpose_en) or e.purpose_code


def _consent_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    header = (
        ("Käyttötarkoitus", "Annettu vai peruttu", "Milloin", "Miten", "Selosteen versio")
        if language == "fi"
        else ("Purpose", "Given or withdrawn", "When", "How", "Notice version")
    )
    given, withdrawn = _t(language, "annettu", "given"), _t(language, "peruttu", "withdrawn")
    rows = tuple(
        (
            _consent_purpose(e, language),
            given if e.given else withdrawn,
            datetime_text(e.at, language),
            _w(_CONSENT_METHODS, e.method, language),
            e.notice_version,
        )
        for e in data.consents
    )
    blocks: list[Block] = [
        Heading(_t(language, "Suostumukset", "Consents"), 2),
        Table(
            header,
            rows,
            widths=(4.0, 2.0, 2.8, 2.4, 1.6),
            empty=_t(
                language,
                "Rekisterissä ei ole sinulta saatuja suostumuksia eikä niiden peruutuksia.",
                "The register holds no consent given or withdrawn by you.",
            ),
        ),
    ]
    if data.consents:
        # The ledger is a history; the person also wants to know where things stand today.
        latest: dict[str, ConsentLedgerEntry] = {}
        for e in data.consents:
            latest[e.purpose_code] = e
        current = [_consent_purpose(e, language) for e in latest.values() if e.given]
        if current:
            blocks.append(
                Paragraph(
                    _t(
                        language,
                        "Voimassa olevat suostumuksesi: " + "; ".join(current) + ".",
                        "Your consents in force: " + "; ".join(current) + ".",
                    )
                )
            )
        else:
            blocks.append(
                Paragraph(
                    _t(
                        language,
                        "Sinulla ei ole tällä hetkellä voimassa olevia suostumuksia.",
                        "You have no consent in force at present.",
                    )
                )
            )
    return tuple(blocks)


def _objection_outcome(o: ObjectionEntry, language: str) -> str:
    if o.outcome is None:
        return _t(language, "ratkaisematta", "not yet decided")
    text = _w(OBJECTION_OUTCOMES, o.outcome, language)
    return f"{text}: {o.outcome_reason}" if o.outcome_reason else text


def _objection_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    header = (
        ("Käsittely, jota vastustit", "Saapui", "Perustelusi", "Ratkaisu", "Ratkaistu")
        if language == "fi"
        else ("Processing objected to", "Received", "Your reasons", "Decision", "Decided")
    )
    rows = tuple(
        (
            _w(OBJECTION_PURPOSES, o.purpose, language),
            date_text(o.received_on, language),
            o.reason,
            _objection_outcome(o, language),
            _moment(o.decided_at, language),
        )
        for o in data.objections
    )
    return (
        Heading(_t(language, "Vastalauseet", "Objections"), 2),
        Table(
            header,
            rows,
            widths=(3.0, 1.8, 3.2, 3.4, 2.4),
            empty=_t(
                language,
                "Et ole vastustanut tietojesi käsittelyä.",
                "You have not objected to the processing of your data.",
            ),
        ),
    )


def _web_event_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    n = len(data.web_events)
    heading = Heading(
        _t(language, "Tekniset tiedot käynneistäsi", "Technical data of your visits"), 2
    )
    if n == 0:
        return (
            heading,
            Table(
                web_event_header(language),
                (),
                empty=_t(
                    language,
                    "Rekisterissä ei ole teknisiä tietoja käynneistäsi verkkosivustollamme.",
                    "The register holds no technical data of visits to our web site.",
                ),
            ),
        )
    keys = device_keys(data.web_events, language)
    intro = _t(
        language,
        f"Verkkosivustomme on tallentanut käynneistäsi {n} tapahtumaa, vanhin ensin. Ajat "
        "ovat Suomen aikaa. Laitesarakkeen tunnus viittaa selaimen ja laitteen tietoihin, "
        "jotka ovat taulukon jälkeen kokonaisuudessaan.",
        f"Our web site recorded {n} events of your visits, oldest first. Times are Finnish "
        "time. The code in the device column stands for the browser and device data, given in "
        "full after the table.",
    )
    blocks: list[Block] = [
        heading,
        Paragraph(intro),
        Table(
            web_event_header(language),
            web_event_rows(data.web_events, language, keys),
            widths=WEB_EVENT_WIDTHS,
        ),
    ]
    if keys:
        blocks.append(
            Table(
                (
                    ("Tunnus", "Selaimen ja laitteen tiedot")
                    if language == "fi"
                    else ("Code", "Browser and device data")
                ),
                tuple((code, agent) for agent, code in keys.items()),
                widths=(1.0, 13.0),
            )
        )
    return tuple(blocks)


def _invoice_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    header = (
        ("Laskun numero", "Päivä", "Summa", "Maksettu", "Ostaja ja laskutusosoite")
        if language == "fi"
        else ("Invoice number", "Date", "Amount", "Paid", "Buyer and billing address")
    )
    yes, no = _t(language, "kyllä", "yes"), _t(language, "ei", "no")
    rows = tuple(
        (
            i.invoice_number,
            date_text(i.invoice_date, language),
            money_text(i.amount_cents, language),
            yes if i.paid else no,
            "\n".join(x for x in (i.buyer_name, i.billing_address) if x),
        )
        for i in data.invoices
    )
    return (
        Heading(_t(language, "Laskut", "Invoices"), 2),
        Table(
            header,
            rows,
            widths=(2.4, 2.2, 2.0, 1.4, 5.0),
            empty=_t(
                language,
                "Rekisterissä ei ole sinulle lähetettyjä laskuja.",
                "The register holds no invoices sent to you.",
            ),
        ),
    )


def _request_handling(r: RequestEntry, language: str) -> str:
    """Status and what happened along the way, in the order it happened."""
    lines = [_w(_STATUSES, r.status, language)]
    if r.identified_at is not None:
        how = _w(IDENTITY_METHODS, r.identity_method, language)
        when = date_text(r.identified_at.astimezone(OFFICE_ZONE).date(), language)
        lines.append(
            _t(language, f"henkilöllisyys varmistettu {when}", f"identity confirmed {when}")
            + (f" ({how})" if how else "")
        )
    for p in r.pauses:
        start = date_text(p.started_at.astimezone(OFFICE_ZONE).date(), language)
        end = date_text(p.ended_at.astimezone(OFFICE_ZONE).date(), language) if p.ended_at else ""
        span = f"{start}–{end}" if end else _t(language, f"{start} alkaen", f"since {start}")
        lines.append(
            _t(language, f"odotti vastaustasi {span}", f"waiting for your reply {span}")
            + (f": {p.reason}" if p.reason else "")
        )
    if r.extended_due is not None:
        day = date_text(r.extended_due, language)
        lines.append(
            _t(language, f"määräaikaa jatkettu {day} asti", f"time extended to {day}")
            + (f": {r.extension_reason}" if r.extension_reason else "")
        )
    for f in r.changed_fields:
        day = date_text(f.changed_at.astimezone(OFFICE_ZONE).date(), language)
        field = words(CUSTOMER_FIELDS, f.field, language)
        lines.append(_t(language, f"korjattu {day}: {field}", f"corrected {day}: {field}"))
    if r.status == "refused":
        # The basis as a whole sentence with its article, then the reasons as written.
        lines.extend(
            x for x in (_w(REFUSAL_BASES, r.refusal_basis, language), r.refusal_reason) if x
        )
    return "\n".join(lines)


def _request_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    header = (
        ("Pyyntö", "Saapui", "Käsittely", "Päättyi", "Pyytäjä ja viesti")
        if language == "fi"
        else ("Request", "Received", "Handling", "Closed", "Requester and message")
    )
    rows = []
    for r in data.requests:
        received = date_text(r.received_on, language)
        channel = _w(CHANNELS, r.channel, language)
        who = ", ".join(x for x in (r.requester_name, r.requester_contact) if x)
        rows.append(
            (
                _w(REQUEST_TYPES, r.type, language),
                f"{received}\n{channel}" if channel else received,
                _request_handling(r, language),
                _moment(r.closed_at, language),
                "\n".join(x for x in (who, r.requester_text) if x),
            )
        )
    return (
        Heading(_t(language, "Pyyntösi", "Your requests"), 2),
        Table(
            header,
            tuple(rows),
            widths=(2.6, 2.0, 4.0, 2.2, 3.6),
            empty=_t(
                language, "Rekisterissä ei ole pyyntöjäsi.", "The register holds no requests."
            ),
        ),
    )


def _notes_blocks(data: SubjectData, language: str) -> tuple[Block, ...]:
    heading = Heading(_t(language, "Muistiinpanot", "Notes"), 2)
    if data.customer.notes_need_review:
        # Art. 15(4): the copy must not adversely affect the rights of others.
        return (
            heading,
            Paragraph(
                _t(
                    language,
                    "Asiakastietoihisi on kirjattu muistiinpanoja, joissa voi olla myös muita "
                    "henkilöitä koskevia tietoja. Tietosuoja-asetuksen 15 artiklan 4 kohdan "
                    "mukaan jäljennös ei saa loukata muiden oikeuksia, joten tarkistamme "
                    "muistiinpanot ensin. Lähetämme ne sinulle erikseen, kun muita henkilöitä "
                    "koskevat tiedot on poistettu niistä.",
                    "Your record holds notes that may also contain information about other "
                    "people. Under Article 15(4) of the GDPR a copy must not adversely affect "
                    "the rights of others, so we are reviewing the notes first. We will send "
                    "them to you separately once information about other people has been "
                    "removed from them.",
                )
            ),
        )
    if data.letter_notes:
        return (heading, Paragraph(data.letter_notes))
    return (
        heading,
        Paragraph(
            _t(
                language,
                "Sinusta ei ole kirjattu muistiinpanoja.",
                "No notes about you have been recorded.",
            )
        ),
    )


def copy_section(data: SubjectData, language: str) -> tuple[Block, ...]:
    intro = _t(
        language,
        "Alla ovat kaikki tiedot, jotka asiakasrekisterissämme on sinusta. Tyhjä kohta kertoo, "
        "ettei sellaisia tietoja ole. Jäljennöksessä ei ole muita henkilöitä koskevia tietoja.",
        "Below is all the data our customer register holds about you. Where a part is empty, "
        "it says so. The copy contains no information about other people.",
    )
    return (
        Heading(_t(language, "2 Jäljennös tiedoistasi", "2 A copy of your data")),
        Paragraph(intro),
        Heading(_t(language, "Yhteys- ja asiakastiedot", "Contact and customer details"), 2),
        _customer_facts(data.customer, data, language),
        *_consent_blocks(data, language),
        *_objection_blocks(data, language),
        *_web_event_blocks(data, language),
        *_invoice_blocks(data, language),
        *_request_blocks(data, language),
        *_notes_blocks(data, language),
    )
