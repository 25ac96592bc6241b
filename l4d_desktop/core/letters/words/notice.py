"""The privacy notice's own words in Finnish and English: headings, labels, the legal bases by
name, and what the law fixes (the data subject's rights, the complaint).

Letters are written in the reader's language, not the interface's, so these are data chosen by
language rather than Qt translations.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoticeWords:
    title: str
    intro: str  # {controller}
    controller_heading: str
    contact_heading: str
    name: str
    address: str
    postal_address: str
    business_id: str
    phone: str
    email: str
    web: str
    contact_person: str
    register_heading: str
    persons_heading: str
    purposes_heading: str
    purposes_intro: str
    unconfirmed_explained: str
    basis: str
    basis_note: str
    data_used: str
    retention: str
    bases: dict[str, str]  # LegalBasis code → words
    unconfirmed: str
    data_heading: str
    source_heading: str
    recipients_heading: str
    processors_intro: str
    processor_header: tuple[str, str, str]
    no_processors: str
    outside_eea: str
    transfers_heading: str
    outside_eea_list: str  # {names}
    retention_heading: str
    rights_heading: str
    rights: tuple[str, ...]  # {days}: the answer the notice promises
    how_to_ask: str
    complaint_heading: str
    complaint: str
    authority: str  # {a}: the Authority
    automated_heading: str
    security_heading: str
    drawn_up: str  # {date}


FI = NoticeWords(
    title="Tietosuojaseloste",
    intro=(
        "Tässä selosteessa kerrotaan, miten {controller} käsittelee henkilötietoja ja mitä "
        "oikeuksia sinulla on (EU:n yleinen tietosuoja-asetus 2016/679, 13 ja 14 artikla)."
    ),
    controller_heading="Rekisterinpitäjä",
    contact_heading="Yhteyshenkilö tietosuoja-asioissa",
    name="Nimi",
    address="Osoite",
    postal_address="Postiosoite",
    business_id="Y-tunnus",
    phone="Puhelin",
    email="Sähköposti",
    web="Verkkosivusto",
    contact_person="Yhteyshenkilö",
    register_heading="Rekisterin nimi",
    persons_heading="Rekisteröidyt",
    purposes_heading="Käsittelyn tarkoitukset ja oikeusperusteet",
    purposes_intro=(
        "Käsittelemme henkilötietoja seuraaviin tarkoituksiin. Kunkin tarkoituksen kohdalla "
        "kerrotaan käsittelyn oikeusperuste (tietosuoja-asetuksen 6 artikla), käytettävät "
        "tiedot ja säilytysaika."
    ),
    unconfirmed_explained=(
        "Oikeusperuste, jonka perässä lukee ”ehdotus, vahvistamatta”, on ehdotus, jota "
        "rekisterinpitäjä ei ole vielä vahvistanut."
    ),
    basis="Oikeusperuste",
    basis_note="Peruste tarkemmin",
    data_used="Käytettävät tiedot",
    retention="Säilytysaika",
    bases={
        "consent": "suostumus (6 artiklan 1 kohdan a alakohta)",
        "contract": "sopimus (6 artiklan 1 kohdan b alakohta)",
        "legal_obligation": "lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)",
        "legitimate_interest": "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
        "soft_opt_in": (
            "olemassa oleva asiakassuhde (sähköisen viestinnän palveluista annettu laki "
            "917/2014, 200 §)"
        ),
    },
    unconfirmed="(ehdotus, vahvistamatta)",
    data_heading="Käsiteltävät henkilötiedot",
    source_heading="Säännönmukaiset tietolähteet",
    recipients_heading="Tietojen vastaanottajat",
    processors_intro="Rekisterinpitäjän lukuun tietoja käsittelevät henkilötietojen käsittelijät:",
    processor_header=("Käsittelijä", "Tehtävä", "Sijainti"),
    no_processors="Rekisteriin ei ole tällä hetkellä merkitty henkilötietojen käsittelijöitä.",
    outside_eea="(ETA:n ulkopuolella)",
    transfers_heading="Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    outside_eea_list="ETA:n ulkopuolella sijaitsevat käsittelijät: {names}.",
    retention_heading="Tietojen säilytysaika",
    rights_heading="Rekisteröidyn oikeudet",
    rights=(
        "Oikeus saada pääsy tietoihin (15 artikla): voit tarkistaa, mitä tietoja sinusta "
        "käsittelemme, ja saada niistä jäljennöksen. Vastaamme viipymättä, viimeistään {days} "
        "päivän kuluessa, ja toimitamme tiedot yhteensopivassa, yleisesti käytössä olevassa "
        "muodossa. Jäljennös on maksuton.",
        "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla): saat antamasi tiedot "
        "koneluettavassa muodossa; noudatamme samoja käytäntöjä kuin tarkastuspyynnöissä.",
        "Oikeus tietojen oikaisemiseen (16 artikla): jos tietosi ovat virheellisiä, "
        "puutteellisia tai epätarkkoja, oikaisemme tai täydennämme ne ilman aiheetonta "
        "viivytystä.",
        "Oikeus tietojen poistamiseen (17 artikla): poistamme tietosi pyynnöstäsi ajankohtaisen "
        "lainsäädännön mukaisesti. Tiedot, jotka laki (esimerkiksi kirjanpitolaki) velvoittaa "
        "säilyttämään, poistetaan säilytysajan päätyttyä.",
        "Oikeus käsittelyn rajoittamiseen (18 artikla): voit pyytää, että tietojasi vain "
        "säilytetään esimerkiksi sen ajan, kun niiden paikkansapitävyyttä selvitetään.",
        "Oikeus vastustaa käsittelyä (21 artikla): voit vastustaa oikeutettuun etuun "
        "perustuvaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella. "
        "Suoramarkkinoinnin, myös mainonnan kohdentamisen, voit kieltää milloin tahansa, ja se "
        "lopetetaan heti.",
        "Oikeus peruuttaa suostumus (7 artiklan 3 kohta): voit peruuttaa suostumuksesi milloin "
        "tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta sitä ennen "
        "tapahtuneen käsittelyn lainmukaisuuteen; suostumukseen perustuvat tiedot poistetaan "
        "edellä kerrotulla tavalla.",
    ),
    how_to_ask=(
        "Tarkastus-, oikaisu- tai muun pyynnön voi esittää ottamalla yhteyttä tässä "
        "selosteessa mainittuun yhteyshenkilöön tai asiakaspalveluun. Jos henkilöllisyydestäsi "
        "on perusteltua epäilystä, saatamme pyytää lisätietoja sen varmistamiseksi."
    ),
    complaint_heading="Oikeus tehdä valitus valvontaviranomaiselle",
    complaint=(
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, "
        "sinulla on oikeus saattaa asia Tietosuojavaltuutetun käsiteltäväksi:"
    ),
    authority=(
        "{a.name}\nKäyntiosoite: {a.street}\nPostiosoite: {a.postal}\nVaihde: {a.phone}\n{a.web}"
    ),
    automated_heading="Profilointi ja automaattinen päätöksenteko",
    security_heading="Henkilötietojen suojauksen periaatteet",
    drawn_up="Seloste on laadittu {date} rekisterinpitäjän käsittelytoimia koskevan selosteen pohjalta.",
)

EN = NoticeWords(
    title="Privacy notice",
    intro=(
        "This notice tells how {controller} processes personal data and what rights you have "
        "(General Data Protection Regulation (EU) 2016/679, Articles 13 and 14)."
    ),
    controller_heading="Controller",
    contact_heading="Contact person for data protection",
    name="Name",
    address="Address",
    postal_address="Postal address",
    business_id="Business ID",
    phone="Phone",
    email="Email",
    web="Web site",
    contact_person="Contact person",
    register_heading="Name of the register",
    persons_heading="Data subjects",
    purposes_heading="Purposes of the processing and their legal bases",
    purposes_intro=(
        "We process personal data for the following purposes. Each purpose states the legal "
        "basis of the processing (Article 6 of the General Data Protection Regulation), the "
        "data used and how long they are kept."
    ),
    unconfirmed_explained=(
        "A legal basis followed by “proposed, to be confirmed by the controller” is a proposal "
        "that the controller has not confirmed yet."
    ),
    basis="Legal basis",
    basis_note="About the basis",
    data_used="Data used",
    retention="Retention",
    bases={
        "consent": "consent (Article 6(1)(a))",
        "contract": "contract (Article 6(1)(b))",
        "legal_obligation": "legal obligation (Article 6(1)(c))",
        "legitimate_interest": "legitimate interest (Article 6(1)(f))",
        "soft_opt_in": (
            "existing customer relationship (Act on Electronic Communications Services "
            "917/2014, section 200)"
        ),
    },
    unconfirmed="(proposed, to be confirmed by the controller)",
    data_heading="Personal data processed",
    source_heading="Regular sources of data",
    recipients_heading="Recipients of the data",
    processors_intro="Processors that process the data on the controller's behalf:",
    processor_header=("Processor", "Task", "Location"),
    no_processors="No processors are recorded in the register at present.",
    outside_eea="(outside the EEA)",
    transfers_heading="Transfers outside the EU or the EEA",
    outside_eea_list="Processors located outside the EEA: {names}.",
    retention_heading="Retention of the data",
    rights_heading="Your rights",
    rights=(
        "Right of access (Article 15): you may check what data we process about you and get a "
        "copy of them. We answer without delay, within {days} days at the latest, and deliver "
        "the data in a compatible, commonly used format. The copy is free of charge.",
        "Right to data portability (Article 20): you get the data you have given us in a "
        "machine-readable format; we follow the same practice as for access requests.",
        "Right to rectification (Article 16): if your data are wrong, incomplete or inaccurate, "
        "we correct or complete them without undue delay.",
        "Right to erasure (Article 17): we erase your data at your request in accordance with "
        "the law in force. Data the law (such as the Accounting Act) requires us to keep are "
        "erased when their retention period ends.",
        "Right to restriction of processing (Article 18): you may ask that your data only be "
        "stored, for example while their accuracy is being checked.",
        "Right to object (Article 21): you may object, on grounds relating to your particular "
        "situation, to processing based on legitimate interests. You may object to direct "
        "marketing, including targeted advertising, at any time, and it stops at once.",
        "Right to withdraw consent (Article 7(3)): you may withdraw your consent at any time, "
        "as easily as you gave it. Withdrawal does not affect the lawfulness of the processing "
        "before it; data based on consent are erased as described above.",
    ),
    how_to_ask=(
        "An access, rectification or other request can be made by contacting the contact "
        "person named in this notice or our customer service. Where there is reasonable doubt "
        "about your identity, we may ask for more information to confirm it."
    ),
    complaint_heading="Right to lodge a complaint",
    complaint=(
        "If you consider that the processing of your personal data infringes data protection "
        "law, you have the right to lodge a complaint with the Data Protection Ombudsman:"
    ),
    authority=(
        "{a.name}\nVisiting address: {a.street}\nPostal address: {a.postal}\n"
        "Switchboard: {a.phone}\n{a.web}"
    ),
    automated_heading="Profiling and automated decision-making",
    security_heading="How the data are protected",
    drawn_up="This notice was drawn up on {date} from the controller's record of processing "
    "activities.",
)

WORDS: dict[str, NoticeWords] = {"fi": FI, "en": EN}
