"""The program's codes in the words a letter uses, in Finnish and English.

Letters are written in the customer's language, not the user interface's, so these tables are
plain data rather than Qt translations. Each table maps a code to its (Finnish, English) words;
`words()` picks the letter's language and falls back to the code itself, so that a code added
later still prints as something a reader can report rather than as nothing.

Phrases are written to stand inside a sentence (lower case) unless the table says otherwise;
`capital()` makes one begin a line or a table cell.
"""

from __future__ import annotations

from l4d_desktop.core.letters.words.dates import check_language

Terms = dict[str, tuple[str, str]]


def words(table: Terms, code: str | None, language: str) -> str:
    """The code's words in the letter's language; the code itself when the table lacks it."""
    check_language(language)
    if code is None:
        return ""
    pair = table.get(code)
    if pair is None:
        return code
    return pair[0] if language == "fi" else pair[1]


def capital(text: str) -> str:
    """The phrase with its first letter in upper case (the rest as written)."""
    return text[:1].upper() + text[1:]


def join_words(items: list[str], language: str) -> str:
    """The phrases joined as a sentence lists them: "a, b ja c" / "a, b and c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = "ja" if language == "fi" else "and"
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def count_text(n: int, language: str, fi: tuple[str, str], en: tuple[str, str]) -> str:
    """A number with its noun: "1 pyyntö", "3 pyyntöä" / "1 request", "3 requests". `fi` and
    `en` give the word for one and for many (Finnish takes the partitive after numbers above
    one)."""
    one, many = fi if language == "fi" else en
    return f"{n} {one if n == 1 else many}"


# -- requests -----------------------------------------------------------------------------------

# What the request asks, as a table cell or a line of facts shows it (capitalised).
REQUEST_TYPES: Terms = {
    "access": ("Pääsy omiin tietoihin (tarkastusoikeus)", "Access to your personal data"),
    "portability": ("Tietojen siirtäminen järjestelmästä toiseen", "Data portability"),
    "rectification": ("Tietojen oikaiseminen", "Rectification of your data"),
    "erasure": ("Tietojen poistaminen", "Erasure of your data"),
    "restriction": ("Käsittelyn rajoittaminen", "Restriction of processing"),
    "objection": ("Käsittelyn vastustaminen", "Objection to processing"),
    "withdrawal": ("Suostumuksen peruuttaminen", "Withdrawal of consent"),
    "other": ("Muu tietosuojaa koskeva pyyntö", "Other data protection request"),
}

# The article of the General Data Protection Regulation behind each type.
REQUEST_ARTICLES: Terms = {
    "access": ("15 artikla", "Article 15"),
    "portability": ("20 artikla", "Article 20"),
    "rectification": ("16 artikla", "Article 16"),
    "erasure": ("17 artikla", "Article 17"),
    "restriction": ("18 artikla", "Article 18"),
    "objection": ("21 artikla", "Article 21"),
    "withdrawal": ("7 artiklan 3 kohta", "Article 7(3)"),
}

# How the request reached us, to follow "Saimme pyyntösi …" / "We received your request …".
CHANNELS: Terms = {
    "email": ("sähköpostitse", "by email"),
    "letter": ("kirjeitse", "by post"),
    "phone": ("puhelimitse", "by telephone"),
    "in-person": ("henkilökohtaisesti", "in person"),
}

# How the requester was matched to the data already held (vocabulary.IdentityMethod).
IDENTITY_METHODS: Terms = {
    "email_on_file": (
        "pyyntö tuli sähköpostiosoitteesta, jonka olet antanut meille",
        "the request came from the email address you had given us",
    ),
    "phone_on_file": (
        "puhelu numerosta, jonka olet antanut meille, tai soitto takaisin siihen",
        "a call from, or a call back to, the telephone number you had given us",
    ),
    "customer_number": (
        "asiakasnumerosi ja muut meillä jo olevat tiedot",
        "your customer number together with other details we already held",
    ),
    "recent_invoice": (
        "viimeaikaisen laskun tiedot",
        "the details of a recent invoice",
    ),
    "known_in_person": ("tunnemme sinut henkilökohtaisesti", "we know you in person"),
    "id_document_seen": (
        "henkilöllisyystodistus nähtiin, siitä ei otettu kopiota",
        "an identity document was seen; no copy was kept",
    ),
    "other": ("muu tapa", "another way"),
}

# Why a request is refused (vocabulary.RefusalBasis): a whole sentence with its article.
REFUSAL_BASES: Terms = {
    "manifestly_unfounded": (
        "Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta).",
        "The request is manifestly unfounded (Article 12(5) GDPR).",
    ),
    "excessive": (
        "Pyyntö on kohtuuton erityisesti toistuvuutensa vuoksi "
        "(tietosuoja-asetuksen 12 artiklan 5 kohta).",
        "The request is excessive, in particular because of its repetitive character "
        "(Article 12(5) GDPR).",
    ),
    "identity_not_established": (
        "Emme ole pystyneet varmistamaan, että pyyntö tulee sinulta "
        "(tietosuoja-asetuksen 12 artiklan 2 ja 6 kohta).",
        "We have not been able to confirm that the request comes from you "
        "(Article 12(2) and (6) GDPR).",
    ),
    "legal_obligation": (
        "Laki velvoittaa meidät säilyttämään tiedot "
        "(tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta).",
        "The law requires us to keep the data (Article 17(3)(b) GDPR).",
    ),
    "legal_claims": (
        "Tietoja tarvitaan oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi "
        "(tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta).",
        "The data are needed for the establishment, exercise or defence of legal claims "
        "(Article 17(3)(e) GDPR).",
    ),
    "other": (
        "Pyyntöä ei voida toteuttaa alla kerrotuista syistä.",
        "The request cannot be carried out for the reasons given below.",
    ),
}

# A short name of the basis for a line of facts.
REFUSAL_BASIS_NAMES: Terms = {
    "manifestly_unfounded": ("Ilmeisen perusteeton pyyntö", "Manifestly unfounded request"),
    "excessive": ("Kohtuuton pyyntö", "Excessive request"),
    "identity_not_established": (
        "Henkilöllisyyttä ei voitu varmistaa",
        "Identity could not be confirmed",
    ),
    "legal_obligation": ("Lakisääteinen velvoite", "Legal obligation"),
    "legal_claims": ("Oikeusvaateet", "Legal claims"),
    "other": ("Muu peruste", "Other grounds"),
}

# -- objections ---------------------------------------------------------------------------------

OBJECTION_PURPOSES: Terms = {
    "direct_marketing": (
        "suoramarkkinointi, myös mainonnan kohdentaminen",
        "direct marketing, including targeted advertising",
    ),
    "analytics": (
        "palveluiden analysointi ja tilastointi",
        "analysis and statistics of our services",
    ),
    "service_development": ("palveluiden kehittäminen", "development of our services"),
    "customer_relationship": (
        "asiakassuhteen hoitaminen ja kehittäminen",
        "managing and developing the customer relationship",
    ),
    "other": ("muu käsittely", "other processing"),
}

OBJECTION_OUTCOMES: Terms = {
    "stopped": ("käsittely lopetettu heti", "processing stopped at once"),
    "upheld": ("vastustus hyväksytty, käsittely lopetettu", "objection upheld, processing stopped"),
    "compelling_grounds": (
        "käsittely jatkuu pakottavien oikeutettujen perusteiden vuoksi",
        "processing continues on compelling legitimate grounds",
    ),
}

# -- the customer record ------------------------------------------------------------------------

# The fields of the customer record (as CleanCustomer names them) and the parts of it an
# erasure plan names.
CUSTOMER_FIELDS: Terms = {
    "name": ("nimi", "name"),
    "email": ("sähköpostiosoite", "email address"),
    "phone": ("puhelinnumero", "telephone number"),
    "street": ("katuosoite", "street address"),
    "postal_code": ("postinumero", "postcode"),
    "city": ("postitoimipaikka", "town or city"),
    "country": ("maa", "country"),
    "address": ("osoite", "address"),
    "company": ("yritys", "company"),
    "language": ("asiointikieli", "preferred language"),
    "business_id": ("y-tunnus", "business ID"),
    "source": ("tietojen lähde", "source of the data"),
    "source_name": ("lähteen nimi", "name of the source"),
    "notes": ("muistiinpanot", "notes"),
    "notes_third_party": (
        "merkintä muistiinpanoihin sisältyvistä muiden henkilöiden tiedoista",
        "the mark that the notes mention other people",
    ),
    "customer_number": ("asiakasnumero", "customer number"),
    "search_text": ("hakuhakemiston tiedot", "search index entries"),
}

# -- erasure ------------------------------------------------------------------------------------

# The kinds of item an erasure plan lists (erasure.ItemKind).
ERASURE_ITEM_KINDS: Terms = {
    "customer": ("asiakastietosi", "your customer record"),
    "consent_event": ("suostumustesi historia", "the history of your consents"),
    "objection": ("vastustamista koskevat merkinnät", "records of your objections"),
    "suppression": ("markkinoinnin estolista", "the marketing suppression list"),
    "web_events": (
        "verkkosivustoltamme kerätyt tekniset tiedot",
        "technical data collected on our website",
    ),
    "invoice": ("lasku", "invoice"),
    "request": ("tietosuojapyyntöjesi käsittelytiedot", "the records of your requests"),
    "request_pause": (
        "merkinnät pyyntöjen odotusajoista",
        "records of periods your requests waited for you",
    ),
    "field_change": (
        "merkinnät oikaistuista tiedoista",
        "records of which of your data were corrected",
    ),
    "recipient_notice": (
        "merkinnät ilmoituksista tietojen vastaanottajille",
        "records of notices to recipients of your data",
    ),
    "letter": ("sinulle lähettämämme kirjeet", "the letters we have sent you"),
}

# Why an item is treated as it is (erasure.ErasureReason), short enough for a table cell.
ERASURE_REASONS: Terms = {
    "erasure": (
        "pyyntösi (tietosuoja-asetuksen 17 artiklan 1 kohta)",
        "your request (Article 17(1) GDPR)",
    ),
    "accounting_act": (
        "kirjanpitolaki (1336/1997) 2 luku 10 §; tietosuoja-asetuksen 17 artiklan 3 kohdan "
        "b alakohta",
        "Finnish Accounting Act (kirjanpitolaki 1336/1997), chapter 2, section 10; "
        "Article 17(3)(b) GDPR",
    ),
    "retention_ended": ("säilytysaika on päättynyt", "the retention period has ended"),
    "direct_marketing_objection": (
        "suoramarkkinoinnin vastustamisesi; tietosuoja-asetuksen 21 artiklan 3 kohta",
        "your objection to direct marketing; Article 21(3) GDPR",
    ),
    "accountability": (
        "osoitusvelvollisuus; tietosuoja-asetuksen 5 artiklan 2 kohta",
        "accountability; Article 5(2) GDPR",
    ),
}

# What stays in a kept or anonymised row (PlanItem.fields_kept / fields_removed).
KEPT_FIELDS: Terms = {
    "invoice_number": ("laskun numero", "invoice number"),
    "invoice_date": ("laskun päivämäärä", "invoice date"),
    "amount": ("summa", "amount"),
    "buyer_name": ("ostajan nimi", "buyer's name"),
    "billing_address": ("laskutusosoite", "billing address"),
    "customer_link": ("yhteys asiakastietoihisi", "the link to your customer record"),
    "digest": ("tiiviste", "hash"),
    "type": ("pyynnön tyyppi", "type of request"),
    "status": ("tila", "status"),
    "received_on": ("vastaanottopäivä", "date received"),
    "due": ("määräpäivä", "due date"),
    "closed_at": ("päättämisaika", "date closed"),
    "refusal_basis": ("epäämisen peruste", "grounds of a refusal"),
    "subject_ref": ("satunnainen tunniste", "a random reference"),
    "requester_text": ("pyyntösi sanamuoto", "the wording of your request"),
    "requester_name": ("pyynnössä ilmoitettu nimi", "the name given in the request"),
    "requester_contact": ("pyynnössä ilmoitetut yhteystiedot", "the contact details given"),
    "identity_note": (
        "merkinnät henkilöllisyyden varmistamisesta",
        "notes on confirming your identity",
    ),
    "extension_reason": ("määräajan jatkamisen perustelut", "reasons for an extension"),
    "refusal_reason": ("epäämisen perustelut", "reasons for a refusal"),
    "assessment": ("pyynnöstä tehty arvio", "the assessment of a request"),
    "field": ("oikaistun tiedon nimi", "the name of a corrected field"),
    "changed_at": ("muutosaika", "time of the change"),
    "started_at": ("alkamisaika", "start time"),
    "ended_at": ("päättymisaika", "end time"),
    "reason": ("perustelut", "reasons"),
    "processor": ("vastaanottajan nimi", "name of the recipient"),
    "notified_on": ("ilmoituspäivä", "date of the notice"),
    "kind": ("kirjeen laji", "kind of letter"),
    "language": ("kieli", "language"),
    "sha256": ("tarkistussumma", "checksum"),
    "created_at": ("päivämäärä", "date"),
    "pdf": ("kirjeen sisältö", "the content of the letter"),
}
