"""Letter catalogue, en: transfers outside the EEA per recipient, in the GDPR's own terms."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The signer's role, when the letter has no title of theirs in its language
    "letter.signer_role": "Data protection request handler",
    # -- Transfers outside the EEA (Art. 13(1)(f), 15(2)): one line per recipient
    "transfer.intro": (
        "Personal data are transferred outside the European Economic Area (EEA) to the "
        "following recipients. For each, the basis of the transfer is given and how you can "
        "obtain a copy of the safeguards:"
    ),
    "transfer.line": "{name} ({country}): {mechanism}.",
    "transfer.detail": "Particulars: {detail}.",
    "transfer_mechanism.adequacy": (
        "an adequacy decision of the European Commission (Article 45 of the General Data "
        "Protection Regulation)"
    ),
    "transfer_mechanism.dpf": (
        "the EU–US Data Privacy Framework: the European Commission's adequacy decision of "
        "10 July 2023 (Article 45), under which the recipient is certified"
    ),
    "transfer_mechanism.scc": (
        "standard data protection clauses adopted by the European Commission (Article 46(2)(c), "
        "Commission Implementing Decision (EU) 2021/914)"
    ),
    "transfer_mechanism.bcr": "binding corporate rules (Article 47)",
    "transfer_mechanism.derogation": "a derogation for a specific situation (Article 49)",
    "transfer_copy.adequacy": (
        "The decision is published in the Official Journal of the European Union "
        "(eur-lex.europa.eu)."
    ),
    "transfer_copy.dpf": (
        "The decision is published in the Official Journal of the European Union "
        "(eur-lex.europa.eu), and the certified companies are listed at "
        "dataprivacyframework.gov."
    ),
    "transfer_copy.scc": (
        "You can obtain a copy of the clauses by asking our data protection contact ({contact})."
    ),
    "transfer_copy.bcr": (
        "You can obtain a copy of the rules by asking our data protection contact ({contact})."
    ),
    "transfer_copy.derogation": (
        "The transfer relies on a derogation, so there are no safeguards of which a copy could "
        "be given; our data protection contact ({contact}) gives further information."
    ),
}
