"""Letter catalogue, fi: what an access answer says beyond the register — the systems searched,
the requester's questions, the letters sent, retention per item, the copy's delivery — and the
"we hold no data about you" letter."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- Where the data were looked for (EDPB 01/2022: every filing system)
    "searches.heading": "Mistä etsimme tietojasi",
    "searches.intro": (
        "Etsimme sinua koskevia tietoja kaikista paikoista, joissa niitä voi olla. Taulukko "
        "kertoo, mistä etsimme, milloin ja mitä löytyi."
    ),
    "searches.system": "Mistä",
    "searches.date": "Milloin",
    "searches.result": "Mitä löytyi",
    "searches.found": "Löytyi: {result}",
    "searches.nothing": "Ei tietoja sinusta",
    "searches.register_found": "Kohdassa 2 luetellut tiedot",
    "search_system.register": "Asiakasrekisteri ({register})",
    "search_system.email": "Sähköposti ja kirjeenvaihto",
    "search_system.accounting": "Tilitoimisto ja kirjanpito",
    "search_system.paper": "Paperiarkisto",
    "search_system.other": "Muu järjestelmä",
    # -- The requester's own questions
    "questions.heading": "Kysymyksesi",
    "questions.intro": "Esitit pyynnössäsi seuraavat kysymykset. Vastaamme niihin tässä.",
    "questions.question": "Kysymys: {question}",
    "questions.answer": "Vastaus: {answer}",
    # -- The letters sent to the person (correspondence is part of the copy)
    "sent.heading": "Kirjeet, jotka olemme lähettäneet sinulle",
    "sent.intro": (
        "Kirjeenvaihtomme kanssasi on sinua koskevaa tietoa. Olemme lähettäneet sinulle nämä "
        "kirjeet; saman kirjeen eri kieliversiot ovat yksi kirje."
    ),
    "sent.date": "Päivä",
    "sent.kind": "Kirje",
    "sent.language": "Kieli",
    "sent.none": "Emme ole aiemmin lähettäneet sinulle kirjeitä.",
    "sent_kind.receipt": "Vahvistus pyynnön saapumisesta",
    "sent_kind.identification": "Pyyntö lisätiedoista henkilöllisyyden varmistamiseksi",
    "sent_kind.extension": "Ilmoitus vastausajan pidentämisestä",
    "sent_kind.access": "Vastaus tietopyyntöön",
    "sent_kind.portability": "Tietojen siirtäminen",
    "sent_kind.rectification": "Tietojen oikaiseminen",
    "sent_kind.erasure": "Tietojen poistaminen",
    "sent_kind.restriction": "Käsittelyn rajoittaminen",
    "sent_kind.restriction-lifted": "Ilmoitus rajoituksen päättymisestä",
    "sent_kind.objection": "Käsittelyn vastustaminen",
    "sent_kind.withdrawal": "Suostumuksen peruuttaminen",
    "sent_kind.refusal": "Pyynnön epääminen",
    "sent_kind.no-data": "Vastaus: tietoja ei käsitellä",
    # -- Retention per item, where the program knows it
    "retention.heading": "Tietokohtaiset säilytysajat",
    "retention.intro": (
        "Kun yksittäisen tiedon säilytysaika on tiedossa, se on alla. Muiden tietojen "
        "säilytysaika on edellä käyttötarkoituksen kohdalla."
    ),
    "retention.item": "Tieto",
    "retention.until": "Säilytetään",
    "retention.invoice": "Lasku {number} ({day})",
    "retention.invoice_until": "{day} asti (kirjanpitolaki 1336/1997, 2 luku 10 §)",
    # -- How the electronic copy reaches the person (Art. 15(3))
    "delivery.channel.with_letter": "tämän kirjeen mukana samassa paketissa",
    "delivery.channel.encrypted_email": "salattuna sähköpostina",
    "delivery.channel.secure_link": "suojattuna latauslinkkinä, joka vanhenee",
    "delivery.channel.post": "muistitikulla postitse",
    "delivery.channel.in_person": "henkilökohtaisesti luovuttaen",
    "delivery.detail": " ({detail})",
    "delivery.bundle": "Tämä vastaus ja sähköinen kopio toimitetaan sinulle {channel}{detail}.",
    "delivery.separate": "Sähköinen kopio toimitetaan sinulle erikseen {channel}{detail}.",
    "delivery.not_recorded": (
        "Tämän kirjeen mukana ei ole tiedostoja. Saat tiedot myös koneellisesti luettavassa "
        "muodossa: kerro meille, miten haluat ne toimitettavan."
    ),
    "access.free_alone": (
        "Tämä vastaus on maksuton. Jos pyydät lisää jäljennöksiä, voimme periä niistä "
        "kohtuullisen maksun."
    ),
    "access.files.available": (
        "Samat tiedot ovat saatavilla myös koneellisesti luettavassa, yleisesti käytössä olevassa "
        "muodossa: kaikki tiedot yhtenä JSON-tiedostona, kukin tietolaji omana CSV-tiedostonaan "
        "(UTF-8) sekä LUEMINUT-tiedosto, joka kertoo jokaisen tiedoston ja kentän merkityksen."
    ),
    # -- "We hold no data about you" (Art. 15(1): confirmation whether or not)
    "nodata.subject": (
        "Vastaus tietopyyntöösi (tarkastusoikeus, tietosuoja-asetuksen 15 artikla): tietojasi ei "
        "käsitellä"
    ),
    "nodata.confirmation": "Vahvistus",
    "nodata.asked": (
        "Pyysit saada tietää, käsittelemmekö sinua koskevia henkilötietoja ja mitä ne ovat."
    ),
    "nodata.none_held": (
        "Emme käsittele sinua koskevia henkilötietoja. Ainoa tieto sinusta on tämä pyyntö, jonka "
        "säilytämme sen käsittelyn osoittamiseksi."
    ),
    "nodata.found_only": (
        "Asiakasrekisterissämme ei ole sinusta tietoja. Muita tietoja sinusta ei ole kuin "
        "taulukossa kerrotut ja tämä pyyntö, jonka säilytämme sen käsittelyn osoittamiseksi."
    ),
    "nodata.invoices.heading": "Laskut, joita säilytämme",
    "nodata.invoices.intro": (
        "Asiakastietosi on poistettu rekisteristämme. Kirjanpitolaki (1336/1997, 2 luku 10 §) "
        "velvoittaa meidät säilyttämään alla luetellut laskut tositteina. Niissä ovat nimesi ja "
        "laskutusosoitteesi sellaisina kuin ne laskulla ovat; emme käytä niitä mihinkään muuhun. "
        "Poistamme kunkin laskun sen säilytysajan päätyttyä."
    ),
    "nodata.invoices.number": "Lasku",
    "nodata.invoices.date": "Päivä",
    "nodata.invoices.amount": "Summa",
    "nodata.invoices.buyer": "Nimi ja osoite laskulla",
    "nodata.invoices.until": "Säilytetään",
    "nodata.invoices.only": (
        "Muita tietoja sinusta emme käsittele. Säilytämme lisäksi tämän pyynnön sen käsittelyn "
        "osoittamiseksi."
    ),
    "nodata.free": "Tämä vastaus on maksuton.",
}
