"""legal bases and transfers as letters may print them: the existing-customer marketing rule is
no Art. 6 basis (its basis is legitimate interest), a processor outside the EEA carries its
transfer mechanism, and a user's title has an English form for English letters

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep producing the same rows whatever
# the program's code later becomes.
PURPOSES = sa.table(
    "processing_purposes",
    sa.column("id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("legal_bases", sa.String),
    sa.column("retention_fi", sa.Text),
    sa.column("retention_en", sa.Text),
    sa.column("basis_note_fi", sa.Text),
    sa.column("basis_note_en", sa.Text),
    sa.column("basis_confirmed", sa.Boolean),
)
TEXTS = sa.table(
    "processing_register_texts",
    sa.column("key", sa.String),
    sa.column("fi", sa.Text),
    sa.column("en", sa.Text),
)

# The marketing purpose's note as 0007 seeded it, and what replaces it when still untouched.
SEEDED_MARKETING_FI = (
    "Sopimus: palveluun ja asiakassuhteeseen liittyvä viestintä. Suostumus: "
    "sähköpostilla ja tekstiviestillä lähetettävä suoramarkkinointi yksityishenkilöille "
    "(917/2014, 200 §). Olemassa oleva asiakassuhde: omien samankaltaisten tuotteiden ja "
    "palvelujen markkinointi asiakkaalta saatuun sähköiseen yhteystietoon, kun asiakas "
    "voi helposti ja maksutta kieltää sen. Markkinoinnin voi kieltää milloin tahansa."
)
SEEDED_MARKETING_EN = (
    "Contract: communication about the service and the customer relationship. Consent: "
    "direct marketing to private persons by email and text message (917/2014, section "
    "200). Existing customer relationship: marketing our own similar products and "
    "services to the electronic address the customer gave us, with an easy opt-out "
    "free of charge. The person may object to marketing at any time."
)
MARKETING_FI = (
    "Sopimus: palveluun ja asiakassuhteeseen liittyvä viestintä. Suostumus: sähköpostilla ja "
    "tekstiviestillä lähetettävä suoramarkkinointi yksityishenkilöille (sähköisen viestinnän "
    "palveluista annettu laki 917/2014, 200 §:n 1 momentti). Oikeutettu etu: omien "
    "samankaltaisten tuotteiden ja palvelujen markkinointi olemassa oleville asiakkaille "
    "(johdanto-osan 47 kappale). Siihen ei tarvita suostumusta, koska lain 917/2014 200 §:n "
    "2 momentti sallii markkinoinnin asiakkaalta asiakassuhteen yhteydessä saatuun sähköiseen "
    "yhteystietoon, kun asiakas voi helposti ja maksutta kieltää sen. Markkinointia voi "
    "vastustaa milloin tahansa, ja se lopetetaan heti."
)
MARKETING_EN = (
    "Contract: communication about the service and the customer relationship. Consent: direct "
    "marketing to private persons by email and text message (Act on Electronic Communications "
    "Services 917/2014, section 200(1)). Legitimate interest: marketing our own similar "
    "products and services to existing customers (recital 47). It needs no consent because "
    "section 200(2) of Act 917/2014 allows marketing to the electronic address the customer "
    "gave us in the course of the customer relationship, with an easy opt-out free of charge. "
    "The person may object to marketing at any time, and it stops at once."
)

# Other seeded texts of 0007 in the words the letters now use: one word for objection
# (vastustaminen, Art. 21's own), Art. 21(1)'s wording, and the suppression entry as what it is
# (pseudonymised personal data kept only to honour the objection). (code, field): (seed, new);
# a text the pääkäyttäjä has changed is left as it is.
REWORDED: dict[tuple[str, str], tuple[str, str]] = {
    ("ad_targeting", "basis_note_fi"): (
        "Evästeisiin tai vastaaviin tekniikoihin perustuva kohdentaminen edellyttää "
        "ennakkosuostumusta (sähköisen viestinnän palveluista annettu laki 917/2014, 205 §). "
        "Mainonnan kohdentaminen on suoramarkkinointia: sen voi kieltää milloin tahansa, ja se "
        "lopetetaan heti.",
        "Evästeisiin tai vastaaviin tekniikoihin perustuva kohdentaminen edellyttää "
        "ennakkosuostumusta (sähköisen viestinnän palveluista annettu laki 917/2014, 205 §). "
        "Mainonnan kohdentaminen on suoramarkkinointia: sitä voi vastustaa milloin tahansa, ja "
        "se lopetetaan heti.",
    ),
    ("ad_targeting", "retention_fi"): (
        "Kunnes suostumus peruutetaan tai kohdentaminen kielletään, tekniset tiedot kuitenkin "
        "enintään 14 kuukautta niiden keräämisestä.",
        "Kunnes suostumus peruutetaan tai kohdentamista vastustetaan, tekniset tiedot kuitenkin "
        "enintään 14 kuukautta niiden keräämisestä.",
    ),
    ("analytics", "basis_note_fi"): (
        "Evästeisiin tai vastaaviin tekniikoihin perustuva verkkoanalytiikka: suostumus "
        "(917/2014, 205 §). Muu palveluja koskeva tilastointi rekisterin tiedoista: oikeutettu "
        "etu palvelujen kehittämiseen; vastustaminen lopettaa sen, ellei käsittelyyn ole "
        "huomattavan tärkeitä perusteita.",
        "Evästeisiin tai vastaaviin tekniikoihin perustuva verkkoanalytiikka: suostumus "
        "(917/2014, 205 §). Muu palveluja koskeva tilastointi rekisterin tiedoista: oikeutettu "
        "etu palvelujen kehittämiseen; vastustaminen lopettaa sen, paitsi jos käsittelyyn on "
        "olemassa huomattavan tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, "
        "oikeudet ja vapaudet.",
    ),
    ("marketing", "retention_fi"): (
        "Suostumukseen perustuvia tietoja käytetään markkinointiin suostumuksen peruuttamiseen "
        "asti; suostumusten ja peruutusten tiedot säilytetään niin kauan kuin ne on voitava "
        "osoittaa. Markkinointikielto säilytetään tunnistetiivisteenä myös tietojen poistamisen "
        "jälkeen, jotta kieltoa voidaan noudattaa.",
        "Suostumukseen perustuvia tietoja käytetään markkinointiin suostumuksen peruuttamiseen "
        "asti; suostumusten ja peruutusten tiedot säilytetään niin kauan kuin ne on voitava "
        "osoittaa. Suoramarkkinointia vastustaneen henkilön yhteystiedoista säilytetään tiiviste "
        "myös tietojen poistamisen jälkeen, jotta vastustamista voidaan noudattaa. Tiiviste on "
        "pseudonymisoitu henkilötieto, jota käytetään vain tähän.",
    ),
    ("marketing", "retention_en"): (
        "Data based on consent are used for marketing until the consent is withdrawn; the record "
        "of consents and withdrawals is kept for as long as it has to be shown. An objection to "
        "marketing is kept as a one-way hash even after the data are erased, so that it can be "
        "honoured.",
        "Data based on consent are used for marketing until the consent is withdrawn; the record "
        "of consents and withdrawals is kept for as long as it has to be shown. A hash of the "
        "contact details of a person who objected to direct marketing is kept even after the "
        "data are erased, so that the objection can be honoured; the hash is pseudonymised "
        "personal data used for nothing else.",
    ),
}

# The transfers text as 0007 seeded it; its "such as standard contractual clauses" tells the
# person nothing, so the untouched seed keeps only its first sentence and the letters name the
# mechanism per recipient.
SEEDED_TRANSFERS_FI = (
    "Henkilötietoja ei siirretä Euroopan talousalueen (ETA) ulkopuolelle, ellei tässä "
    "kohdassa toisin kerrota. Jos henkilötietojen käsittelijä sijaitsee ETA:n ulkopuolella, "
    "siirrossa käytetään tietosuoja-asetuksen V luvun mukaisia suojatoimia, kuten Euroopan "
    "komission hyväksymiä vakiosopimuslausekkeita."
)
SEEDED_TRANSFERS_EN = (
    "Personal data are not transferred outside the European Economic Area (EEA) unless "
    "stated otherwise here. Where a processor is located outside the EEA, the transfer "
    "relies on safeguards under Chapter V of the General Data Protection Regulation, such "
    "as the standard contractual clauses adopted by the European Commission."
)
TRANSFERS_FI = "Henkilötietoja ei siirretä Euroopan talousalueen (ETA) ulkopuolelle."

# The Finnish data categories as 0007 seeded them end with "markkinointikiellot, vastustamiset":
# one thing named twice, in two words. The untouched seed names it once.
_DATA_CATEGORIES_HEAD = (
    "Asiakkaan antamat tiedot, kuten nimi, sähköpostiosoite, kotiosoite, yritys, jonka nimissä "
    "henkilö työskentelee, ja puhelinnumero. Suostumukseen perustuvat tiedot. Tekniset tiedot: "
    "IP-osoite, vierailuajankohdat, verkkosivusto, josta käyttäjä linkittyi, vieraillut sivut, "
    "käytetyt linkit, tarkastellut mainospalkit ja muu katsottu sisältö, laitetta koskevat "
    "tiedot sekä muut selaimen antamat tekniset tiedot. "
)
SEEDED_DATA_CATEGORIES_FI = (
    _DATA_CATEGORIES_HEAD
    + "Laskutustiedot sekä markkinointikiellot, vastustamiset ja rekisteröidyn pyynnöt."
)
DATA_CATEGORIES_FI = (
    _DATA_CATEGORIES_HEAD + "Laskutustiedot sekä käsittelyn vastustamiset ja rekisteröidyn pyynnöt."
)
TRANSFERS_EN = "Personal data are not transferred outside the European Economic Area (EEA)."


def _without_soft_opt_in(bases: str) -> str:
    codes: list[str] = []
    for code in bases.split(","):
        code = "legitimate_interest" if code == "soft_opt_in" else code
        if code and code not in codes:
            codes.append(code)
    return ",".join(codes)


def upgrade() -> None:
    # Plain ADD COLUMN: the table is not recreated, so no child row is touched.
    op.add_column(
        "processors",
        sa.Column("transfer_mechanism", sa.String(20), nullable=False, server_default=""),
    )
    op.add_column(
        "processors", sa.Column("transfer_detail", sa.Text(), nullable=False, server_default="")
    )
    # The signer's title for English letters (the existing title is the Finnish one).
    op.add_column("users", sa.Column("title_en", sa.String(200), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            PURPOSES.c.id,
            PURPOSES.c.legal_bases,
            PURPOSES.c.basis_note_fi,
            PURPOSES.c.basis_note_en,
        )
    ).all()
    for row in rows:
        if "soft_opt_in" not in row.legal_bases.split(","):
            continue
        values: dict[str, object] = {
            "legal_bases": _without_soft_opt_in(row.legal_bases),
            # The bases confirmed were other ones: the pääkäyttäjä confirms the new set.
            "basis_confirmed": False,
        }
        if row.basis_note_fi == SEEDED_MARKETING_FI:
            values["basis_note_fi"] = MARKETING_FI
        if row.basis_note_en == SEEDED_MARKETING_EN:
            values["basis_note_en"] = MARKETING_EN
        conn.execute(sa.update(PURPOSES).where(PURPOSES.c.id == row.id).values(**values))
    for (code, field), (seed, new) in REWORDED.items():
        column = PURPOSES.c[field]
        conn.execute(
            sa.update(PURPOSES).where(PURPOSES.c.code == code, column == seed).values({field: new})
        )
    conn.execute(
        sa.update(TEXTS)
        .where(TEXTS.c.key == "data_categories", TEXTS.c.fi == SEEDED_DATA_CATEGORIES_FI)
        .values(fi=DATA_CATEGORIES_FI)
    )
    transfers = conn.execute(
        sa.select(TEXTS.c.fi, TEXTS.c.en).where(TEXTS.c.key == "transfers")
    ).first()
    if transfers is not None:
        fi = TRANSFERS_FI if transfers.fi == SEEDED_TRANSFERS_FI else transfers.fi
        en = TRANSFERS_EN if transfers.en == SEEDED_TRANSFERS_EN else transfers.en
        if (fi, en) != (transfers.fi, transfers.en):
            conn.execute(sa.update(TEXTS).where(TEXTS.c.key == "transfers").values(fi=fi, en=en))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("title_en")
    with op.batch_alter_table("processors") as batch:
        batch.drop_column("transfer_detail")
        batch.drop_column("transfer_mechanism")
