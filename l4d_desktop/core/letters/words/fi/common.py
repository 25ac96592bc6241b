"""Letter catalogue, fi: how Finnish writes dates, amounts, lists and counts; what every letter
shares (greeting, contact, remedies, recipients); the page frame and the calibration page."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The address block without a postal address: how the letter reaches the person
    "address.by_email": "Lähetetään sähköpostitse",
    "address.in_person": "Luovutetaan henkilökohtaisesti",
    "address.as_agreed": "Toimitetaan kanssasi sovitulla tavalla",
    # -- How the language writes dates, times, amounts, lists and counts
    "format.date": "{day}.{month}.{year}",
    "format.month.1": "1",
    "format.month.2": "2",
    "format.month.3": "3",
    "format.month.4": "4",
    "format.month.5": "5",
    "format.month.6": "6",
    "format.month.7": "7",
    "format.month.8": "8",
    "format.month.9": "9",
    "format.month.10": "10",
    "format.month.11": "11",
    "format.month.12": "12",
    "format.datetime": "{date} klo {hour}.{minute:02d}",
    "format.event_time": "{day}.{month}.{year} {hour:02d}.{minute:02d}.{second:02d}",
    "format.thousands": "\u00a0",
    "format.decimal_point": ",",
    "format.money": "{sign}{whole},{cents:02d}\u00a0€",
    "format.list": "{rest} ja {last}",
    "format.either": "{first} tai {second}",
    "count.entry.one": "{n} merkintä",
    "count.entry.other": "{n} merkintää",
    "count.event.one": "{n} tapahtuma",
    "count.event.other": "{n} tapahtumaa",
    "count.request.one": "{n} pyyntö",
    "count.request.other": "{n} pyyntöä",
    # -- Every letter: the greeting, the facts of the request, the contact, the signature
    "letter.greeting": "Hyvä {name},",
    "letter.greeting_anyone": "Hyvä vastaanottaja,",
    "letter.received": "Saimme pyyntösi {day}.",
    "letter.contact": (
        "Jos sinulla on kysyttävää, ota yhteyttä tietosuoja-asioiden yhteyshenkilöömme: {name} "
        "({title}), puh. {phone}, {email}. Mainitse viite {reference}."
    ),
    "letter.closing": "Ystävällisin terveisin",
    "facts.request": "Pyyntösi",
    "facts.received": "Vastaanotettu",
    # -- The remedies (Art. 12(4), 77–79) and the supervisory authority
    "remedies.heading": "Oikeussuojakeinot",
    "remedies.complaint": (
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, sinulla on "
        "oikeus tehdä valitus valvontaviranomaiselle:"
    ),
    "authority.address": (
        "{name}\nKäyntiosoite: {street}\nPostiosoite: {postal}\nVaihde: {phone}\n{web}"
    ),
    "remedies.court": (
        "Sinulla on lisäksi oikeus saattaa asia tuomioistuimen käsiteltäväksi. Valituksen "
        "tekeminen ei maksa mitään eikä estä muita oikeussuojakeinoja."
    ),
    # -- The recipients told of a rectification, erasure or restriction (Art. 19)
    "recipients.heading": "Tietojesi vastaanottajat",
    "notified_act.rectification": "oikaisusta",
    "notified_act.erasure": "tietojesi poistamisesta",
    "notified_act.restriction": "käsittelyn rajoittamisesta",
    # -- The frame of every page: letterhead, date and reference, footer, enclosures
    "frame.date": "Päivämäärä",
    "frame.reference": "Viite",
    "frame.page": "Sivu {page} / {pages}",
    "frame.enclosures": "Liitteet",
    "frame.business_id": "Y-tunnus {business_id}",
    "frame.phone": "Puh. {phone}",
    # -- The window-envelope calibration page
    "calibration.title": "Ikkunakuoren kalibrointisivu",
    "calibration.step.1": (
        "1. Tulosta tämä sivu samalla tulostimella ja samoilla asetuksilla kuin kirjeet: "
        "mittakaava 100 %, ei sovitusta sivulle."
    ),
    "calibration.step.2": "2. Taita sivu taitemerkeistä ja aseta se C5- tai DL-ikkunakuoreen.",
    "calibration.step.3": (
        "3. Koko osoitealueen kehyksen ja sen sisällä olevan ristin pitää näkyä ikkunasta. Mittaa, "
        "paljonko kehystä pitäisi siirtää."
    ),
    "calibration.step.4": (
        "4. Kirjaa siirto asetuksiin millimetreinä (oikealle ja alas positiivinen) ja tulosta sivu "
        "uudelleen."
    ),
    "calibration.now": "Nykyinen siirto: vaakasuunnassa {x} mm, pystysuunnassa {y} mm.",
    "calibration.field": "Osoitealue 85 × 45 mm (DIN 5008 B)",
}
