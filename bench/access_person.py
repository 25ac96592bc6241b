"""The person of the access-letter benchmark, built in memory: 10 000 web events over two years
with realistic pages, referrers and browsers, consents, an objection, invoices, requests,
consultations and processors, and the letter context written from them."""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC
PAGES = ("/", "/tuotteet", "/tuotteet/lean-koulutus", "/palvelut/konsultointi", "/yhteystiedot")
REFERRERS = (
    "",
    "https://www.google.fi/",
    "https://www.linkedin.com/feed/update/urn:li:activity:7262541234567890123/",
    "https://www.bing.com/search?q=lean+4d+oy+kirkkonummi+koulutus&form=QBLH",
)
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 Version/18.1 Safari",
)


def build_context(events: int, language: str):  # type: ignore[no-untyped-def]
    """A LetterContext for the access letter of one person with `events` web events."""
    from l4d_desktop.core.customers.invoices import InvoiceRecord
    from l4d_desktop.core.customers.web_events import WebEventRecord
    from l4d_desktop.core.disclosure.subject_data import (
        ConsentLedgerEntry,
        ConsultationEntry,
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

    start = dt.datetime(2024, 11, 1, 8, 0, tzinfo=UTC)

    def at(days: float) -> dt.datetime:
        return start + dt.timedelta(days=days)

    name = "Šárka Łukasiewicz-Öhman"
    customer = SubjectCustomer(
        7,
        "2026-0007",
        name,
        "sarka@example.fi",
        "+358401234567",
        "Mäkipellontie 3 A 12",
        "02520",
        "Kirkkonummi",
        "FI",
        "Öljynjalostus Łódź Oy",
        "1234567-8",
        language,
        "customer",
        "",
        "Toivoo laskut sähköpostilla.",
        False,
        False,
        None,
        at(0),
        at(700),
    )
    web = tuple(
        WebEventRecord(
            id=n + 1,
            at=start + dt.timedelta(minutes=97 * n, seconds=n % 59),
            ip=f"198.51.100.{n % 200}" if n % 3 else f"2001:db8:0:{n % 97:x}::{n % 13:x}",
            referrer=REFERRERS[n % len(REFERRERS)],
            page=PAGES[n % len(PAGES)],
            link="/tilaa-uutiskirje" if n % 11 == 0 else "",
            banner="syysale-2025-etusivu" if n % 13 == 0 else "",
            user_agent=AGENTS[(n // 50) % len(AGENTS)],
        )
        for n in range(events)
    )
    requests = tuple(
        RequestEntry(
            id=id,
            type=kind,
            channel="email",
            received_on=received,
            received_at=None,
            status=status,
            statutory_due=received,
            promised_due=None,
            due=received,
            extended_due=None,
            extension_notice_on=None,
            extension_reason="",
            identity_method="email_on_file",
            identified_at=at(600),
            closed_at=closed,
            refusal_basis=None,
            refusal_reason="",
            requester_name=name,
            requester_contact="sarka@example.fi",
            requester_text="",
            repeat_of=None,
            pauses=(),
            changed_fields=(),
        )
        for id, kind, received, status, closed in (
            (17, "rectification", dt.date(2025, 9, 1), "completed", at(320)),
            (42, "access", dt.date(2026, 1, 15), "in_progress", None),
        )
    )
    data = SubjectData(
        request_id=42,
        request_type="access",
        assembled_at=at(720),
        processed=True,
        customer=customer,
        source=SourceInfo("customer", "", True),
        consents=tuple(
            ConsentLedgerEntry(
                i, code, fi, en, given, at(i * 40), "web_form", "2024-05", at(i * 40), None
            )
            for i, (code, fi, en, given) in enumerate(
                (
                    ("marketing_email", "Sähköpostimarkkinointi", "Email marketing", True),
                    ("analytics", "Verkkoanalytiikka", "Web analytics", True),
                    ("marketing_email", "Sähköpostimarkkinointi", "Email marketing", False),
                ),
                start=1,
            )
        ),
        objections=(
            ObjectionEntry(
                1, "direct_marketing", dt.date(2025, 7, 20), "", "stopped", "", at(260), None
            ),
        ),
        web_events=web,
        invoices=tuple(
            InvoiceRecord(
                n,
                7,
                f"L4D-{n:04d}",
                dt.date(2025, 1, 1) + dt.timedelta(days=30 * n),
                24_900 + n,
                True,
                name,
                "Mäkipellontie 3 A 12\n02520 Kirkkonummi",
                at(30 * n),
            )
            for n in range(12)
        ),
        requests=requests,
        consultations=tuple(
            ConsultationEntry(at(d), "view", p)
            for d, p in ((100, "customer_service"), (319, "request:17"), (719, "request:42"))
        ),
        recipients=(
            RecipientEntry("Visma Solutions Oy", "laskutus", "FI", True),
            RecipientEntry("Intuit Mailchimp", "uutiskirjeet", "US", False),
        ),
    )
    texts = {k: (f"Rekisterin teksti: {k}.", f"Register text: {k}.") for k in REGISTER_TEXT_KEYS}
    register = ProcessingRegister(
        purposes=tuple(
            Purpose(
                i,
                f"p{i}",
                i,
                f"Tarkoitus {i}",
                f"Purpose {i}",
                ("contract",),
                "",
                "",
                i % 2 == 0,
                "nimi, yhteystiedot",
                "name, contact details",
                "asiakassuhteen ajan",
                "for the customer relationship",
                1,
            )
            for i in range(1, 9)
        ),
        texts=tuple((k, *texts[k]) for k in REGISTER_TEXT_KEYS),
    )
    return LetterContext(
        kind="access",
        language=language,
        today=dt.date(2026, 1, 30),
        controller=Controller(
            "Lean 4D Oy",
            "Vanha kirkkokuja 19",
            "02520",
            "Lapinkylä",
            "Suomi",
            "2989855-5",
            "+358 40 071 7454",
            "jouni@lean4d.fi",
            "lean4d.fi",
            "Jouni Ojala",
            "toimitusjohtaja",
            "+358 40 071 7454",
            "jouni@lean4d.fi",
            "Lean 4D Oy asiakasrekisteri",
        ),
        authority=Authority(
            "Tietosuojavaltuutetun toimisto",
            "Lintulahdenkuja 4, 00530 Helsinki",
            "PL 800, 00531 Helsinki",
            "+358 29 566 6700",
            "tietosuoja.fi",
        ),
        request=LetterRequest(
            42,
            "L4D-00042",
            "access",
            "email",
            dt.date(2026, 1, 15),
            "in_progress",
            dt.date(2026, 2, 16),
            dt.date(2026, 2, 14),
            dt.date(2026, 2, 14),
            None,
            None,
            "",
            "email_on_file",
            at(600),
            None,
            None,
            "",
            "",
            name,
            None,
        ),
        recipient=(name, "Mäkipellontie 3 A 12", "02520 Kirkkonummi"),
        signature=Signature(
            "Ystävällisin terveisin", "Kaisa Käsittelijä", "asiakaspalvelu", "Lean 4D Oy"
        ),
        window=EnvelopeWindow(),
        subject=data,
        register=register,
        bundle=file_list(bundle_entries(data)),
    )
