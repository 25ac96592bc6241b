"""Letter catalogue, fi: the Finnish privacy notice."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The privacy notice (Art. 13–14): headings, labels, and what the law fixes
    "notice.title": "Tietosuojaseloste",
    "notice.intro": (
        "Tässä selosteessa kerrotaan, miten {controller} käsittelee henkilötietoja ja mitä "
        "oikeuksia sinulla on (EU:n yleinen tietosuoja-asetus 2016/679, 13 ja 14 artikla)."
    ),
    "notice.controller": "Rekisterinpitäjä",
    "notice.contact": "Yhteyshenkilö tietosuoja-asioissa",
    "notice.name": "Nimi",
    "notice.address": "Osoite",
    "notice.postal_address": "Postiosoite",
    "notice.business_id": "Y-tunnus",
    "notice.phone": "Puhelin",
    "notice.email": "Sähköposti",
    "notice.web": "Verkkosivusto",
    "notice.contact_person": "Yhteyshenkilö",
    "notice.register": "Rekisterin nimi",
    "notice.persons": "Rekisteröidyt",
    "notice.purposes": "Käsittelyn tarkoitukset ja oikeusperusteet",
    "notice.purposes.intro": (
        "Käsittelemme henkilötietoja seuraaviin tarkoituksiin. Kunkin tarkoituksen kohdalla "
        "kerrotaan käsittelyn oikeusperuste (tietosuoja-asetuksen 6 artikla), käytettävät tiedot "
        "ja säilytysaika."
    ),
    "notice.basis": "Oikeusperuste",
    "notice.basis_note": "Peruste tarkemmin",
    "notice.data_used": "Käytettävät tiedot",
    "notice.retention_of": "Säilytysaika",
    "notice.data": "Käsiteltävät henkilötiedot",
    "notice.source": "Säännönmukaiset tietolähteet",
    "notice.recipients": "Tietojen vastaanottajat",
    "notice.processors": (
        "Rekisterinpitäjän lukuun tietoja käsittelevät henkilötietojen käsittelijät:"
    ),
    "notice.no_processors": (
        "Rekisteriin ei ole tällä hetkellä merkitty henkilötietojen käsittelijöitä."
    ),
    "notice.outside_eea": "(ETA:n ulkopuolella)",
    "notice.transfers": "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    "notice.retention": "Tietojen säilytysaika",
    "notice.rights": "Rekisteröidyn oikeudet",
    "notice.processor": "Käsittelijä",
    "notice.task": "Tehtävä",
    "notice.location": "Sijainti",
    "notice.right.access": (
        "Oikeus saada pääsy tietoihin (15 artikla): voit tarkistaa, mitä tietoja sinusta "
        "käsittelemme, ja saada niistä jäljennöksen. Vastaamme viipymättä, viimeistään {days} "
        "päivän kuluessa, ja toimitamme tiedot yhteensopivassa, yleisesti käytössä olevassa "
        "muodossa. Jäljennös on maksuton."
    ),
    "notice.right.portability": (
        "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): saat antamasi tiedot "
        "koneluettavassa muodossa; noudatamme samoja käytäntöjä kuin tarkastuspyynnöissä."
    ),
    "notice.right.rectification": (
        "Oikeus tietojen oikaisemiseen (16 artikla): jos tietosi ovat virheellisiä, puutteellisia "
        "tai epätarkkoja, oikaisemme tai täydennämme ne ilman aiheetonta viivytystä."
    ),
    "notice.right.erasure": (
        "Oikeus poistaa tiedot (”oikeus tulla unohdetuksi”, 17 artikla): poistamme tietosi "
        "pyynnöstäsi ajankohtaisen "
        "lainsäädännön mukaisesti. Tiedot, jotka laki (esimerkiksi kirjanpitolaki) velvoittaa "
        "säilyttämään, poistetaan säilytysajan päätyttyä."
    ),
    "notice.right.restriction": (
        "Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain "
        "säilytetään esimerkiksi sen ajan, kun niiden paikkansapitävyyttä selvitetään."
    ),
    "notice.right.objection": (
        "Vastustamisoikeus (21 artikla): voit vastustaa oikeutettuun etuun perustuvaa "
        "käsittelyä erityiseen tilanteeseesi liittyvällä perusteella. Suoramarkkinointia, myös "
        "mainonnan kohdentamista, voit vastustaa milloin tahansa, ja se lopetetaan heti."
    ),
    "notice.right.withdrawal": (
        "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi milloin "
        "tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä ennen tapahtuneen "
        "käsittelyn lainmukaisuuteen; suostumukseen perustuvat tiedot poistetaan edellä kerrotulla "
        "tavalla."
    ),
    "notice.how_to_ask": (
        "Tarkastus-, oikaisu- tai muun pyynnön voi esittää ottamalla yhteyttä tässä selosteessa "
        "mainittuun yhteyshenkilöön tai asiakaspalveluun. Jos henkilöllisyydestäsi on perusteltua "
        "epäilystä, saatamme pyytää lisätietoja sen varmistamiseksi."
    ),
    "notice.complaint.heading": "Oikeus tehdä valitus valvontaviranomaiselle",
    "notice.complaint": (
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla "
        "on oikeus saattaa asia Tietosuojavaltuutetun käsiteltäväksi:"
    ),
    "notice.automated": "Profilointi ja automaattinen päätöksenteko",
    "notice.security": "Henkilötietojen suojauksen periaatteet",
    "notice.drawn_up": (
        "Seloste on laadittu {date} rekisterinpitäjän käsittelytoimia koskevan selosteen pohjalta."
    ),
    # -- The legal bases as the privacy notice names them
    "notice_basis.consent": "suostumus (6 artiklan 1 kohdan a alakohta)",
    "notice_basis.contract": "sopimus (6 artiklan 1 kohdan b alakohta)",
    "notice_basis.legal_obligation": "lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)",
    "notice_basis.legitimate_interest": "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
}
