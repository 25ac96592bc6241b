"""The Swedish part of the machine-readable copy's README: Finland's second official language
beside the Finnish and English parts, for a person whose letters are in Swedish (GDPR art. 12.1:
information in a clear and plain language)."""

from __future__ import annotations

# The part's opening; `{json_file}` is the JSON file's name.
INTRO: tuple[str, ...] = (
    "DINA PERSONUPPGIFTER UR LEAN 4D OY:S KUNDREGISTER",
    "",
    "Detta paket innehåller de uppgifter som du har lämnat och de uppgifter som har",
    "observerats när du använt vår webbplats, i maskinläsbar form (EU:s",
    "dataskyddsförordning, artikel 15.3 och artikel 20). Alla filer är i UTF-8.",
    "",
    "{json_file}: alla uppgifter i en JSON-fil. Datum och tider anges enligt",
    "ISO 8601, tiderna i UTC. Värdena är exakt så som de har sparats.",
    "",
    "CSV-filer: en fil för varje slag av uppgifter, kommaseparerad, i UTF-8 med",
    "byteordningsmärke (öppnas i Excel och LibreOffice). Om en text börjar med",
    "= + - eller @ har en apostrof (') lagts till framför den, så att ett",
    "kalkylprogram inte kör den som en formel; i JSON-filen finns värdet utan den.",
    "",
)

# Each table (by its JSON key): what it holds, and what each of its columns means.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "customer": (
        "Dina kunduppgifter (en rad); source anger varifrån de kommer",
        {
            "customer_number": "kundnummer",
            "name": "namn",
            "email": "e-postadress",
            "phone": "telefonnummer i internationell form",
            "street": "gatuadress",
            "postal_code": "postnummer",
            "city": "postanstalt",
            "country": "land (kod med två bokstäver, FI = Finland)",
            "company": "det företag i vars namn du arbetar",
            "business_id": "företagets FO-nummer",
            "language": "brevens språk (fi/sv/en)",
            "source": (
                "uppgifternas källa: customer = lämnade av dig, registry = ett register, "
                "third_party = en tredje part"
            ),
            "source_name": "registrets eller den tredje partens namn",
            "created_at": "införd i registret (UTC)",
            "updated_at": "senast ändrad (UTC)",
        },
    ),
    "consents": (
        "Dina givna och återkallade samtycken, de äldsta först",
        {
            "purpose": "ändamålets kod",
            "purpose_fi": "ändamålet på finska",
            "purpose_en": "ändamålet på engelska",
            "given": "true = samtycket givet, false = återkallat",
            "at": "när du gav eller återkallade det (UTC)",
            "method": "hur (t.ex. web_form, email, letter)",
            "notice_version": "dataskyddsbeskrivningens version",
        },
    ),
    "objections": (
        "Dina invändningar mot behandling",
        {
            "purpose": "den behandling som du invände mot",
            "received_on": "den dag invändningen togs emot",
            "reason": "dina skäl",
            "outcome": (
                "beslut: stopped/upheld = behandlingen upphörde, compelling_grounds = fortsätter "
                "på tvingande skäl, tomt = ännu inte avgjort"
            ),
            "outcome_reason": "skälen för beslutet",
            "decided_at": "när det avgjordes (UTC)",
        },
    ),
    "web_events": (
        "Tekniska uppgifter om dina besök på vår webbplats, de äldsta först",
        {
            "at": "tidpunkt för besöket (UTC)",
            "ip": "IP-adress",
            "referrer": "den webbplats du kom från",
            "page": "den sida du besökte",
            "link": "den länk du använde",
            "banner": "den reklambanner du såg",
            "user_agent": "webbläsar- och enhetsuppgifter",
        },
    ),
    "invoices": (
        "Dina fakturor, de äldsta först",
        {
            "invoice_number": "fakturanummer",
            "invoice_date": "fakturadatum",
            "amount_cents": "belopp i eurocent (24900 = 249,00 €)",
            "paid": "true = betald",
            "buyer_name": "köparens namn på fakturan",
            "billing_address": "faktureringsadress",
        },
    ),
    "requests": (
        "Dina begäranden och hur de handlades, de äldsta först",
        {
            "id": "begärans nummer",
            "type": "typ av begäran (t.ex. access, erasure)",
            "channel": "hur begäran kom in",
            "received_on": "den dag den togs emot",
            "status": "status (t.ex. completed, refused)",
            "due": "förfallodag",
            "extended_due": "förlängd förfallodag",
            "extension_reason": "skälet till förlängningen",
            "identity_method": "hur identiteten bekräftades",
            "identified_at": "identiteten bekräftad (UTC)",
            "closed_at": "handläggningen avslutad (UTC)",
            "refusal_basis": "grunden för ett avslag",
            "refusal_reason": "skälen för ett avslag",
            "requester_name": "namnet på den som framställde begäran",
            "requester_contact": "kontaktuppgifterna för den som framställde begäran",
            "requester_text": "ordalydelsen i din begäran",
            "pauses": "väntan på dig: början/slut (UTC) och skäl, åtskilda med semikolon",
            "corrected_fields": "rättade fält och när (UTC), aldrig de gamla värdena",
        },
    ),
    "consultations": (
        "När och varför dina uppgifter har använts (inte av vem)",
        {
            "at": "tid (UTC)",
            "kind": "view, export eller print",
            "purpose": "varför (request:N = din begäran N)",
        },
    ),
    "letters_sent": (
        "Brev som vi har skickat dig",
        {
            "request_id": "begärans nummer",
            "sent_on": "den dag det skickades",
            "kind": "typ av brev",
            "languages": "språk (fi, sv, en)",
        },
    ),
    "searches": (
        "Var vi sökte efter dina uppgifter för denna begäran",
        {
            "system": "var vi sökte",
            "searched_on": "när",
            "found": "true = uppgifter hittades",
            "result": "vad som hittades",
        },
    ),
    "questions": (
        "Dina frågor och våra svar",
        {"question": "din fråga", "answer": "vårt svar"},
    ),
    "register_record": (
        "Registrets markeringar i din uppgift (en rad)",
        {
            "restricted": "true = behandlingen är begränsad",
            "restricted_at": "begränsad sedan (UTC)",
            "notes": "anteckningar",
            "notes_in_review": (
                "true = anteckningarna granskas med avseende på andras uppgifter innan de lämnas ut"
            ),
        },
    ),
}
