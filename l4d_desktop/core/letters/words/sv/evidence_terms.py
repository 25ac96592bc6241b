"""Letter catalogue, sv: transfers outside the EES per recipient, in the words of chapter V of the
Swedish text of the GDPR ("överföring av personuppgifter till tredjeländer")."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The signer's role, when the letter has no title of theirs in its language
    "letter.signer_role": "Handläggare av begäranden om dataskydd",
    # -- Transfers outside the EEA (art. 13.1 f, 15.2): one line per recipient
    "transfer.intro": (
        "Personuppgifter överförs utanför Europeiska ekonomiska samarbetsområdet (EES) till "
        "följande mottagare. För varje mottagare anges grunden för överföringen och hur du kan "
        "få en kopia av skyddsåtgärderna:"
    ),
    "transfer.line": "{name} ({country}): {mechanism}.",
    "transfer.detail": "Närmare uppgifter: {detail}.",
    # Art. 45 "beslut om adekvat skyddsnivå"
    "transfer_mechanism.adequacy": (
        "ett beslut av Europeiska kommissionen om adekvat skyddsnivå (artikel 45 i "
        "dataskyddsförordningen)"
    ),
    "transfer_mechanism.dpf": (
        "ramen för dataskydd mellan EU och USA (Data Privacy Framework): Europeiska kommissionens "
        "beslut om adekvat skyddsnivå av den 10 juli 2023 (artikel 45), enligt vilket mottagaren "
        "är certifierad"
    ),
    # Art. 46.2 c "standardiserade dataskyddsbestämmelser"
    "transfer_mechanism.scc": (
        "standardiserade dataskyddsbestämmelser som antagits av Europeiska kommissionen (artikel "
        "46.2 c, kommissionens genomförandebeslut (EU) 2021/914)"
    ),
    # Art. 47 "bindande företagsbestämmelser"; art. 49 "undantag i särskilda situationer"
    "transfer_mechanism.bcr": "bindande företagsbestämmelser (artikel 47)",
    "transfer_mechanism.derogation": "ett undantag i en särskild situation (artikel 49)",
    "transfer_copy.adequacy": (
        "Beslutet har offentliggjorts i Europeiska unionens officiella tidning (eur-lex.europa.eu)."
    ),
    "transfer_copy.dpf": (
        "Beslutet har offentliggjorts i Europeiska unionens officiella tidning "
        "(eur-lex.europa.eu), och de certifierade företagen förtecknas på "
        "dataprivacyframework.gov."
    ),
    "transfer_copy.scc": (
        "Du kan få en kopia av bestämmelserna från vår kontaktperson i dataskyddsfrågor "
        "({contact})."
    ),
    "transfer_copy.bcr": (
        "Du kan få en kopia av bestämmelserna från vår kontaktperson i dataskyddsfrågor "
        "({contact})."
    ),
    "transfer_copy.derogation": (
        "Överföringen grundar sig på ett undantag, så det finns inga skyddsåtgärder som det "
        "kunde ges en kopia av; vår kontaktperson i dataskyddsfrågor ({contact}) ger närmare "
        "upplysningar."
    ),
}
