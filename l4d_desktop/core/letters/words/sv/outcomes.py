"""Letter catalogue, sv: the Swedish letters that tell an outcome: rectification, restriction and
its lifting, objection, withdrawal and erasure (GDPR art. 7.3, 16–18 and 21 in Swedish)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The rectification letter (art. 16, "rätt till rättelse")
    "rectification.subject": "Dina uppgifter har rättats",
    "rectification.done": (
        "Du bad oss {day} att rätta dina personuppgifter. Vi har rättat dina uppgifter enligt "
        "din begäran (artikel 16 i dataskyddsförordningen)."
    ),
    "rectification.nothing": (
        "Du bad oss {day} att rätta dina personuppgifter. Vi har kontrollerat dina uppgifter: det "
        "som vårt kundregister innehöll motsvarade redan din begäran, så inget behövde ändras."
    ),
    "rectification.changed": "Vad vi ändrade",
    "rectification.field": "Uppgift",
    "rectification.changed_at": "Ändrad",
    "rectification.no_changes": "Inga ändringar gjordes i dina uppgifter.",
    "rectification.old_values": (
        "Vi sparar inte de värden som ersattes. Vi antecknar endast vilka uppgifter som ändrades "
        "och när."
    ),
    "rectification.more": "Om du upptäcker andra fel i dina uppgifter, meddela oss.",
    # -- The restriction letter (art. 18, "rätt till begränsning av behandling")
    "restriction.subject": "Behandlingen av dina personuppgifter har begränsats",
    "restriction.intro": (
        "Du bad oss {day} att begränsa behandlingen av dina personuppgifter. Vi har begränsat "
        "den från och med {since} (artikel 18 i dataskyddsförordningen)."
    ),
    "restriction.since": "Begränsad från",
    "restriction.means": "Vad begränsningen innebär",
    "restriction.means.stored": "Dina uppgifter lagras endast.",
    "restriction.means.no_use": (
        "Vi använder dem inte för marknadsföring, för riktad reklam eller för analys eller "
        "statistik."
    ),
    "restriction.means.no_change": (
        "Vi exporterar, lämnar ut eller ändrar dem inte, utom i den mån det behövs för att "
        "handlägga detta ärende."
    ),
    # Art. 18.2: "med den registrerades samtycke eller för att fastställa, göra gällande eller
    # försvara rättsliga anspråk ... skydda någon annan fysisk eller juridisk persons rättigheter
    # eller för skäl som rör ett viktigt allmänintresse"
    "restriction.otherwise": (
        "I övrigt får dina uppgifter, medan begränsningen gäller, behandlas endast med ditt "
        "samtycke, för att fastställa, göra gällande eller försvara rättsliga anspråk, för att "
        "skydda någon annan persons rättigheter eller av skäl som rör ett viktigt allmänintresse "
        "(artikel 18.2)."
    ),
    "restriction.own_access": (
        "Begränsningen inskränker inte din egen rätt till dina uppgifter: du kan fortfarande "
        "begära tillgång till dem eller en kopia som du kan ta med dig till en annan tjänst."
    ),
    "restriction.ends": "När begränsningen upphör",
    "restriction.until": (
        "Begränsningen gäller tills skälet till den inte längre föreligger. Vi meddelar dig innan "
        "vi häver den."
    ),
    # -- The notice that a restriction will be lifted (art. 18.3)
    "lifted.subject": "Meddelande: begränsningen av behandlingen hävs",
    "lifted.intro": (
        "På din begäran har vi begränsat behandlingen av dina personuppgifter sedan {since}. Så "
        "som artikel 18.3 i dataskyddsförordningen kräver meddelar vi dig i förväg att vi häver "
        "begränsningen {lift}."
    ),
    "lifted.on": "Begränsningen hävs",
    "lifted.why": "Varför begränsningen hävs",
    "lifted.ground_ended": (
        "Skälet till begränsningen föreligger inte längre: det ärende som den infördes för har "
        "lösts."
    ),
    "lifted.then": "Vad som händer sedan",
    "lifted.after": (
        "När begränsningen har hävts behandlar vi åter dina uppgifter för de ändamål som beskrivs "
        "i vår dataskyddsbeskrivning. De samtycken du har gett eller återkallat och de invändningar "
        "du har gjort förblir som de är."
    ),
    "lifted.disagree": (
        "Om du inte godtar att begränsningen hävs, kontakta oss före {lift}. Du har också rätt "
        "att invända mot behandlingen av dina uppgifter eller att begära att vi raderar dem."
    ),
    # -- The objection letter (art. 21, "rätt att göra invändningar")
    "objection.subject": "Din invändning mot behandlingen av dina personuppgifter",
    "objection.intro": (
        "Du invände {day} mot behandlingen av dina personuppgifter (artikel 21 i "
        "dataskyddsförordningen). I detta brev berättar vi hur vi har hanterat din invändning."
    ),
    "objection.handling": "Hur vi hanterade din invändning",
    "objection.pending": (
        "Vi handlägger din invändning och meddelar dig vårt beslut, med skälen, senast {due}."
    ),
    # Art. 21.3: "ska personuppgifterna inte längre behandlas för sådana ändamål"
    "objection.marketing_stopped": (
        "Vi slutade genast, {when}, att behandla dina uppgifter för direktmarknadsföring. Detta "
        "omfattar riktad reklam. Din rätt att invända mot direktmarknadsföring är ovillkorlig: vi "
        "väger den inte mot våra egna intressen, och vi kommer inte heller i framtiden att använda "
        "dina uppgifter för direktmarknadsföring."
    ),
    "objection.consents_ended.one": "Därmed upphörde också ditt samtycke till:",
    "objection.consents_ended.other": "Därmed upphörde också dina samtycken till:",
    # Art. 4.5 "pseudonymisering"; art. 6.1 f "berättigat intresse"
    "objection.suppressed": (
        "För att en senare import, till exempel en ny adresslista, inte av misstag ska föra "
        "tillbaka dig till vår marknadsföring sparar vi ett hashvärde av {contacts} på vår "
        "spärrlista för marknadsföring. Hashvärdet är en pseudonymiserad uppgift: det visar inte "
        "kontaktuppgiften som sådan, men det är ändå en personuppgift om dig, eftersom vi med dess "
        "hjälp känner igen samma kontaktuppgift. Vi använder det endast för att vår "
        "marknadsföring inte längre ska nå dig. Grunden är vårt berättigade intresse av att "
        "respektera din invändning (artikel 6.1 f och artikel 21.3 i dataskyddsförordningen). "
        "Spärrlistan finns kvar även om dina övriga uppgifter raderas senare."
    ),
    "objection.customer_messages": (
        "Din invändning stoppar inte de meddelanden som hör till själva kundrelationen, såsom "
        "fakturor och meddelanden om din tjänst."
    ),
    # Art. 21.1: "tvingande berättigade skäl för behandlingen som väger tyngre än den
    # registrerades intressen, rättigheter och friheter"
    "objection.compelling": (
        "Vi bedömde din invändning {when}. Vi fortsätter att behandla dina uppgifter för detta "
        "ändamål, eftersom det finns tvingande berättigade skäl för behandlingen som väger tyngre "
        "än dina intressen, rättigheter och friheter (artikel 21.1 i dataskyddsförordningen). "
        "Våra skäl är följande:"
    ),
    "objection.not_acted": (
        "I denna del vidtar vi därför inte åtgärder med anledning av din begäran. Dina rättsmedel "
        "anges nedan."
    ),
    "objection.assessing": (
        "Vi bedömer fortfarande din invändning och meddelar dig vårt beslut, med skälen, senast "
        "{due}. Under tiden kan du begära att vi begränsar behandlingen av dina uppgifter medan "
        "vi gör bedömningen (artikel 18.1 d i dataskyddsförordningen)."
    ),
    "objection.upheld": (
        "Vi godtog din invändning och slutade {when} att behandla dina uppgifter för detta ändamål."
    ),
    # -- The contact details an objection to direct marketing hashes, as "ett hashvärde av …"
    "hashed_contact.email": "din e-postadress",
    "hashed_contact.phone": "ditt telefonnummer",
    # -- The withdrawal letter (art. 7.3, "återkallande av samtycke")
    "withdrawal.subject": "Ditt samtycke har återkallats",
    "withdrawal.done": (
        "Du bad oss {day} att återkalla ditt samtycke. Vi har antecknat återkallandet, och det "
        "har trätt i kraft."
    ),
    "withdrawal.withdrawn": "Återkallade samtycken",
    "withdrawal.consent": "Samtycke",
    "withdrawal.withdrawn_on": "Återkallat",
    # Art. 7.3: "Ett återkallande av samtycket ska inte påverka lagligheten av behandling som
    # grundar sig på samtycke, innan detta återkallas."
    "withdrawal.stop": (
        "Vi behandlar inte längre dina uppgifter för dessa ändamål. Återkallandet påverkar dock "
        "inte lagligheten av den behandling som grundade sig på ditt samtycke innan det "
        "återkallades (artikel 7.3 i dataskyddsförordningen)."
    ),
    "withdrawal.scope": (
        "Återkallandet gäller endast ändamålen ovan. Det påverkar inte din kundrelation: du får "
        "till exempel fortfarande fakturor och meddelanden om din tjänst."
    ),
    "withdrawal.none": (
        "Du bad oss {day} att återkalla ditt samtycke. Vi har kontrollerat dina samtycken: du hade "
        "inget gällande samtycke som kunde återkallas, så vi behandlar inte dina uppgifter på "
        "grundval av samtycke."
    ),
    "withdrawal.again": "Att ge ditt samtycke på nytt",
    "withdrawal.how_again": (
        "Du kan när som helst ge ditt samtycke på nytt, till exempel på vår webbplats eller genom "
        "att kontakta oss. Ett nytt samtycke gäller först när du själv har gett det, och du kan "
        "återkalla det lika lätt."
    ),
    # -- The erasure letter (art. 17, "rätt till radering")
    "erasure.subject": "Radering av dina personuppgifter",
    "erasure.partial": (
        "Vi kan dock inte radera allt på en gång. Nedan förklarar vi vad vi bevarar, på vilka "
        "grunder och hur länge. I denna del kan din begäran inte verkställas, och du har de "
        "rättsmedel som anges i slutet av detta brev."
    ),
    "erasure.erased": "Vad vi raderar",
    "erasure.customer_number": "kundnummer {number}",
    "erasure.old_invoices": "Fakturor vars lagringstid redan har löpt ut: {numbers}",
    "erasure.anonymised": "Anteckningar från vilka din identitet avlägsnas",
    "erasure.removed_from": "vi avlägsnar {fields}",
    "erasure.remaining": "Kvar blir: {fields}",
    "erasure.kept": "Vad vi bevarar",
    "erasure.kept.what": "Vad vi bevarar",
    "erasure.kept.why": "Varför",
    "erasure.kept.until": "Bevaras till",
    "erasure.kept.deleted": "Raderas",
    "erasure.kept.none": "Vi bevarar inga uppgifter om dig.",
    "erasure.invoice": "Faktura {number}",
    "erasure.until": "{date}",
    "erasure.suppressed.one": "{contacts}, som hashvärde på vår spärrlista för marknadsföring",
    "erasure.suppressed.other": "{contacts}, som hashvärden på vår spärrlista för marknadsföring",
    "erasure.as_long": "Så länge vi bedriver direktmarknadsföring",
    "erasure.request_records": (
        "Anteckningarna om hur dina begäranden handlades, utan din identitet"
    ),
    "erasure.as_long_needed": (
        "Så länge det behövs för att visa att dina begäranden handlades på rätt sätt"
    ),
    # Art. 17.3 b: "för att uppfylla en rättslig förpliktelse"
    "erasure.accounting_act": (
        "Enligt bokföringslagen (1336/1997) 2 kap. 10 § ska verifikationer, såsom fakturor, "
        "bevaras i minst sex år från utgången av det år under vilket räkenskapsperioden "
        "avslutades. Rätten till radering gäller inte i den mån behandlingen är nödvändig för att "
        "uppfylla en sådan rättslig förpliktelse (artikel 17.3 b i dataskyddsförordningen)."
    ),
    "erasure.invoices_kept": (
        "Fakturorna kopplas loss från din kunduppgift. På dem finns endast {fields} kvar. Vi "
        "raderar fakturorna när deras lagringstid löper ut."
    ),
    "erasure.voucher_kept": (
        "Fakturorna kopplas loss från din kunduppgift. På dem finns endast {fields} kvar, som en "
        "verifikation ska visa (mervärdesskattelagen 1501/1993, 209 e §). Vi raderar fakturorna "
        "när deras lagringstid löper ut."
    ),
    "erasure.suppression_explained": (
        "Du har invänt mot direktmarknadsföring. För att en senare import, till exempel en ny "
        "adresslista, inte av misstag ska föra tillbaka dig till vår marknadsföring sparar vi ett "
        "hashvärde av dina kontaktuppgifter. Hashvärdet är en pseudonymiserad uppgift: det visar "
        "inte din adress eller ditt nummer som sådana och innehåller inte ditt namn, men det är "
        "ändå en personuppgift om dig, eftersom vi med dess hjälp känner igen samma "
        "kontaktuppgifter. Vi använder det endast för att vår marknadsföring inte längre ska nå "
        "dig (artikel 6.1 f och artikel 21.3 i dataskyddsförordningen)."
    ),
    # Art. 5.2: "ansvarsskyldighet"
    "erasure.accountability": (
        "Vi bevarar anteckningen om hur dina begäranden handlades, utan din identitet, för att "
        "kunna visa att vi har följt förordningen (artikel 5.2). Den är inte längre kopplad till "
        "dig."
    ),
    # -- The contact details a suppression entry is made from, as "din …"
    "suppressed_contact.email": "din e-postadress",
    "suppressed_contact.phone": "ditt telefonnummer",
}
