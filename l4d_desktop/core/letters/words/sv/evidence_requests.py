"""Letter catalogue, sv: what the extension, restriction, lift-notice and rectification letters
say of the records behind them: grounds, notices given earlier, new values, findings (GDPR art.
12.3, 16 and 18 in their Swedish wording)."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The extension notice (art. 12.3: "med hänsyn till hur komplicerade begärandena är och
    # hur många de är"): grounds, an earlier notice, a promise already passed
    "extension.told_on": "Förlängningen meddelad",
    "extension.grounds": "Vi förlänger tidsfristen eftersom det är nödvändigt med hänsyn till:",
    "extension_ground.complexity": "hur komplicerad din begäran är",
    "extension_ground.number_of_requests": "antalet begäranden som vi har tagit emot",
    "extension.assessment_only": (
        "Förlängningen gäller endast bedömningen av din invändning. En invändning mot "
        "direktmarknadsföring får verkan genast, och handläggningen av den förlängs inte."
    ),
    "extension.confirms": (
        "Vi meddelade dig om förlängningen, med våra skäl, {notice} {how}. Detta brev bekräftar "
        "det meddelandet."
    ),
    "extension.promise_passed": (
        "De {days} dagar som vår dataskyddsbeskrivning lovar löpte ut {promised}, och vi svarade "
        "inte inom dem. Vi ber om ursäkt för detta."
    ),
    # -- The restriction letter: the ground of art. 18.1 and what ends it
    "restriction.ground_label": "Grund för begränsningen",
    "restriction.point": "Artikel 18.1 {point}",
    "restriction.ground": (
        "Begränsningen grundar sig på artikel 18.1 {point} i dataskyddsförordningen: {ground}."
    ),
    # Art. 18.1 a–d in the regulation's Swedish wording, addressed to the person.
    "restriction_ground.a": (
        "du bestrider att dina uppgifter är korrekta, och behandlingen begränsas under den tid "
        "som vi behöver för att kontrollera om de är korrekta"
    ),
    "restriction_ground.b": (
        "behandlingen är olaglig, och du motsätter dig att dina uppgifter raderas och begär i "
        "stället en begränsning av deras användning"
    ),
    "restriction_ground.c": (
        "vi behöver inte längre dina uppgifter för ändamålen med behandlingen, men du behöver dem "
        "för att fastställa, göra gällande eller försvara rättsliga anspråk"
    ),
    "restriction_ground.d": (
        "du har invänt mot behandlingen enligt artikel 21.1 i väntan på kontrollen av huruvida "
        "den personuppgiftsansvariges berättigade skäl väger tyngre än dina"
    ),
    "restriction_ends.a": (
        "Begränsningen upphör när vi har kontrollerat att dina uppgifter är korrekta och vid "
        "behov rättat dem."
    ),
    "restriction_ends.b": (
        "Begränsningen gäller så länge du begär den. Du kan när som helst i stället begära att "
        "vi raderar dina uppgifter."
    ),
    "restriction_ends.c": (
        "Begränsningen gäller så länge du behöver uppgifterna för ditt rättsliga anspråk. "
        "Meddela oss när du inte längre behöver dem."
    ),
    "restriction_ends.d": (
        "Begränsningen gäller tills vi har fattat beslut om din invändning och meddelat dig "
        "utfallet med våra skäl."
    ),
    # Art. 18.3: "ska underrättas av den personuppgiftsansvarige innan begränsningen av
    # behandlingen upphör"
    "restriction.told_first": (
        "Vi skriver till dig innan begränsningen hävs och anger den dag då den hävs och skälet."
    ),
    # -- The lift notice: the reason chosen by the handler
    "lift_reason.accuracy_verified": (
        "Vi har kontrollerat att dina uppgifter är korrekta, och de är korrekta."
    ),
    "lift_reason.data_rectified": (
        "Vi har kontrollerat och rättat dina uppgifter, så grunden för begränsningen föreligger "
        "inte längre."
    ),
    "lift_reason.objection_decided": (
        "Vi har fattat beslut om din invändning, så begränsningen under tiden för bedömningen "
        "upphör."
    ),
    "lift_reason.legal_claims_ended": (
        "Du behöver inte längre uppgifterna för ditt rättsliga anspråk, så grunden för "
        "begränsningen föreligger inte längre."
    ),
    "lift_reason.person_asked": "Du har bett oss häva begränsningen.",
    # -- The rectification letter (art. 16): new values, findings, the true exceptions
    "rectification.subject_answer": "Vårt svar på din begäran om rättelse",
    "rectification.done_partly": (
        "Du bad oss {day} att rätta dina personuppgifter. Vi har rättat en del av dina uppgifter "
        "enligt din begäran (artikel 16 i dataskyddsförordningen). Vi ändrade inte allt som du "
        "begärde; skälen anges nedan."
    ),
    "rectification.new_value": "Nytt värde",
    "rectification.emptied": "(borttaget)",
    "rectification.nothing_changed": (
        "Du bad oss {day} att rätta dina personuppgifter. Vi har handlagt din begäran och ändrade "
        "inte dina uppgifter. Skälen anges nedan."
    ),
    "rectification.old_values_except": (
        "Vi sparar inte de värden som ersattes. Vi antecknar endast vilka uppgifter som ändrades "
        "och när. Undantagen är {exceptions}."
    ),
    "rectification.kept_letters": (
        "de brev som vi redan har skickat dig, vars kopior visar dina uppgifter så som de var i "
        "dessa brev"
    ),
    "rectification.kept_invoices": (
        "fakturor, på vilka köparens namn och faktureringsadress står kvar så som de var på "
        "fakturadagen, så som bokföringslagen kräver"
    ),
    "rectification.checked": "Uppgifter som redan var korrekta",
    "rectification.checked_intro": (
        "Vi kontrollerade de uppgifter som din begäran gällde, och de var redan korrekta. Detta "
        "är vad vi kontrollerade:"
    ),
    "rectification.declined": "En ändring som vi inte gjorde",
    "decline_ground.accuracy_not_shown": (
        "Uppgifterna i vårt register är enligt vår kontroll korrekta, så vi ändrade dem inte."
    ),
    "decline_ground.legal_obligation": (
        "Uppgifterna ingår i en anteckning som lagen kräver att vi bevarar oförändrad."
    ),
    "decline_ground.not_personal_data": (
        "Den begärda ändringen gäller en bedömning eller en åsikt, inte uppgifter om dig, och "
        "rätten till rättelse omfattar den inte."
    ),
    "rectification.partial": (
        "Eftersom vi inte fullt ut vidtog åtgärder med anledning av din begäran anges dina "
        "rättsmedel nedan. Du kan också skicka oss ytterligare uppgifter, utifrån vilka vi "
        "bedömer saken på nytt."
    ),
}
