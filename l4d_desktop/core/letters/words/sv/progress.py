"""Letter catalogue, sv: the Swedish acknowledgement of receipt, request for identification,
notice of extension and refusal (GDPR art. 12.2–12.6 in its Swedish wording)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The receipt
    "receipt.subject": "Vi har tagit emot din begäran om dataskydd",
    "receipt.thanks": "Tack för att du kontaktade oss. {got}",
    "receipt.got_by": "Vi tog emot din begäran {how} {day}.",
    "receipt.answer_by": "Vi svarar senast",
    "receipt.when_promised": (
        "Vår dataskyddsbeskrivning lovar att vi lämnar ut dina uppgifter utan dröjsmål och inom "
        "högst {days} dagar. Vi svarar därför senast {due}."
    ),
    "receipt.when_withdrawal": (
        "Ett återkallande av samtycke träder i kraft utan dröjsmål. Vi bekräftar det skriftligen "
        "senast {due}."
    ),
    # Art. 12.3: "utan onödigt dröjsmål och under alla omständigheter senast en månad"
    "receipt.when": (
        "Vi svarar utan onödigt dröjsmål och senast {due}, inom den månad som "
        "dataskyddsförordningen tillåter."
    ),
    "receipt.next": "Hur det går vidare",
    "receipt.step_identity": (
        "Först försäkrar vi oss om att begäran kommer från dig. De uppgifter vi redan har räcker "
        "oftast; om vi behöver något mer ber vi dig om det separat. Vi ber inte om en kopia av "
        "din identitetshandling."
    ),
    "receipt.step_answer": "Vi svarar dig skriftligen.",
    "receipt.step_delay": (
        "Om din begäran undantagsvis kräver mer tid meddelar vi dig det, med våra skäl, innan "
        "tidsfristen löper ut."
    ),
    "receipt.free": "Behandlingen av din begäran är avgiftsfri.",
    # -- What handling a request of each type involves, as the receipt tells it
    "receipt_step.access": (
        "Vi samlar alla personuppgifter om dig som vårt kundregister innehåller och förklarar för "
        "vilka ändamål och på vilka grunder vi behandlar dem."
    ),
    "receipt_step.portability": (
        "Vi överför de uppgifter du har gett oss till ett strukturerat, allmänt använt och "
        "maskinläsbart format som du kan ta med dig till en annan tjänst."
    ),
    "receipt_step.rectification": (
        "Vi kontrollerar uppgifterna i fråga och rättar eller kompletterar dem."
    ),
    "receipt_step.erasure": (
        "Vi utreder vilka av dina uppgifter som kan raderas och vad lagen kräver att vi bevarar."
    ),
    "receipt_step.restriction": "Vi begränsar behandlingen så att dina uppgifter endast lagras.",
    "receipt_step.objection": (
        "Om du invänder mot direktmarknadsföring upphör vi med den genast. För annan behandling "
        "bedömer vi din invändning och meddelar dig vårt beslut och skälen för det."
    ),
    "receipt_step.withdrawal": (
        "Vi upphör utan dröjsmål med den behandling som grundade sig på ditt samtycke."
    ),
    "receipt_step.other": "Vi utreder ärendet och svarar dig.",
    # -- The request for what confirms the requester's identity
    "identification.subject": "Bekräftelse av din identitet",
    "identification.intro": (
        "Vi tog emot din begäran {day}. För att vi inte ska lämna ut eller ändra dina uppgifter "
        "på någon annans begäran måste vi bekräfta att begäran kommer från dig. De uppgifter som "
        "följde med din begäran räckte inte för detta."
    ),
    "identification.need": "Vad vi behöver av dig",
    "identification.one_of": "Något av följande räcker:",
    "identification.by_email": (
        "Skicka oss ett meddelande till {email} från den e-postadress du tidigare har gett oss "
        "och ange referensen {reference}."
    ),
    "identification.by_number": "Meddela oss ditt kundnummer och den postadress du har gett oss.",
    "identification.by_invoice": (
        "Meddela oss numret och datumet på en faktura som du nyligen har fått av oss."
    ),
    "identification.no_copy": (
        "Vi behöver ingen kopia av din identitetshandling. Om inget av detta är möjligt, kontakta "
        "oss så kommer vi överens om ett annat sätt. Du kan till exempel visa din "
        "identitetshandling när du besöker vårt kontor; vi kopierar den inte och antecknar inte "
        "dess uppgifter."
    ),
    "identification.next": "Hur det går vidare",
    "identification.time_limit": (
        "Vi fortsätter med din begäran så snart vi har fått ditt svar. Denna förfrågan ändrar "
        "inte vår tidsfrist: vi svarar på din begäran senast {due}. Om vi inte till dess har "
        "kunnat bekräfta din identitet meddelar vi dig att vi inte kan vidta åtgärder med "
        "anledning av din begäran, och varför."
    ),
    "identification.use": (
        "Vi använder det du berättar för oss endast för att bekräfta din identitet."
    ),
    # -- The extension notice (art. 12.3: "förlängas med ytterligare två månader")
    "extension.subject": "Förlängning av tiden för svar på din begäran",
    "extension.intro": (
        "Vi tog emot din begäran {day}. Tyvärr kan vi inte besvara den inom den ursprungliga "
        "tidsfristen, som löper ut {original}. Vi förlänger därför tidsfristen enligt artikel "
        "12.3 i dataskyddsförordningen och svarar dig senast {extended}."
    ),
    "extension.original": "Ursprunglig tidsfrist",
    "extension.new": "Ny tidsfrist",
    "extension.notice_on": "Datum för detta meddelande",
    "extension.why": "Varför vi behöver mer tid",
    "extension.allowed": (
        "Förordningen tillåter att tidsfristen vid behov förlängs med högst två ytterligare "
        "månader, med hänsyn till hur komplicerade begärandena är och hur många de är. Vi ska "
        "meddela dig om förlängningen, med skälen, inom en månad från att vi tog emot din "
        "begäran; detta meddelande ges {notice}."
    ),
    "extension.promise_broken": (
        "Vi beklagar att vi inte kan hålla de {days} dagar som vår dataskyddsbeskrivning lovar."
    ),
    "extension.soon": (
        "Vi svarar så snart din begäran har behandlats, före det nya datumet om vi kan."
    ),
    # -- The refusal letter (art. 12.4, 12.5)
    "refusal.subject": "Vårt svar på din begäran om dataskydd",
    "refusal.intro": (
        "Vi tog emot din begäran {day}. Vi har övervägt den och kan inte vidta åtgärder med "
        "anledning av den. Skälen och dina rättsmedel anges nedan."
    ),
    "refusal.decision": "Vårt svar",
    "refusal.refused": "Begäran avslås",
    "refusal.grounds": "Grund",
    "refusal.reasons": "Våra skäl",
    "refusal.assessment": "Vår bedömning av begäran",
    # Art. 12.5: "Den personuppgiftsansvarige ska visa att begäran är uppenbart ogrundad eller
    # orimlig."
    "refusal.burden": (
        "Enligt förordningen är det vi som ska visa att en begäran är uppenbart ogrundad eller "
        "orimlig; vi har därför antecknat vår bedömning skriftligen."
    ),
    "refusal.ask_again": (
        "Du kan när som helst framställa begäran på nytt. För att bekräfta din identitet räcker "
        "det oftast att du skickar den från den e-postadress du har gett oss, eller meddelar oss "
        "ditt kundnummer eller numret på en nyligen mottagen faktura. Vi behöver ingen kopia av "
        "din identitetshandling."
    ),
}
