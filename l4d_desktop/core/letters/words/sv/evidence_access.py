"""Letter catalogue, sv: what an answer to a request for access says beyond the register — the
systems searched, the requester's questions, the letters sent, retention per item, the copy's
delivery — and the letter "vi behandlar inga uppgifter om dig" (GDPR art. 15.1 and 15.3)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- Where the data were looked for (EDPB 01/2022: every filing system, art. 4.6 "register")
    "searches.heading": "Var vi sökte efter dina uppgifter",
    "searches.intro": (
        "Vi sökte efter uppgifter om dig överallt där de kan finnas. Tabellen visar var vi sökte, "
        "när och vad vi hittade."
    ),
    "searches.system": "Var",
    "searches.date": "När",
    "searches.result": "Vad vi hittade",
    "searches.found": "Hittat: {result}",
    "searches.nothing": "Inga uppgifter om dig",
    "searches.register_found": "De uppgifter som förtecknas i avsnitt 2",
    "search_system.register": "Kundregister ({register})",
    "search_system.email": "E-post och korrespondens",
    "search_system.accounting": "Bokföringsbyrå och bokföring",
    "search_system.paper": "Pappersarkiv",
    "search_system.other": "Annat system",
    # -- The requester's own questions
    "questions.heading": "Dina frågor",
    "questions.intro": "Du ställde följande frågor i din begäran. Här är våra svar.",
    "questions.question": "Fråga: {question}",
    "questions.answer": "Svar: {answer}",
    # -- The letters sent to the person (correspondence is part of the copy)
    "sent.heading": "Brev som vi har skickat dig",
    "sent.intro": (
        "Vår korrespondens med dig är uppgifter om dig. Vi har skickat dig dessa brev; de olika "
        "språkversionerna av samma brev är ett brev."
    ),
    "sent.date": "Datum",
    "sent.kind": "Brev",
    "sent.language": "Språk",
    "sent.none": "Vi har inte tidigare skickat dig några brev.",
    "sent_kind.receipt": "Bekräftelse på att din begäran kommit fram",
    "sent_kind.identification": "Begäran om uppgifter för att bekräfta din identitet",
    "sent_kind.extension": "Meddelande om att svaret dröjer",
    "sent_kind.access": "Svar på din begäran om tillgång",
    "sent_kind.portability": "Dataportabilitet",
    "sent_kind.rectification": "Rättelse av dina uppgifter",
    "sent_kind.erasure": "Radering av dina uppgifter",
    "sent_kind.restriction": "Begränsning av behandling",
    "sent_kind.restriction-lifted": "Meddelande om att begränsningen upphör",
    "sent_kind.objection": "Invändning mot behandling",
    "sent_kind.withdrawal": "Återkallande av samtycke",
    "sent_kind.refusal": "Avslag på en begäran",
    "sent_kind.no-data": "Svar: inga uppgifter behandlas",
    # -- Retention per item, where the program knows it (art. 15.1 d "lagringstid")
    "retention.heading": "Lagring av enskilda poster",
    "retention.intro": (
        "Där lagringstiden för en enskild post är känd anges den nedan. För övriga uppgifter, se "
        "den lagringstid som anges för varje ändamål ovan."
    ),
    "retention.item": "Post",
    "retention.until": "Bevaras",
    "retention.invoice": "Faktura {number} ({day})",
    "retention.invoice_until": "till {day} (bokföringslagen 1336/1997, 2 kap. 10 §)",
    # -- How the electronic copy reaches the person (art. 15.3 "i ett elektroniskt format som
    # är allmänt använt")
    "delivery.channel.with_letter": "tillsammans med detta brev i samma försändelse",
    "delivery.channel.encrypted_email": "med krypterad e-post",
    "delivery.channel.secure_link": "via en skyddad nedladdningslänk som upphör att gälla",
    "delivery.channel.post": "på en minnessticka per post",
    "delivery.channel.in_person": "personligen",
    "delivery.detail": " ({detail})",
    "delivery.bundle": "Detta svar och den elektroniska kopian når dig {channel}{detail}.",
    "delivery.separate": "Den elektroniska kopian når dig separat, {channel}{detail}.",
    "delivery.not_recorded": (
        "Inga filer bifogas detta brev. Du kan också få uppgifterna i maskinläsbar form: meddela "
        "oss hur du vill ta emot dem."
    ),
    "access.free_alone": (
        "Detta svar är avgiftsfritt. För ytterligare kopior kan vi ta ut en rimlig avgift."
    ),
    "access.files.available": (
        "Samma uppgifter finns också i maskinläsbar, allmänt använd form: alla i en JSON-fil, "
        "varje slag av uppgifter i en egen CSV-fil (UTF-8) och en README-fil som förklarar varje "
        "fil och fält."
    ),
    # -- "We hold no data about you" (art. 15.1: "bekräftelse på huruvida ... eller inte")
    "nodata.subject": (
        "Din begäran om tillgång till dina personuppgifter (artikel 15 i "
        "dataskyddsförordningen): inga uppgifter behandlas"
    ),
    "nodata.confirmation": "Bekräftelse",
    "nodata.asked": "Du frågade om vi behandlar personuppgifter om dig, och i så fall vilka.",
    "nodata.none_held": (
        "Vi behandlar inga personuppgifter om dig. Den enda anteckningen om dig är denna "
        "begäran, som vi sparar för att visa hur den handlades."
    ),
    "nodata.found_only": (
        "Vårt kundregister innehåller inga uppgifter om dig. Vi har inget om dig utöver det som "
        "tabellen visar och denna begäran, som vi sparar för att visa hur den handlades."
    ),
    "nodata.invoices.heading": "Fakturor som vi bevarar",
    "nodata.invoices.intro": (
        "Dina kunduppgifter har raderats ur vårt register. Bokföringslagen (1336/1997, 2 kap. "
        "10 §) kräver att vi bevarar fakturorna nedan som verifikationer. De visar ditt namn och "
        "din faktureringsadress så som fakturan gör; vi använder dem inte till något annat. Varje "
        "faktura raderas när dess lagringstid löper ut."
    ),
    "nodata.invoices.number": "Faktura",
    "nodata.invoices.date": "Datum",
    "nodata.invoices.amount": "Belopp",
    "nodata.invoices.buyer": "Namn och adress på fakturan",
    "nodata.invoices.until": "Bevaras",
    "nodata.invoices.only": (
        "Vi behandlar inga andra uppgifter om dig. Vi sparar också denna begäran för att visa hur "
        "den handlades."
    ),
    "nodata.free": "Detta svar är avgiftsfritt.",
}
