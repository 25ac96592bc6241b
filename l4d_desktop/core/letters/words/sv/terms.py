"""Letter catalogue, sv: the program's codes in Swedish words.

The rights by the names the Swedish text of the GDPR gives them: "rätt till tillgång" (art. 15),
"rätt till rättelse" (art. 16), "rätt till radering" (art. 17), "rätt till begränsning av
behandling" (art. 18), "rätt till dataportabilitet" (art. 20), "rätt att göra invändningar"
(art. 21) and "återkallande av samtycke" (art. 7.3).
"""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The program's codes in words. Phrases stand inside a sentence (lower case) unless noted.
    # -- What the request asks, as a table cell or a line of facts shows it (capitalised)
    "request_type.access": "Tillgång till dina personuppgifter",
    "request_type.portability": "Dataportabilitet",
    "request_type.rectification": "Rättelse av dina uppgifter",
    "request_type.erasure": "Radering av dina uppgifter",
    "request_type.restriction": "Begränsning av behandling",
    "request_type.objection": "Invändning mot behandling",
    "request_type.withdrawal": "Återkallande av samtycke",
    "request_type.other": "Annan begäran om dataskydd",
    # -- How the request reached us, to follow "Vi tog emot din begäran …"
    "channel.email": "per e-post",
    "channel.letter": "per post",
    "channel.phone": "per telefon",
    "channel.in-person": "personligen",
    # -- How the requester was matched to the data already held
    "identity_method.email_on_file": "begäran kom från den e-postadress som du hade gett oss",
    "identity_method.phone_on_file": (
        "ett samtal från, eller ett återuppringt samtal till, det telefonnummer som du hade gett "
        "oss"
    ),
    "identity_method.customer_number": (
        "ditt kundnummer tillsammans med andra uppgifter som vi redan hade"
    ),
    "identity_method.recent_invoice": "uppgifterna på en nyligen skickad faktura",
    "identity_method.known_in_person": "vi känner dig personligen",
    "identity_method.id_document_seen": "en identitetshandling visades; ingen kopia sparades",
    "identity_method.other": "på annat sätt",
    # -- Why a request is refused: a whole sentence with its article
    "refusal_basis.manifestly_unfounded": (
        "Begäran är uppenbart ogrundad (artikel 12.5 i dataskyddsförordningen)."
    ),
    "refusal_basis.excessive": (
        "Begäran är orimlig, särskilt på grund av dess repetitiva karaktär (artikel 12.5 i "
        "dataskyddsförordningen)."
    ),
    "refusal_basis.identity_not_established": (
        "Vi har inte kunnat bekräfta att begäran kommer från dig (artikel 12.2 och 12.6 i "
        "dataskyddsförordningen)."
    ),
    "refusal_basis.legal_obligation": (
        "Lagen kräver att vi bevarar uppgifterna (artikel 17.3 b i dataskyddsförordningen)."
    ),
    "refusal_basis.legal_claims": (
        "Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk "
        "(artikel 17.3 e i dataskyddsförordningen)."
    ),
    "refusal_basis.other": (
        "Vi vidtar inte åtgärder med anledning av din begäran (artikel 12.4 i "
        "dataskyddsförordningen) av följande skäl:"
    ),
    # -- A short name of the refusal's basis for a line of facts (capitalised)
    "refusal_basis_name.manifestly_unfounded": "Uppenbart ogrundad begäran",
    "refusal_basis_name.excessive": "Orimlig begäran",
    "refusal_basis_name.identity_not_established": "Identiteten kunde inte bekräftas",
    "refusal_basis_name.legal_obligation": "Rättslig förpliktelse",
    "refusal_basis_name.legal_claims": "Rättsliga anspråk",
    "refusal_basis_name.other": "Skälen nedan (artikel 12.4 i dataskyddsförordningen)",
    # -- Objections (art. 21): the processing objected to, and the outcome
    "objection_purpose.direct_marketing": "direktmarknadsföring, inklusive riktad reklam",
    "objection_purpose.analytics": "analys av och statistik över våra tjänster",
    "objection_purpose.service_development": "utveckling av våra tjänster",
    "objection_purpose.customer_relationship": "skötsel och utveckling av kundrelationen",
    "objection_purpose.other": "annan behandling",
    "objection_outcome.stopped": "behandlingen upphörde genast",
    "objection_outcome.upheld": "invändningen godtogs, behandlingen upphörde",
    "objection_outcome.compelling_grounds": (
        "behandlingen fortsätter på grund av tvingande berättigade skäl"
    ),
    # -- The fields of the customer record, and the parts of it an erasure plan names
    "customer_field.name": "namn",
    "customer_field.email": "e-postadress",
    "customer_field.phone": "telefonnummer",
    "customer_field.street": "gatuadress",
    "customer_field.postal_code": "postnummer",
    "customer_field.city": "postanstalt",
    "customer_field.country": "land",
    "customer_field.address": "adress",
    "customer_field.company": "företag",
    "customer_field.language": "önskat språk",
    "customer_field.business_id": "FO-nummer",
    "customer_field.source": "uppgifternas källa",
    "customer_field.source_name": "källans namn",
    "customer_field.notes": "anteckningar",
    "customer_field.notes_third_party": "markeringen att anteckningarna nämner andra personer",
    "customer_field.customer_number": "kundnummer",
    "customer_field.search_text": (
        "den kopia av ditt namn och dina kontaktuppgifter som sparas för sökning"
    ),
    # -- The kinds of item an erasure plan lists
    "erasure_item.customer": "din kunduppgift",
    "erasure_item.consent_event": "historiken över dina samtycken",
    "erasure_item.objection": "anteckningar om dina invändningar",
    "erasure_item.suppression": "spärrlistan för marknadsföring",
    "erasure_item.web_events": "tekniska uppgifter som samlats in på vår webbplats",
    "erasure_item.invoice": "faktura",
    "erasure_item.request": "anteckningarna om dina begäranden",
    "erasure_item.unlinked_request": "andra begäranden som nämnde dig",
    "erasure_item.request_pause": "anteckningar om perioder då dina begäranden väntade på dig",
    "erasure_item.field_change": "anteckningar om vilka av dina uppgifter som rättades",
    "erasure_item.recipient_notice": "anteckningar om meddelanden till mottagare av dina uppgifter",
    "erasure_item.letter": "de brev vi har skickat dig",
    # -- Why an erasure plan treats an item as it does, short enough for a table cell
    "erasure_reason.erasure": "din begäran (artikel 17.1 i dataskyddsförordningen)",
    "erasure_reason.accounting_act": (
        "bokföringslagen (1336/1997) 2 kap. 10 §; artikel 17.3 b i dataskyddsförordningen"
    ),
    "erasure_reason.retention_ended": "lagringstiden har löpt ut",
    "erasure_reason.direct_marketing_objection": (
        "din invändning mot direktmarknadsföring; artikel 21.3 i dataskyddsförordningen"
    ),
    "erasure_reason.accountability": "ansvarsskyldighet; artikel 5.2 i dataskyddsförordningen",
    # -- What stays in a kept or anonymised record
    "kept_field.invoice_number": "fakturanummer",
    "kept_field.invoice_date": "fakturadatum",
    "kept_field.amount": "belopp",
    "kept_field.buyer_name": "köparens namn",
    "kept_field.billing_address": "faktureringsadress",
    "kept_field.customer_link": "länken till din kunduppgift",
    "kept_field.digest": "hashvärde",
    "kept_field.type": "typ av begäran",
    "kept_field.status": "status",
    "kept_field.received_on": "mottagningsdag",
    "kept_field.due": "förfallodag",
    "kept_field.closed_at": "avslutningsdag",
    "kept_field.refusal_basis": "grunden för ett avslag",
    "kept_field.subject_ref": "en slumpmässig referens",
    "kept_field.requester_text": "ordalydelsen i din begäran",
    "kept_field.requester_name": "det namn som angavs i begäran",
    "kept_field.requester_contact": "de kontaktuppgifter som angavs",
    "kept_field.identity_note": "anteckningar om bekräftelsen av din identitet",
    "kept_field.extension_reason": "skälen för en förlängning",
    "kept_field.refusal_reason": "skälen för ett avslag",
    "kept_field.assessment": "bedömningen av en begäran",
    "kept_field.field": "namnet på ett rättat fält",
    "kept_field.changed_at": "tidpunkt för ändringen",
    "kept_field.started_at": "starttid",
    "kept_field.ended_at": "sluttid",
    "kept_field.reason": "skäl",
    "kept_field.processor": "mottagarens namn",
    "kept_field.notified_on": "dag för meddelandet",
    "kept_field.kind": "typ av brev",
    "kept_field.language": "språk",
    "kept_field.sha256": "kontrollsumma",
    "kept_field.created_at": "datum",
    "kept_field.pdf": "brevets innehåll",
}
