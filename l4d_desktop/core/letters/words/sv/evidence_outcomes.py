"""Swedish: what the erasure, objection and withdrawal letters say from their records, and the
paragraph of GDPR art. 19 ("anmälningsskyldighet") from the recipients checklist."""

ENTRIES: dict[str, str] = {
    # -- The erasure letter (art. 17): the day it promises, what is left, the backups
    "erasure.intro_by": (
        "Du bad oss {day} att radera dina personuppgifter (artikel 17 i dataskyddsförordningen). "
        "Vi raderar dina uppgifter ur vårt kundregister senast {erase_by}."
    ),
    "erasure.erase_by": "Raderas senast",
    "erasure.afterwards_all": (
        "När dina uppgifter har raderats kan vi inte längre koppla dig till dem. Om du senare "
        "har att göra med oss igen antecknas dina uppgifter som en ny kunds uppgifter."
    ),
    "erasure.afterwards_invoices": (
        "När dina uppgifter har raderats kan vi inte längre koppla dig till dem, utom fakturorna "
        "som förtecknas ovan: på dem finns ditt namn och din faktureringsadress kvar tills "
        "fakturorna raderas. Om du senare har att göra med oss igen antecknas dina uppgifter som "
        "en ny kunds uppgifter och kopplas inte till de bevarade fakturorna."
    ),
    "erasure.afterwards_suppression": (
        "Hashvärdet på vår spärrlista för marknadsföring, som beskrivs ovan, finns kvar: om du "
        "senare ger oss samma e-postadress eller telefonnummer känner vi med hjälp av hashvärdet "
        "igen den och utelämnar dig från marknadsföring."
    ),
    "erasure.backups": (
        "Raderade uppgifter kan finnas kvar i våra säkerhetskopior i högst {days} till, tills "
        "säkerhetskopiorna ersätts med nya. Senast {date} har dina uppgifter försvunnit också ur "
        "säkerhetskopiorna."
    ),
    "count.day.one": "{n} dag",
    "count.day.other": "{n} dagar",
    # -- Art. 19: the recipients as the checklist records them
    "recipients19.none": (
        "Dina uppgifter har inte lämnats ut till någon mottagare som skulle behöva underrättas om "
        "{act} (artikel 19 i dataskyddsförordningen)."
    ),
    "recipients19.told": (
        "Vi underrättade följande mottagare om {act} (artikel 19 i dataskyddsförordningen):"
    ),
    "recipients19.told_line": "{name}: underrättad {date}",
    # Art. 19: "om inte detta visar sig vara omöjligt eller medföra en oproportionell ansträngning"
    "recipients19.not_told": (
        "Vi underrättade inte följande mottagare om {act}, eftersom det visade sig vara omöjligt "
        "eller skulle ha medfört en oproportionell ansträngning:"
    ),
    "recipients19.not_told_line": "{name}: {reason}",
    "recipients19.pending": "Vi kommer ännu att underrätta följande mottagare om {act}:",
    # -- The withdrawal letter (art. 7.3, 17.1 b): what relied only on the consent
    "withdrawal.erased.heading": "Uppgifter som grundade sig enbart på ditt samtycke",
    "withdrawal.erased": (
        "Vi raderade följande uppgifter, som grundade sig enbart på det samtycke du återkallade "
        "(artikel 17.1 b i dataskyddsförordningen):"
    ),
    "withdrawal.erased_line": "{what}, raderat {date}",
    "withdrawal.to_erase": (
        "Vi raderar också följande uppgifter, som grundade sig enbart på det samtycke du "
        "återkallade, senast {due} (artikel 17.1 b i dataskyddsförordningen):"
    ),
    "withdrawal.nothing_only": (
        "Vi hade inga uppgifter vars enda grund var det samtycke du återkallade, så "
        "återkallandet lämnade inget att radera."
    ),
    "withdrawal.full_erasure": (
        "Du kan också begära att vi raderar alla dina personuppgifter (artikel 17 i "
        "dataskyddsförordningen). Vi raderar då allt som vi inte har någon annan grund att "
        "bevara; fakturor ska till exempel bevaras enligt bokföringslagen. Du kan framställa "
        "begäran genom att svara på detta brev eller genom att kontakta oss."
    ),
}
