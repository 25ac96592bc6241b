"""Letter catalogue, sv: the Swedish privacy notice (dataskyddsbeskrivning), in the words of the
Swedish text of the GDPR's articles 13 and 14 ("information som ska tillhandahållas")."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The privacy notice (art. 13–14): headings, labels, and what the law fixes
    "notice.title": "Dataskyddsbeskrivning",
    "notice.intro": (
        "Denna beskrivning berättar hur {controller} behandlar personuppgifter och vilka "
        "rättigheter du har (dataskyddsförordningen (EU) 2016/679, artiklarna 13 och 14)."
    ),
    # Art. 4.7 "personuppgiftsansvarig"
    "notice.controller": "Personuppgiftsansvarig",
    "notice.contact": "Kontaktperson i dataskyddsfrågor",
    "notice.name": "Namn",
    "notice.address": "Adress",
    "notice.postal_address": "Postadress",
    "notice.business_id": "FO-nummer",
    "notice.phone": "Telefon",
    "notice.email": "E-post",
    "notice.web": "Webbplats",
    "notice.contact_person": "Kontaktperson",
    "notice.register": "Registrets namn",
    # Art. 4.1 "den registrerade"
    "notice.persons": "De registrerade",
    "notice.purposes": "Ändamålen med behandlingen och de rättsliga grunderna för den",
    "notice.purposes.intro": (
        "Vi behandlar personuppgifter för följande ändamål. För varje ändamål anges den rättsliga "
        "grunden för behandlingen (artikel 6 i dataskyddsförordningen), de uppgifter som används "
        "och hur länge de lagras."
    ),
    "notice.basis": "Rättslig grund",
    "notice.basis_note": "Om grunden",
    "notice.data_used": "Uppgifter som används",
    "notice.retention_of": "Lagringstid",
    "notice.data": "Personuppgifter som behandlas",
    "notice.source": "Regelbundna uppgiftskällor",
    "notice.recipients": "Mottagare av uppgifterna",
    # Art. 4.8 and 28 "personuppgiftsbiträde"
    "notice.processors": (
        "Personuppgiftsbiträden som behandlar uppgifterna för den personuppgiftsansvariges räkning:"
    ),
    "notice.no_processors": (
        "För närvarande har inga personuppgiftsbiträden antecknats i registret."
    ),
    "notice.outside_eea": "(utanför EES)",
    # Chapter V: "överföring av personuppgifter till tredjeländer"
    "notice.transfers": "Överföring av uppgifter utanför EU eller EES",
    "notice.retention": "Lagring av uppgifterna",
    "notice.rights": "Dina rättigheter",
    "notice.processor": "Personuppgiftsbiträde",
    "notice.task": "Uppgift",
    "notice.location": "Plats",
    "notice.right.access": (
        "Rätt till tillgång (artikel 15): du kan kontrollera vilka uppgifter vi behandlar om dig "
        "och få en kopia av dem. Vi svarar utan dröjsmål, senast inom {days} dagar, och lämnar "
        "uppgifterna i ett kompatibelt, allmänt använt format. Kopian är avgiftsfri."
    ),
    "notice.right.portability": (
        "Rätt till dataportabilitet (artikel 20): du får de uppgifter du har lämnat till oss i ett "
        "maskinläsbart format; vi följer samma praxis som vid begäran om tillgång."
    ),
    "notice.right.rectification": (
        "Rätt till rättelse (artikel 16): om dina uppgifter är felaktiga, ofullständiga eller "
        "inexakta rättar eller kompletterar vi dem utan onödigt dröjsmål."
    ),
    "notice.right.erasure": (
        "Rätt till radering (artikel 17): vi raderar dina uppgifter på din begäran i enlighet med "
        "gällande lag. Uppgifter som lagen (såsom bokföringslagen) kräver att vi bevarar raderas "
        "när deras lagringstid löper ut."
    ),
    "notice.right.restriction": (
        "Rätt till begränsning av behandling (artikel 18): du kan begära att dina uppgifter "
        "endast lagras, till exempel medan deras riktighet kontrolleras."
    ),
    "notice.right.objection": (
        "Rätt att göra invändningar (artikel 21): du kan, av skäl som hänför sig till din "
        "specifika situation, invända mot behandling som grundar sig på berättigat intresse. Du "
        "kan när som helst invända mot direktmarknadsföring, inklusive riktad reklam, och den "
        "upphör genast."
    ),
    "notice.right.withdrawal": (
        "Rätt till återkallande av samtycke (artikel 7.3): du kan när som helst återkalla ditt "
        "samtycke, lika lätt som du gav det. Återkallandet påverkar inte lagligheten av "
        "behandlingen dessförinnan; uppgifter som grundar sig på samtycke raderas så som beskrivs "
        "ovan."
    ),
    "notice.how_to_ask": (
        "En begäran om tillgång, rättelse eller annat kan framställas genom att kontakta den "
        "kontaktperson som nämns i denna beskrivning eller vår kundtjänst. Om det finns rimliga "
        "tvivel om din identitet kan vi begära ytterligare uppgifter för att bekräfta den."
    ),
    # Art. 77 "rätt att lämna in klagomål till en tillsynsmyndighet"
    "notice.complaint.heading": "Rätt att lämna in klagomål",
    "notice.complaint": (
        "Om du anser att behandlingen av dina personuppgifter strider mot "
        "dataskyddslagstiftningen har du rätt att lämna in klagomål till dataombudsmannen:"
    ),
    "notice.automated": "Profilering och automatiserat beslutsfattande",
    "notice.security": "Hur uppgifterna skyddas",
    # Art. 30 "register över behandling"
    "notice.drawn_up": (
        "Denna beskrivning har upprättats {date} utifrån den personuppgiftsansvariges register "
        "över behandling."
    ),
    # -- The legal bases as the privacy notice names them (art. 6.1 a, b, c, f)
    "notice_basis.consent": "samtycke (artikel 6.1 a)",
    "notice_basis.contract": "avtal (artikel 6.1 b)",
    "notice_basis.legal_obligation": "rättslig förpliktelse (artikel 6.1 c)",
    "notice_basis.legitimate_interest": "berättigat intresse (artikel 6.1 f)",
}
