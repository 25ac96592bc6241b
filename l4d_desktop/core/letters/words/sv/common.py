"""Letter catalogue, sv: how Finland's Swedish writes dates, amounts, lists and counts; what every
letter shares (greeting, contact, remedies, recipients); the page frame and the calibration page.

Terms follow the Swedish text of Regulation (EU) 2016/679 (the GDPR) and Finland's official
Swedish: "den registrerade" (art. 4.1), "personuppgiftsansvarig" (art. 4.7), "tillsynsmyndighet"
(art. 51, 77) and the Finnish authority as "Dataombudsmannens byrå".
"""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The address block without a postal address: how the letter reaches the person
    "address.by_email": "Skickas per e-post",
    "address.in_person": "Överlämnas personligen",
    "address.as_agreed": "Levereras på det sätt vi har kommit överens om",
    # -- How the language writes dates, times, amounts, lists and counts: dates as Finland's
    # Swedish writes them in letters, 6.12.2026; amounts 1 250,50 € (no-break spaces)
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
    "format.datetime": "{date} kl. {hour}.{minute:02d}",
    "format.event_time": "{day}.{month}.{year} {hour:02d}.{minute:02d}.{second:02d}",
    "format.thousands": "\u00a0",
    "format.decimal_point": ",",
    "format.money": "{sign}{whole},{cents:02d}\u00a0€",
    "format.list": "{rest} och {last}",
    "format.either": "{first} eller {second}",
    "count.entry.one": "{n} anteckning",
    "count.entry.other": "{n} anteckningar",
    "count.event.one": "{n} händelse",
    "count.event.other": "{n} händelser",
    "count.request.one": "{n} begäran",
    "count.request.other": "{n} begäranden",
    # -- Every letter: the greeting, the facts of the request, the contact, the signature
    "letter.greeting": "Bästa {name},",
    "letter.greeting_anyone": "Bästa mottagare,",
    "letter.received": "Vi tog emot din begäran {day}.",
    "letter.contact": (
        "Om du har frågor, kontakta vår kontaktperson i dataskyddsfrågor: {name} ({title}), "
        "tfn {phone}, {email}. Ange referensen {reference}."
    ),
    "letter.closing": "Med vänliga hälsningar",
    "facts.request": "Din begäran",
    "facts.received": "Mottagen",
    # -- The remedies (art. 12.4 and 77–79: "rätt att lämna in klagomål till en
    # tillsynsmyndighet", "rätt till ett effektivt rättsmedel") and the supervisory authority
    "remedies.heading": "Dina rättsmedel",
    "remedies.complaint": (
        "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen "
        "har du rätt att lämna in klagomål till tillsynsmyndigheten:"
    ),
    "authority.address": (
        "{name}\nBesöksadress: {street}\nPostadress: {postal}\nVäxel: {phone}\n{web}"
    ),
    "remedies.court": (
        "Du har dessutom rätt till ett effektivt rättsmedel vid domstol. Att lämna in klagomål "
        "kostar ingenting och utesluter inte andra rättsmedel."
    ),
    # -- The recipients told of a rectification, erasure or restriction (art. 19:
    # "anmälningsskyldighet avseende rättelse eller radering ... eller begränsning av behandling")
    "recipients.heading": "Mottagare av dina uppgifter",
    "notified_act.rectification": "rättelsen",
    "notified_act.erasure": "raderingen av dina uppgifter",
    "notified_act.restriction": "begränsningen av behandlingen",
    # -- The frame of every page: letterhead, date and reference, footer, enclosures
    "frame.date": "Datum",
    "frame.reference": "Referens",
    "frame.page": "Sida {page} / {pages}",
    "frame.enclosures": "Bilagor",
    "frame.business_id": "FO-nummer {business_id}",
    "frame.phone": "Tfn {phone}",
    # -- The window-envelope calibration page
    "calibration.title": "Kalibreringssida för fönsterkuvert",
    "calibration.step.1": (
        "1. Skriv ut denna sida med samma skrivare och samma inställningar som breven: skala "
        "100 %, ingen anpassning till sidan."
    ),
    "calibration.step.2": (
        "2. Vik sidan vid vikmärkena och lägg den i ett C5- eller DL-fönsterkuvert."
    ),
    "calibration.step.3": (
        "3. Hela ramen kring adressfältet och krysset i den ska synas genom fönstret. Mät hur "
        "mycket ramen borde flyttas."
    ),
    "calibration.step.4": (
        "4. Ange förskjutningen i inställningarna i millimeter (åt höger och nedåt är positivt) "
        "och skriv ut sidan på nytt."
    ),
    "calibration.now": "Nuvarande förskjutning: vågrätt {x} mm, lodrätt {y} mm.",
    "calibration.field": "Adressfält 85 × 45 mm (DIN 5008 B)",
}
