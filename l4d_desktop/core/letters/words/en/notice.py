"""Letter catalogue, en: the English privacy notice."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The privacy notice (Art. 13–14): headings, labels, and what the law fixes
    "notice.title": "Privacy notice",
    "notice.intro": (
        "This notice tells how {controller} processes personal data and what rights you have "
        "(General Data Protection Regulation (EU) 2016/679, Articles 13 and 14)."
    ),
    "notice.controller": "Controller",
    "notice.contact": "Contact person for data protection",
    "notice.name": "Name",
    "notice.address": "Address",
    "notice.postal_address": "Postal address",
    "notice.business_id": "Business ID",
    "notice.phone": "Phone",
    "notice.email": "Email",
    "notice.web": "Web site",
    "notice.contact_person": "Contact person",
    "notice.register": "Name of the register",
    "notice.persons": "Data subjects",
    "notice.purposes": "Purposes of the processing and their legal bases",
    "notice.purposes.intro": (
        "We process personal data for the following purposes. Each purpose states the legal basis "
        "of the processing (Article 6 of the General Data Protection Regulation), the data used "
        "and how long they are kept."
    ),
    "notice.basis": "Legal basis",
    "notice.basis_note": "About the basis",
    "notice.data_used": "Data used",
    "notice.retention_of": "Retention",
    "notice.data": "Personal data processed",
    "notice.source": "Regular sources of data",
    "notice.recipients": "Recipients of the data",
    "notice.processors": "Processors that process the data on the controller's behalf:",
    "notice.no_processors": "No processors are recorded in the register at present.",
    "notice.outside_eea": "(outside the EEA)",
    "notice.transfers": "Transfers outside the EU or the EEA",
    "notice.retention": "Retention of the data",
    "notice.rights": "Your rights",
    "notice.processor": "Processor",
    "notice.task": "Task",
    "notice.location": "Location",
    "notice.right.access": (
        "Right of access (Article 15): you may check what data we process about you and get a copy "
        "of them. We answer without delay, within {days} days at the latest, and deliver the data "
        "in a compatible, commonly used format. The copy is free of charge."
    ),
    "notice.right.portability": (
        "Right to data portability (Article 20): you get the data you have given us in a "
        "machine-readable format; we follow the same practice as for access requests."
    ),
    "notice.right.rectification": (
        "Right to rectification (Article 16): if your data are wrong, incomplete or inaccurate, we "
        "correct or complete them without undue delay."
    ),
    "notice.right.erasure": (
        "Right to erasure (Article 17): we erase your data at your request in accordance with the "
        "law in force. Data the law (such as the Accounting Act) requires us to keep are erased "
        "when their retention period ends."
    ),
    "notice.right.restriction": (
        "Right to restriction of processing (Article 18): you may ask that your data only be "
        "stored, for example while their accuracy is being checked."
    ),
    "notice.right.objection": (
        "Right to object (Article 21): you may object, on grounds relating to your particular "
        "situation, to processing based on legitimate interests. You may object to direct "
        "marketing, including targeted advertising, at any time, and it stops at once."
    ),
    "notice.right.withdrawal": (
        "Right to withdraw consent (Article 7(3)): you may withdraw your consent at any time, as "
        "easily as you gave it. Withdrawal does not affect the lawfulness of the processing before "
        "it; data based on consent are erased as described above."
    ),
    "notice.how_to_ask": (
        "An access, rectification or other request can be made by contacting the contact person "
        "named in this notice or our customer service. Where there is reasonable doubt about your "
        "identity, we may ask for more information to confirm it."
    ),
    "notice.complaint.heading": "Right to lodge a complaint",
    "notice.complaint": (
        "If you consider that the processing of your personal data infringes data protection law, "
        "you have the right to lodge a complaint with the Data Protection Ombudsman:"
    ),
    "notice.automated": "Profiling and automated decision-making",
    "notice.security": "How the data are protected",
    "notice.drawn_up": (
        "This notice was drawn up on {date} from the controller's record of processing activities."
    ),
    # -- The legal bases as the privacy notice names them
    "notice_basis.consent": "consent (Article 6(1)(a))",
    "notice_basis.contract": "contract (Article 6(1)(b))",
    "notice_basis.legal_obligation": "legal obligation (Article 6(1)(c))",
    "notice_basis.legitimate_interest": "legitimate interest (Article 6(1)(f))",
}
