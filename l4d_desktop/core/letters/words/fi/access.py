"""Letter catalogue, fi: the Finnish access response (its copy of the data and its tailored
information), the portability cover letter and the list of enclosed files."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The access response (Art. 15): sections 1, 4 and 5 and the frame
    "access.subject": "Vastaus tietopyyntöösi (tarkastusoikeus, tietosuoja-asetuksen 15 artikla)",
    "access.asked": (
        "Pyysit saada tietää, mitä henkilötietoja sinusta käsittelemme. Vastaamme tässä kirjeessä "
        "kaikkiin kysymyksiin, joihin tietosuoja-asetuksen 15 artikla antaa sinulle oikeuden saada "
        "vastauksen."
    ),
    "access.confirmation": "1 Vahvistus",
    "access.confirmed": (
        "Vahvistamme, että {controller} käsittelee sinua koskevia henkilötietoja "
        "asiakasrekisterissään ({register})."
    ),
    "access.nothing_held": (
        "Tarkistimme asiakasrekisterimme ({register}). Emme käsittele sinua koskevia "
        "henkilötietoja. Ainoa tieto sinusta on tämä pyyntö, jonka säilytämme sen käsittelyn "
        "osoittamiseksi."
    ),
    "access.files.heading": "5 Tietosi koneellisesti luettavassa muodossa",
    "access.files.intro": (
        "Liitteenä ovat samat tiedot myös koneellisesti luettavassa, yleisesti käytössä olevassa "
        "muodossa: kaikki tiedot yhtenä JSON-tiedostona, kukin tietolaji omana CSV-tiedostonaan "
        "(UTF-8, avautuu taulukkolaskentaohjelmaan) sekä LUEMINUT-tiedosto, joka kertoo jokaisen "
        "tiedoston ja kentän merkityksen. Tiedostoissa ajat ovat UTC-aikaa."
    ),
    "access.free": (
        "Tämä vastaus liitteineen on maksuton. Jos pyydät lisää jäljennöksiä, voimme periä niistä "
        "kohtuullisen maksun."
    ),
    "access.enclosures": (
        "Tietosi koneellisesti luettavassa muodossa, {n} tiedostoa (luettelo kohdassa 5)"
    ),
    "consulted.heading": "4 Milloin ja miksi tietojasi on käsitelty",
    "consulted.intro": (
        "Rekisterimme kirjaa lokiin jokaisen kerran, kun asiakastietosi avataan tai viedään "
        "tiedostoon, ja sen syyn. Kirjaukset ovat alla, vanhin ensin."
    ),
    "consulted.time": "Aika",
    "consulted.what": "Mitä tehtiin",
    "consulted.why": "Miksi",
    "consulted.none": "Lokissa ei ole merkintöjä tietojesi käsittelystä.",
    "consulted.this_request": "tämän pyyntösi käsittely ({reference})",
    "consulted.request": "pyyntösi käsittely: {kind}, saapui {day}",
    "consulted.a_request": "pyynnön käsittely",
    # -- What was done when the data were consulted, and why
    "consultation_kind.view": "tietosi avattiin",
    "consultation_kind.export": "tietosi vietiin tiedostoon",
    "consultation_kind.print": "sinulle laadittiin kirje",
    "consultation_purpose.customer_service": "asiakaspalvelu",
    # -- The access response, section 3: the information tailored to the person (Art. 15(1))
    "info.heading": "3 Miten ja miksi tietojasi käsitellään",
    "info.purposes.heading": "Käyttötarkoitukset, oikeusperusteet ja säilytysajat",
    "info.purposes.intro": (
        "Käsittelemme tietojasi seuraaviin tarkoituksiin. Oikeusperusteen kohta viittaa EU:n "
        "yleisen tietosuoja-asetuksen 6 artiklaan."
    ),
    "info.purposes.purpose": "Käyttötarkoitus",
    "info.purposes.basis": "Oikeusperuste",
    "info.purposes.data": "Tiedot",
    "info.purposes.retention": "Säilytysaika",
    "info.purposes.none": "Käsittelyn tarkoituksia ei ole kirjattu.",
    # -- The legal bases as the access response names them
    "access_basis.consent": "suostumus (6 artiklan 1 kohdan a alakohta)",
    "access_basis.contract": "sopimus (6 artiklan 1 kohdan b alakohta)",
    "access_basis.legal_obligation": "lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)",
    "access_basis.legitimate_interest": "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
    "info.restricted": (
        "Olet pyytänyt rajoittamaan tietojesi käsittelyä. Siksi vain säilytämme tietojasi emmekä "
        "käytä niitä muuhun kuin pyyntösi käsittelyyn, ennen kuin rajoitus päättyy. Kerromme "
        "sinulle ennen kuin rajoitus poistetaan."
    ),
    "info.objection_stopped": (
        "Koska vastustit käsittelyä ({purpose}), emme enää käsittele tietojasi siihen "
        "tarkoitukseen."
    ),
    "info.objection_overridden": (
        "Vaikka vastustit käsittelyä ({purpose}), jatkamme sitä, koska siihen on kohdassa 2 "
        "kerrottu huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi ja "
        "vapautesi."
    ),
    "info.kinds.heading": "Sinusta käsiteltävät tiedot",
    "info.kinds.intro": "Sinusta on rekisterissämme seuraavia tietoja (sisältö kohdassa 2):",
    "info.kinds.contact": "yhteys- ja asiakastiedot: {fields}",
    "info.kinds.consents": "suostumusmerkintöjä ({n} kpl)",
    "info.kinds.objections": "käsittelyn vastustamista koskevia merkintöjä ({n} kpl)",
    "info.kinds.web_events": "teknisiä tietoja käynneistä ({n} kpl)",
    "info.kinds.invoices": "laskuja ({n} kpl)",
    "info.kinds.requests": "pyyntöjä ({n} kpl)",
    "info.kinds.notes": "muistiinpanoja",
    "info.recipients.heading": "Tietojen vastaanottajat",
    "info.recipients.intro": (
        "Seuraavat yritykset käsittelevät tietoja puolestamme ja ohjeidemme mukaan "
        "(henkilötietojen käsittelijät):"
    ),
    "info.recipients.name": "Vastaanottaja",
    "info.recipients.role": "Tehtävä",
    "info.recipients.country": "Maa",
    "info.recipients.transfer": "Siirto",
    "info.recipients.inside": "EU/ETA-alueella",
    "info.recipients.outside": "EU/ETA-alueen ulkopuolelle",
    "info.recipients.none": "Emme käytä henkilötietojen käsittelijöitä.",
    "info.recipients.authorities": "Luovutamme tietoja viranomaisille vain, kun laki sitä edellyttää.",
    "info.source.heading": "Mistä tiedot on saatu",
    "info.source.registry": "Yhteystietosi on saatu suostumuksellasi rekisteristä.",
    "info.source.registry_named": "Yhteystietosi on saatu suostumuksellasi rekisteristä: {name}.",
    "info.source.third_party": "Yhteystietosi on saatu suostumuksellasi kolmannelta osapuolelta.",
    "info.source.third_party_named": (
        "Yhteystietosi on saatu suostumuksellasi kolmannelta osapuolelta: {name}."
    ),
    "info.source.customer": "Olet antanut yhteys- ja asiakastietosi meille itse.",
    "info.source.choices": "Suostumukset, käsittelyn vastustamiset ja pyynnöt olemme saaneet sinulta.",
    "info.source.web": "Tekniset tiedot on kerätty, kun käytit verkkosivustoamme.",
    "info.source.invoices": "Laskut olemme laatineet itse asiakassuhteemme perusteella.",
    "info.automated": "Automaattinen päätöksenteko ja profilointi",
    "info.rights.heading": "Oikeutesi",
    "info.rights.rectification": (
        "Oikeus tietojen oikaisemiseen (16 artikla): voit pyytää korjaamaan virheelliset ja "
        "täydentämään puutteelliset tietosi."
    ),
    "info.rights.erasure": (
        "Oikeus poistaa tiedot (”oikeus tulla unohdetuksi”, 17 artikla): voit pyytää poistamaan "
        "tietosi. Tietoja, jotka "
        "laki velvoittaa säilyttämään, kuten laskuja kirjanpitolain mukaan, emme voi poistaa ennen "
        "säilytysajan päättymistä."
    ),
    "info.rights.restriction": (
        "Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain "
        "säilytetään esimerkiksi sen ajan, kun selvitämme niiden oikeellisuutta."
    ),
    "info.rights.objection": (
        "Vastustamisoikeus (21 artikla): voit vastustaa käsittelyä, joka perustuu "
        "oikeutettuun etuumme. Suoramarkkinointia, myös mainonnan kohdentamista, voit vastustaa "
        "milloin tahansa, ja se lopetetaan heti."
    ),
    "info.rights.portability": (
        "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): saat antamasi tiedot "
        "koneellisesti luettavassa muodossa ja voit pyytää siirtämään ne suoraan toiselle "
        "rekisterinpitäjälle, kun se on teknisesti mahdollista."
    ),
    "info.rights.withdrawal": (
        "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi milloin "
        "tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä ennen tehdyn "
        "käsittelyn lainmukaisuuteen."
    ),
    "info.rights.how": (
        "Voit käyttää oikeuksiasi ottamalla meihin yhteyttä kirjeen lopussa olevilla "
        "yhteystiedoilla. Pyyntöjen käsittely on maksutonta."
    ),
    # -- The access response, section 2: a copy of the data (Art. 15(3))
    "copy.heading": "2 Jäljennös tiedoistasi",
    "copy.intro": (
        "Alla ovat kaikki tiedot, jotka asiakasrekisterissämme on sinusta. Tyhjä kohta kertoo, "
        "ettei sellaisia tietoja ole. Jäljennöksessä ei ole muita henkilöitä koskevia tietoja."
    ),
    "copy.customer.heading": "Yhteys- ja asiakastiedot",
    "copy.not_recorded": "(ei tallennettu)",
    "copy.not_restricted": "ei rajoitettu",
    "copy.restricted": "rajoitettu pyynnöstäsi",
    "copy.restricted_since": "rajoitettu pyynnöstäsi {day} alkaen",
    "copy.source.registry": "rekisteri",
    "copy.source.third_party": "kolmas osapuoli",
    "copy.source.customer": "itse antamasi",
    # -- Labels of the customer record's own flags and times (the fields are customer_field)
    "record_label.restricted": "käsittelyn rajoitus",
    "record_label.created_at": "tallennettu rekisteriin",
    "record_label.updated_at": "viimeksi muutettu",
    # -- The letter languages by name
    "language_name.fi": "suomi",
    "language_name.en": "englanti",
    "language_name.sv": "ruotsi",
    "copy.consents.heading": "Suostumukset",
    "copy.consents.purpose": "Käyttötarkoitus",
    "copy.consents.given": "Annettu vai peruttu",
    "copy.consents.when": "Milloin",
    "copy.consents.how": "Miten",
    "copy.consents.version": "Selosteen versio",
    "copy.consents.is_given": "annettu",
    "copy.consents.is_withdrawn": "peruttu",
    "copy.consents.none": (
        "Rekisterissä ei ole sinulta saatuja suostumuksia eikä niiden peruutuksia."
    ),
    "copy.consents.in_force": "Voimassa olevat suostumuksesi: {purposes}.",
    "copy.consents.none_in_force": "Sinulla ei ole tällä hetkellä voimassa olevia suostumuksia.",
    # -- How a consent was given or withdrawn
    "consent_method.web_form": "verkkolomake",
    "consent_method.email": "sähköposti",
    "consent_method.letter": "kirje",
    "consent_method.phone": "puhelin",
    "consent_method.in_person": "henkilökohtaisesti",
    "consent_method.import": "siirretty tiedostosta",
    "consent_method.objection": "päättyi, koska vastustit käsittelyä",
    "consent_method.other": "muu tapa",
    "copy.objections.heading": "Käsittelyn vastustaminen",
    "copy.objections.purpose": "Käsittely, jota vastustit",
    "copy.objections.received": "Saapui",
    "copy.objections.reasons": "Perustelusi",
    "copy.objections.decision": "Lopputulos",
    "copy.objections.decided": "Ratkaistu",
    "copy.objections.undecided": "ratkaisematta",
    "copy.objections.none": "Et ole vastustanut tietojesi käsittelyä.",
    "copy.events.heading": "Tekniset tiedot käynneistäsi",
    "copy.events.time": "Aika",
    "copy.events.what": "Sivu, linkki, mainos",
    "copy.events.ip": "IP-osoite",
    "copy.events.referrer": "Mistä tulit",
    "copy.events.device": "Laite",
    "copy.events.none": "Rekisterissä ei ole teknisiä tietoja käynneistäsi verkkosivustollamme.",
    "copy.events.intro": (
        "Käynneistäsi verkkosivustollamme on tallennettu {events}, vanhin ensin. Ajat ovat "
        "Suomen aikaa. Laitesarakkeen tunnus viittaa selaimen ja laitteen tietoihin, jotka ovat "
        "taulukon jälkeen kokonaisuudessaan."
    ),
    "copy.events.device_prefix": "L",
    "copy.events.link": "linkki: ",
    "copy.events.banner": "mainos: ",
    "copy.devices.code": "Tunnus",
    "copy.devices.data": "Selaimen ja laitteen tiedot",
    "copy.invoices.heading": "Laskut",
    "copy.invoices.number": "Laskun numero",
    "copy.invoices.date": "Päivä",
    "copy.invoices.amount": "Summa",
    "copy.invoices.paid": "Maksettu",
    "copy.invoices.buyer": "Ostaja ja laskutusosoite",
    "copy.invoices.yes": "kyllä",
    "copy.invoices.no": "ei",
    "copy.invoices.none": "Rekisterissä ei ole sinulle lähetettyjä laskuja.",
    "copy.requests.heading": "Pyyntösi",
    "copy.requests.request": "Pyyntö",
    "copy.requests.received": "Saapui",
    "copy.requests.handling": "Käsittely",
    "copy.requests.closed": "Päättyi",
    "copy.requests.requester": "Pyytäjä ja viesti",
    "copy.requests.none": "Rekisterissä ei ole pyyntöjäsi.",
    "copy.requests.identified": "henkilöllisyys varmistettu {day}",
    "copy.requests.since": "{day} alkaen",
    "copy.requests.waited": "odotti vastaustasi {span}",
    "copy.requests.extended": "määräaikaa jatkettu {day} asti",
    "copy.requests.corrected": "korjattu {day}: {field}",
    # -- Where a request stands
    "request_status.received": "vastaanotettu",
    "request_status.identity_check": "henkilöllisyyden varmistus",
    "request_status.in_progress": "käsittelyssä",
    "request_status.completed": "toteutettu",
    "request_status.refused": "evätty",
    "request_status.withdrawn": "peruit pyynnön",
    "copy.notes.heading": "Muistiinpanot",
    "copy.notes.in_review": (
        "Asiakastietoihisi on kirjattu muistiinpanoja, joissa voi olla myös muita henkilöitä "
        "koskevia tietoja. Tietosuoja-asetuksen 15 artiklan 4 kohdan mukaan jäljennös ei saa "
        "loukata muiden oikeuksia, joten tarkistamme muistiinpanot ensin. Lähetämme ne sinulle "
        "erikseen, kun muita henkilöitä koskevat tiedot on poistettu niistä."
    ),
    "copy.notes.none": "Sinusta ei ole kirjattu muistiinpanoja.",
    # -- The cover letter of the machine-readable copy (Art. 20)
    "portability.subject": (
        "Henkilötietosi siirrettävässä muodossa (tietosuoja-asetuksen 20 artikla)"
    ),
    "portability.asked": (
        "Pyysit saada antamasi henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti "
        "luettavassa muodossa."
    ),
    "portability.enclosed": "Tiedot ovat tämän kirjeen liitteenä.",
    "portability.contents": "Mitä tiedostoissa on",
    "portability.contents.intro": (
        "Tiedostoissa ovat tiedot, jotka olet itse antanut meille, ja tiedot, jotka on havaittu "
        "käyttäessäsi palveluamme:"
    ),
    "portability.holds.contact": "yhteys- ja asiakastietosi, jotka olet antanut meille",
    "portability.holds.consents": "suostumuksesi ja niiden peruutukset",
    "portability.holds.consents.counted": "suostumuksesi ja niiden peruutukset ({entries})",
    "portability.holds.objections": "tietojesi käsittelyn vastustamisesi",
    "portability.holds.objections.counted": "tietojesi käsittelyn vastustamisesi ({n} kpl)",
    "portability.holds.web_events": (
        "tekniset tiedot, jotka on havaittu käyttäessäsi verkkosivustoamme"
    ),
    "portability.holds.web_events.counted": (
        "tekniset tiedot, jotka on havaittu käyttäessäsi verkkosivustoamme ({events})"
    ),
    "portability.holds.invoices": "laskusi",
    "portability.holds.invoices.counted": "laskusi ({n} kpl)",
    "portability.contents.not": (
        "Tiedostoissa eivät ole tiedot, jotka olemme itse laatineet tai päätelleet, kuten sisäiset "
        "muistiinpanot ja pyyntöjesi käsittelytiedot. Ne saat halutessasi pyytämällä pääsyä omiin "
        "tietoihisi (tietosuoja-asetuksen 15 artikla)."
    ),
    "portability.format": "Tiedostojen muoto",
    "portability.format.json": (
        "{file}: kaikki tiedot yhtenä JSON-tiedostona, joka on yleinen koneellisesti luettava "
        "muoto. Päivämäärät ja ajat ovat ISO 8601 -muodossa, ajat UTC-aikaa."
    ),
    "portability.format.csv": (
        "CSV-tiedostot: kukin tietolaji omana tiedostonaan, pilkuilla erotettuna ja "
        "UTF-8-merkistössä. Ne avautuvat myös taulukkolaskentaohjelmaan."
    ),
    "portability.format.readme": (
        "{file}: jokaisen tiedoston ja kentän merkitys suomeksi, ruotsiksi ja englanniksi."
    ),
    "portability.files": "Liitetyt tiedostot",
    "portability.transmission": "Tietojen siirtäminen toiselle rekisterinpitäjälle",
    "portability.transmission.how": (
        "Voit antaa tiedostot toiselle palveluntarjoajalle itse. Voit myös pyytää meitä siirtämään "
        "tiedot suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista: kerro "
        "meille vastaanottajan nimi ja yhteystiedot."
    ),
    "portability.transmission.kept": (
        "Tietojen siirtäminen ei poista niitä rekisteristämme. Jos haluat, että poistamme ne, voit "
        "pyytää sitä erikseen (tietosuoja-asetuksen 17 artikla)."
    ),
    "portability.free": "Tietojen antaminen on maksutonta.",
    "portability.enclosures": "Tietosi koneellisesti luettavassa muodossa, {n} tiedostoa",
    # -- The files enclosed with the access and portability letters, and how to check them
    "files.name": "Tiedosto",
    "files.size": "Koko",
    "files.hash": "SHA-256-tiiviste",
    "files.bytes": "{size} tavua",
    "files.none": "Tämän kirjeen mukana ei ole tiedostoja.",
    "files.check": (
        "Voit varmistaa, että tiedosto on täsmälleen sama, jonka lähetimme: laske sen "
        "SHA-256-tiiviste (Windowsissa komennolla certutil -hashfile tiedosto SHA256, macOS:ssä ja "
        "Linuxissa komennolla shasum -a 256 tiedosto) ja vertaa sitä taulukkoon."
    ),
}
