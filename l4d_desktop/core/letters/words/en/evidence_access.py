"""Letter catalogue, en: what an access answer says beyond the register — the systems searched,
the requester's questions, the letters sent, retention per item, the copy's delivery — and the
"we hold no data about you" letter."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- Where the data were looked for (EDPB 01/2022: every filing system)
    "searches.heading": "Where we looked for your data",
    "searches.intro": (
        "We looked for data about you everywhere they may be. The table shows where we looked, "
        "when, and what we found."
    ),
    "searches.system": "Where",
    "searches.date": "When",
    "searches.result": "What we found",
    "searches.found": "Found: {result}",
    "searches.nothing": "No data about you",
    "searches.register_found": "The data listed in section 2",
    "search_system.register": "Customer register ({register})",
    "search_system.email": "Email and correspondence",
    "search_system.accounting": "Accounting firm and books",
    "search_system.paper": "Paper files",
    "search_system.other": "Another system",
    # -- The requester's own questions
    "questions.heading": "Your questions",
    "questions.intro": "You asked the following questions in your request. Here are our answers.",
    "questions.question": "Question: {question}",
    "questions.answer": "Answer: {answer}",
    # -- The letters sent to the person (correspondence is part of the copy)
    "sent.heading": "Letters we have sent you",
    "sent.intro": (
        "Our correspondence with you is data about you. We have sent you these letters; the "
        "language versions of one letter are one letter."
    ),
    "sent.date": "Date",
    "sent.kind": "Letter",
    "sent.language": "Language",
    "sent.none": "We have not sent you any letters before.",
    "sent_kind.receipt": "Confirmation that your request arrived",
    "sent_kind.identification": "Request for information to confirm your identity",
    "sent_kind.extension": "Notice that the answer takes longer",
    "sent_kind.access": "Answer to your access request",
    "sent_kind.portability": "Data portability",
    "sent_kind.rectification": "Rectification of your data",
    "sent_kind.erasure": "Erasure of your data",
    "sent_kind.restriction": "Restriction of processing",
    "sent_kind.restriction-lifted": "Notice that the restriction ends",
    "sent_kind.objection": "Objection to processing",
    "sent_kind.withdrawal": "Withdrawal of consent",
    "sent_kind.refusal": "Refusal of a request",
    "sent_kind.no-data": "Answer: no data processed",
    # -- Retention per item, where the program knows it
    "retention.heading": "Retention of individual items",
    "retention.intro": (
        "Where the retention of an individual item is known, it is below. For other data, see "
        "the retention given with each purpose above."
    ),
    "retention.item": "Item",
    "retention.until": "Kept",
    "retention.invoice": "Invoice {number} ({day})",
    "retention.invoice_until": "until {day} (Accounting Act 1336/1997, chapter 2, section 10)",
    # -- How the electronic copy reaches the person (Art. 15(3))
    "delivery.channel.with_letter": "together with this letter in one package",
    "delivery.channel.encrypted_email": "by encrypted email",
    "delivery.channel.secure_link": "through a protected download link that expires",
    "delivery.channel.post": "on a memory stick by post",
    "delivery.channel.in_person": "in person",
    "delivery.detail": " ({detail})",
    "delivery.bundle": "This answer and the electronic copy reach you {channel}{detail}.",
    "delivery.separate": "The electronic copy reaches you separately, {channel}{detail}.",
    "delivery.not_recorded": (
        "No files are enclosed with this letter. You can also have the data in a "
        "machine-readable form: tell us how you would like to receive them."
    ),
    "access.free_alone": (
        "This answer is free of charge. For further copies we may charge a reasonable fee."
    ),
    "access.files.available": (
        "The same data are also available in a machine-readable, commonly used form: all of it "
        "in one JSON file, each kind of data in a CSV file of its own (UTF-8), and a README file "
        "that explains every file and field."
    ),
    # -- "We hold no data about you" (Art. 15(1): confirmation whether or not)
    "nodata.subject": (
        "Your request for access to your personal data (Article 15 GDPR): no data processed"
    ),
    "nodata.confirmation": "Confirmation",
    "nodata.asked": "You asked whether we process personal data about you, and which.",
    "nodata.none_held": (
        "We do not process personal data about you. The only record of you is this request, "
        "which we keep to show how it was handled."
    ),
    "nodata.found_only": (
        "Our customer register holds no data about you. We hold nothing about you beyond what "
        "the table shows and this request, which we keep to show how it was handled."
    ),
    "nodata.invoices.heading": "Invoices we keep",
    "nodata.invoices.intro": (
        "Your customer data have been erased from our register. The Finnish Accounting Act "
        "(1336/1997, chapter 2, section 10) requires us to keep the invoices below as vouchers. "
        "They show your name and billing address as the invoice does; we use them for nothing "
        "else. Each invoice is erased when its retention period ends."
    ),
    "nodata.invoices.number": "Invoice",
    "nodata.invoices.date": "Date",
    "nodata.invoices.amount": "Amount",
    "nodata.invoices.buyer": "Name and address on the invoice",
    "nodata.invoices.until": "Kept",
    "nodata.invoices.only": (
        "We process no other data about you. We also keep this request to show how it was handled."
    ),
    "nodata.free": "This answer is free of charge.",
}
