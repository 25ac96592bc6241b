"""A realistic person for the access response, in Finnish and English: 300 web events, consents,
an objection, invoices, two requests, consultations and two processors (one outside the EEA),
the processing register, and the letter's context with the bundle's files."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.customers.invoices import InvoiceRecord
from l4d_desktop.core.customers.web_events import WebEventRecord
from l4d_desktop.core.disclosure.subject_data import (
    ConsentLedgerEntry,
    ConsultationEntry,
    FieldChangeEntry,
    ObjectionEntry,
    RecipientEntry,
    RequestEntry,
    SourceInfo,
    SubjectCustomer,
    SubjectData,
)
from l4d_desktop.core.letters.bundle import bundle_entries, file_list
from l4d_desktop.core.letters.context import Authority, Controller, LetterContext, LetterRequest
from l4d_desktop.core.letters.document import EnvelopeWindow, Signature
from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS, ProcessingRegister, Purpose

UTC = dt.UTC


NAME = "Šárka Łukasiewicz-Öhman"


STAFF = "Jouni Ojala"  # the controller's contact may appear; no handler's name may


HANDLER = "Kaisa Käsittelijä"


EVENTS = 300


ACCESS_ID = 42


RECTIFICATION_ID = 17


AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)


PROCESSOR_EEA = "Visma Solutions Oy"


PROCESSOR_US = "Intuit Mailchimp"


AUTHORITY_FI = "Tietosuojavaltuutetun toimisto"


AUTHORITY_EN = "Office of the Data Protection Ombudsman"


TEXTS = {
    "persons": ("Asiakkaat ja heidän yhteyshenkilönsä.", "Customers and their contacts."),
    "data_categories": (
        "Rekisterissä käsitellään nimi-, yhteys- ja laskutustietoja sekä teknisiä tietoja.",
        "The register holds name, contact and billing data and technical data.",
    ),
    "recipients": (
        "Tietoja luovutetaan viranomaisille vain, kun laki sitä edellyttää.",
        "Data are disclosed to authorities only where the law requires it.",
    ),
    "transfers": (
        "Siirrot EU/ETA-alueen ulkopuolelle perustuvat Euroopan komission "
        "vakiosopimuslausekkeisiin.",
        "Transfers outside the EU/EEA rely on the European Commission's standard contractual "
        "clauses.",
    ),
    "retention": (
        "Tiedot poistetaan, kun niiden säilyttämiselle ei ole enää perustetta.",
        "Data are erased when there is no longer a ground to keep them.",
    ),
    "source": ("Tiedot saadaan asiakkaalta.", "The data come from the customer."),
    "automated_decisions": (
        "Emme tee automaattisia päätöksiä emmekä profiloi.",
        "We make no automated decisions and do no profiling.",
    ),
    "security": ("Tietokannat on suojattu.", "The databases are protected."),
}


def _at(day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, 1, 1, hour, minute, tzinfo=UTC) + dt.timedelta(days=day)


def _request(id: int, type: str, received: dt.date, status: str, **kw: object) -> RequestEntry:
    fields: dict[str, object] = dict(
        id=id,
        type=type,
        channel="email",
        received_on=received,
        received_at=dt.datetime.combine(received, dt.time(9, 0), UTC),
        status=status,
        statutory_due=received + dt.timedelta(days=31),
        promised_due=None,
        due=received + dt.timedelta(days=31),
        extended_due=None,
        extension_notice_on=None,
        extension_reason="",
        identity_method="email_on_file",
        identified_at=dt.datetime.combine(received, dt.time(12, 0), UTC),
        closed_at=None,
        refusal_basis=None,
        refusal_reason="",
        requester_name=NAME,
        requester_contact="sarka@example.fi",
        requester_text="",
        repeat_of=None,
        pauses=(),
        changed_fields=(),
    )
    fields.update(kw)
    return RequestEntry(**fields)  # type: ignore[arg-type]


CONSENT_PURPOSES = {
    "marketing_email": ("Sähköpostimarkkinointi", "Email marketing"),
    "analytics": ("Verkkoanalytiikka", "Web analytics"),
}


def _consent(id: int, code: str, given: bool, day: int, method: str) -> ConsentLedgerEntry:
    fi, en = CONSENT_PURPOSES[code]
    return ConsentLedgerEntry(
        id=id,
        purpose_code=code,
        purpose_fi=fi,
        purpose_en=en,
        given=given,
        at=_at(day),
        method=method,
        notice_version="2024-05",
        recorded_at=_at(day),
        request_id=None,
    )


def make_subject(events: int = EVENTS, notes_third_party: bool = False) -> SubjectData:
    customer = SubjectCustomer(
        id=7,
        customer_number="2026-0007",
        name=NAME,
        email="sarka@example.fi",
        phone="+358401234567",
        street="Mäkipellontie 3 A 12",
        postal_code="02520",
        city="Kirkkonummi",
        country="FI",
        company="Öljynjalostus Łódź Oy",
        business_id="1234567-8",
        language="fi",
        source="third_party",
        source_name="Messukeskus Helsinki Oy",
        notes="Toivoo laskut sähköpostilla. <b>ei markupia</b>",
        notes_third_party=notes_third_party,
        restricted=False,
        restricted_at=None,
        created_at=_at(0),
        updated_at=_at(400),
    )
    consents = (
        _consent(1, "marketing_email", True, 1, "web_form"),
        _consent(2, "analytics", True, 2, "web_form"),
        _consent(3, "marketing_email", False, 200, "objection"),
    )
    objections = (
        ObjectionEntry(
            id=1,
            purpose="direct_marketing",
            received_on=dt.date(2025, 7, 20),
            reason="En halua mainoksia.",
            outcome="stopped",
            outcome_reason="",
            decided_at=_at(200),
            request_id=None,
        ),
    )
    web_events = tuple(
        WebEventRecord(
            id=n + 1,
            at=_at(3) + dt.timedelta(minutes=37 * n, seconds=n % 60),
            ip=f"198.51.100.{n % 250}",
            referrer="https://www.google.fi/" if n % 3 else "",
            page=f"/tuotteet/{n % 17}",
            link="/yhteystiedot" if n % 5 == 0 else "",
            banner="syysale-2025" if n % 7 == 0 else "",
            user_agent=AGENTS[n % 2],
        )
        for n in range(events)
    )
    invoices = tuple(
        InvoiceRecord(
            id=n,
            customer_id=7,
            invoice_number=f"L4D-2025-{n:03d}",
            invoice_date=dt.date(2025, n, 15),
            amount_cents=124_950 + n,
            paid=n < 3,
            buyer_name=NAME,
            billing_address="Öljynjalostus Łódź Oy\nMäkipellontie 3 A 12\n02520 Kirkkonummi",
            created_at=_at(30 * n),
        )
        for n in range(1, 4)
    )
    requests = (
        _request(
            RECTIFICATION_ID,
            "rectification",
            dt.date(2025, 9, 1),
            "completed",
            closed_at=_at(250),
            changed_fields=(FieldChangeEntry("email", _at(249)),),
            requester_text="Sähköpostiosoitteeni on vaihtunut.",
        ),
        _request(
            ACCESS_ID,
            "access",
            dt.date(2026, 1, 15),
            "in_progress",
            requester_text="Haluan jäljennöksen kaikista tiedoistani.",
        ),
    )
    consultations = (
        ConsultationEntry(_at(100, 14, 5), "view", "customer_service"),
        ConsultationEntry(_at(249), "view", f"request:{RECTIFICATION_ID}"),
        ConsultationEntry(_at(380), "view", f"request:{ACCESS_ID}"),
        ConsultationEntry(_at(381), "export", f"request:{ACCESS_ID}"),
        ConsultationEntry(_at(382), "print", f"request:{RECTIFICATION_ID}"),
    )
    return SubjectData(
        request_id=ACCESS_ID,
        request_type="access",
        assembled_at=_at(381, 15, 30),
        processed=True,
        customer=customer,
        source=SourceInfo("third_party", "Messukeskus Helsinki Oy", False),
        consents=consents,
        objections=objections,
        web_events=web_events,
        invoices=invoices,
        requests=requests,
        consultations=consultations,
        recipients=(
            RecipientEntry(PROCESSOR_EEA, "laskutus ja kirjanpito", "FI", True),
            RecipientEntry(
                PROCESSOR_US, "uutiskirjeiden lähetys", "US", False, "scc", "Module 2 (C2P)"
            ),
        ),
    )


def _purpose(id: int, fi: str, en: str, bases: tuple[str, ...], confirmed: bool) -> Purpose:
    return Purpose(
        id=id,
        code=f"p{id}",
        position=id,
        name_fi=fi,
        name_en=en,
        legal_bases=bases,
        basis_note_fi="",
        basis_note_en="",
        basis_confirmed=confirmed,
        categories_fi="nimi, yhteystiedot",
        categories_en="name, contact details",
        retention_fi="asiakassuhteen ajan ja 2 vuotta sen jälkeen",
        retention_en="for the customer relationship and 2 years after it",
        version=1,
    )


def make_register() -> ProcessingRegister:
    return ProcessingRegister(
        purposes=(
            _purpose(1, "Asiakassuhteen hoitaminen", "Customer relationship", ("contract",), True),
            _purpose(
                2,
                "Laskutus ja perintä",
                "Billing and collection",
                ("contract", "legal_obligation"),
                True,
            ),
            _purpose(3, "Mainonnan kohdentaminen", "Ad targeting", ("consent",), True),
        ),
        texts=tuple((k, *TEXTS[k]) for k in REGISTER_TEXT_KEYS),
    )


def make_context(
    language: str,
    subject: SubjectData | None = None,
    kind: str = "access",
    register: ProcessingRegister | None = None,
) -> LetterContext:
    data = subject if subject is not None else make_subject()
    fi = language == "fi"
    return LetterContext(
        kind=kind,
        language=language,
        today=dt.date(2026, 1, 30),
        controller=Controller(
            name="Lean 4D Oy",
            street="Vanha kirkkokuja 19",
            postal_code="02520",
            city="Lapinkylä",
            country="Suomi" if fi else "Finland",
            business_id="2989855-5",
            phone="+358 40 071 7454",
            email="jouni@lean4d.fi",
            web="lean4d.fi",
            contact_name=STAFF,
            contact_title="toimitusjohtaja" if fi else "Managing Director",
            contact_phone="+358 40 071 7454",
            contact_email="jouni@lean4d.fi",
            register_name="Lean 4D Oy asiakasrekisteri",
        ),
        authority=Authority(
            name=AUTHORITY_FI if fi else AUTHORITY_EN,
            street="Lintulahdenkuja 4, 00530 Helsinki",
            postal="PL 800, 00531 Helsinki" if fi else "P.O. Box 800, 00531 Helsinki",
            phone="+358 29 566 6700",
            web="tietosuoja.fi",
        ),
        request=LetterRequest(
            id=ACCESS_ID,
            reference="L4D-00042",
            type=kind,
            channel="email",
            received_on=dt.date(2026, 1, 15),
            status="in_progress",
            statutory_due=dt.date(2026, 2, 16),
            promised_due=dt.date(2026, 2, 14),
            due=dt.date(2026, 2, 14),
            extended_due=None,
            extension_notice_on=None,
            extension_reason="",
            identity_method="email_on_file",
            identified_at=_at(380),
            closed_at=None,
            refusal_basis=None,
            close_reason="",
            assessment="",
            requester_name=NAME,
            erased_at=None,
        ),
        recipient=(NAME, "Mäkipellontie 3 A 12", "02520 Kirkkonummi"),
        signature=Signature(
            "Ystävällisin terveisin" if fi else "Yours sincerely",
            HANDLER,
            "asiakaspalvelu",
            "Lean 4D Oy",
        ),
        window=EnvelopeWindow(),
        subject=data,
        register=register if register is not None else make_register(),
        bundle=file_list(bundle_entries(data)),
    )
