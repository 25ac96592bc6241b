"""Letter catalogue, fi: the program's codes in Finnish words."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The program's codes in words. Phrases stand inside a sentence (lower case) unless noted.
    # -- What the request asks, as a table cell or a line of facts shows it (capitalised)
    "request_type.access": "Pääsy omiin tietoihin (tarkastusoikeus)",
    "request_type.portability": "Tietojen siirtäminen järjestelmästä toiseen",
    "request_type.rectification": "Tietojen oikaiseminen",
    "request_type.erasure": "Tietojen poistaminen",
    "request_type.restriction": "Käsittelyn rajoittaminen",
    "request_type.objection": "Käsittelyn vastustaminen",
    "request_type.withdrawal": "Suostumuksen peruuttaminen",
    "request_type.other": "Muu tietosuojaa koskeva pyyntö",
    # -- How the request reached us, to follow "Saimme pyyntösi …" / "We received your request …"
    "channel.email": "sähköpostitse",
    "channel.letter": "kirjeitse",
    "channel.phone": "puhelimitse",
    "channel.in-person": "henkilökohtaisesti",
    # -- How the requester was matched to the data already held
    "identity_method.email_on_file": "pyyntö tuli sähköpostiosoitteesta, jonka olet antanut meille",
    "identity_method.phone_on_file": (
        "puhelu numerosta, jonka olet antanut meille, tai soitto takaisin siihen"
    ),
    "identity_method.customer_number": "asiakasnumerosi ja muut meillä jo olevat tiedot",
    "identity_method.recent_invoice": "viimeaikaisen laskun tiedot",
    "identity_method.known_in_person": "tunnemme sinut henkilökohtaisesti",
    "identity_method.id_document_seen": "henkilöllisyystodistus nähtiin, siitä ei otettu kopiota",
    "identity_method.other": "muu tapa",
    # -- Why a request is refused: a whole sentence with its article
    "refusal_basis.manifestly_unfounded": (
        "Pyyntö on ilmeisen perusteeton (tietosuoja-asetuksen 12 artiklan 5 kohta)."
    ),
    "refusal_basis.excessive": (
        "Pyyntö on kohtuuton erityisesti toistuvuutensa vuoksi (tietosuoja-asetuksen 12 artiklan 5 "
        "kohta)."
    ),
    "refusal_basis.identity_not_established": (
        "Emme ole pystyneet varmistamaan, että pyyntö tulee sinulta (tietosuoja-asetuksen 12 "
        "artiklan 2 ja 6 kohta)."
    ),
    "refusal_basis.legal_obligation": (
        "Laki velvoittaa meidät säilyttämään tiedot (tietosuoja-asetuksen 17 artiklan 3 kohdan b "
        "alakohta)."
    ),
    "refusal_basis.legal_claims": (
        "Tietoja tarvitaan oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi "
        "(tietosuoja-asetuksen 17 artiklan 3 kohdan e alakohta)."
    ),
    "refusal_basis.other": (
        "Emme toteuta pyyntöäsi (tietosuoja-asetuksen 12 artiklan 4 kohta) seuraavista "
        "syistä:"
    ),
    # -- A short name of the refusal's basis for a line of facts (capitalised)
    "refusal_basis_name.manifestly_unfounded": "Ilmeisen perusteeton pyyntö",
    "refusal_basis_name.excessive": "Kohtuuton pyyntö",
    "refusal_basis_name.identity_not_established": "Henkilöllisyyttä ei voitu varmistaa",
    "refusal_basis_name.legal_obligation": "Lakisääteinen velvoite",
    "refusal_basis_name.legal_claims": "Oikeusvaateet",
    "refusal_basis_name.other": "Alla kerrotut syyt (tietosuoja-asetuksen 12 artiklan 4 kohta)",
    # -- Objections: the processing objected to, and the outcome
    "objection_purpose.direct_marketing": "suoramarkkinointi, myös mainonnan kohdentaminen",
    "objection_purpose.analytics": "palveluiden analysointi ja tilastointi",
    "objection_purpose.service_development": "palveluiden kehittäminen",
    "objection_purpose.customer_relationship": "asiakassuhteen hoitaminen ja kehittäminen",
    "objection_purpose.other": "muu käsittely",
    "objection_outcome.stopped": "käsittely lopetettu heti",
    "objection_outcome.upheld": "vastustaminen hyväksytty, käsittely lopetettu",
    "objection_outcome.compelling_grounds": (
        "käsittely jatkuu pakottavien oikeutettujen perusteiden vuoksi"
    ),
    # -- The fields of the customer record, and the parts of it an erasure plan names
    "customer_field.name": "nimi",
    "customer_field.email": "sähköpostiosoite",
    "customer_field.phone": "puhelinnumero",
    "customer_field.street": "katuosoite",
    "customer_field.postal_code": "postinumero",
    "customer_field.city": "postitoimipaikka",
    "customer_field.country": "maa",
    "customer_field.address": "osoite",
    "customer_field.company": "yritys",
    "customer_field.language": "asiointikieli",
    "customer_field.business_id": "y-tunnus",
    "customer_field.source": "tietojen lähde",
    "customer_field.source_name": "lähteen nimi",
    "customer_field.notes": "muistiinpanot",
    "customer_field.notes_third_party": (
        "merkintä muistiinpanoihin sisältyvistä muiden henkilöiden tiedoista"
    ),
    "customer_field.customer_number": "asiakasnumero",
    "customer_field.search_text": "hakua varten tallennettu kopio nimestäsi ja yhteystiedoistasi",
    # -- The kinds of item an erasure plan lists
    "erasure_item.customer": "asiakastietosi",
    "erasure_item.consent_event": "suostumustesi historia",
    "erasure_item.objection": "vastustamista koskevat merkinnät",
    "erasure_item.suppression": "markkinoinnin estolista",
    "erasure_item.web_events": "verkkosivustoltamme kerätyt tekniset tiedot",
    "erasure_item.invoice": "lasku",
    "erasure_item.request": "tietosuojapyyntöjesi käsittelytiedot",
    "erasure_item.unlinked_request": "muut tietosuojapyynnöt, joissa sinut mainittiin",
    "erasure_item.request_pause": "merkinnät pyyntöjen odotusajoista",
    "erasure_item.field_change": "merkinnät oikaistuista tiedoista",
    "erasure_item.recipient_notice": "merkinnät ilmoituksista tietojen vastaanottajille",
    "erasure_item.letter": "sinulle lähettämämme kirjeet",
    # -- Why an erasure plan treats an item as it does, short enough for a table cell
    "erasure_reason.erasure": "pyyntösi (tietosuoja-asetuksen 17 artiklan 1 kohta)",
    "erasure_reason.accounting_act": (
        "kirjanpitolaki (1336/1997) 2 luku 10 §; tietosuoja-asetuksen 17 artiklan 3 kohdan b "
        "alakohta"
    ),
    "erasure_reason.retention_ended": "säilytysaika on päättynyt",
    "erasure_reason.direct_marketing_objection": (
        "suoramarkkinoinnin vastustamisesi; tietosuoja-asetuksen 21 artiklan 3 kohta"
    ),
    "erasure_reason.accountability": "osoitusvelvollisuus; tietosuoja-asetuksen 5 artiklan 2 kohta",
    # -- What stays in a kept or anonymised record
    "kept_field.invoice_number": "laskun numero",
    "kept_field.invoice_date": "laskun päivämäärä",
    "kept_field.amount": "summa",
    "kept_field.buyer_name": "ostajan nimi",
    "kept_field.billing_address": "laskutusosoite",
    "kept_field.customer_link": "yhteys asiakastietoihisi",
    "kept_field.digest": "tiiviste",
    "kept_field.type": "pyynnön tyyppi",
    "kept_field.status": "tila",
    "kept_field.received_on": "vastaanottopäivä",
    "kept_field.due": "määräpäivä",
    "kept_field.closed_at": "päättämisaika",
    "kept_field.refusal_basis": "epäämisen peruste",
    "kept_field.subject_ref": "satunnainen tunniste",
    "kept_field.requester_text": "pyyntösi sanamuoto",
    "kept_field.requester_name": "pyynnössä ilmoitettu nimi",
    "kept_field.requester_contact": "pyynnössä ilmoitetut yhteystiedot",
    "kept_field.identity_note": "merkinnät henkilöllisyyden varmistamisesta",
    "kept_field.extension_reason": "määräajan jatkamisen perustelut",
    "kept_field.refusal_reason": "epäämisen perustelut",
    "kept_field.assessment": "pyynnöstä tehty arvio",
    "kept_field.field": "oikaistun tiedon nimi",
    "kept_field.changed_at": "muutosaika",
    "kept_field.started_at": "alkamisaika",
    "kept_field.ended_at": "päättymisaika",
    "kept_field.reason": "perustelut",
    "kept_field.processor": "vastaanottajan nimi",
    "kept_field.notified_on": "ilmoituspäivä",
    "kept_field.kind": "kirjeen laji",
    "kept_field.language": "kieli",
    "kept_field.sha256": "tarkistussumma",
    "kept_field.created_at": "päivämäärä",
    "kept_field.pdf": "kirjeen sisältö",
}
