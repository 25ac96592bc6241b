"""Letter catalogue, en: the program's codes in English words."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The program's codes in words. Phrases stand inside a sentence (lower case) unless noted.
    # -- What the request asks, as a table cell or a line of facts shows it (capitalised)
    "request_type.access": "Access to your personal data",
    "request_type.portability": "Data portability",
    "request_type.rectification": "Rectification of your data",
    "request_type.erasure": "Erasure of your data",
    "request_type.restriction": "Restriction of processing",
    "request_type.objection": "Objection to processing",
    "request_type.withdrawal": "Withdrawal of consent",
    "request_type.other": "Other data protection request",
    # -- How the request reached us, to follow "Saimme pyyntösi …" / "We received your request …"
    "channel.email": "by email",
    "channel.letter": "by post",
    "channel.phone": "by telephone",
    "channel.in-person": "in person",
    # -- How the requester was matched to the data already held
    "identity_method.email_on_file": "the request came from the email address you had given us",
    "identity_method.phone_on_file": (
        "a call from, or a call back to, the telephone number you had given us"
    ),
    "identity_method.customer_number": (
        "your customer number together with other details we already held"
    ),
    "identity_method.recent_invoice": "the details of a recent invoice",
    "identity_method.known_in_person": "we know you in person",
    "identity_method.id_document_seen": "an identity document was seen; no copy was kept",
    "identity_method.other": "another way",
    # -- Why a request is refused: a whole sentence with its article
    "refusal_basis.manifestly_unfounded": (
        "The request is manifestly unfounded (Article 12(5) GDPR)."
    ),
    "refusal_basis.excessive": (
        "The request is excessive, in particular because of its repetitive character (Article "
        "12(5) GDPR)."
    ),
    "refusal_basis.identity_not_established": (
        "We have not been able to confirm that the request comes from you (Article 12(2) and (6) "
        "GDPR)."
    ),
    "refusal_basis.legal_obligation": (
        "The law requires us to keep the data (Article 17(3)(b) GDPR)."
    ),
    "refusal_basis.legal_claims": (
        "The data are needed for the establishment, exercise or defence of legal claims (Article "
        "17(3)(e) GDPR)."
    ),
    "refusal_basis.other": (
        "We are not taking action on your request (Article 12(4) GDPR), for the following "
        "reasons:"
    ),
    # -- A short name of the refusal's basis for a line of facts (capitalised)
    "refusal_basis_name.manifestly_unfounded": "Manifestly unfounded request",
    "refusal_basis_name.excessive": "Excessive request",
    "refusal_basis_name.identity_not_established": "Identity could not be confirmed",
    "refusal_basis_name.legal_obligation": "Legal obligation",
    "refusal_basis_name.legal_claims": "Legal claims",
    "refusal_basis_name.other": "The reasons stated below (Article 12(4) GDPR)",
    # -- Objections: the processing objected to, and the outcome
    "objection_purpose.direct_marketing": "direct marketing, including targeted advertising",
    "objection_purpose.analytics": "analysis and statistics of our services",
    "objection_purpose.service_development": "development of our services",
    "objection_purpose.customer_relationship": "managing and developing the customer relationship",
    "objection_purpose.other": "other processing",
    "objection_outcome.stopped": "processing stopped at once",
    "objection_outcome.upheld": "objection upheld, processing stopped",
    "objection_outcome.compelling_grounds": "processing continues on compelling legitimate grounds",
    # -- The fields of the customer record, and the parts of it an erasure plan names
    "customer_field.name": "name",
    "customer_field.email": "email address",
    "customer_field.phone": "telephone number",
    "customer_field.street": "street address",
    "customer_field.postal_code": "postcode",
    "customer_field.city": "town or city",
    "customer_field.country": "country",
    "customer_field.address": "address",
    "customer_field.company": "company",
    "customer_field.language": "preferred language",
    "customer_field.business_id": "business ID",
    "customer_field.source": "source of the data",
    "customer_field.source_name": "name of the source",
    "customer_field.notes": "notes",
    "customer_field.notes_third_party": "the mark that the notes mention other people",
    "customer_field.customer_number": "customer number",
    "customer_field.search_text": "the copy of your name and contact details kept for searching",
    # -- The kinds of item an erasure plan lists
    "erasure_item.customer": "your customer record",
    "erasure_item.consent_event": "the history of your consents",
    "erasure_item.objection": "records of your objections",
    "erasure_item.suppression": "the marketing suppression list",
    "erasure_item.web_events": "technical data collected on our website",
    "erasure_item.invoice": "invoice",
    "erasure_item.request": "the records of your requests",
    "erasure_item.unlinked_request": "other requests that named you",
    "erasure_item.request_pause": "records of periods your requests waited for you",
    "erasure_item.field_change": "records of which of your data were corrected",
    "erasure_item.recipient_notice": "records of notices to recipients of your data",
    "erasure_item.letter": "the letters we have sent you",
    # -- Why an erasure plan treats an item as it does, short enough for a table cell
    "erasure_reason.erasure": "your request (Article 17(1) GDPR)",
    "erasure_reason.accounting_act": (
        "Finnish Accounting Act (kirjanpitolaki 1336/1997), chapter 2, section 10; Article "
        "17(3)(b) GDPR"
    ),
    "erasure_reason.retention_ended": "the retention period has ended",
    "erasure_reason.direct_marketing_objection": (
        "your objection to direct marketing; Article 21(3) GDPR"
    ),
    "erasure_reason.accountability": "accountability; Article 5(2) GDPR",
    # -- What stays in a kept or anonymised record
    "kept_field.invoice_number": "invoice number",
    "kept_field.invoice_date": "invoice date",
    "kept_field.amount": "amount",
    "kept_field.buyer_name": "buyer's name",
    "kept_field.billing_address": "billing address",
    "kept_field.customer_link": "the link to your customer record",
    "kept_field.digest": "hash",
    "kept_field.type": "type of request",
    "kept_field.status": "status",
    "kept_field.received_on": "date received",
    "kept_field.due": "due date",
    "kept_field.closed_at": "date closed",
    "kept_field.refusal_basis": "grounds of a refusal",
    "kept_field.subject_ref": "a random reference",
    "kept_field.requester_text": "the wording of your request",
    "kept_field.requester_name": "the name given in the request",
    "kept_field.requester_contact": "the contact details given",
    "kept_field.identity_note": "notes on confirming your identity",
    "kept_field.extension_reason": "reasons for an extension",
    "kept_field.refusal_reason": "reasons for a refusal",
    "kept_field.assessment": "the assessment of a request",
    "kept_field.field": "the name of a corrected field",
    "kept_field.changed_at": "time of the change",
    "kept_field.started_at": "start time",
    "kept_field.ended_at": "end time",
    "kept_field.reason": "reasons",
    "kept_field.processor": "name of the recipient",
    "kept_field.notified_on": "date of the notice",
    "kept_field.kind": "kind of letter",
    "kept_field.language": "language",
    "kept_field.sha256": "checksum",
    "kept_field.created_at": "date",
    "kept_field.pdf": "the content of the letter",
}
