"""Letter catalogue, fi: what the extension, restriction, lift-notice and rectification letters
say of the records behind them: grounds, notices given earlier, new values, findings."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The extension notice: grounds, an earlier notice, a promise already passed
    "extension.told_on": "Jatkamisesta ilmoitettu",
    "extension.grounds": "Jatkamme määräaikaa, koska se on tarpeen seuraavista syistä:",
    "extension_ground.complexity": "pyyntösi monimutkaisuus",
    "extension_ground.number_of_requests": "saamiemme pyyntöjen määrä",
    "extension.assessment_only": (
        "Jatko koskee vain vastustamisesi arviointia. Suoramarkkinointia koskeva vastustaminen "
        "tulee voimaan heti, eikä sen käsittelyaikaa jatketa."
    ),
    "extension.confirms": (
        "Ilmoitimme sinulle määräajan jatkamisesta perusteluineen {notice} {how}. Tämä kirje "
        "vahvistaa tuon ilmoituksen."
    ),
    "extension.promise_passed": (
        "Tietosuojaselosteessamme lupaamamme {days} päivän käsittelyaika päättyi {promised}, "
        "emmekä pystyneet vastaamaan sen kuluessa. Pahoittelemme tätä."
    ),
    # -- The restriction letter: the Art. 18(1) ground and what ends it
    "restriction.ground_label": "Rajoituksen peruste",
    "restriction.point": "18 artiklan 1 kohdan {point} alakohta",
    "restriction.ground": (
        "Rajoitus perustuu tietosuoja-asetuksen 18 artiklan 1 kohdan {point} alakohtaan: {ground}."
    ),
    "restriction_ground.a": (
        "kiistät tietojesi paikkansapitävyyden, ja käsittelyä rajoitetaan siksi aikaa, kun "
        "tarkistamme tietojen paikkansapitävyyden"
    ),
    "restriction_ground.b": (
        "käsittely on lainvastaista, ja vastustat tietojesi poistamista ja pyydät sen sijaan "
        "niiden käytön rajoittamista"
    ),
    "restriction_ground.c": (
        "emme enää tarvitse tietojasi käsittelyn tarkoituksiin, mutta sinä tarvitset niitä "
        "oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi"
    ),
    "restriction_ground.d": (
        "olet vastustanut tietojesi käsittelyä 21 artiklan 1 kohdan nojalla, ja odotat "
        "todentamista siitä, syrjäyttävätkö rekisterinpitäjän oikeutetut perusteet sinun "
        "perusteesi"
    ),
    "restriction_ends.a": (
        "Rajoitus päättyy, kun olemme tarkistaneet tietojesi paikkansapitävyyden ja tarvittaessa "
        "oikaisseet ne."
    ),
    "restriction_ends.b": (
        "Rajoitus on voimassa niin kauan kuin pyydät sitä. Voit milloin tahansa pyytää sen "
        "sijaan tietojesi poistamista."
    ),
    "restriction_ends.c": (
        "Rajoitus on voimassa niin kauan kuin tarvitset tietoja oikeusvaatettasi varten. Kerro "
        "meille, kun et enää tarvitse niitä."
    ),
    "restriction_ends.d": (
        "Rajoitus on voimassa, kunnes olemme ratkaisseet vastustamisesi, ja kerromme ratkaisun "
        "perusteluineen sinulle."
    ),
    "restriction.told_first": (
        "Ilmoitamme sinulle kirjeellä ennen kuin rajoitus poistetaan: kerromme päivän, jona se "
        "poistetaan, ja syyn."
    ),
    # -- The lift notice: the reason chosen by the handler
    "lift_reason.accuracy_verified": (
        "Olemme tarkistaneet tietojesi paikkansapitävyyden, ja ne pitävät paikkansa."
    ),
    "lift_reason.data_rectified": (
        "Olemme tarkistaneet tietosi ja oikaisseet ne, joten rajoituksen peruste on poistunut."
    ),
    "lift_reason.objection_decided": (
        "Olemme ratkaisseet vastustamisesi, joten rajoitus sen käsittelyn ajaksi päättyy."
    ),
    "lift_reason.legal_claims_ended": (
        "Et enää tarvitse tietoja oikeusvaatettasi varten, joten rajoituksen peruste on poistunut."
    ),
    "lift_reason.person_asked": "Olet pyytänyt, että rajoitus poistetaan.",
    # -- The rectification letter: new values, findings, the true exceptions
    "rectification.subject_answer": "Vastaus tietojesi oikaisua koskevaan pyyntöön",
    "rectification.done_partly": (
        "Saimme {day} pyyntösi oikaista henkilötietojasi. Olemme oikaisseet osan tiedoistasi "
        "pyyntösi mukaisesti (tietosuoja-asetuksen 16 artikla). Kaikkea pyytämääsi emme "
        "muuttaneet; kerromme alla miksi."
    ),
    "rectification.new_value": "Uusi tieto",
    "rectification.emptied": "(poistettu)",
    "rectification.nothing_changed": (
        "Saimme {day} pyyntösi oikaista henkilötietojasi. Olemme käsitelleet pyyntösi, emmekä "
        "muuttaneet tietojasi. Kerromme alla miksi."
    ),
    "rectification.old_values_except": (
        "Emme säilytä korvattuja tietoja. Kirjaamme ainoastaan, mitkä tiedot muuttuivat ja "
        "milloin. Poikkeuksena ovat {exceptions}."
    ),
    "rectification.kept_letters": (
        "sinulle jo lähettämämme kirjeet, joiden kopioissa tiedot ovat sellaisina kuin ne "
        "kirjeissä olivat"
    ),
    "rectification.kept_invoices": (
        "laskut, joissa ostajan nimi ja laskutusosoite säilyvät laskun päivän mukaisina, kuten "
        "kirjanpitolaki edellyttää"
    ),
    "rectification.checked": "Tiedot, jotka olivat jo oikein",
    "rectification.checked_intro": (
        "Tarkistimme tiedot, joita pyyntösi koski, ja ne olivat jo oikein. Tarkistimme näin:"
    ),
    "rectification.declined": "Muutos, jota emme tehneet",
    "decline_ground.accuracy_not_shown": (
        "Rekisterissämme oleva tieto on tarkistuksemme mukaan oikea, emmekä siksi muuttaneet sitä."
    ),
    "decline_ground.legal_obligation": (
        "Tieto on osa asiakirjaa, joka meidän on lain mukaan säilytettävä muuttamattomana."
    ),
    "decline_ground.not_personal_data": (
        "Pyydetty muutos ei koske sinua koskevaa tietoa vaan arviota tai mielipidettä, jota "
        "oikaisuoikeus ei koske."
    ),
    "rectification.partial": (
        "Koska emme toteuttaneet pyyntöäsi kaikilta osin, kerromme alla oikeussuojakeinosi. Voit "
        "myös toimittaa meille lisätietoja, joiden perusteella arvioimme asian uudelleen."
    ),
}
