"""Letter catalogue, fi: the Finnish letters that tell an outcome: rectification, restriction and
its lifting, objection, withdrawal and erasure."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The rectification letter (Art. 16)
    "rectification.subject": "Tietosi on oikaistu",
    "rectification.done": (
        "Saimme {day} pyyntösi oikaista henkilötietojasi. Olemme oikaisseet tietosi pyyntösi "
        "mukaisesti (tietosuoja-asetuksen 16 artikla)."
    ),
    "rectification.nothing": (
        "Saimme {day} pyyntösi oikaista henkilötietojasi. Tarkistimme tietosi: "
        "asiakasrekisterissämme olleet tiedot vastasivat jo pyyntöäsi, joten niihin ei tarvinnut "
        "tehdä muutoksia."
    ),
    "rectification.changed": "Mitä muutimme",
    "rectification.field": "Tieto",
    "rectification.changed_at": "Muutettu",
    "rectification.no_changes": "Tietoihisi ei tehty muutoksia.",
    "rectification.old_values": (
        "Emme säilytä korvattuja tietoja. Kirjaamme ainoastaan, mitkä tiedot muuttuivat ja milloin."
    ),
    "rectification.more": "Jos huomaat tiedoissasi vielä virheitä, kerro niistä meille.",
    # -- The restriction letter (Art. 18)
    "restriction.subject": "Henkilötietojesi käsittelyä on rajoitettu",
    "restriction.intro": (
        "Saimme {day} pyyntösi rajoittaa henkilötietojesi käsittelyä. Olemme rajoittaneet "
        "käsittelyn {since} alkaen (tietosuoja-asetuksen 18 artikla)."
    ),
    "restriction.since": "Rajoitettu",
    "restriction.means": "Mitä rajoitus tarkoittaa",
    "restriction.means.stored": "Tietojasi ainoastaan säilytetään.",
    "restriction.means.no_use": (
        "Emme käytä tietojasi markkinointiin, mainonnan kohdentamiseen emmekä analysointiin tai "
        "tilastointiin."
    ),
    "restriction.means.no_change": (
        "Emme siirrä, luovuta tai muuta tietojasi, paitsi siltä osin kuin se on tarpeen tämän "
        "asian hoitamiseksi."
    ),
    "restriction.otherwise": (
        "Muuten tietojasi saa rajoituksen aikana käsitellä vain suostumuksellasi tai jos se on "
        "tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi, toisen henkilön "
        "oikeuksien suojaamiseksi tai tärkeän yleisen edun vuoksi (18 artiklan 2 kohta)."
    ),
    "restriction.own_access": (
        "Rajoitus ei koske omaa oikeuttasi saada tietosi: voit edelleen pyytää pääsyä tietoihisi "
        "tai niiden siirtämistä toiseen palveluun."
    ),
    "restriction.ends": "Rajoituksen päättyminen",
    "restriction.until": (
        "Rajoitus on voimassa, kunnes sen peruste on poistunut. Ilmoitamme sinulle etukäteen, "
        "ennen kuin poistamme rajoituksen."
    ),
    # -- The notice that a restriction will be lifted (Art. 18(3))
    "lifted.subject": "Ilmoitus käsittelyn rajoituksen poistamisesta",
    "lifted.intro": (
        "Olemme rajoittaneet henkilötietojesi käsittelyä pyynnöstäsi {since} alkaen. "
        "Tietosuoja-asetuksen 18 artiklan 3 kohdan mukaisesti ilmoitamme sinulle etukäteen, että "
        "poistamme rajoituksen {lift}."
    ),
    "lifted.on": "Rajoitus poistetaan",
    "lifted.why": "Miksi rajoitus poistetaan",
    "lifted.ground_ended": (
        "Rajoituksen peruste on poistunut: asia, jonka selvittämisen ajaksi käsittelyä "
        "rajoitettiin, on ratkaistu."
    ),
    "lifted.then": "Mitä sen jälkeen tapahtuu",
    "lifted.after": (
        "Rajoituksen poistamisen jälkeen käsittelemme tietojasi jälleen tietosuojaselosteessamme "
        "kerrottuihin tarkoituksiin. Antamasi ja peruuttamasi suostumukset sekä tekemäsi "
        "vastustamisesi pysyvät voimassa ennallaan."
    ),
    "lifted.disagree": (
        "Jos et hyväksy rajoituksen poistamista, ota meihin yhteyttä ennen {lift}. Sinulla on myös "
        "oikeus vastustaa tietojesi käsittelyä tai pyytää niiden poistamista."
    ),
    # -- The objection letter (Art. 21)
    "objection.subject": "Vastaus käsittelyn vastustamista koskevaan pyyntöösi",
    "objection.intro": (
        "Saimme {day} pyyntösi, jossa vastustat henkilötietojesi käsittelyä (tietosuoja-asetuksen "
        "21 artikla). Kerromme alla, miten olemme sen käsitelleet."
    ),
    "objection.handling": "Vastustamisesi käsittely",
    "objection.pending": (
        "Käsittelemme vastustamistasi ja kerromme ratkaisumme perusteluineen viimeistään {due}."
    ),
    "objection.marketing_stopped": (
        "Lopetimme tietojesi käsittelyn suoramarkkinointia varten heti {when}. Tämä koskee myös "
        "mainonnan kohdentamista. Oikeutesi vastustaa suoramarkkinointia on ehdoton: emme punnitse "
        "sitä omia etujamme vastaan, emmekä käytä tietojasi suoramarkkinointiin jatkossakaan."
    ),
    "objection.consents_ended.one": "Samalla päättyi seuraava suostumuksesi:",
    "objection.consents_ended.other": "Samalla päättyivät seuraavat suostumuksesi:",
    "objection.suppressed": (
        "Jotta sinua ei myöhemmin otettaisi vahingossa uudelleen markkinoinnin piiriin esimerkiksi "
        "uuden osoiteluettelon mukana, säilytämme {contacts} tiivisteen markkinoinnin "
        "estolistalla. Tiiviste on pseudonymisoitu tieto: siitä ei näe yhteystietoa sellaisenaan, "
        "mutta se on edelleen sinua koskeva henkilötieto, koska sen avulla tunnistamme saman "
        "yhteystiedon. Käytämme sitä vain siihen, ettei markkinointimme enää tavoita sinua. "
        "Peruste on oikeutettu etumme noudattaa vastustamistasi (tietosuoja-asetuksen 6 artiklan "
        "1 kohdan f alakohta ja 21 artiklan 3 kohta). Estolista säilyy, vaikka muut tietosi "
        "myöhemmin poistettaisiin."
    ),
    "objection.customer_messages": (
        "Vastustaminen ei estä asiakassuhteeseen kuuluvaa viestintää, kuten laskuja ja palveluasi "
        "koskevia tiedotteita."
    ),
    "objection.compelling": (
        "Arvioimme vastustamisesi {when}. Jatkamme tietojesi käsittelyä tähän tarkoitukseen, "
        "koska käsittelyyn on olemassa huomattavan tärkeä ja perusteltu syy, joka syrjäyttää "
        "etusi, oikeutesi ja vapautesi (tietosuoja-asetuksen 21 artiklan 1 kohta). Perusteemme "
        "ovat seuraavat:"
    ),
    "objection.not_acted": (
        "Tältä osin emme siis toteuta pyyntöäsi. Oikeussuojakeinoistasi kerrotaan jäljempänä."
    ),
    "objection.assessing": (
        "Arvioimme vielä vastustamistasi ja kerromme ratkaisumme perusteluineen viimeistään {due}. "
        "Voit sillä välin pyytää, että tietojesi käsittelyä rajoitetaan arvioinnin ajaksi "
        "(tietosuoja-asetuksen 18 artiklan 1 kohdan d alakohta)."
    ),
    "objection.upheld": (
        "Hyväksyimme vastustamisesi ja lopetimme tietojesi käsittelyn tähän tarkoitukseen {when}."
    ),
    # -- The contact details an objection to direct marketing hashes, as "we keep a hash of …"
    "hashed_contact.email": "sähköpostiosoitteestasi",
    "hashed_contact.phone": "puhelinnumerostasi",
    # -- The withdrawal letter (Art. 7(3))
    "withdrawal.subject": "Suostumuksesi on peruutettu",
    "withdrawal.done": (
        "Saimme {day} pyyntösi peruuttaa suostumuksesi. Olemme kirjanneet peruutuksen, ja se on "
        "tullut voimaan."
    ),
    "withdrawal.withdrawn": "Peruutetut suostumukset",
    "withdrawal.consent": "Suostumus",
    "withdrawal.withdrawn_on": "Peruutettu",
    "withdrawal.stop": (
        "Lopetamme tietojesi käsittelyn näihin tarkoituksiin. Peruutus ei kuitenkaan vaikuta sitä "
        "ennen suostumuksesi perusteella tehdyn käsittelyn lainmukaisuuteen (tietosuoja-asetuksen "
        "7 artiklan 3 kohta)."
    ),
    "withdrawal.scope": (
        "Peruutus koskee vain edellä mainittuja tarkoituksia. Se ei vaikuta asiakassuhteeseesi: "
        "saat meiltä edelleen esimerkiksi laskut ja palveluasi koskevat viestit."
    ),
    "withdrawal.none": (
        "Saimme {day} pyyntösi peruuttaa suostumuksesi. Tarkistimme suostumuksesi: sinulla ei "
        "ollut voimassa olevaa suostumusta, jonka olisi voinut peruuttaa, joten emme käsittele "
        "tietojasi suostumuksen perusteella."
    ),
    "withdrawal.again": "Suostumuksen antaminen uudelleen",
    "withdrawal.how_again": (
        "Voit antaa suostumuksen uudelleen milloin tahansa, esimerkiksi verkkosivuillamme tai "
        "ottamalla meihin yhteyttä. Uusi suostumus on voimassa vasta, kun olet itse antanut sen, "
        "ja voit peruuttaa sen yhtä helposti."
    ),
    # -- The erasure letter (Art. 17)
    "erasure.subject": "Henkilötietojesi poistaminen",
    "erasure.partial": (
        "Kaikkea emme kuitenkaan voi poistaa heti. Kerromme alla, mitä säilytämme, millä "
        "perusteella ja kuinka kauan. Tältä osin pyyntöäsi ei voida toteuttaa, ja sinulla on "
        "kirjeen lopussa kerrotut oikeussuojakeinot."
    ),
    "erasure.erased": "Poistettavat tiedot",
    "erasure.customer_number": "asiakasnumero {number}",
    "erasure.old_invoices": "Laskut, joiden säilytysaika on jo päättynyt: {numbers}",
    "erasure.anonymised": "Tiedot, joista henkilöllisyytesi poistetaan",
    "erasure.removed_from": "niistä poistetaan {fields}",
    "erasure.remaining": "Jäljelle jäävät {fields}",
    "erasure.kept": "Säilytettävät tiedot",
    "erasure.kept.what": "Säilytettävä tieto",
    "erasure.kept.why": "Peruste",
    "erasure.kept.until": "Säilytetään",
    "erasure.kept.deleted": "Poistetaan",
    "erasure.kept.none": "Emme säilytä sinusta mitään tietoja.",
    "erasure.invoice": "Lasku {number}",
    "erasure.until": "{date} asti",
    "erasure.suppressed.one": "{contacts} tiivisteenä markkinoinnin estolistalla",
    "erasure.suppressed.other": "{contacts} tiivisteinä markkinoinnin estolistalla",
    "erasure.as_long": "Niin kauan kuin harjoitamme suoramarkkinointia",
    "erasure.request_records": "Tietosuojapyyntöjesi käsittelytiedot ilman henkilöllisyyttäsi",
    "erasure.as_long_needed": (
        "Niin kauan kuin niitä tarvitaan osoittamaan, että pyyntösi käsiteltiin asianmukaisesti"
    ),
    "erasure.accounting_act": (
        "Kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan tositteet, kuten laskut, on säilytettävä "
        "vähintään kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt. Oikeutta "
        "tietojen poistamiseen ei ole siltä osin kuin käsittely on tarpeen tällaisen lakisääteisen "
        "velvoitteen noudattamiseksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta)."
    ),
    "erasure.invoices_kept": (
        "Laskut irrotetaan asiakastiedoistasi. Niissä säilyvät vain {fields}. Poistamme laskut, "
        "kun niiden säilytysaika on päättynyt."
    ),
    "erasure.voucher_kept": (
        "Laskut irrotetaan asiakastiedoistasi. Niissä säilyvät vain {fields}, jotka tositteessa on "
        "oltava (arvonlisäverolaki 209 e §). Poistamme laskut, kun niiden säilytysaika on "
        "päättynyt."
    ),
    "erasure.suppression_explained": (
        "Olet vastustanut suoramarkkinointia. Jotta sinua ei myöhemmin otettaisi vahingossa "
        "uudelleen markkinoinnin piiriin esimerkiksi uuden osoiteluettelon mukana, säilytämme "
        "yhteystiedoistasi tiivisteen. Tiiviste on pseudonymisoitu tieto: siitä ei näe "
        "osoitettasi tai numeroasi sellaisenaan eikä siinä ole nimeäsi, mutta se on edelleen "
        "sinua koskeva henkilötieto, koska sen avulla tunnistamme samat yhteystiedot. Käytämme "
        "sitä vain siihen, ettei markkinointimme enää tavoita sinua (tietosuoja-asetuksen 6 "
        "artiklan 1 kohdan f alakohta ja 21 artiklan 3 kohta)."
    ),
    "erasure.accountability": (
        "Tietosuojapyyntöjesi käsittelystä säilytämme tiedot ilman henkilöllisyyttäsi, jotta "
        "voimme osoittaa noudattaneemme tietosuoja-asetusta (5 artiklan 2 kohta). Niitä ei enää "
        "yhdistetä sinuun."
    ),
    # -- The contact details a suppression entry is made from, as "your …"
    "suppressed_contact.email": "sähköpostiosoitteesi",
    "suppressed_contact.phone": "puhelinnumerosi",
}
