"""Swedish beside Finnish and English: the processing register's purposes and register-wide
texts and the consent purposes' names get a Swedish field, seeded with the Swedish of the texts
as they were seeded

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must keep producing the same rows whatever
# the program's code later becomes. Terms as in the Swedish text of Regulation (EU) 2016/679
# (den registrerade, personuppgiftsansvarig, personuppgiftsbiträde) and Finnish Acts by their
# Swedish names (bokföringslagen 1336/1997, lagen om tjänster inom elektronisk kommunikation
# 917/2014).
# Per purpose and field: the SHA-256 (first 16 hex digits) of the English seed the Swedish
# translates, and the Swedish. A text the pääkäyttäjä has changed since it was seeded no
# longer matches and gets no Swedish: the Swedish letters then wait until it is written.
PURPOSES_SV: dict[str, dict[str, tuple[str, str]]] = {
    "customer_relationship": {
        "name_sv": ("8156b8a9f10476dc", "Skötsel och utveckling av kundrelationen"),
        "basis_note_sv": (
            "1a209396ce0b8f4c",
            "Avtalet med kunden eller åtgärder som vidtas på den registrerades begäran innan ett "
            "avtal ingås. Berättigat intresse: att upprätthålla och utveckla kundrelationen när "
            "det inte (ännu eller längre) finns ett gällande avtal.",
        ),
        "categories_sv": (
            "37864f4236e39bf1",
            "Namn, e-postadress, hemadress, det företag i vars namn personen arbetar, "
            "telefonnummer, kundnummer, kontaktspråk samt anteckningar om kundrelationen.",
        ),
        "retention_sv": (
            "4388281aa1275282",
            "Så länge kundrelationen varar. När den har upphört raderas uppgifterna då inget "
            "annat ändamål som beskrivs här längre behöver dem, senast tre år efter den senaste "
            "kontakten. På kundens begäran raderas de tidigare, om inte lagen kräver att de "
            "bevaras.",
        ),
    },
    "services": {
        "name_sv": (
            "5010969d93b1da8d",
            "Produktion, erbjudande, utveckling, förbättring och skydd av tjänsterna",
        ),
        "basis_note_sv": (
            "d90539563847b871",
            "Avtal: produktion och leverans av de avtalade tjänsterna. Berättigat intresse: "
            "utveckling och förbättring av tjänsterna samt skydd av tjänsterna och uppgifterna "
            "mot missbruk.",
        ),
        "categories_sv": (
            "46adebb9ca20b967",
            "Kontaktuppgifter (namn, e-postadress, telefonnummer) och tekniska uppgifter: "
            "IP-adress, tidpunkter för besök, den webbplats från vilken användaren kom, besökta "
            "sidor, använda länkar, visade reklambanners och annat visat innehåll, uppgifter om "
            "enheten och andra tekniska uppgifter som webbläsaren lämnar.",
        ),
        "retention_sv": (
            "a368c7881f59575d",
            "Kontaktuppgifterna så länge kundrelationen varar, som ovan. Tekniska uppgifter "
            "högst 14 månader från insamlingen.",
        ),
    },
    "billing": {
        "name_sv": (
            "cd7d49b50615bbfe",
            "Fakturering, indrivning och verifiering av kundtransaktioner",
        ),
        "basis_note_sv": (
            "8e292079e684472a",
            "Avtal: fakturering av de avtalade tjänsterna och indrivning av det som är obetalt. "
            "Rättslig förpliktelse: bokföringslagen (1336/1997) och mervärdesskattelagen "
            "(1501/1993).",
        ),
        "categories_sv": (
            "66c93355abbf54c6",
            "Namn, faktureringsadress, företag och FO-nummer samt fakturornas uppgifter (nummer, "
            "datum, belopp och betalningsstatus).",
        ),
        "retention_sv": (
            "48181e7ee4b570d1",
            "Verifikationer, såsom fakturor, och korrespondensen om dem minst sex år från "
            "utgången av det år under vilket räkenskapsperioden avslutades; bokföringen och "
            "bokslutet minst tio år från räkenskapsperiodens utgång (bokföringslagen 1336/1997, "
            "2 kap. 10 §). På en bevarad faktura finns köparens namn och faktureringsadress "
            "kvar; allt annat raderas. Uppgifterna i ett pågående indrivningsärende bevaras "
            "tills ärendet har avslutats.",
        ),
    },
    "ad_targeting": {
        "name_sv": ("3db402049479e867", "Inriktning av reklam"),
        "basis_note_sv": (
            "a3ebc5e2452af110",
            "Inriktning som grundar sig på kakor eller liknande teknik kräver förhandssamtycke "
            "(lagen om tjänster inom elektronisk kommunikation 917/2014, 205 §). Inriktning av "
            "reklam är direktmarknadsföring: den registrerade kan när som helst invända mot den, "
            "och den upphör genast.",
        ),
        "categories_sv": (
            "c6dc6366d928f224",
            "Tekniska uppgifter: besökta sidor, använda länkar, visade reklambanners och annat "
            "visat innehåll, uppgifter om enheten och webbläsaren; samtycket till riktad reklam.",
        ),
        "retention_sv": (
            "d8a55d2b3f9adc0b",
            "Tills samtycket återkallas eller den registrerade invänder, tekniska uppgifter i "
            "vilket fall som helst högst 14 månader från insamlingen.",
        ),
    },
    "analytics": {
        "name_sv": ("36b7b6ccfcdbb6d6", "Analys av och statistik över tjänsterna"),
        "basis_note_sv": (
            "326230ff35a2e55a",
            "Webbanalys som grundar sig på kakor eller liknande teknik: samtycke (917/2014, 205 "
            "§). Annan statistik över tjänsterna ur registrets uppgifter: berättigat intresse av "
            "att utveckla tjänsterna; en invändning stoppar den, om det inte finns tvingande "
            "berättigade skäl.",
        ),
        "categories_sv": (
            "ae97d6ae60c9ff97",
            "Tekniska uppgifter (IP-adress, tidpunkter för besök, den webbplats från vilken "
            "användaren kom, besökta sidor, använda länkar, visade reklambanners och annat visat "
            "innehåll, uppgifter om enheten och andra tekniska uppgifter som webbläsaren lämnar) "
            "och kundregistrets uppgifter.",
        ),
        "retention_sv": (
            "92a04ed80b843287",
            "Tekniska uppgifter högst 14 månader från insamlingen. Statistiken sammanställs som "
            "aggregat ur vilka ingen enskild person kan identifieras.",
        ),
    },
    "marketing": {
        "name_sv": ("0346784131ae7f3f", "Kundkommunikation, marknadsföring och reklam"),
        "basis_note_sv": (
            "eb1b840bb4c8f63c",
            "Avtal: kommunikation om tjänsten och kundrelationen. Samtycke: direktmarknadsföring "
            "till privatpersoner per e-post och textmeddelande (lagen om tjänster inom "
            "elektronisk kommunikation 917/2014, 200 § 1 mom.). Berättigat intresse: "
            "marknadsföring av egna liknande produkter och tjänster till befintliga kunder (skäl "
            "47). Den kräver inget samtycke, eftersom 200 § 2 mom. i lag 917/2014 tillåter "
            "marknadsföring till den elektroniska adress som kunden har gett oss inom ramen för "
            "kundrelationen, när kunden enkelt och avgiftsfritt kan förbjuda den. Den "
            "registrerade kan när som helst invända mot marknadsföring, och den upphör genast.",
        ),
        "categories_sv": (
            "2b0fb3f4f0ccd0af",
            "Namn, e-postadress, telefonnummer, postadress och kontaktspråk; samtycken till "
            "marknadsföring och återkallanden av dem samt invändningar mot marknadsföring.",
        ),
        "retention_sv": (
            "890ba949872ba7cd",
            "Uppgifter som grundar sig på samtycke används för marknadsföring tills samtycket "
            "återkallas; anteckningen om samtycken och återkallanden bevaras så länge den "
            "behöver kunna visas. Ett hashvärde av kontaktuppgifterna för en person som har "
            "invänt mot direktmarknadsföring bevaras även efter att uppgifterna raderats, så att "
            "invändningen kan respekteras; hashvärdet är en pseudonymiserad personuppgift som "
            "inte används till något annat.",
        ),
    },
    "rights_protection": {
        "name_sv": (
            "f81805fdf41b8136",
            "Skydd och säkerställande av rättigheter och/eller egendom som tillhör den "
            "personuppgiftsansvarige och andra personer och parter som deltar i uppdrag som hör "
            "samman med tjänsterna",
        ),
        "basis_note_sv": (
            "6e9aefb79215095a",
            "Berättigat intresse: att fastställa, göra gällande eller försvara rättsliga anspråk "
            "samt att förebygga och utreda missbruk och bedrägerier.",
        ),
        "categories_sv": (
            "52eb8987ab906bdd",
            "De kund-, fakturerings- och tekniska uppgifter som saken gäller samt "
            "korrespondensen om saken.",
        ),
        "retention_sv": (
            "5bec7c0d87d337e3",
            "Tills saken har avslutats och därefter så länge ett anspråk ännu kan framställas "
            "(den allmänna preskriptionstiden är tre år, lagen om preskription av skulder "
            "728/2003).",
        ),
    },
    "statutory_duties": {
        "name_sv": (
            "1b63cba9d353fc37",
            "Fullgörande av den personuppgiftsansvariges lagstadgade skyldigheter",
        ),
        "basis_note_sv": (
            "9658c0476958b78c",
            "Till exempel bokförings- och skattelagstiftningen, handläggningen av de "
            "registrerades begäranden enligt dataskyddsförordningen och utlämnande av uppgifter "
            "till myndigheter när lagen kräver det.",
        ),
        "categories_sv": (
            "73e3cb438a30e96d",
            "Faktureringsuppgifter, de registrerades begäranden och anteckningarna om hur de "
            "handlades samt uppgifter som en myndighet begär med stöd av lag.",
        ),
        "retention_sv": (
            "36ab2fb524a92f09",
            "Den tid som lagen föreskriver. Anteckningen om hur en begäran handlades bevaras så "
            "länge det behövs för att visa att den handlades på rätt sätt (artikel 5.2 i "
            "dataskyddsförordningen).",
        ),
    },
}
TEXTS_SV: dict[str, tuple[str, str]] = {
    "persons": (
        "0d45ceaf4123e2b0",
        "Kunder och potentiella kunder till Lean 4D Oy, kontaktpersoner för företagskunder samt "
        "användare av webbplatsen och tjänsterna.",
    ),
    "data_categories": (
        "3f361dc5f827b97b",
        "Uppgifter som kunden ger oss, såsom namn, e-postadress, hemadress, det företag i vars "
        "namn personen arbetar och telefonnummer. Uppgifter som grundar sig på samtycke. "
        "Tekniska uppgifter: IP-adress, tidpunkter för besök, den webbplats från vilken "
        "användaren kom, besökta sidor, använda länkar, visade reklambanners och annat visat "
        "innehåll, uppgifter om enheten och andra tekniska uppgifter som webbläsaren lämnar. "
        "Faktureringsuppgifter samt den registrerades invändningar och begäranden.",
    ),
    "recipients": (
        "5b197132fef09fd6",
        "Den personuppgiftsansvariges underleverantörer kan behandla personuppgifter på den "
        "personuppgiftsansvariges uppdrag och för dess räkning (personuppgiftsbiträden); avtalen "
        "mellan den personuppgiftsansvarige och varje underleverantör säkerställer att "
        "uppgifterna skyddas på behörigt sätt. Uppgifter lämnas ut till myndigheter när lagen "
        "kräver det.",
    ),
    "transfers": (
        "f15a7c35a2b35f84",
        "Personuppgifter överförs inte utanför Europeiska ekonomiska samarbetsområdet (EES).",
    ),
    "retention": (
        "f1aa96c622773548",
        "Personuppgifterna raderas när det inte längre finns skäl att bevara dem. Om de inte "
        "samlas in eller bevaras för att lagen kräver det, raderas de på kundens begäran. "
        "Lagringstiden för varje ändamål anges vid ändamålet.",
    ),
    "source": (
        "11c802d6a85f6752",
        "Uppgifterna kommer från den registrerade. Uppgifter som grundar sig på samtycke samlas "
        "in direkt från kunden eller, med kundens samtycke, från register eller källor som förs "
        "av en myndighet eller en tredje part. Tekniska uppgifter samlas in när tjänsterna och "
        "webbplatsen används.",
    ),
    "automated_decisions": (
        "2838f93e6bb0eb5c",
        "Lean 4D Oy profilerar inte kunderna utifrån deras personuppgifter och använder inte "
        "automatiserat beslutsfattande.",
    ),
    "security": (
        "a40fcaa6bb38c545",
        "För att använda registret krävs ett användarnamn som beviljas av huvudanvändaren, som "
        "också bestämmer de övriga användarnas rättigheter till uppgifterna. Endast de anställda "
        "hos den personuppgiftsansvarige och dess underleverantörer som behöver uppgifterna i "
        "sitt arbete har tillgång till dem. Uppgifterna förvaras i databaser som skyddas med "
        "tekniska medel (såsom brandväggar och lösenord) i låsta och bevakade lokaler. Varje "
        "visning och ändring av uppgifterna loggas, och en senare ändring av loggen upptäcks.",
    ),
}
CONSENTS_SV: dict[str, tuple[str, str]] = {
    "marketing_email": ("41b03e4cdd2ce15a", "Marknadsföringsmeddelanden per e-post"),
    "marketing_sms": ("2ed79eef6a28638c", "Marknadsföringsmeddelanden per textmeddelande"),
    "ad_targeting": ("efc4c324ec256fd9", "Inriktning av reklam"),
    "analytics": ("4ea404a67271801f", "Analys av och statistik över våra tjänster"),
}

_PURPOSE_FIELDS = ("name", "basis_note", "categories", "retention")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def upgrade() -> None:
    # Empty by default: a purpose or text written before Swedish existed has no Swedish yet.
    op.add_column(
        "processing_purposes",
        sa.Column("name_sv", sa.String(length=300), nullable=False, server_default=""),
    )
    for field in _PURPOSE_FIELDS[1:]:
        op.add_column(
            "processing_purposes",
            sa.Column(f"{field}_sv", sa.Text(), nullable=False, server_default=""),
        )
    op.add_column(
        "processing_register_texts",
        sa.Column("sv", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "consent_purposes",
        sa.Column("name_sv", sa.String(length=200), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    purposes = sa.table(
        "processing_purposes",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        *(sa.column(f"{f}_{lang}", sa.Text) for f in _PURPOSE_FIELDS for lang in ("en", "sv")),
    )
    for row in conn.execute(sa.select(purposes)).mappings().all():
        seeds = PURPOSES_SV.get(row["code"], {})
        values = {
            field: sv
            for field, (digest, sv) in seeds.items()
            if _digest(row[field.removesuffix("_sv") + "_en"]) == digest
        }
        if values:
            conn.execute(purposes.update().where(purposes.c.id == row["id"]).values(**values))
    texts = sa.table(
        "processing_register_texts",
        sa.column("key", sa.String),
        sa.column("en", sa.Text),
        sa.column("sv", sa.Text),
    )
    for key, en in conn.execute(sa.select(texts.c.key, texts.c.en)).all():
        if key in TEXTS_SV and _digest(en) == TEXTS_SV[key][0]:
            conn.execute(texts.update().where(texts.c.key == key).values(sv=TEXTS_SV[key][1]))
    consents = sa.table(
        "consent_purposes",
        sa.column("code", sa.String),
        sa.column("name_en", sa.String),
        sa.column("name_sv", sa.String),
    )
    for code, en in conn.execute(sa.select(consents.c.code, consents.c.name_en)).all():
        if code in CONSENTS_SV and _digest(en) == CONSENTS_SV[code][0]:
            conn.execute(
                consents.update()
                .where(consents.c.code == code)
                .values(name_sv=CONSENTS_SV[code][1])
            )


def downgrade() -> None:
    with op.batch_alter_table("consent_purposes") as batch:
        batch.drop_column("name_sv")
    with op.batch_alter_table("processing_register_texts") as batch:
        batch.drop_column("sv")
    with op.batch_alter_table("processing_purposes") as batch:
        for field in _PURPOSE_FIELDS:
            batch.drop_column(f"{field}_sv")
