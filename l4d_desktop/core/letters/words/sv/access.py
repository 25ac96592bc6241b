"""Letter catalogue, sv: the Swedish answer to a request for access (its copy of the data and its
tailored information), the cover letter for data portability and the list of enclosed files.

Art. 15 "den registrerades rätt till tillgång", art. 20 "rätt till dataportabilitet", art. 28
"personuppgiftsbiträde" and art. 6.1 a–f for the legal bases, in the regulation's Swedish words.
"""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The access response (art. 15): sections 1, 4 and 5 and the frame
    "access.subject": (
        "Din begäran om tillgång till dina personuppgifter (artikel 15 i dataskyddsförordningen)"
    ),
    "access.asked": (
        "Du frågade vilka personuppgifter om dig vi behandlar. Detta brev besvarar allt som du "
        "enligt artikel 15 i dataskyddsförordningen har rätt att få veta."
    ),
    "access.confirmation": "1 Bekräftelse",
    "access.confirmed": (
        "Vi bekräftar att {controller} behandlar personuppgifter om dig i sitt kundregister "
        "({register})."
    ),
    "access.nothing_held": (
        "Vi har kontrollerat vårt kundregister ({register}). Vi behandlar inga personuppgifter om "
        "dig. Den enda anteckningen om dig är denna begäran, som vi sparar för att visa hur den "
        "handlades."
    ),
    "access.files.heading": "5 Dina uppgifter i maskinläsbar form",
    "access.files.intro": (
        "Samma uppgifter bifogas i maskinläsbar, allmänt använd form: alla i en JSON-fil, varje "
        "slag av uppgifter i en egen CSV-fil (UTF-8, öppnas i ett kalkylprogram) och en "
        "README-fil som förklarar varje fil och fält. Tiderna i filerna anges i UTC."
    ),
    # Art. 15.3: "För eventuella ytterligare kopior ... får den personuppgiftsansvarige ta ut en
    # rimlig avgift"
    "access.free": (
        "Detta svar och dess bilagor är avgiftsfria. För ytterligare kopior kan vi ta ut en "
        "rimlig avgift."
    ),
    "access.enclosures": "Dina uppgifter i maskinläsbar form, {n} filer (förtecknade i avsnitt 5)",
    "consulted.heading": "4 När och varför dina uppgifter har använts",
    "consulted.intro": (
        "Vårt register loggar varje gång din uppgift öppnas eller exporteras, och varför. "
        "Anteckningarna finns nedan, de äldsta först."
    ),
    "consulted.time": "Tid",
    "consulted.what": "Vad",
    "consulted.why": "Varför",
    "consulted.none": "Loggen innehåller inga anteckningar om att dina uppgifter har använts.",
    "consulted.this_request": "handläggning av denna begäran ({reference})",
    "consulted.request": "handläggning av din begäran: {kind}, mottagen {day}",
    "consulted.a_request": "handläggning av en begäran",
    # -- What was done when the data were consulted, and why
    "consultation_kind.view": "din uppgift öppnades",
    "consultation_kind.export": "dina uppgifter exporterades till en fil",
    "consultation_kind.print": "ett brev till dig förbereddes",
    "consultation_purpose.customer_service": "kundtjänst",
    # -- The access response, section 3: the information tailored to the person (art. 15.1)
    "info.heading": "3 Hur och varför vi behandlar dina uppgifter",
    "info.purposes.heading": "Ändamål, rättsliga grunder och lagringstid",
    "info.purposes.intro": (
        "Vi behandlar dina uppgifter för ändamålen nedan. De rättsliga grunderna hänvisar till "
        "artikel 6 i dataskyddsförordningen."
    ),
    "info.purposes.purpose": "Ändamål",
    "info.purposes.basis": "Rättslig grund",
    "info.purposes.data": "Uppgifter som används",
    "info.purposes.retention": "Lagringstid",
    "info.purposes.none": "Inga ändamål för behandlingen har antecknats.",
    # -- The legal bases as the access response names them (art. 6.1 a, b, c, f)
    "access_basis.consent": "samtycke (art. 6.1 a)",
    "access_basis.contract": "avtal (art. 6.1 b)",
    "access_basis.legal_obligation": "rättslig förpliktelse (art. 6.1 c)",
    "access_basis.legitimate_interest": "berättigat intresse (art. 6.1 f)",
    "info.restricted": (
        "Du har bett oss begränsa behandlingen av dina uppgifter. Vi lagrar dem därför endast och "
        "använder dem inte till annat än handläggningen av din begäran tills begränsningen "
        "upphör. Vi meddelar dig innan begränsningen hävs."
    ),
    "info.objection_stopped": (
        "Till följd av din invändning behandlar vi inte dina uppgifter för {purpose}."
    ),
    "info.objection_overridden": (
        "Trots din invändning fortsätter vi behandlingen för {purpose} på de tvingande skäl som "
        "anges i avsnitt 2."
    ),
    "info.kinds.heading": "De uppgifter vi behandlar om dig",
    "info.kinds.intro": (
        "Vårt register innehåller följande slag av uppgifter om dig (i sin helhet i avsnitt 2):"
    ),
    "info.kinds.contact": "kontakt- och kunduppgifter: {fields}",
    "info.kinds.consents": "anteckningar om samtycken ({n})",
    "info.kinds.objections": "invändningar ({n})",
    "info.kinds.web_events": "tekniska uppgifter om besök ({n})",
    "info.kinds.invoices": "fakturor ({n})",
    "info.kinds.requests": "begäranden ({n})",
    "info.kinds.notes": "anteckningar",
    # Art. 15.1 c "mottagare"; art. 4.8 and 28 "personuppgiftsbiträde"
    "info.recipients.heading": "Mottagare av uppgifterna",
    "info.recipients.intro": (
        "Följande företag behandlar uppgifter för vår räkning och enligt våra instruktioner "
        "(personuppgiftsbiträden):"
    ),
    "info.recipients.name": "Mottagare",
    "info.recipients.role": "Roll",
    "info.recipients.country": "Land",
    "info.recipients.transfer": "Överföring",
    "info.recipients.inside": "inom EU/EES",
    "info.recipients.outside": "utanför EU/EES",
    "info.recipients.none": "Vi anlitar inga personuppgiftsbiträden.",
    "info.recipients.authorities": "Vi lämnar ut uppgifter till myndigheter endast när lagen kräver det.",
    # Art. 15.1 g: "all tillgänglig information om varifrån uppgifterna kommer"
    "info.source.heading": "Varifrån uppgifterna kommer",
    "info.source.registry": (
        "Dina kontaktuppgifter har med ditt samtycke erhållits från ett register."
    ),
    "info.source.registry_named": (
        "Dina kontaktuppgifter har med ditt samtycke erhållits från ett register: {name}."
    ),
    "info.source.third_party": (
        "Dina kontaktuppgifter har med ditt samtycke erhållits från en tredje part."
    ),
    "info.source.third_party_named": (
        "Dina kontaktuppgifter har med ditt samtycke erhållits från en tredje part: {name}."
    ),
    "info.source.customer": "Du har själv gett oss dina kontakt- och kunduppgifter.",
    "info.source.choices": "Dina samtycken, invändningar och begäranden kom från dig.",
    "info.source.web": "De tekniska uppgifterna samlades in när du använde vår webbplats.",
    "info.source.invoices": "Vi har själva upprättat fakturorna inom ramen för vår kundrelation.",
    # Art. 15.1 h: "automatiserat beslutsfattande, inbegripet profilering"
    "info.automated": "Automatiserat beslutsfattande och profilering",
    "info.rights.heading": "Dina rättigheter",
    "info.rights.rectification": (
        "Rättelse (artikel 16): du kan begära att vi rättar felaktiga uppgifter och kompletterar "
        "ofullständiga uppgifter."
    ),
    "info.rights.erasure": (
        "Radering (artikel 17): du kan begära att vi raderar dina uppgifter. Uppgifter som lagen "
        "kräver att vi bevarar, såsom fakturor enligt bokföringslagen, kan inte raderas innan den "
        "tiden har löpt ut."
    ),
    "info.rights.restriction": (
        "Begränsning av behandling (artikel 18): du kan begära att vi endast lagrar dina "
        "uppgifter, till exempel medan vi kontrollerar om de är korrekta."
    ),
    "info.rights.objection": (
        "Rätt att göra invändningar (artikel 21): du kan invända mot behandling som grundar sig på "
        "vårt berättigade intresse. Du kan när som helst invända mot direktmarknadsföring, "
        "inklusive riktad reklam, och den upphör genast."
    ),
    "info.rights.portability": (
        "Dataportabilitet (artikel 20): du kan få de uppgifter du har lämnat i maskinläsbar form "
        "och begära att vi överför dem direkt till en annan personuppgiftsansvarig, om det är "
        "tekniskt möjligt."
    ),
    "info.rights.withdrawal": (
        "Återkallande av samtycke (artikel 7.3): du kan när som helst återkalla ett samtycke, lika "
        "lätt som du gav det. Återkallandet påverkar inte lagligheten av behandlingen dessförinnan."
    ),
    "info.rights.how": (
        "Om du vill utöva dessa rättigheter, kontakta oss med hjälp av uppgifterna i slutet av "
        "detta brev. Handläggningen av dina begäranden är avgiftsfri."
    ),
    # -- The access response, section 2: a copy of the data (art. 15.3)
    "copy.heading": "2 En kopia av dina uppgifter",
    "copy.intro": (
        "Nedan finns alla uppgifter som vårt kundregister innehåller om dig. Där en del är tom "
        "anges det. Kopian innehåller inga uppgifter om andra personer."
    ),
    "copy.customer.heading": "Kontakt- och kunduppgifter",
    "copy.not_recorded": "(inte antecknat)",
    "copy.not_restricted": "inte begränsad",
    "copy.restricted": "begränsad på din begäran",
    "copy.restricted_since": "begränsad på din begäran sedan {day}",
    "copy.source.registry": "ett register",
    "copy.source.third_party": "en tredje part",
    "copy.source.customer": "lämnade av dig",
    # -- Labels of the customer record's own flags and times (the fields are customer_field)
    "record_label.restricted": "begränsning av behandling",
    "record_label.created_at": "införd i registret",
    "record_label.updated_at": "senast ändrad",
    # -- The letter languages by name
    "language_name.fi": "finska",
    "language_name.en": "engelska",
    "language_name.sv": "svenska",
    "copy.consents.heading": "Samtycken",
    "copy.consents.purpose": "Ändamål",
    "copy.consents.given": "Givet eller återkallat",
    "copy.consents.when": "När",
    "copy.consents.how": "Hur",
    "copy.consents.version": "Version av beskrivningen",
    "copy.consents.is_given": "givet",
    "copy.consents.is_withdrawn": "återkallat",
    "copy.consents.none": "Registret innehåller inget samtycke som du har gett eller återkallat.",
    "copy.consents.in_force": "Dina gällande samtycken: {purposes}.",
    "copy.consents.none_in_force": "Du har för närvarande inget gällande samtycke.",
    # -- How a consent was given or withdrawn
    "consent_method.web_form": "webbformulär",
    "consent_method.email": "e-post",
    "consent_method.letter": "brev",
    "consent_method.phone": "telefon",
    "consent_method.in_person": "personligen",
    "consent_method.import": "överfört från en fil",
    "consent_method.objection": "upphörde genom din invändning",
    "consent_method.other": "annat",
    "copy.objections.heading": "Invändningar",
    "copy.objections.purpose": "Behandling som invändningen gäller",
    "copy.objections.received": "Mottagen",
    "copy.objections.reasons": "Dina skäl",
    "copy.objections.decision": "Utfall",
    "copy.objections.decided": "Avgjord",
    "copy.objections.undecided": "ännu inte avgjord",
    "copy.objections.none": "Du har inte invänt mot behandlingen av dina uppgifter.",
    "copy.events.heading": "Tekniska uppgifter om dina besök",
    "copy.events.time": "Tid",
    "copy.events.what": "Sida, länk, banner",
    "copy.events.ip": "IP-adress",
    "copy.events.referrer": "Kom från",
    "copy.events.device": "Enhet",
    "copy.events.none": "Registret innehåller inga tekniska uppgifter om besök på vår webbplats.",
    "copy.events.intro": (
        "Vår webbplats antecknade {events} från dina besök, de äldsta först. Tiderna anges "
        "i finsk tid. Koden i kolumnen för enhet står för webbläsar- och enhetsuppgifterna, som "
        "anges i sin helhet efter tabellen."
    ),
    "copy.events.device_prefix": "E",
    "copy.events.link": "länk: ",
    "copy.events.banner": "banner: ",
    "copy.devices.code": "Kod",
    "copy.devices.data": "Webbläsar- och enhetsuppgifter",
    "copy.invoices.heading": "Fakturor",
    "copy.invoices.number": "Fakturanummer",
    "copy.invoices.date": "Datum",
    "copy.invoices.amount": "Belopp",
    "copy.invoices.paid": "Betald",
    "copy.invoices.buyer": "Köpare och faktureringsadress",
    "copy.invoices.yes": "ja",
    "copy.invoices.no": "nej",
    "copy.invoices.none": "Registret innehåller inga fakturor som skickats till dig.",
    "copy.requests.heading": "Dina begäranden",
    "copy.requests.request": "Begäran",
    "copy.requests.received": "Mottagen",
    "copy.requests.handling": "Handläggning",
    "copy.requests.closed": "Avslutad",
    "copy.requests.requester": "Den som begärde och meddelandet",
    "copy.requests.none": "Registret innehåller inga begäranden.",
    "copy.requests.identified": "identiteten bekräftad {day}",
    "copy.requests.since": "sedan {day}",
    "copy.requests.waited": "väntade på ditt svar {span}",
    "copy.requests.extended": "tiden förlängd till {day}",
    "copy.requests.corrected": "rättad {day}: {field}",
    # -- Where a request stands
    "request_status.received": "mottagen",
    "request_status.identity_check": "identiteten bekräftas",
    "request_status.in_progress": "under handläggning",
    "request_status.completed": "slutförd",
    "request_status.refused": "avslagen",
    "request_status.withdrawn": "återtagen av dig",
    "copy.notes.heading": "Anteckningar",
    # Art. 15.4: "Rätten att få en kopia ... får inte inverka negativt på andras rättigheter och
    # friheter."
    "copy.notes.in_review": (
        "Din uppgift innehåller anteckningar som också kan innehålla uppgifter om andra "
        "personer. Enligt artikel 15.4 i dataskyddsförordningen får en kopia inte inverka negativt "
        "på andras rättigheter, och därför granskar vi först anteckningarna. Vi skickar dem till "
        "dig separat när uppgifterna om andra personer har avlägsnats ur dem."
    ),
    "copy.notes.none": "Inga anteckningar om dig har gjorts.",
    # -- The cover letter of the machine-readable copy (art. 20: "i ett strukturerat, allmänt
    # använt och maskinläsbart format")
    "portability.subject": (
        "Dina personuppgifter i ett överförbart format (artikel 20 i dataskyddsförordningen)"
    ),
    "portability.asked": (
        "Du begärde de personuppgifter som du har lämnat till oss i ett strukturerat, allmänt "
        "använt och maskinläsbart format."
    ),
    "portability.enclosed": "Uppgifterna bifogas detta brev.",
    "portability.contents": "Vad filerna innehåller",
    "portability.contents.intro": (
        "Filerna innehåller de uppgifter som du har lämnat till oss och de uppgifter som har "
        "observerats när du använt vår tjänst:"
    ),
    "portability.holds.contact": "de kontakt- och kunduppgifter som du har gett oss",
    "portability.holds.consents": "dina givna och återkallade samtycken",
    "portability.holds.consents.counted": (
        "dina givna och återkallade samtycken ({entries})"
    ),
    "portability.holds.objections": "dina invändningar mot behandling",
    "portability.holds.objections.counted": "dina invändningar mot behandling ({n})",
    "portability.holds.web_events": (
        "tekniska uppgifter som observerats när du använt vår webbplats"
    ),
    "portability.holds.web_events.counted": (
        "tekniska uppgifter som observerats när du använt vår webbplats ({events})"
    ),
    "portability.holds.invoices": "dina fakturor",
    "portability.holds.invoices.counted": "dina fakturor ({n})",
    "portability.contents.not": (
        "De innehåller inte det som vi själva har upprättat eller härlett, såsom interna "
        "anteckningar och anteckningarna om hur dina begäranden handlades. Dem kan du få genom "
        "att begära tillgång till dina uppgifter (artikel 15 i dataskyddsförordningen)."
    ),
    "portability.format": "Formatet",
    "portability.format.json": (
        "{file}: alla uppgifter i en JSON-fil, ett allmänt maskinläsbart format. Datum och tider "
        "anges enligt ISO 8601, tiderna i UTC."
    ),
    "portability.format.csv": (
        "CSV-filer: varje slag av uppgifter i en egen fil, kommaseparerad, i UTF-8. De öppnas "
        "också i ett kalkylprogram."
    ),
    "portability.format.readme": (
        "{file}: vad varje fil och fält betyder, på finska, svenska och engelska."
    ),
    "portability.files": "De bifogade filerna",
    "portability.transmission": "Överföring av uppgifterna till en annan personuppgiftsansvarig",
    "portability.transmission.how": (
        "Du kan själv ge filerna till en annan tjänsteleverantör. Du kan också begära att vi "
        "överför uppgifterna direkt till en annan personuppgiftsansvarig, om det är tekniskt "
        "möjligt: meddela oss mottagarens namn och kontaktuppgifter."
    ),
    "portability.transmission.kept": (
        "Att du får en kopia raderar inte uppgifterna ur vårt register. Om du vill att vi raderar "
        "dem kan du begära det separat (artikel 17 i dataskyddsförordningen)."
    ),
    "portability.free": "Utlämnandet av uppgifterna är avgiftsfritt.",
    "portability.enclosures": "Dina uppgifter i maskinläsbar form, {n} filer",
    # -- The files enclosed with the access and portability letters, and how to check them
    "files.name": "Fil",
    "files.size": "Storlek",
    "files.hash": "SHA-256",
    "files.bytes": "{size} byte",
    "files.none": "Inga filer bifogas detta brev.",
    "files.check": (
        "För att kontrollera att en fil är exakt den som vi skickade, beräkna dess SHA-256-"
        "hashvärde (i Windows: certutil -hashfile fil SHA256; i macOS och Linux: shasum -a 256 "
        "fil) och jämför det med tabellen."
    ),
}
