"""Letter catalogue, en: the English access response (its copy of the data and its tailored
information), the portability cover letter and the list of enclosed files."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The access response (Art. 15): sections 1, 4 and 5 and the frame
    "access.subject": "Your request for access to your personal data (Article 15 GDPR)",
    "access.asked": (
        "You asked which personal data about you we process. This letter answers everything "
        "Article 15 of the General Data Protection Regulation (GDPR) entitles you to know."
    ),
    "access.confirmation": "1 Confirmation",
    "access.confirmed": (
        "We confirm that {controller} processes personal data about you in its customer register "
        "({register})."
    ),
    "access.nothing_held": (
        "We have checked our customer register ({register}). We do not process personal data about "
        "you. The only record of you is this request, which we keep to show how it was handled."
    ),
    "access.files.heading": "5 Your data in machine-readable form",
    "access.files.intro": (
        "The same data are enclosed in a machine-readable, commonly used form: all of it in one "
        "JSON file, each kind of data in a CSV file of its own (UTF-8, opens in a spreadsheet), "
        "and a README file that explains every file and field. Times in the files are in UTC."
    ),
    "access.free": (
        "This answer and its enclosures are free of charge. For further copies we may charge a "
        "reasonable fee."
    ),
    "access.enclosures": "Your data in machine-readable form, {n} files (listed in section 5)",
    "consulted.heading": "4 When and why your data were consulted",
    "consulted.intro": (
        "Our register logs every time your record is opened or exported, and why. The entries are "
        "below, oldest first."
    ),
    "consulted.time": "Time",
    "consulted.what": "What",
    "consulted.why": "Why",
    "consulted.none": "The log holds no entries of your data being consulted.",
    "consulted.this_request": "handling this request ({reference})",
    "consulted.request": "handling your request: {kind}, received {day}",
    "consulted.a_request": "handling a request",
    # -- What was done when the data were consulted, and why
    "consultation_kind.view": "your record was opened",
    "consultation_kind.export": "your data were exported to a file",
    "consultation_kind.print": "a letter to you was prepared",
    "consultation_purpose.customer_service": "customer service",
    # -- The access response, section 3: the information tailored to the person (Art. 15(1))
    "info.heading": "3 How and why we process your data",
    "info.purposes.heading": "Purposes, legal bases and retention",
    "info.purposes.intro": (
        "We process your data for the purposes below. The legal bases refer to Article 6 of the "
        "General Data Protection Regulation (GDPR)."
    ),
    "info.purposes.purpose": "Purpose",
    "info.purposes.basis": "Legal basis",
    "info.purposes.data": "Data used",
    "info.purposes.retention": "Retention",
    "info.purposes.none": "No purposes of processing are recorded.",
    # -- The legal bases as the access response names them
    "access_basis.consent": "consent (Art. 6(1)(a))",
    "access_basis.contract": "contract (Art. 6(1)(b))",
    "access_basis.legal_obligation": "legal obligation (Art. 6(1)(c))",
    "access_basis.legitimate_interest": "legitimate interests (Art. 6(1)(f))",
    "info.restricted": (
        "You asked us to restrict the processing of your data. We therefore only store them and "
        "use them for nothing but handling your request until the restriction ends. We will tell "
        "you before the restriction is lifted."
    ),
    "info.objection_stopped": "Following your objection we do not process your data for {purpose}.",
    "info.objection_overridden": (
        "Despite your objection we continue processing for {purpose} on the compelling grounds "
        "given in section 2."
    ),
    "info.kinds.heading": "The data we process about you",
    "info.kinds.intro": (
        "Our register holds the following kinds of data about you (in full in section 2):"
    ),
    "info.kinds.contact": "contact and customer details: {fields}",
    "info.kinds.consents": "consent records ({n})",
    "info.kinds.objections": "objections ({n})",
    "info.kinds.web_events": "technical data of visits ({n})",
    "info.kinds.invoices": "invoices ({n})",
    "info.kinds.requests": "requests ({n})",
    "info.kinds.notes": "notes",
    "info.recipients.heading": "Recipients of the data",
    "info.recipients.intro": (
        "The following companies process data on our behalf and on our instructions (processors):"
    ),
    "info.recipients.name": "Recipient",
    "info.recipients.role": "Role",
    "info.recipients.country": "Country",
    "info.recipients.transfer": "Transfer",
    "info.recipients.inside": "within the EU/EEA",
    "info.recipients.outside": "outside the EU/EEA",
    "info.recipients.none": "We use no processors.",
    "info.recipients.authorities": "We disclose data to authorities only where the law requires it.",
    "info.source.heading": "Where the data came from",
    "info.source.registry": (
        "Your contact details were obtained, with your consent, from a registry."
    ),
    "info.source.registry_named": (
        "Your contact details were obtained, with your consent, from a registry: {name}."
    ),
    "info.source.third_party": (
        "Your contact details were obtained, with your consent, from a third party."
    ),
    "info.source.third_party_named": (
        "Your contact details were obtained, with your consent, from a third party: {name}."
    ),
    "info.source.customer": "You gave us your contact and customer details yourself.",
    "info.source.choices": "Your consents, objections and requests came from you.",
    "info.source.web": "The technical data were collected when you used our web site.",
    "info.source.invoices": (
        "We drew up the invoices ourselves in the course of our customer relationship."
    ),
    "info.automated": "Automated decision-making and profiling",
    "info.rights.heading": "Your rights",
    "info.rights.rectification": (
        "Rectification (Article 16): you may ask us to correct inaccurate data and to complete "
        "incomplete data."
    ),
    "info.rights.erasure": (
        "Erasure (Article 17): you may ask us to erase your data. Data that the law requires us to "
        "keep, such as invoices under the Finnish Accounting Act, cannot be erased before the end "
        "of that period."
    ),
    "info.rights.restriction": (
        "Restriction (Article 18): you may ask us only to store your data, for example while we "
        "check whether they are accurate."
    ),
    "info.rights.objection": (
        "Objection (Article 21): you may object to processing based on our legitimate interests. "
        "You may object to direct marketing, including targeted advertising, at any time, and it "
        "stops at once."
    ),
    "info.rights.portability": (
        "Data portability (Article 20): you may receive the data you provided in a "
        "machine-readable form and ask us to send them directly to another controller where "
        "technically feasible."
    ),
    "info.rights.withdrawal": (
        "Withdrawal of consent (Article 7(3)): you may withdraw a consent at any time, as easily "
        "as you gave it. Withdrawal does not affect the lawfulness of processing before it."
    ),
    "info.rights.how": (
        "To exercise these rights, please contact us using the details at the end of this letter. "
        "Handling your requests is free of charge."
    ),
    # -- The access response, section 2: a copy of the data (Art. 15(3))
    "copy.heading": "2 A copy of your data",
    "copy.intro": (
        "Below is all the data our customer register holds about you. Where a part is empty, it "
        "says so. The copy contains no information about other people."
    ),
    "copy.customer.heading": "Contact and customer details",
    "copy.not_recorded": "(not recorded)",
    "copy.not_restricted": "not restricted",
    "copy.restricted": "restricted at your request",
    "copy.restricted_since": "restricted at your request since {day}",
    "copy.source.registry": "a registry",
    "copy.source.third_party": "a third party",
    "copy.source.customer": "given by you",
    # -- Labels of the customer record's own flags and times (the fields are customer_field)
    "record_label.restricted": "restriction of processing",
    "record_label.created_at": "added to the register",
    "record_label.updated_at": "last changed",
    # -- The letter languages by name
    "language_name.fi": "Finnish",
    "language_name.en": "English",
    "language_name.sv": "Swedish",
    "copy.consents.heading": "Consents",
    "copy.consents.purpose": "Purpose",
    "copy.consents.given": "Given or withdrawn",
    "copy.consents.when": "When",
    "copy.consents.how": "How",
    "copy.consents.version": "Notice version",
    "copy.consents.is_given": "given",
    "copy.consents.is_withdrawn": "withdrawn",
    "copy.consents.none": "The register holds no consent given or withdrawn by you.",
    "copy.consents.in_force": "Your consents in force: {purposes}.",
    "copy.consents.none_in_force": "You have no consent in force at present.",
    # -- How a consent was given or withdrawn
    "consent_method.web_form": "web form",
    "consent_method.email": "email",
    "consent_method.letter": "letter",
    "consent_method.phone": "phone",
    "consent_method.in_person": "in person",
    "consent_method.import": "transferred from a file",
    "consent_method.objection": "ended by your objection",
    "consent_method.other": "other",
    "copy.objections.heading": "Objections",
    "copy.objections.purpose": "Processing objected to",
    "copy.objections.received": "Received",
    "copy.objections.reasons": "Your reasons",
    "copy.objections.decision": "Outcome",
    "copy.objections.decided": "Decided",
    "copy.objections.undecided": "not yet decided",
    "copy.objections.none": "You have not objected to the processing of your data.",
    "copy.events.heading": "Technical data of your visits",
    "copy.events.time": "Time",
    "copy.events.what": "Page, link, banner",
    "copy.events.ip": "IP address",
    "copy.events.referrer": "Came from",
    "copy.events.device": "Device",
    "copy.events.none": "The register holds no technical data of visits to our web site.",
    "copy.events.intro": (
        "Our web site recorded {events} of your visits, oldest first. Times are Finnish time. "
        "The code in the device column stands for the browser and device data, given in full after "
        "the table."
    ),
    "copy.events.device_prefix": "D",
    "copy.events.link": "link: ",
    "copy.events.banner": "banner: ",
    "copy.devices.code": "Code",
    "copy.devices.data": "Browser and device data",
    "copy.invoices.heading": "Invoices",
    "copy.invoices.number": "Invoice number",
    "copy.invoices.date": "Date",
    "copy.invoices.amount": "Amount",
    "copy.invoices.paid": "Paid",
    "copy.invoices.buyer": "Buyer and billing address",
    "copy.invoices.yes": "yes",
    "copy.invoices.no": "no",
    "copy.invoices.none": "The register holds no invoices sent to you.",
    "copy.requests.heading": "Your requests",
    "copy.requests.request": "Request",
    "copy.requests.received": "Received",
    "copy.requests.handling": "Handling",
    "copy.requests.closed": "Closed",
    "copy.requests.requester": "Requester and message",
    "copy.requests.none": "The register holds no requests.",
    "copy.requests.identified": "identity confirmed {day}",
    "copy.requests.since": "since {day}",
    "copy.requests.waited": "waiting for your reply {span}",
    "copy.requests.extended": "time extended to {day}",
    "copy.requests.corrected": "corrected {day}: {field}",
    # -- Where a request stands
    "request_status.received": "received",
    "request_status.identity_check": "confirming your identity",
    "request_status.in_progress": "being handled",
    "request_status.completed": "completed",
    "request_status.refused": "refused",
    "request_status.withdrawn": "withdrawn by you",
    "copy.notes.heading": "Notes",
    "copy.notes.in_review": (
        "Your record holds notes that may also contain information about other people. Under "
        "Article 15(4) of the GDPR a copy must not adversely affect the rights of others, so we "
        "are reviewing the notes first. We will send them to you separately once information about "
        "other people has been removed from them."
    ),
    "copy.notes.none": "No notes about you have been recorded.",
    # -- The cover letter of the machine-readable copy (Art. 20)
    "portability.subject": "Your personal data in a portable format (Article 20 GDPR)",
    "portability.asked": (
        "You asked for the personal data you provided to us in a structured, commonly used and "
        "machine-readable format."
    ),
    "portability.enclosed": "The data are enclosed with this letter.",
    "portability.contents": "What the files contain",
    "portability.contents.intro": (
        "The files hold the data you provided to us and the data observed from your use of our "
        "service:"
    ),
    "portability.holds.contact": "the contact and customer details you gave us",
    "portability.holds.consents": "your consents given and withdrawn",
    "portability.holds.consents.counted": "your consents given and withdrawn ({entries})",
    "portability.holds.objections": "your objections to processing",
    "portability.holds.objections.counted": "your objections to processing ({n})",
    "portability.holds.web_events": "technical data observed from your use of our web site",
    "portability.holds.web_events.counted": (
        "technical data observed from your use of our web site ({events})"
    ),
    "portability.holds.invoices": "your invoices",
    "portability.holds.invoices.counted": "your invoices ({n})",
    "portability.contents.not": (
        "They do not hold what we drew up or inferred ourselves, such as internal notes and the "
        "records of how your requests were handled. You can have those by asking for access to "
        "your data (Article 15 GDPR)."
    ),
    "portability.format": "The format",
    "portability.format.json": (
        "{file}: all of the data in one JSON file, a common machine-readable format. Dates and "
        "times are ISO 8601, times in UTC."
    ),
    "portability.format.csv": (
        "CSV files: each kind of data in a file of its own, comma-separated, in UTF-8. They also "
        "open in a spreadsheet."
    ),
    "portability.format.readme": (
        "{file}: what every file and field means, in Finnish, Swedish and English."
    ),
    "portability.files": "The enclosed files",
    "portability.transmission": "Sending the data to another controller",
    "portability.transmission.how": (
        "You may give the files to another service provider yourself. You may also ask us to send "
        "the data directly to another controller where technically feasible: tell us the "
        "recipient's name and contact details."
    ),
    "portability.transmission.kept": (
        "Receiving a copy does not erase the data from our register. If you want us to erase them, "
        "you may ask for that separately (Article 17 GDPR)."
    ),
    "portability.free": "There is no charge for providing the data.",
    "portability.enclosures": "Your data in machine-readable form, {n} files",
    # -- The files enclosed with the access and portability letters, and how to check them
    "files.name": "File",
    "files.size": "Size",
    "files.hash": "SHA-256",
    "files.bytes": "{size} bytes",
    "files.none": "No files are enclosed with this letter.",
    "files.check": (
        "To check that a file is exactly the one we sent, compute its SHA-256 hash (on Windows: "
        "certutil -hashfile file SHA256; on macOS and Linux: shasum -a 256 file) and compare it "
        "with the table."
    ),
}
