"""Letter catalogue, fi: the Finnish receipt, identification request, extension notice and
refusal."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The receipt
    "receipt.subject": "Tietosuojapyyntösi on vastaanotettu",
    "receipt.thanks": "Kiitos yhteydenotostasi. {got}",
    "receipt.got_by": "Saimme pyyntösi {how} {day}.",
    "receipt.answer_by": "Vastaamme viimeistään",
    "receipt.when_promised": (
        "Tietosuojaselosteessamme lupaamme toimittaa tiedot viipymättä ja enintään {days} päivän "
        "kuluessa. Vastaamme siksi viimeistään {due}."
    ),
    "receipt.when_withdrawal": (
        "Suostumuksen peruutus tulee voimaan viipymättä. Vahvistamme sen sinulle kirjallisesti "
        "viimeistään {due}."
    ),
    "receipt.when": (
        "Vastaamme ilman aiheetonta viivytystä ja viimeistään {due}, tietosuoja-asetuksen mukaisen "
        "kuukauden määräajan kuluessa."
    ),
    "receipt.next": "Miten pyyntösi etenee",
    "receipt.step_identity": (
        "Varmistamme ensin, että pyyntö tulee sinulta. Siihen riittävät yleensä tiedot, jotka "
        "meillä jo on; jos tarvitsemme lisätietoja, kysymme niitä erikseen. Emme pyydä kopiota "
        "henkilöllisyystodistuksestasi."
    ),
    "receipt.step_answer": "Vastaamme sinulle kirjallisesti.",
    "receipt.step_delay": (
        "Jos käsittely poikkeuksellisesti vaatii enemmän aikaa, ilmoitamme siitä sinulle "
        "perusteluineen ennen määräajan päättymistä."
    ),
    "receipt.free": "Pyyntösi käsittely on sinulle maksutonta.",
    # -- What handling a request of each type involves, as the receipt tells it
    "receipt_step.access": (
        "Kokoamme kaikki henkilötiedot, joita asiakasrekisterissämme on sinusta, ja kerromme, "
        "mihin tarkoituksiin ja millä perusteilla niitä käsitellään."
    ),
    "receipt_step.portability": (
        "Kokoamme meille antamasi tiedot yleisesti käytettyyn, koneluettavaan muotoon, jotta voit "
        "siirtää ne toiseen palveluun."
    ),
    "receipt_step.rectification": "Tarkistamme tiedot ja korjaamme tai täydennämme ne.",
    "receipt_step.erasure": (
        "Selvitämme, mitkä tietosi voidaan poistaa ja mitä laki velvoittaa meitä säilyttämään."
    ),
    "receipt_step.restriction": (
        "Rajoitamme tietojesi käsittelyä niin, että tietoja ainoastaan säilytetään."
    ),
    "receipt_step.objection": (
        "Jos vastustat suoramarkkinointia, lopetamme sen heti. Muun käsittelyn osalta arvioimme "
        "vastustamisesi ja kerromme ratkaisumme perusteluineen."
    ),
    "receipt_step.withdrawal": "Lopetamme suostumukseesi perustuvan käsittelyn viipymättä.",
    "receipt_step.other": "Selvitämme asian ja vastaamme sinulle.",
    # -- The request for what confirms the requester's identity
    "identification.subject": "Henkilöllisyytesi varmistaminen",
    "identification.intro": (
        "Saimme pyyntösi {day}. Jotta emme luovuttaisi tai muuttaisi tietojasi kenenkään muun "
        "pyynnöstä, meidän on varmistettava, että pyyntö tulee sinulta. Pyynnön mukana saamamme "
        "tiedot eivät siihen riittäneet."
    ),
    "identification.need": "Mitä tarvitsemme",
    "identification.one_of": "Riittää, että teet yhden seuraavista:",
    "identification.by_email": (
        "Lähetä meille viesti osoitteeseen {email} siitä sähköpostiosoitteesta, jonka olet aiemmin "
        "antanut meille. Mainitse viestissä viite {reference}."
    ),
    "identification.by_number": "Kerro asiakasnumerosi ja postiosoite, jonka olet antanut meille.",
    "identification.by_invoice": (
        "Kerro jonkin viime aikoina meiltä saamasi laskun numero ja päivämäärä."
    ),
    "identification.no_copy": (
        "Emme tarvitse kopiota henkilöllisyystodistuksestasi. Jos mikään edellä mainituista ei "
        "onnistu, ota yhteyttä, niin sovimme muun tavan. Voit esimerkiksi näyttää "
        "henkilöllisyystodistuksesi käydessäsi luonamme; emme ota siitä kopiota emmekä tallenna "
        "sen tietoja."
    ),
    "identification.next": "Mitä sen jälkeen tapahtuu",
    "identification.time_limit": (
        "Jatkamme pyyntösi käsittelyä heti, kun saamme vastauksesi. Tämä tiedustelu ei siirrä "
        "määräaikaa: vastaamme pyyntöösi viimeistään {due}. Jos emme siihen mennessä ole voineet "
        "varmistaa henkilöllisyyttäsi, kerromme sinulle, ettemme voi toteuttaa pyyntöä, ja miksi."
    ),
    "identification.use": "Käytämme antamiasi tietoja ainoastaan henkilöllisyytesi varmistamiseen.",
    # -- The extension notice (Art. 12(3))
    "extension.subject": "Pyyntösi käsittelyaikaa jatketaan",
    "extension.intro": (
        "Saimme pyyntösi {day}. Emme valitettavasti pysty vastaamaan siihen alkuperäisessä "
        "määräajassa, joka päättyy {original}. Jatkamme siksi vastausaikaa tietosuoja-asetuksen 12 "
        "artiklan 3 kohdan nojalla ja vastaamme sinulle viimeistään {extended}."
    ),
    "extension.original": "Alkuperäinen määräaika",
    "extension.new": "Uusi määräaika",
    "extension.notice_on": "Ilmoitus annettu",
    "extension.why": "Miksi tarvitsemme lisäaikaa",
    "extension.allowed": (
        "Tietosuoja-asetus sallii vastausajan jatkamisen enintään kahdella kuukaudella, jos se on "
        "tarpeen pyyntöjen monimutkaisuuden ja määrän vuoksi. Jatkamisesta on ilmoitettava "
        "perusteluineen kuukauden kuluessa pyynnön vastaanottamisesta; tämä ilmoitus annetaan "
        "{notice}."
    ),
    "extension.promise_broken": (
        "Pahoittelemme, ettemme pysty pitämään tietosuojaselosteessamme lupaamaamme {days} päivän "
        "käsittelyaikaa."
    ),
    "extension.soon": (
        "Vastaamme heti, kun pyyntösi on käsitelty, mahdollisuuksien mukaan jo ennen uutta "
        "määräaikaa."
    ),
    # -- The refusal letter (Art. 12(4), 12(5))
    "refusal.subject": "Vastaus tietosuojapyyntöösi",
    "refusal.intro": (
        "Saimme pyyntösi {day}. Olemme käsitelleet sen, emmekä voi toteuttaa sitä. Kerromme alla "
        "syyt ja oikeussuojakeinosi."
    ),
    "refusal.decision": "Vastauksemme",
    "refusal.refused": "Pyyntöä ei toteuteta",
    "refusal.grounds": "Peruste",
    "refusal.reasons": "Perustelut",
    "refusal.assessment": "Arviomme pyynnöstä",
    "refusal.burden": (
        "Tietosuoja-asetuksen mukaan meidän on pystyttävä osoittamaan, että pyyntö on ilmeisen "
        "perusteeton tai kohtuuton. Siksi olemme kirjanneet arviomme."
    ),
    "refusal.ask_again": (
        "Voit esittää pyynnön uudelleen milloin tahansa. Henkilöllisyytesi varmistamiseen riittää "
        "yleensä, että lähetät pyynnön sähköpostiosoitteesta, jonka olet antanut meille, tai "
        "kerrot asiakasnumerosi tai jonkin viimeaikaisen laskusi numeron. Emme tarvitse kopiota "
        "henkilöllisyystodistuksestasi."
    ),
}
