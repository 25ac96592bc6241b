"""processing register (Art. 30): purposes with legal bases, categories and retention, and the
register-wide texts; seeded from the privacy notice with proposed, unconfirmed legal bases

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The seed is written out here rather than imported: a migration must keep producing the same
# rows whatever the program's code later becomes.
#
# The purposes are the notice's list ("Tietojen käyttötarkoitus"), its Finnish words as they
# stand. The notice names no legal bases, so each basis below is a proposal (LEGAL.md, "Legal
# bases") that the letters print as "to be confirmed" until the pääkäyttäjä confirms it.
# Retention follows the notice where it says something and otherwise states a criterion.

TECHNICAL_FI = (
    "IP-osoite, vierailuajankohdat, verkkosivusto, josta käyttäjä linkittyi, vieraillut sivut, "
    "käytetyt linkit, tarkastellut mainospalkit ja muu katsottu sisältö, laitetta koskevat "
    "tiedot sekä muut selaimen antamat tekniset tiedot"
)
TECHNICAL_EN = (
    "IP address, times of visits, the web site the user came from, pages visited, links used, "
    "advertising banners viewed and other content viewed, device data and other technical data "
    "the browser provides"
)

PURPOSES: list[dict[str, str]] = [
    {
        "code": "customer_relationship",
        "name_fi": "Asiakassuhteen hoitaminen ja kehittäminen",
        "name_en": "Managing and developing the customer relationship",
        "legal_bases": "contract,legitimate_interest",
        "basis_note_fi": (
            "Sopimus asiakkaan kanssa tai sen tekemistä edeltävät toimet. Oikeutettu etu: "
            "asiakassuhteen ylläpitäminen ja kehittäminen silloin, kun voimassa olevaa sopimusta "
            "ei (vielä tai enää) ole."
        ),
        "basis_note_en": (
            "The contract with the customer, or steps taken at the person's request before "
            "entering into one. Legitimate interest: keeping up and developing the customer "
            "relationship where there is no contract in force (yet or any longer)."
        ),
        "categories_fi": (
            "Nimi, sähköpostiosoite, kotiosoite, yritys, jonka nimissä henkilö työskentelee, "
            "puhelinnumero, asiakasnumero, asiointikieli sekä asiakassuhteeseen liittyvät "
            "muistiinpanot."
        ),
        "categories_en": (
            "Name, email address, home address, the company the person works for, phone number, "
            "customer number, language of communication and notes on the customer relationship."
        ),
        "retention_fi": (
            "Asiakassuhteen ajan. Asiakassuhteen päätyttyä tiedot poistetaan, kun niitä ei enää "
            "tarvita muuhun tässä kerrottuun tarkoitukseen, viimeistään kolmen vuoden kuluttua "
            "viimeisestä asiointikerrasta. Asiakkaan pyynnöstä tiedot poistetaan aiemmin, ellei "
            "laki velvoita säilyttämään niitä."
        ),
        "retention_en": (
            "For as long as the customer relationship lasts. After it has ended, the data are "
            "erased once no other purpose described here needs them, at the latest three years "
            "after the last contact. At the customer's request they are erased earlier, unless "
            "the law requires them to be kept."
        ),
    },
    {
        "code": "services",
        "name_fi": "Palveluiden tuottaminen, tarjoaminen, kehittäminen, parantaminen ja suojaaminen",
        "name_en": "Producing, offering, developing, improving and protecting the services",
        "legal_bases": "contract,legitimate_interest",
        "basis_note_fi": (
            "Sopimus: sovittujen palvelujen tuottaminen ja toimittaminen. Oikeutettu etu: "
            "palvelujen kehittäminen ja parantaminen sekä palvelujen ja tietojen suojaaminen "
            "väärinkäytöksiltä."
        ),
        "basis_note_en": (
            "Contract: producing and delivering the services agreed. Legitimate interest: "
            "developing and improving the services, and protecting the services and the data "
            "against misuse."
        ),
        "categories_fi": (
            f"Yhteystiedot (nimi, sähköpostiosoite, puhelinnumero) sekä tekniset tiedot: "
            f"{TECHNICAL_FI}."
        ),
        "categories_en": (
            f"Contact details (name, email address, phone number) and technical data: "
            f"{TECHNICAL_EN}."
        ),
        "retention_fi": (
            "Yhteystiedot asiakassuhteen ajan kuten edellä. Tekniset tiedot enintään 14 "
            "kuukautta niiden keräämisestä."
        ),
        "retention_en": (
            "Contact details for as long as the customer relationship, as above. Technical "
            "data at most 14 months from their collection."
        ),
    },
    {
        "code": "billing",
        "name_fi": "Laskutus, perintä ja asiakastapahtumien varmentaminen",
        "name_en": "Billing, collection and verifying customer transactions",
        "legal_bases": "contract,legal_obligation",
        "basis_note_fi": (
            "Sopimus: sovittujen palvelujen laskuttaminen ja saatavien periminen. Lakisääteinen "
            "velvoite: kirjanpitolaki (1336/1997) ja arvonlisäverolaki (1501/1993)."
        ),
        "basis_note_en": (
            "Contract: invoicing the services agreed and collecting what is owed. Legal "
            "obligation: the Accounting Act (1336/1997) and the Value Added Tax Act (1501/1993)."
        ),
        "categories_fi": (
            "Nimi, laskutusosoite, yritys ja y-tunnus sekä laskujen tiedot (numero, päiväys, "
            "summa ja maksutilanne)."
        ),
        "categories_en": (
            "Name, billing address, company and business ID, and the invoices' details (number, "
            "date, amount and payment status)."
        ),
        "retention_fi": (
            "Tositteet, kuten laskut ja niihin liittyvä kirjeenvaihto, vähintään kuusi vuotta "
            "sen vuoden lopusta, jonka aikana tilikausi päättyi; kirjanpito ja tilinpäätös "
            "vähintään kymmenen vuotta tilikauden päättymisestä (kirjanpitolaki 1336/1997, "
            "2 luku 10 §). Säilytettävällä laskulla pysyvät ostajan nimi ja laskutusosoite; "
            "muut tiedot poistetaan. Keskeneräisen perintäasian tiedot säilytetään asian "
            "päättymiseen asti."
        ),
        "retention_en": (
            "Vouchers such as invoices and the correspondence about them at least six years "
            "from the end of the year in which the financial year ended; the books and "
            "financial statements at least ten years from the end of the financial year "
            "(Accounting Act 1336/1997, chapter 2, section 10). A kept invoice keeps the "
            "buyer's name and billing address; everything else is erased. The data of an open "
            "collection case are kept until the case has ended."
        ),
    },
    {
        "code": "ad_targeting",
        "name_fi": "Mainonnan kohdentaminen",
        "name_en": "Targeting advertising",
        "legal_bases": "consent",
        "basis_note_fi": (
            "Evästeisiin tai vastaaviin tekniikoihin perustuva kohdentaminen edellyttää "
            "ennakkosuostumusta (sähköisen viestinnän palveluista annettu laki 917/2014, 205 §). "
            "Mainonnan kohdentaminen on suoramarkkinointia: sen voi kieltää milloin tahansa, ja "
            "se lopetetaan heti."
        ),
        "basis_note_en": (
            "Targeting based on cookies or similar technologies needs prior consent (Act on "
            "Electronic Communications Services 917/2014, section 205). Targeting advertising is "
            "direct marketing: the person may object to it at any time, and it stops at once."
        ),
        "categories_fi": (
            "Tekniset tiedot: vieraillut sivut, käytetyt linkit, tarkastellut mainospalkit ja "
            "muu katsottu sisältö sekä laitetta ja selainta koskevat tiedot; mainonnan "
            "kohdentamista koskeva suostumus."
        ),
        "categories_en": (
            "Technical data: pages visited, links used, advertising banners viewed and other "
            "content viewed, device and browser data; the consent to targeted advertising."
        ),
        "retention_fi": (
            "Kunnes suostumus peruutetaan tai kohdentaminen kielletään, tekniset tiedot "
            "kuitenkin enintään 14 kuukautta niiden keräämisestä."
        ),
        "retention_en": (
            "Until the consent is withdrawn or the person objects, technical data at most 14 "
            "months from their collection in any case."
        ),
    },
    {
        "code": "analytics",
        "name_fi": "Palveluita koskeva analysointi ja tilastointi",
        "name_en": "Analysis and statistics on the services",
        "legal_bases": "consent,legitimate_interest",
        "basis_note_fi": (
            "Evästeisiin tai vastaaviin tekniikoihin perustuva verkkoanalytiikka: suostumus "
            "(917/2014, 205 §). Muu palveluja koskeva tilastointi rekisterin tiedoista: "
            "oikeutettu etu palvelujen kehittämiseen; vastustaminen lopettaa sen, ellei "
            "käsittelyyn ole huomattavan tärkeitä perusteita."
        ),
        "basis_note_en": (
            "Web analytics based on cookies or similar technologies: consent (917/2014, "
            "section 205). Other statistics on the services from the register's data: "
            "legitimate interest in developing the services; an objection stops it unless "
            "there are compelling legitimate grounds."
        ),
        "categories_fi": f"Tekniset tiedot ({TECHNICAL_FI}) ja asiakasrekisterin tiedot.",
        "categories_en": f"Technical data ({TECHNICAL_EN}) and the customer register's data.",
        "retention_fi": (
            "Tekniset tiedot enintään 14 kuukautta niiden keräämisestä. Tilastot kootaan "
            "yhdistelminä, joista yksittäistä henkilöä ei voi tunnistaa."
        ),
        "retention_en": (
            "Technical data at most 14 months from their collection. Statistics are compiled "
            "as aggregates from which no individual can be identified."
        ),
    },
    {
        "code": "marketing",
        "name_fi": "Asiakasviestintä, markkinointi ja mainonta",
        "name_en": "Customer communication, marketing and advertising",
        "legal_bases": "contract,consent,soft_opt_in",
        "basis_note_fi": (
            "Sopimus: palveluun ja asiakassuhteeseen liittyvä viestintä. Suostumus: "
            "sähköpostilla ja tekstiviestillä lähetettävä suoramarkkinointi yksityishenkilöille "
            "(917/2014, 200 §). Olemassa oleva asiakassuhde: omien samankaltaisten tuotteiden ja "
            "palvelujen markkinointi asiakkaalta saatuun sähköiseen yhteystietoon, kun asiakas "
            "voi helposti ja maksutta kieltää sen. Markkinoinnin voi kieltää milloin tahansa."
        ),
        "basis_note_en": (
            "Contract: communication about the service and the customer relationship. Consent: "
            "direct marketing to private persons by email and text message (917/2014, section "
            "200). Existing customer relationship: marketing our own similar products and "
            "services to the electronic address the customer gave us, with an easy opt-out "
            "free of charge. The person may object to marketing at any time."
        ),
        "categories_fi": (
            "Nimi, sähköpostiosoite, puhelinnumero, postiosoite ja asiointikieli; "
            "markkinointisuostumukset ja niiden peruutukset sekä markkinointikiellot."
        ),
        "categories_en": (
            "Name, email address, phone number, postal address and language of communication; "
            "marketing consents and their withdrawals, and objections to marketing."
        ),
        "retention_fi": (
            "Suostumukseen perustuvia tietoja käytetään markkinointiin suostumuksen "
            "peruuttamiseen asti; suostumusten ja peruutusten tiedot säilytetään niin kauan "
            "kuin ne on voitava osoittaa. Markkinointikielto säilytetään tunnistetiivisteenä "
            "myös tietojen poistamisen jälkeen, jotta kieltoa voidaan noudattaa."
        ),
        "retention_en": (
            "Data based on consent are used for marketing until the consent is withdrawn; "
            "the record of consents and withdrawals is kept for as long as it has to be "
            "shown. An objection to marketing is kept as a one-way hash even after the data "
            "are erased, so that it can be honoured."
        ),
    },
    {
        "code": "rights_protection",
        "name_fi": (
            "Palveluihin liittyvien rekisterinpitäjän ja muiden toimeksiantoihin liittyvien "
            "henkilöiden ja tahojen oikeuksien ja/tai omaisuuden suojaaminen ja turvaaminen"
        ),
        "name_en": (
            "Protecting and securing the rights and/or property of the controller and of other "
            "persons and parties involved in the assignments related to the services"
        ),
        "legal_bases": "legitimate_interest",
        "basis_note_fi": (
            "Oikeutettu etu: oikeudellisen vaatimuksen laatiminen, esittäminen tai "
            "puolustaminen sekä väärinkäytösten ja petosten estäminen ja selvittäminen."
        ),
        "basis_note_en": (
            "Legitimate interest: establishing, exercising or defending legal claims, and "
            "preventing and investigating misuse and fraud."
        ),
        "categories_fi": (
            "Asiaan liittyvät asiakas-, laskutus- ja tekniset tiedot sekä asiaa koskeva "
            "kirjeenvaihto."
        ),
        "categories_en": (
            "The customer, billing and technical data concerned, and the correspondence about "
            "the matter."
        ),
        "retention_fi": (
            "Asian päättymiseen asti ja sen jälkeen niin kauan kuin vaatimus voidaan vielä "
            "esittää (yleinen vanhentumisaika on kolme vuotta, laki velan vanhentumisesta "
            "728/2003)."
        ),
        "retention_en": (
            "Until the matter has ended, and after that for as long as a claim can still be "
            "made (the general limitation period is three years, Act on the Limitation of "
            "Debts 728/2003)."
        ),
    },
    {
        "code": "statutory_duties",
        "name_fi": "Rekisterinpitäjän lakisääteisten velvoitteiden hoitaminen",
        "name_en": "Fulfilling the controller's statutory duties",
        "legal_bases": "legal_obligation",
        "basis_note_fi": (
            "Esimerkiksi kirjanpito- ja verolainsäädäntö, rekisteröidyn oikeuksia koskevien "
            "pyyntöjen käsittely tietosuoja-asetuksen mukaan sekä tietojen luovuttaminen "
            "viranomaisille silloin, kun laki sitä edellyttää."
        ),
        "basis_note_en": (
            "For example accounting and tax law, handling the data subjects' requests under "
            "the General Data Protection Regulation, and disclosing data to authorities where "
            "the law requires it."
        ),
        "categories_fi": (
            "Laskutustiedot, rekisteröidyn pyynnöt ja niiden käsittelytiedot sekä tiedot, joita "
            "viranomainen lain nojalla pyytää."
        ),
        "categories_en": (
            "Billing data, the data subjects' requests and the record of their handling, and "
            "data an authority asks for under the law."
        ),
        "retention_fi": (
            "Laissa säädetyn ajan. Pyyntöjen käsittelytiedot säilytetään niin kauan kuin on "
            "tarpeen osoittaa, että pyyntö on käsitelty asianmukaisesti (tietosuoja-asetuksen "
            "5 artiklan 2 kohta)."
        ),
        "retention_en": (
            "For the time the law lays down. The record of how a request was handled is kept "
            "for as long as needed to show that it was handled properly (GDPR Article 5(2))."
        ),
    },
]

# The register as a whole (core.processing_register.REGISTER_TEXT_KEYS), in Finnish and English.
TEXTS: list[tuple[str, str, str]] = [
    (
        "persons",
        "Lean 4D Oy:n asiakkaat ja mahdolliset asiakkaat, asiakasyritysten yhteyshenkilöt sekä "
        "verkkosivuston ja palvelujen käyttäjät.",
        "Customers and prospective customers of Lean 4D Oy, contact persons of corporate "
        "customers, and users of the web site and the services.",
    ),
    (
        "data_categories",
        "Asiakkaan antamat tiedot, kuten nimi, sähköpostiosoite, kotiosoite, yritys, jonka "
        "nimissä henkilö työskentelee, ja puhelinnumero. Suostumukseen perustuvat tiedot. "
        f"Tekniset tiedot: {TECHNICAL_FI}. Laskutustiedot sekä markkinointikiellot, "
        "vastustamiset ja rekisteröidyn pyynnöt.",
        "Data the customer gives us, such as name, email address, home address, the company "
        "the person works for and phone number. Data based on consent. Technical data: "
        f"{TECHNICAL_EN}. Billing data, and objections and requests of the data subject.",
    ),
    (
        "recipients",
        "Rekisterinpitäjän alihankkijat voivat käsitellä henkilötietoja rekisterinpitäjän "
        "pyynnöstä ja lukuun (henkilötietojen käsittelijät); rekisterinpitäjän ja alihankkijan "
        "välisillä sopimuksilla on huolehdittu henkilötietojen asianmukaisesta suojaamisesta. "
        "Viranomaisille tietoja luovutetaan lain edellyttämissä tapauksissa.",
        "The controller's subcontractors may process personal data at the controller's request "
        "and on its behalf (processors); the contracts between the controller and each "
        "subcontractor ensure that the data are protected properly. Data are disclosed to "
        "authorities where the law requires it.",
    ),
    (
        "transfers",
        "Henkilötietoja ei siirretä Euroopan talousalueen (ETA) ulkopuolelle, ellei tässä "
        "kohdassa toisin kerrota. Jos henkilötietojen käsittelijä sijaitsee ETA:n ulkopuolella, "
        "siirrossa käytetään tietosuoja-asetuksen V luvun mukaisia suojatoimia, kuten Euroopan "
        "komission hyväksymiä vakiosopimuslausekkeita.",
        "Personal data are not transferred outside the European Economic Area (EEA) unless "
        "stated otherwise here. Where a processor is located outside the EEA, the transfer "
        "relies on safeguards under Chapter V of the General Data Protection Regulation, such "
        "as the standard contractual clauses adopted by the European Commission.",
    ),
    (
        "retention",
        "Henkilötiedot poistetaan sen jälkeen, kun henkilötiedon säilyttämiselle ei ole enää "
        "perustetta. Mikäli henkilötietoja ei kerätä tai säilytetä lain velvoittamana, ne "
        "poistetaan asiakkaan pyynnöstä. Kunkin käyttötarkoituksen säilytysaika on kerrottu "
        "käyttötarkoituksen kohdalla.",
        "Personal data are erased once there is no longer a reason to keep them. Where they "
        "are not collected or kept because the law requires it, they are erased at the "
        "customer's request. The retention period of each purpose is given with the purpose.",
    ),
    (
        "source",
        "Tiedot saadaan rekisteröidyltä itseltään. Suostumukseen perustuvat tiedot kerätään "
        "suoraan asiakkaalta tai hänen suostumuksellaan viranomaisen tai kolmannen tahon "
        "ylläpitämistä rekistereistä tai lähteistä. Tekniset tiedot kerätään palvelujen ja "
        "verkkosivuston käytön yhteydessä.",
        "The data come from the data subject. Data based on consent are collected directly "
        "from the customer or, with the customer's consent, from registers or sources kept by "
        "an authority or a third party. Technical data are collected as the services and the "
        "web site are used.",
    ),
    (
        "automated_decisions",
        "Lean 4D Oy ei tee henkilötietojen perusteella asiakkaaseen kohdistuvaa profilointia "
        "eikä käytä automaattista päätöksentekoa.",
        "Lean 4D Oy does not profile customers on the basis of their personal data and does "
        "not use automated decision-making.",
    ),
    (
        "security",
        "Rekisterin käyttö edellyttää pääkäyttäjän myöntämää käyttäjätunnusta, ja pääkäyttäjä "
        "määrittää muiden käyttäjien käyttöoikeudet tietoihin. Tietoihin pääsevät vain ne "
        "rekisterinpitäjän ja alihankkijoiden työntekijät, joille se on työtehtävien vuoksi "
        "tarpeellista. Tiedot ovat tietokannoissa, jotka on suojattu teknisin keinoin (mm. "
        "palomuurit, salasanat) ja jotka sijaitsevat lukituissa ja vartioiduissa tiloissa. "
        "Tietojen katselusta ja muuttamisesta pidetään lokia, jonka muuttaminen jälkikäteen "
        "havaitaan.",
        "Using the register requires a username granted by the main administrator, who also "
        "sets the other users' rights to the data. Only those employees of the controller and "
        "its subcontractors who need the data for their work have access to them. The data "
        "are kept in databases protected by technical means (such as firewalls and passwords) "
        "in locked and guarded premises. Every view and change of the data is logged, and a "
        "later change to the log is detected.",
    ),
]


def upgrade() -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    purposes = op.create_table(
        "processing_purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_fi", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        # LegalBasis codes separated by commas, in the order they are printed.
        sa.Column("legal_bases", sa.String(length=200), nullable=False),
        sa.Column("basis_note_fi", sa.Text(), nullable=False),
        sa.Column("basis_note_en", sa.Text(), nullable=False),
        sa.Column("basis_confirmed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("categories_fi", sa.Text(), nullable=False),
        sa.Column("categories_en", sa.Text(), nullable=False),
        sa.Column("retention_fi", sa.Text(), nullable=False),
        sa.Column("retention_en", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_processing_purposes_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_purposes")),
        sa.UniqueConstraint("code", name=op.f("uq_processing_purposes_code")),
    )
    texts = op.create_table(
        "processing_register_texts",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("fi", sa.Text(), nullable=False),
        sa.Column("en", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["users.id"],
            name=op.f("fk_processing_register_texts_updated_by_users"),
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_processing_register_texts")),
    )
    # Seeded rows name no user: nobody has reviewed them yet.
    op.bulk_insert(
        purposes,
        [
            {
                **purpose,
                "position": position,
                "basis_confirmed": False,
                "updated_at": now,
                "updated_by": None,
                "version": 1,
            }
            for position, purpose in enumerate(PURPOSES, start=1)
        ],
    )
    op.bulk_insert(
        texts,
        [
            {"key": key, "fi": fi, "en": en, "updated_at": now, "updated_by": None, "version": 1}
            for key, fi, en in TEXTS
        ],
    )


def downgrade() -> None:
    op.drop_table("processing_register_texts")
    op.drop_table("processing_purposes")
