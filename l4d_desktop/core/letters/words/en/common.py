"""Letter catalogue, en: how English writes dates, amounts, lists and counts; what every letter
shares (greeting, contact, remedies, recipients); the page frame and the calibration page."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The address block without a postal address: how the letter reaches the person
    "address.by_email": "Sent by email",
    "address.in_person": "Handed over in person",
    "address.as_agreed": "Delivered as agreed with you",
    # -- How the language writes dates, times, amounts, lists and counts
    "format.date": "{day} {month} {year}",
    "format.month.1": "January",
    "format.month.2": "February",
    "format.month.3": "March",
    "format.month.4": "April",
    "format.month.5": "May",
    "format.month.6": "June",
    "format.month.7": "July",
    "format.month.8": "August",
    "format.month.9": "September",
    "format.month.10": "October",
    "format.month.11": "November",
    "format.month.12": "December",
    "format.datetime": "{date}, {hour:02d}:{minute:02d}",
    "format.event_time": "{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}",
    "format.thousands": ",",
    "format.decimal_point": ".",
    "format.money": "{sign}€{whole}.{cents:02d}",
    "format.list": "{rest} and {last}",
    "format.either": "{first} or {second}",
    "count.entry.one": "{n} entry",
    "count.entry.other": "{n} entries",
    "count.event.one": "{n} event",
    "count.event.other": "{n} events",
    "count.request.one": "{n} request",
    "count.request.other": "{n} requests",
    # -- Every letter: the greeting, the facts of the request, the contact, the signature
    "letter.greeting": "Dear {name},",
    "letter.greeting_anyone": "Dear Sir or Madam,",
    "letter.received": "We received your request on {day}.",
    "letter.contact": (
        "If you have any questions, please contact our data protection contact person, {name} "
        "({title}), tel. {phone}, {email}, quoting the reference {reference}."
    ),
    "letter.closing": "Yours sincerely",
    "facts.request": "Your request",
    "facts.received": "Received",
    # -- The remedies (Art. 12(4), 77–79) and the supervisory authority
    "remedies.heading": "Your remedies",
    "remedies.complaint": (
        "If you consider that the processing of your personal data infringes the General Data "
        "Protection Regulation, you have the right to lodge a complaint with the supervisory "
        "authority:"
    ),
    "authority.address": (
        "{name}\nVisiting address: {street}\nPostal address: {postal}\nSwitchboard: {phone}\n{web}"
    ),
    "remedies.court": (
        "You also have the right to an effective judicial remedy before a court. Lodging a "
        "complaint costs nothing and does not rule out any other remedy."
    ),
    # -- The recipients told of a rectification, erasure or restriction (Art. 19)
    "recipients.heading": "Recipients of your data",
    "notified_act.rectification": "the rectification",
    "notified_act.erasure": "the erasure of your data",
    "notified_act.restriction": "the restriction of processing",
    # -- The frame of every page: letterhead, date and reference, footer, enclosures
    "frame.date": "Date",
    "frame.reference": "Reference",
    "frame.page": "Page {page} / {pages}",
    "frame.enclosures": "Enclosures",
    "frame.business_id": "Business ID {business_id}",
    "frame.phone": "Tel. {phone}",
    # -- The window-envelope calibration page
    "calibration.title": "Window envelope calibration page",
    "calibration.step.1": (
        "1. Print this page on the same printer with the same settings as letters: scale 100 %, no "
        "fit to page."
    ),
    "calibration.step.2": (
        "2. Fold the page at the fold marks and put it into a C5 or DL window envelope."
    ),
    "calibration.step.3": (
        "3. The whole frame of the address field and the cross inside it must show through the "
        "window. Measure how far the frame should move."
    ),
    "calibration.step.4": (
        "4. Enter the offset in the settings in millimetres (right and down are positive) and "
        "print the page again."
    ),
    "calibration.now": "Current offset: {x} mm horizontally, {y} mm vertically.",
    "calibration.field": "Address field 85 × 45 mm (DIN 5008 B)",
}
